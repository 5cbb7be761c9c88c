import type { AvailabilitySnapshot, BurnWindow, Status } from "@/lib/snapshot/types";

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

/** SRE workbook table 5-8: page on 1h&5m > 14.4 or 6h&30m > 6; ticket on 3d&6h > 1. */
export function burnAlerts(b: Record<BurnWindow, number | null>): AvailabilitySnapshot["alerts"] {
  const over = (w: BurnWindow, x: number) => (b[w] ?? 0) > x;
  const alerts: AvailabilitySnapshot["alerts"] = [];
  if (over("1h", 14.4) && over("5m", 14.4)) alerts.push({ severity: "page", rule: "burn(1h) > 14.4 and burn(5m) > 14.4" });
  if (over("6h", 6) && over("30m", 6)) alerts.push({ severity: "page", rule: "burn(6h) > 6 and burn(30m) > 6" });
  if (over("3d", 1) && over("6h", 1)) alerts.push({ severity: "ticket", rule: "burn(3d) > 1 and burn(6h) > 1" });
  return alerts;
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

export function downtimeMinutes(minutes: readonly MetricMinute[]): number {
  return minutes.filter((m) => m.errorRatio !== null && m.requests > 0 && m.errorRatio > DOWN_MINUTE_ERROR_RATIO).length;
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
}): Omit<AvailabilitySnapshot, "status"> & { status: Status } {
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
  return {
    target: args.target,
    windowDays: args.windowDays,
    sli,
    errorBudgetRemainingRatio,
    burnRates,
    alerts,
    downtimeMinutes: downtime,
    allowedDowntimeMinutes: allowedDowntime,
    status,
  };
}
