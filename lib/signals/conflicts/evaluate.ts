import { conflictRangeReason, conflictReason } from "@/lib/format/reasons";
import type { RangeWorst, Status } from "@/lib/snapshot/types";
import { rangeOk, timeWhere } from "../runtime/range-worst";
import { heldFor, leastSquaresSlope } from "../runtime/held";
import { MINUTE_MS } from "../runtime/windows";
import { maxOf } from "../runtime/max-of";

export interface DepthSample {
  t: number;
  depth: number;
}

export interface DepthEvaluation {
  depthNow: number | null;
  depthMax: number | null;
  growing: boolean;
  newestMs: number | null;
  status: Status;
  reason: string | null;
  rangeWorst: RangeWorst;
  warnings: string[];
}

export const SLOPE_WINDOW_MS = 15 * MINUTE_MS;
export const GROWING_BREACH_MS = 30 * MINUTE_MS;
export const NONZERO_WARN_MS = 15 * MINUTE_MS;
export const DEPTH_STALE_MS = 10 * MINUTE_MS;

/** Growing at time `at`: least-squares slope over (at − 15 min, at] > 0 and the depth at `at` > 0. */
function growingAt(sorted: readonly DepthSample[], index: number): boolean {
  const at = sorted[index];
  if (at.depth <= 0) return false;
  const points: { t: number; v: number }[] = [];
  for (let i = index; i >= 0 && sorted[i].t > at.t - SLOPE_WINDOW_MS; i--) points.push({ t: sorted[i].t, v: sorted[i].depth });
  const slope = leastSquaresSlope(points);
  return slope !== null && slope > 0;
}

/**
 * SIGNALS 3.2 for one region and container: breach if depthNow ≥ threshold or growing for 30 min;
 * warn if depthNow > 0 for 15 min; no-data when the newest sample is older than 10 min.
 */
export function evaluateDepth(
  samples: readonly DepthSample[],
  args: { asOf: Date; rangeFrom: Date; threshold: number; label: string },
): DepthEvaluation {
  const asOf = args.asOf.getTime();
  const sorted = samples.filter((s) => s.t <= asOf).sort((a, b) => a.t - b.t);
  const newest = sorted.at(-1);
  if (!newest) {
    return { depthNow: null, depthMax: null, growing: false, newestMs: null, status: "no-data", reason: null, rangeWorst: rangeOk("no-data", null), warnings: [`${args.label}: no depth samples`] };
  }
  const inRange = sorted.filter((s) => s.t >= args.rangeFrom.getTime());
  const depthMax = maxOf(inRange.length > 0 ? inRange : [newest], (s) => s.depth);
  const growing = growingAt(sorted, sorted.length - 1);
  const rangeWorst = depthRangeWorst(inRange, { toMs: asOf, threshold: args.threshold });
  const result: DepthEvaluation = { depthNow: newest.depth, depthMax, growing, newestMs: newest.t, status: "ok", reason: null, rangeWorst, warnings: [] };
  if (asOf - newest.t > DEPTH_STALE_MS) {
    result.status = "no-data";
    result.warnings.push(`${args.label}: newest depth sample is ${Math.round((asOf - newest.t) / 1000)} s old (limit 600 s)`);
    return result;
  }
  const growingFlags = sorted.map((s, i) => ({ t: s.t, growing: s.t >= asOf - GROWING_BREACH_MS - SLOPE_WINDOW_MS && growingAt(sorted, i) }));
  if (newest.depth >= args.threshold || heldFor(growingFlags, asOf, GROWING_BREACH_MS, (s) => s.growing)) result.status = "breach";
  else if (heldFor(sorted, asOf, NONZERO_WARN_MS, (s) => s.depth > 0)) result.status = "warn";
  result.reason = conflictReason({ status: result.status, depthNow: newest.depth, threshold: args.threshold, growing });
  return result;
}

/**
 * rangeWorst of a feed: breach if the depth reached the threshold anywhere in the range, warn if it
 * stayed above 0 for 15 min somewhere in it; overBudgetSeconds = time at or over the threshold.
 * ("Growing for 30 min" is judged only at asOf: it needs the slope at every sample of the range.)
 */
export function depthRangeWorst(inRange: readonly DepthSample[], args: { toMs: number; threshold: number }): RangeWorst {
  if (inRange.length === 0) return rangeOk("no-data", null);
  const depthMax = maxOf(inRange, (s) => s.depth);
  const overSeconds = timeWhere(inRange, (s) => s.depth >= args.threshold, args.toMs, DEPTH_STALE_MS);
  let runStart: number | null = null;
  let held = false;
  for (const s of inRange) {
    if (s.depth > 0) {
      runStart ??= s.t;
      if (s.t - runStart >= NONZERO_WARN_MS) held = true;
    } else runStart = null;
  }
  if (runStart !== null && args.toMs - runStart >= NONZERO_WARN_MS && inRange[inRange.length - 1].depth > 0) held = true;
  const status: Status = depthMax >= args.threshold ? "breach" : held ? "warn" : "ok";
  return { status, overBudgetSeconds: overSeconds, reason: conflictRangeReason({ status, depthMax, threshold: args.threshold, overSeconds }) };
}
