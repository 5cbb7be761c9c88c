/**
 * Tuple assignment `extend (a, b, ...) = f(x)` (extend/project pages) for functions that yield
 * several columns. series_stats() is the one the engine has: the names take its columns in order
 * (min, min_idx, max, max_idx, avg, stdev, variance); with fewer names the remaining columns keep
 * the analyzer's generated names. Any other function is refused by name.
 */
import type { KNode } from "./kusto";
import { childOf, listElements, nameOf, nodes } from "./syntax";

const MULTI_COLUMN = new Set(["series_stats"]);

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
  if (MULTI_COLUMN.has(fn)) return undefined;
  return `tuple assignment (a, b) = ... of ${fn ? `${fn}()` : "an expression"} (in extend/project only series_stats() yields several columns here)`;
}
