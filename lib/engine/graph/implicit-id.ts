/**
 * `make-graph S --> T with_node_id=Name` (make-graph page) gives each node one property, Name, its id.
 * Microsoft's analyzer 12.4.1 gives such a graph's nodes no columns, so a bare Name inside map()/all()/
 * any() over inner_nodes() (all-graph-function page: `map(inner_nodes(outward), station)`) is its
 * error KS142. Later Kusto.Language versions bind it as "a table with only the implicit node id", a
 * column of the source column's type (Binder_NodeBinder.cs, VisitMakeGraphOperator); bindImplicitNodeIds
 * gives the tree that binding where the name is map()'s whole second argument (the analyzer types the
 * map() call dynamic all the same, so no other node's type depends on the missing one). Anywhere else
 * (inside an expression, in all()/any()) the types around it are the analyzer's guesses: refused by name.
 */
import { KqlUnsupportedError } from "../errors";
import type { AnalyzedQuery, KDiagnostic, KNode } from "../kusto";
import { childOf, nameOf, nodes } from "../syntax";
import { callArgs } from "../functions";

const ELEMENT_FUNCTIONS = new Set(["map", "all", "any"]);

/** Each with_node_id name of the query's make-graph operators, with the type of its source column. */
function implicitIds(n: KNode, out: Map<string, KNode["type"]>): Map<string, KNode["type"]> {
  const clause = n.cls === "MakeGraphOperator" ? childOf(n, "MakeGraphWithImplicitIdClause") : undefined;
  if (clause) out.set(nameOf(childOf(clause, "NameDeclaration") ?? clause), nodes(n).find((c) => c.cls === "NameReference")?.type);
  for (const c of n.children) implicitIds(c, out);
  return out;
}

const callee = (n: KNode) => (n.cls === "FunctionCallExpression" ? nameOf(nodes(n)[0]).toLowerCase() : "");
const unknownName = (e: KDiagnostic) => (e.code === "KS142" ? /The name '([^']+)'/.exec(e.message)?.[1] : undefined);

/** The map(inner_nodes(v), Name) call whose second argument is the name at `at`, if any. */
function mapOfName(n: KNode, at: number): KNode | undefined {
  if (at < n.pos || at >= n.end) return undefined;
  if (callee(n) === "map") {
    const [list, expr] = callArgs(n);
    if (list && callee(list) === "inner_nodes" && expr?.cls === "NameReference" && expr.pos === at) return expr;
  }
  for (const c of n.children) {
    const found = mapOfName(c, at);
    if (found) return found;
  }
  return undefined;
}

/** The plan with map(inner_nodes(v), Name) bound as the later analyzer binds it, and those errors gone. */
export function bindImplicitNodeIds(plan: AnalyzedQuery): AnalyzedQuery {
  if (!plan.errors.some(unknownName)) return plan;
  const ids = implicitIds(plan.root, new Map());
  if (ids.size === 0) return plan;
  const errors = plan.errors.filter((e) => {
    const name = unknownName(e);
    const ref = name !== undefined && ids.has(name) ? mapOfName(plan.root, e.start) : undefined;
    if (!ref || ids.get(name as string) === undefined) return true;
    ref.type = ids.get(name as string);
    ref.symbol = { kind: "Column", name: name as string };
    return false;
  });
  return errors.length === plan.errors.length ? plan : { root: plan.root, errors };
}

function insideElementFunction(n: KNode, at: number): boolean {
  if (at < n.pos || at >= n.end) return false;
  return ELEMENT_FUNCTIONS.has(callee(n)) || n.children.some((c) => insideElementFunction(c, at));
}

/** KS142 over a make-graph's with_node_id name elsewhere inside map()/all()/any(): a refusal naming it. */
export function implicitNodeIdRefusal(root: KNode, code: string, message: string, position: number): KqlUnsupportedError | undefined {
  const name = unknownName({ code, message } as KDiagnostic);
  if (!name || !implicitIds(root, new Map()).has(name) || !insideElementFunction(root, position)) return undefined;
  return new KqlUnsupportedError(
    `the with_node_id property ${name} inside an expression of map()/all()/any()`,
    position,
    "Microsoft's analyzer 12.4.1 gives a make-graph with_node_id graph's nodes no properties, so the types around it are not known",
  );
}
