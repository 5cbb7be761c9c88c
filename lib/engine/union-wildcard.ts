/**
 * Wildcard table names: `union *`, `union App*`, `union withsource=T Azure*, CDB*`, and the table
 * sources of `search in (App*, T) ...` (search reference: "wildcarded" table names). The union operator
 * reference: Tables may be "a set of tables specified with a wildcard. For example, E* would form the
 * union of all the tables in the database whose names begin E".
 *
 * Which tables match follows Microsoft's analyzer, whose schema the union's output columns come from:
 * `*` stands for any run of characters, names match case-sensitively (`app*` matches no table, a
 * semantic error as in Kusto), and a leg reads its matches in the analyzer's order. Views: the `let`
 * reference says a `view` takes part in wildcard unions; union-views.ts has the analyzer type them into
 * the union's schema, and the leg reads the view's rows. Each wildcard leg adds every table it matches,
 * like listing them; a table matched by two legs (`union App*, AppR*`) is read twice, as `union T, T`
 * is (the reference does not say that wildcard legs are deduplicated, so the explicit-list reading is kept).
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
  /** A view's rows (re-evaluated per use when volatile); undefined when `name` has no tabular let. */
  viewTable(name: string): ETable | undefined;
}

export function hasWildcardSources(ctx: object): ctx is WildcardSources {
  const c = ctx as Partial<WildcardSources>;
  return typeof c.tableNames === "function" && typeof c.viewNames === "function" && typeof c.scanTable === "function" && typeof c.viewTable === "function";
}

/** A leg a wildcard stands for: `name` is the withsource value; `view` when it reads a query's view. */
export interface WildcardLeg {
  name: string;
  table: ETable;
  view?: boolean;
}

/**
 * The union legs a wildcard leg stands for, in the analyzer's order of its matches (the reference
 * guarantees no order of legs). `views`: whether views may be legs (union, analysed with the views
 * it matches as tables by union-views.ts); `search in (...)` keeps refusing them.
 */
export function expandWildcard(e: KNode, pattern: string, sources: WildcardSources, views = false): WildcardLeg[] {
  const tables = sources.tableNames().filter((t) => matchesWildcard(pattern, t));
  const matchedViews = sources.viewNames().filter((v) => matchesWildcard(pattern, v));
  const clash = matchedViews.find((v) => tables.includes(v));
  if (clash) return unsupported(e, `table wildcard ${pattern} matching view ${clash}, also a table's name`);
  if (matchedViews.length > 0 && !views) return unsupported(e, `table wildcard ${pattern} matching view ${matchedViews[0]}`);
  // The analyzer binds a wildcard to a group of its matches, or to the one symbol it matches; a view
  // matched by union-views.ts' declared table is in the group twice (table and function).
  const sym = e.symbol;
  const members = sym?.kind === "Group" ? (sym.members ?? []) : sym ? [sym.name] : [...tables, ...matchedViews];
  const names = [...new Set(members)];
  // The analyzer reports a pattern that matches nothing (KS142) before evaluation; reaching here
  // with no match means the workspace changed under the plan, which is no silent empty union.
  if (names.length === 0) return unsupported(e, `table wildcard ${pattern} matching no table`);
  return names.map((name): WildcardLeg => {
    if (tables.includes(name)) return { name, table: sources.scanTable(name, e) };
    const table = matchedViews.includes(name) ? sources.viewTable(name) : undefined;
    // e.g. `let V = view (n:long) {...}; union V*`: a function with parameters is no view.
    if (!table) return unsupported(e, `table wildcard ${pattern} matching ${name}, which is neither a table nor a view`);
    return { name, table, view: true };
  });
}
