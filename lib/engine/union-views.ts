/**
 * Views in wildcard unions. The `let` reference: `view` is "only relevant for a parameter-less let
 * statement. When used, the let statement is included in queries with a union operator with wildcard
 * selection of the tables/views"; the views page: "To qualify as a view, a function must accept no
 * arguments and yield a tabular expression", and only `T_view`, not `T_notview = () {...}`, is resolved
 * by `union T*`. A plain tabular `let` (no `view` keyword) is no view and is matched by no wildcard.
 *
 * Microsoft's analyzer does put a query's views into a wildcard's group of matches, but leaves their
 * columns out of the union's schema (it types the view as a function, not a table), so the union and
 * every operator after it would be typed without them. The union reference builds the output from what
 * each leg produces (an outer union by column name and type, `name_type` on conflicts), so the query is
 * analysed again with each matched view also declared as a table of the columns its body produces, in
 * the analyzer's own typing: the wildcard then matches it like a table, with its columns, and a direct
 * reference to the name still binds to the `let` (the query's own names shadow the database's). The
 * evaluator reads such a leg from the view (union-wildcard.ts).
 */
import type { ColumnSchema } from "../telemetry/schemas";
import { parseAndAnalyze, type AnalyzedQuery, type KNode } from "./kusto";
import { childOf, listElements, nameOf, nodes } from "./syntax";
import { matchesWildcard, wildcardPattern } from "./union-wildcard";

/** The query's top-level parameterless `let Name = view () { ... }` declarations and their columns. */
function topLevelViews(root: KNode): Map<string, ColumnSchema[]> {
  const views = new Map<string, ColumnSchema[]>();
  for (const stmt of root.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements)) {
    if (stmt.cls !== "LetStatement") continue;
    const [decl, value] = nodes(stmt);
    if (value?.cls !== "FunctionDeclaration" || !value.children.some((c) => c.isToken && c.kind === "ViewKeyword")) continue;
    const params = childOf(value, "FunctionParameters");
    if (params && listElements(childOf(params, "SyntaxList")).length > 0) continue;
    const body = childOf(value, "FunctionBody");
    const expr = body ? nodes(body).filter((c) => c.cls !== "SyntaxList").pop() : undefined;
    if (expr?.type === "table" && expr.columns) views.set(nameOf(decl), expr.columns);
  }
  return views;
}

/** The wildcard patterns of every union leg (`union View*, App*`) in the query. */
function unionPatterns(n: KNode, out: string[] = []): string[] {
  if (n.isToken) return out;
  if (n.cls === "UnionOperator") {
    for (const e of n.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements)) {
      const p = wildcardPattern(e);
      if (p !== undefined) out.push(p);
    }
  }
  for (const c of n.children) unionPatterns(c, out);
  return out;
}

/**
 * The views some union wildcard of the query matches, as tables to declare for a second analysis; empty
 * when there are none. A view named like a workspace table is left out: the leg is then refused by name
 * (union-wildcard.ts), the reference not saying which of the two a wildcard reads.
 */
export function wildcardViewTables(root: KNode, tables: ReadonlyMap<string, readonly ColumnSchema[]>): Map<string, ColumnSchema[]> {
  const patterns = unionPatterns(root);
  const out = new Map<string, ColumnSchema[]>();
  if (patterns.length === 0) return out;
  for (const [name, columns] of topLevelViews(root)) {
    if (!tables.has(name) && patterns.some((p) => matchesWildcard(p, name))) out.set(name, columns);
  }
  return out;
}

const viewsKey = (views: Map<string, ColumnSchema[]>) => JSON.stringify([...views]);

/**
 * The query analysed with the views its union wildcards match declared as tables (the tables unchanged
 * when it has none), before fuzzy legs are judged. A view whose body is itself a wildcard union over views
 * gets its columns only once those are declared: analysed again until the views' columns settle (a few
 * rounds at most; a chain deeper than that keeps the leg refused by union.ts rather than its columns lost).
 */
export function withWildcardViews(kql: string, base: ReadonlyMap<string, readonly ColumnSchema[]>): { plan: AnalyzedQuery; tables: ReadonlyMap<string, readonly ColumnSchema[]> } {
  let tables = base;
  let plan = parseAndAnalyze(kql, tables);
  let applied = "[]";
  for (let round = 0; round < 4; round++) {
    const views = wildcardViewTables(plan.root, base);
    if (views.size === 0 || viewsKey(views) === applied) break;
    applied = viewsKey(views);
    tables = new Map([...base, ...views]);
    plan = parseAndAnalyze(kql, tables);
  }
  return { plan, tables };
}
