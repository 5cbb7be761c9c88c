import { availabilityRangeReason } from "@/lib/format/reasons";
import { BURN_ALERT_RULES, BURN_THRESHOLD } from "@/lib/snapshot/burn-rules";
import type { SloCorrection } from "@/lib/config/schema";
import type { AvailabilitySnapshot, BurnWindow, Status } from "@/lib/snapshot/types";
import { applyCorrections } from "./corrections";
import { availabilityCoverage } from "@/lib/snapshot/availability-coverage";

export { BURN_ALERT_RULES, BURN_THRESHOLD };

export const SHORT_WINDOWS = ["5m", "30m", "1h", "6h"] as const satisfies readonly BurnWindow[];
export type ShortWindow = (typeof SHORT_WINDOWS)[number];
export const WINDOW_MS: Record<BurnWindow, number> = {
  "5m": 5 * 60_000,
  "30m": 30 * 60_000,
  "1h": 60 * 60_000,
  "6h": 6 * 60 * 60_000,
  "3d": 3 * 24 * 60 * 60_000,
};
export const DOWN_MINUTE_ERROR_RATIO = 0.01;

export interface Counts {
  total: number;
  bad: number;
}

/** One minute of the profile metrics: requests (Total) and error ratio (Percentage5XX / 100). */
export interface MetricMinute {
  t: number;
  requests: number;
  errorRatio: number | null;
}

/** (bad/total) / (1 − target); null without traffic. */
export function burnRate(c: Counts | null, target: number): number | null {
  if (!c || c.total <= 0) return null;
  return c.bad / c.total / (1 - target);
}

/** Below this share of the error budget left, the budget figure warns (the wall's bar turns amber). */
export const ERROR_BUDGET_LOW_RATIO = 0.25;

export function errorBudgetStatus(remaining: number | null): Status {
  if (remaining === null) return "no-data";
  return remaining < 0 ? "breach" : remaining < ERROR_BUDGET_LOW_RATIO ? "warn" : "ok";
}

/** An SLI against its target (the window's, or the wall's "today"): met is ok, missed is breach. */
export function sliStatus(sli: number | null, target: number): Status {
  if (sli === null) return "no-data";
  return sli >= target ? "ok" : "breach";
}

export function burnAlerts(b: Record<BurnWindow, number | null>): AvailabilitySnapshot["alerts"] {
  const over = (w: BurnWindow, x: number) => (b[w] ?? 0) > x;
  return BURN_ALERT_RULES.filter((r) => over(r.long, r.factor) && over(r.short, r.factor)).map((r) => ({
    severity: r.severity,
    rule: `burn(${r.long}) > ${r.factor} and burn(${r.short}) > ${r.factor}`,
  }));
}

/** Which burn windows are over their alert threshold now (the wall colours these; it never compares). */
export function burnOver(b: Record<BurnWindow, number | null>): Record<BurnWindow, boolean | null> {
  return Object.fromEntries(Object.entries(b).map(([w, v]) => [w, v === null ? null : v > BURN_THRESHOLD[w as BurnWindow]])) as Record<BurnWindow, boolean | null>;
}

export function allowedDowntimeMinutes(target: number, windowDays: number): number {
  return Math.round((1 - target) * windowDays * 24 * 60 * 1e6) / 1e6;
}

/** Requests and bad requests of metric minutes (bad = requests × error ratio; minutes without a ratio are skipped). */
export function countsOfMinutes(minutes: readonly MetricMinute[]): Counts | null {
  let total = 0;
  let bad = 0;
  let any = false;
  for (const m of minutes) {
    if (m.errorRatio === null) continue;
    any = true;
    total += m.requests;
    bad += m.requests * m.errorRatio;
  }
  return any ? { total, bad } : null;
}

export function isDownMinute(m: MetricMinute): boolean {
  return m.errorRatio !== null && m.requests > 0 && m.errorRatio > DOWN_MINUTE_ERROR_RATIO;
}

export function downtimeMinutes(minutes: readonly MetricMinute[]): number {
  return minutes.filter(isDownMinute).length;
}

/**
 * SIGNALS 3.7. Status (not fixed by the spec; documented in docs/api-and-cli.md): breach on a page alert or
 * an overspent budget, warn on a ticket alert, no-data without long-window data or edge traffic.
 */
export function evaluateAvailability(args: {
  target: number;
  windowDays: number;
  asOf: Date;
  minutes: readonly MetricMinute[];
  short: Record<ShortWindow, Counts | null>;
  /** Start of the range shown: its down minutes make rangeWorst. Defaults to asOf (nothing before now). */
  rangeFrom?: Date;
  /** Configured SLO corrections: shown as the corrected SLI beside the raw one; status judges the raw. */
  corrections?: readonly SloCorrection[];
}): AvailabilitySnapshot {
  const asOf = args.asOf.getTime();
  const inWindow = args.minutes.filter((m) => m.t <= asOf && m.t >= asOf - args.windowDays * 86_400_000);
  const long = countsOfMinutes(inWindow);
  const last3d = countsOfMinutes(inWindow.filter((m) => m.t >= asOf - WINDOW_MS["3d"]));
  const burnRates: Record<BurnWindow, number | null> = {
    "5m": burnRate(args.short["5m"], args.target),
    "30m": burnRate(args.short["30m"], args.target),
    "1h": burnRate(args.short["1h"], args.target),
    "6h": burnRate(args.short["6h"], args.target),
    "3d": burnRate(last3d, args.target),
  };
  const sli = long && long.total > 0 ? 1 - long.bad / long.total : null;
  const errorBudgetRemainingRatio = sli === null ? null : 1 - (1 - sli) / (1 - args.target);
  const alerts = burnAlerts(burnRates);
  const downtime = long ? downtimeMinutes(inWindow) : null;
  const allowedDowntime = allowedDowntimeMinutes(args.target, args.windowDays);
  let status: Status = "ok";
  if (sli === null || errorBudgetRemainingRatio === null || burnRates["6h"] === null) status = "no-data";
  else if (alerts.some((a) => a.severity === "page") || errorBudgetRemainingRatio < 0) status = "breach";
  // Downtime over its allowance with the request budget intact (short, sharp outages): as the review.
  else if (alerts.length > 0 || (downtime ?? 0) > allowedDowntime) status = "warn";
  const windowFrom = asOf - args.windowDays * 86_400_000;
  const { corrected, applied } = applyCorrections({ corrections: args.corrections ?? [], minutes: inWindow, fromMs: windowFrom, toMs: asOf, target: args.target, isDown: isDownMinute });
  const rangeFrom = (args.rangeFrom ?? args.asOf).getTime();
  const downInRange = downtimeMinutes(args.minutes.filter((m) => m.t >= rangeFrom && m.t <= asOf));
  const coverage = availabilityCoverage({ windowDays: args.windowDays, asOfMs: asOf, firstDataMs: inWindow.find((m) => m.errorRatio !== null && m.requests > 0)?.t ?? null });
  const rangeStatus: Status = status === "no-data" || status === "breach" ? status : downInRange > 0 ? (status === "ok" ? "warn" : status) : status;
  return {
    target: args.target,
    windowDays: args.windowDays,
    sli,
    errorBudgetRemainingRatio,
    burnRates,
    alerts,
    downtimeMinutes: downtime,
    allowedDowntimeMinutes: allowedDowntime,
    errorBudgetStatus: errorBudgetStatus(errorBudgetRemainingRatio),
    downtimeOverspent: downtime === null ? null : downtime > allowedDowntime,
    sliStatus: sliStatus(sli, args.target),
    burnOver: burnOver(burnRates),
    status,
    rangeWorst: {
      status: rangeStatus,
      overBudgetSeconds: status === "no-data" ? null : downInRange * 60,
      reason: availabilityRangeReason(rangeStatus, downInRange, args.windowDays, coverage.note),
    },
    corrected,
    corrections: applied,
    coverage,
  };
}
