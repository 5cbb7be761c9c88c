import { num } from "../signals/runtime/rows";
import { byTime } from "../signals/runtime/rows";
import type { SignalContext } from "../signals/runtime/types";
import { countsOfMinutes, downtimeMinutes, isDownMinute, type MetricMinute } from "../signals/availability/evaluate";
import { applyCorrections } from "../signals/availability/corrections";
import type { SloCorrection } from "../config/schema";
import { METRICS_QUERY_ID, profileMetricsQuery } from "../signals/availability/query";
import { budgetFigures, type BudgetFigures } from "./budget";
import type { AppliedCorrection, Status } from "../snapshot/types";

export interface WindowAvailability {
  minutes: MetricMinute[];
  /** First minute with a request count and an error ratio, or null. */
  firstDataMs: number | null;
  ok: boolean;
  warnings: string[];
}

/**
 * Per-minute requests and error ratio of the Front Door profile over any window, through the
 * availability signal's own query (the long-window source of SIGNALS.md 3.7): one query per window.
 */
export async function loadAvailabilityMinutes(ctx: SignalContext, window: { from: Date; to: Date }): Promise<WindowAvailability> {
  const out = await ctx.runQuery(METRICS_QUERY_ID, profileMetricsQuery(ctx.config), window, {
    requiredColumns: ["TimeGenerated", "requests", "errorPercent"],
    binSeconds: 60,
  });
  const minutes: MetricMinute[] = byTime(out.rows).map(({ t, row }) => {
    const pct = num(row, "errorPercent");
    return { t, requests: num(row, "requests") ?? 0, errorRatio: pct === null ? null : pct / 100 };
  });
  const first = minutes.find((m) => m.errorRatio !== null && m.requests > 0);
  return { minutes, firstDataMs: first ? first.t : null, ok: out.ok, warnings: out.run.warnings };
}

/** SLI, error budget and downtime of the minutes in [fromMs, toMs) against a budget of `budgetMinutes`. */
export function measureBudget(args: { minutes: readonly MetricMinute[]; fromMs: number; toMs: number; target: number; budgetMinutes: number }): BudgetFigures {
  const inWindow = args.minutes.filter((m) => m.t >= args.fromMs && m.t < args.toMs);
  const counts = countsOfMinutes(inWindow);
  const total = counts?.total ?? 0;
  return budgetFigures({
    target: args.target,
    windowMinutes: args.budgetMinutes,
    good: total - (counts?.bad ?? 0),
    total,
    downtimeMinutes: counts ? downtimeMinutes(inWindow) : null,
  });
}

/**
 * measureBudget with the corrected minutes taken out of both counts. Every correction overlapping the
 * whole period [periodFromMs, periodToMs) is listed, also one lying before the data starts (flagged).
 */
export function measureCorrectedBudget(args: {
  minutes: readonly MetricMinute[];
  fromMs: number;
  toMs: number;
  periodFromMs: number;
  periodToMs: number;
  target: number;
  budgetMinutes: number;
  corrections: readonly SloCorrection[];
}): {
  budget: BudgetFigures;
  corrections: AppliedCorrection[];
} {
  const inWindow = args.minutes.filter((m) => m.t >= args.fromMs && m.t < args.toMs);
  const { applied, kept } = applyCorrections({ corrections: args.corrections, minutes: inWindow, fromMs: args.periodFromMs, toMs: args.periodToMs, target: args.target, isDown: isDownMinute });
  return { budget: measureBudget({ ...args, minutes: kept }), corrections: applied };
}

/**
 * breach when the SLI missed the target; warn when it met it but the downtime minutes overspent their
 * budget (a few long outages among much good traffic); ok otherwise; no-data without traffic.
 */
export function budgetStatus(b: BudgetFigures): Status {
  if (b.sli === null) return "no-data";
  if (b.met === false) return "breach";
  return (b.remainingDowntimeMinutes ?? 0) < 0 ? "warn" : "ok";
}
