/**
 * make-series' alternate syntax, `on Axis in range(start, stop, step)`. The make-series reference says
 * exactly two things of it: "The stop value is inclusive", and "Binning the index axis is generated with
 * bin() and not bin_at(), which means that start may not be included in the generated series" (the
 * main syntax's "Returns" groups rows by bin_at(Axis, step, start); here by bin(Axis, step)).
 *
 * So the series' axis runs from bin(start, step) by step up to the bin that holds stop, bin(stop, step)
 * (stop inclusive: a row at exactly stop is in the last element), and a row counts in the element of its
 * bin(Axis, step), as in the main syntax rows outside the series' bins are in no element. bin() is this
 * engine's bin(): floor(v / step) * step, datetimes from 1970-01-01 (functions-math.ts), so an axis element
 * is what `bin(Axis, step)` of the same query gives.
 *
 * Not documented, refused by name rather than guessed: whether rows of the first bin that come before
 * start, or rows of the last bin that come after stop, are counted (the reference says only that start
 * may not be in the series); a start after stop (the main syntax then makes an empty series, the range()
 * function an empty array: which one applies is not said); a null start, stop or step. The refusals about
 * rows are the data's: a query whose rows all lie in [start, stop] runs.
 */
import { KqlRuntimeError } from "./errors";
import type { KNode } from "./kusto";
import { compileScalar, type Scope } from "./scalar";
import { listElements, unsupported } from "./syntax";
import { toNumber, type Getter } from "./value-ops";

export interface SeriesBins {
  /** The first element of the axis. */
  from: number;
  /** The end of the last bin (exclusive): bins are [from + k·step, from + (k+1)·step). */
  to: number;
  step: number;
}

/** bin(): the same rounding as functions-math.ts' bin(). */
function bin(v: number, step: number): number {
  return Math.floor(v / step) * step;
}

/** The axis of `in range(start, stop, step)`; refuses (by name) a row the reference does not place. */
export function inRangeBins(clause: KNode, axis: Getter, rows: number, scope: Scope, op: KNode): SeriesBins {
  const args = listElements(clause.children.find((c) => c.cls === "ExpressionList")?.children.find((c) => c.cls === "SyntaxList"));
  if (args.length !== 3) return unsupported(clause, "make-series ... in range() without start, stop and step");
  const [start, stop, step] = args.map((a) => toNumber(compileScalar(a, scope)(0)));
  if (start === null || stop === null || step === null) return unsupported(clause, "make-series ... in range() with a null start, stop or step");
  if (step <= 0) throw new KqlRuntimeError("make-series step must be positive", op.pos);
  if (start > stop) return unsupported(clause, "make-series ... in range() with start after stop");
  const from = bin(start, step);
  // The bin holding stop is the last: the element make-series.ts puts a row at stop in.
  const count = Math.floor((stop - from) / step) + 1;
  const to = from + count * step;
  for (let i = 0; i < rows; i++) {
    const v = axis(i);
    if (typeof v !== "number") continue;
    if (v >= from && v < start) return unsupported(clause, "make-series ... in range() over a row before start in the first bin (the reference does not say whether it counts)");
    if (v > stop && v < to) return unsupported(clause, "make-series ... in range() over a row after stop in the last bin (the reference does not say whether it counts)");
  }
  return { from, to, step };
}
