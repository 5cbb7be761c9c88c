/** Which tables `search` and `find` read: the source of a pipeline, an `in (...)` list, or the whole workspace and its views. */
import type { KNode } from "./kusto";
import { childOf, listElements, nameOf, nodes, unsupported } from "./syntax";
import type { ETable } from "./table";
import { expandWildcard, wildcardPattern, type WildcardSources } from "./union-wildcard";

export interface SearchHost extends WildcardSources {
  evalTabular(n: KNode): ETable;
  /** A view's table, evaluated once and kept; undefined when `name` has no tabular let. */
  viewTable(name: string): ETable | undefined;
}

/** The table or view a pipeline reads, when it reads exactly one (no union/join/lookup on the way). */
export function sourceName(n: KNode, isView: (name: string) => boolean): string | undefined {
  let cur = n;
  while (cur.cls === "PipeExpression") {
    const [left, op] = nodes(cur);
    if (op.cls === "UnionOperator" || op.cls === "JoinOperator" || op.cls === "LookupOperator") return undefined;
    cur = left;
  }
  if (cur.cls !== "NameReference") return undefined;
  const name = nameOf(cur);
  return cur.symbol?.kind === "Table" || isView(name) ? name : undefined;
}

/** `search in (A, B)`: those; plain `search`: every table of the workspace and every `view` (views take part in search). */
export function searchSources(op: KNode, host: SearchHost): { name: string | undefined; table: ETable }[] {
  const inClause = childOf(op, "FindInClause");
  if (childOf(op, "DataScopeClause")) return unsupported(op, "search with a data scope");
  const isView = (name: string) => host.viewNames().includes(name);
  if (inClause) {
    // `search in (App*, T)`: a wildcard stands for the tables it matches, as in union (union-wildcard.ts).
    return inClause.children
      .filter((c) => c.cls === "SyntaxList")
      .flatMap(listElements)
      .flatMap((e) => {
        const pattern = wildcardPattern(e);
        return pattern !== undefined ? expandWildcard(e, pattern, host) : [{ name: sourceName(e, isView), table: host.evalTabular(e) }];
      });
  }
  const tables = host.tableNames().map((name) => ({ name, table: host.scanTable(name, op) }));
  const views = host.viewNames().map((name) => {
    const table = host.viewTable(name);
    return table ? { name, table } : unsupported(op, `search over view ${name}`);
  });
  return [...tables, ...views];
}
