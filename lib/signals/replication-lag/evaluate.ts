import { lagRangeReason } from "@/lib/format/reasons";
import type { RangeWorst, Status } from "@/lib/snapshot/types";
import { rangeOk, timeWhere } from "../runtime/range-worst";
import { MINUTE_MS } from "../runtime/windows";
import { maxOf } from "../runtime/max-of";

export interface LagSample {
  t: number;
  lagSeconds: number;
}

export interface LagEvaluation {
  lagSecondsNow: number | null;
  lagSecondsP99: number | null;
  lagSecondsMax: number | null;
  newestMs: number | null;
  status: Status;
  /** The highest sample of the last 15 min (what a WARN is about); null without one. */
  recentMaxSeconds: number | null;
  rangeWorst: RangeWorst;
  warnings: string[];
}

/** Above this share of the budget the lag warns (SIGNALS 3.1). */
export const LAG_WARN_RATIO = 0.8;

export const LAG_STALE_MS = 10 * MINUTE_MS;
export const LAG_WARN_LOOKBACK_MS = 15 * MINUTE_MS;

/** Nearest-rank percentile of an ascending array. */
export function percentileNearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

/**
 * SIGNALS 3.1: now = latest sample, p99/max over the range; breach if now > budget, warn if the
 * max of the last 15 min > 0.8 × budget, no-data if the latest sample is older than 10 min.
 */
export function evaluateLag(
  samples: readonly LagSample[],
  args: { asOf: Date; rangeFrom: Date; budgetSeconds: number; label: string },
): LagEvaluation {
  const asOf = args.asOf.getTime();
  const sorted = samples.filter((s) => s.t <= asOf).sort((a, b) => a.t - b.t);
  const inRange = sorted.filter((s) => s.t >= args.rangeFrom.getTime());
  const newest = sorted.at(-1);
  if (!newest) {
    return {
      lagSecondsNow: null,
      lagSecondsP99: null,
      lagSecondsMax: null,
      newestMs: null,
      status: "no-data",
      recentMaxSeconds: null,
      rangeWorst: rangeOk("no-data", null),
      warnings: [`${args.label}: no lag samples in the window`],
    };
  }
  const values = (inRange.length > 0 ? inRange : [newest]).map((s) => s.lagSeconds).sort((a, b) => a - b);
  const result: LagEvaluation = {
    lagSecondsNow: newest.lagSeconds,
    lagSecondsP99: percentileNearestRank(values, 99),
    lagSecondsMax: values[values.length - 1],
    newestMs: newest.t,
    status: "ok",
    recentMaxSeconds: null,
    rangeWorst: lagRangeWorst(inRange, { toMs: asOf, budgetSeconds: args.budgetSeconds }),
    warnings: [],
  };
  if (asOf - newest.t > LAG_STALE_MS) {
    result.status = "no-data";
    result.warnings.push(`${args.label}: newest lag sample is ${Math.round((asOf - newest.t) / 1000)} s old (limit 600 s)`);
    return result;
  }
  const recentMax = maxOf(sorted.filter((s) => s.t >= asOf - LAG_WARN_LOOKBACK_MS), (s) => s.lagSeconds);
  result.recentMaxSeconds = recentMax;
  if (newest.lagSeconds > args.budgetSeconds) result.status = "breach";
  else if (recentMax > LAG_WARN_RATIO * args.budgetSeconds) result.status = "warn";
  return result;
}

/**
 * SIGNALS 3.1 rangeWorst: breach if the range's max passed the budget, warn if it passed 0.8 × budget;
 * overBudgetSeconds = time over budget, each sample holding until the next (at most the 10 min stale limit).
 */
export function lagRangeWorst(inRange: readonly LagSample[], args: { toMs: number; budgetSeconds: number }): RangeWorst {
  if (inRange.length === 0) return rangeOk("no-data", null);
  const max = maxOf(inRange, (s) => s.lagSeconds);
  const over = timeWhere(inRange, (s) => s.lagSeconds > args.budgetSeconds, args.toMs, LAG_STALE_MS);
  const status: Status = max > args.budgetSeconds ? "breach" : max > LAG_WARN_RATIO * args.budgetSeconds ? "warn" : "ok";
  return { status, overBudgetSeconds: over, reason: lagRangeReason(status, max, over, args.budgetSeconds) };
}
