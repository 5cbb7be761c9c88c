import type { AvailabilityCoverage } from "./types";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Data beginning this soon after the window's start still covers it: a 30-day window missing its first
 * 7 h reads as "30 days" without a note. Below it every figure over the window says how much it holds.
 */
export const FULL_COVERAGE_RATIO = 0.99;

/** "45 min", "1 h", "26 h", "3.0 days", "12 days": how much of the window has data, coarse as a wall reads it. */
export function coveredText(ms: number): string {
  if (ms < HOUR_MS) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (ms < 48 * HOUR_MS) return `${Math.round(ms / HOUR_MS)} h`;
  const days = ms / DAY_MS;
  return `${days < 10 ? days.toFixed(1) : Math.round(days)} days`;
}

/** No minute with traffic in the window: nothing is covered (the figures say NO DATA themselves). */
export function noDataCoverage(windowDays: number): AvailabilityCoverage {
  return { measuredFrom: null, coveredDays: null, coverageRatio: null, short: true, note: "no data", reason: `No data in the ${windowDays}-day window.` };
}

/**
 * How much of the SLO window the availability figures stand on: from the first minute with traffic and
 * an error ratio inside the window (the profile metrics' 1-min bins) to asOf. A freshly connected
 * workspace, or a 1-hour dataset, otherwise showed "30 days" and a 30-day budget over an hour.
 */
export function availabilityCoverage(args: { windowDays: number; asOfMs: number; firstDataMs: number | null }): AvailabilityCoverage {
  const windowMs = args.windowDays * DAY_MS;
  if (args.firstDataMs === null) return noDataCoverage(args.windowDays);
  const fromMs = Math.max(args.firstDataMs, args.asOfMs - windowMs);
  const coveredMs = Math.max(0, args.asOfMs - fromMs);
  const ratio = Math.min(1, coveredMs / windowMs);
  const short = ratio < FULL_COVERAGE_RATIO;
  const text = coveredText(coveredMs);
  return {
    measuredFrom: new Date(fromMs).toISOString(),
    coveredDays: Math.round((coveredMs / DAY_MS) * 1e4) / 1e4,
    coverageRatio: Math.round(ratio * 1e6) / 1e6,
    short,
    note: short ? `${text} of data` : null,
    reason: short ? `Only ${text} of the ${args.windowDays}-day window has data: the SLI and budgets cover that.` : null,
  };
}
