/**
 * `make-graph S --> T with_node_id=Name` (make-graph page) gives each node one property, Name, its id.
 * Microsoft's analyzer 12.4.1 gives such a graph's nodes no columns, so a bare Name inside map()/all()/
 * any() over inner_nodes() (all-graph-function page: `map(inner_nodes(outward), station)`) is its
 * error KS142; later Kusto.Language versions bind it (Binder_NodeBinder.cs, VisitMakeGraphOperator: "a
 * table with only the implicit node id"). The query is valid, but without a typed tree the engine does
 * not evaluate it: refused by name instead of answered with the analyzer's error.
 */
import { KqlUnsupportedError } from "../errors";
import type { KNode } from "../kusto";
import { childOf, nameOf, nodes } from "../syntax";

const ELEMENT_FUNCTIONS = new Set(["map", "all", "any"]);

function implicitIdNames(n: KNode, out: Set<string>): Set<string> {
  if (n.cls === "MakeGraphWithImplicitIdClause") out.add(nameOf(childOf(n, "NameDeclaration") ?? n));
  for (const c of n.children) implicitIdNames(c, out);
  return out;
}

function insideElementFunction(n: KNode, at: number): boolean {
  if (at < n.pos || at >= n.end) return false;
  const callee = n.cls === "FunctionCallExpression" ? nameOf(nodes(n)[0]).toLowerCase() : "";
  return ELEMENT_FUNCTIONS.has(callee) || n.children.some((c) => insideElementFunction(c, at));
}

/** KS142 over a make-graph's with_node_id name inside map()/all()/any(): a refusal naming it. */
export function implicitNodeIdRefusal(root: KNode, code: string, message: string, position: number): KqlUnsupportedError | undefined {
  if (code !== "KS142") return undefined;
  const name = /The name '([^']+)'/.exec(message)?.[1];
  if (!name || !implicitIdNames(root, new Set()).has(name) || !insideElementFunction(root, position)) return undefined;
  return new KqlUnsupportedError(
    `the with_node_id property ${name} inside map()/all()/any()`,
    position,
    "Microsoft's analyzer 12.4.1 gives a make-graph with_node_id graph's nodes no properties, so the query has no typed tree to evaluate",
  );
}
