import type { Status } from "@/lib/snapshot/types";
import { MINUTE_MS } from "../runtime/windows";

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
  warnings: string[];
}

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
    warnings: [],
  };
  if (asOf - newest.t > LAG_STALE_MS) {
    result.status = "no-data";
    result.warnings.push(`${args.label}: newest lag sample is ${Math.round((asOf - newest.t) / 1000)} s old (limit 600 s)`);
    return result;
  }
  const recentMax = Math.max(...sorted.filter((s) => s.t >= asOf - LAG_WARN_LOOKBACK_MS).map((s) => s.lagSeconds));
  if (newest.lagSeconds > args.budgetSeconds) result.status = "breach";
  else if (recentMax > 0.8 * args.budgetSeconds) result.status = "warn";
  return result;
}
