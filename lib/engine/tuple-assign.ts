/**
 * Tuple assignment `extend (a, b, ...) = f(x)` (extend/project pages) for functions that yield
 * several columns (multi-column.ts: series_stats, series_fit_line, array_sort_* of several arrays):
 * the names take its columns in order; with fewer names the remaining columns keep the analyzer's
 * generated names. Any other function is refused by name.
 */
import type { KNode } from "./kusto";
import { MULTI_COLUMN_NAMES } from "./multi-column";
import { childOf, listElements, nameOf, nodes } from "./syntax";

export function tupleParts(item: KNode): { names: string[]; expr: KNode | undefined } {
  const list = childOf(item, "RenameList");
  const names = listElements(list ? childOf(list, "SyntaxList") : undefined).map(nameOf);
  const expr = nodes(item).find((c) => c.cls !== "RenameList");
  return { names, expr };
}

/** Why an extend/project tuple assignment is refused, or undefined when it is evaluated (summarize has its own). */
export function tupleRefusal(item: KNode): string | undefined {
  const { expr } = tupleParts(item);
  const fn = expr?.cls === "FunctionCallExpression" ? (expr.symbol?.name ?? "").toLowerCase() : "";
  if (MULTI_COLUMN_NAMES.has(fn)) return undefined;
  return `tuple assignment (a, b) = ... of ${fn ? `${fn}()` : "an expression"} (in extend/project only ${[...MULTI_COLUMN_NAMES].join("(), ")}() yield several columns here)`;
}
