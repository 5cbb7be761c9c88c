import type { Status } from "@/lib/snapshot/types";
import { heldFor, leastSquaresSlope } from "../runtime/held";
import { MINUTE_MS } from "../runtime/windows";

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
    return { depthNow: null, depthMax: null, growing: false, newestMs: null, status: "no-data", warnings: [`${args.label}: no depth samples`] };
  }
  const inRange = sorted.filter((s) => s.t >= args.rangeFrom.getTime());
  const depthMax = Math.max(...(inRange.length > 0 ? inRange : [newest]).map((s) => s.depth));
  const growing = growingAt(sorted, sorted.length - 1);
  const result: DepthEvaluation = { depthNow: newest.depth, depthMax, growing, newestMs: newest.t, status: "ok", warnings: [] };
  if (asOf - newest.t > DEPTH_STALE_MS) {
    result.status = "no-data";
    result.warnings.push(`${args.label}: newest depth sample is ${Math.round((asOf - newest.t) / 1000)} s old (limit 600 s)`);
    return result;
  }
  const growingFlags = sorted.map((s, i) => ({ t: s.t, growing: s.t >= asOf - GROWING_BREACH_MS - SLOPE_WINDOW_MS && growingAt(sorted, i) }));
  if (newest.depth >= args.threshold || heldFor(growingFlags, asOf, GROWING_BREACH_MS, (s) => s.growing)) result.status = "breach";
  else if (heldFor(sorted, asOf, NONZERO_WARN_MS, (s) => s.depth > 0)) result.status = "warn";
  return result;
}
