/**
 * Wildcard table names: `union *`, `union App*`, `union withsource=T Azure*, CDB*`, and the table
 * sources of `search in (App*, T) ...` (search reference: "wildcarded" table names). The union operator
 * reference: Tables may be "a set of tables specified with a wildcard. For example, E* would form the
 * union of all the tables in the database whose names begin E".
 *
 * Which tables match follows Microsoft's analyzer, whose schema the union's output columns come from:
 * `*` stands for any run of characters, names match case-sensitively (`app*` matches no table, a
 * semantic error as in Kusto), and a leg matches the tables in the workspace's order. Views: the
 * `let` reference says a `view` takes part in wildcard unions, but the analyzer leaves views out of
 * the output schema, so a wildcard that also matches a view stays refused by name rather than give
 * rows whose columns the schema lacks. Each wildcard leg adds every table it matches, like listing
 * them; a table matched by two legs (`union App*, AppR*`) is read twice, as `union T, T` is (the
 * reference does not say that wildcard legs are deduplicated, so the explicit-list reading is kept).
 */
import type { KNode } from "./kusto";
import { childOf, unsupported } from "./syntax";
import type { ETable } from "./table";

/** The pattern of a wildcard table reference (`*`, `App*`), or undefined for a plain leg. */
export function wildcardPattern(e: KNode): string | undefined {
  if (e.cls !== "NameReference") return undefined;
  const w = childOf(e, "WildcardedName");
  if (!w) return undefined;
  const token = w.children.find((c) => c.isToken);
  return token?.text;
}

/** True when `name` matches `pattern`, where `*` stands for any (possibly empty) run of characters. */
export function matchesWildcard(pattern: string, name: string): boolean {
  const parts = pattern.split("*");
  if (parts.length === 1) return pattern === name;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!name.startsWith(first) || name.length < first.length + last.length || !name.endsWith(last)) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (const mid of parts.slice(1, -1)) {
    const found = name.indexOf(mid, at);
    if (found < 0 || found + mid.length > end) return false;
    at = found + mid.length;
  }
  return true;
}

export interface WildcardSources {
  tableNames(): string[];
  viewNames(): string[];
  scanTable(name: string, at: KNode): ETable;
}

export function hasWildcardSources(ctx: object): ctx is WildcardSources {
  const c = ctx as Partial<WildcardSources>;
  return typeof c.tableNames === "function" && typeof c.viewNames === "function" && typeof c.scanTable === "function";
}

/** The union legs a wildcard leg stands for, each named by its table (the withsource value). */
export function expandWildcard(e: KNode, pattern: string, sources: WildcardSources): { name: string; table: ETable }[] {
  const view = sources.viewNames().find((v) => matchesWildcard(pattern, v));
  if (view) return unsupported(e, `table wildcard ${pattern} matching view ${view}`);
  const names = sources.tableNames().filter((t) => matchesWildcard(pattern, t));
  // The analyzer reports a pattern that matches nothing (KS142) before evaluation; reaching here
  // with no match means the workspace changed under the plan, which is no silent empty union.
  if (names.length === 0) return unsupported(e, `table wildcard ${pattern} matching no table`);
  return names.map((name) => ({ name, table: sources.scanTable(name, e) }));
}
