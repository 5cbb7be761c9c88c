import { downtimeMinutes, type MetricMinute } from "../signals/availability/evaluate";
import type { BurnDownPoint, PeriodWindow } from "./types";
import { hourMarks } from "./window";

/**
 * Downtime budget left over the period, in minutes (SIGNALS.md 3.7: a minute is down when its error
 * ratio > 1 %). Starts at the allowed minutes, drops by one per down minute, goes negative when
 * overspent; points after the measured end are null (the future is not zero downtime).
 */
export function burnDown(minutes: readonly MetricMinute[], window: PeriodWindow, allowedMinutes: number): BurnDownPoint[] {
  if (window.measuredFrom === null || window.measuredTo === null) return [];
  const fromMs = Date.parse(window.measuredFrom);
  const endMs = Date.parse(window.measuredTo);
  const toMs = Date.parse(window.to);
  const span = toMs - fromMs;
  const down = minutes
    .filter((m) => m.t >= fromMs && m.t < endMs && downtimeMinutes([m]) === 1)
    .map((m) => m.t)
    .sort((a, b) => a - b);
  let used = 0;
  let i = 0;
  return hourMarks(fromMs, toMs).map((t) => {
    // A minute counts once it has ended.
    while (i < down.length && down[i] + 60_000 <= t) {
      used++;
      i++;
    }
    const paceMinutes = allowedMinutes * (1 - (t - fromMs) / span);
    if (t > endMs) return { t, remainingMinutes: null, paceMinutes };
    return { t, remainingMinutes: allowedMinutes - used, paceMinutes };
  });
}

/**
 * The points a chart needs to draw the same two lines: the budget left is a step line, so only the
 * points on either side of a change (and the ends) shape it; the even pace is straight, so it runs
 * through any of its points. A month of hourly points was ~100 kB of the review page's props for its
 * two charts (React serialises a client component's props into the page); this keeps a few dozen.
 * /api/review and the CSV keep every hour.
 */
export function burnDownForChart(points: readonly BurnDownPoint[]): BurnDownPoint[] {
  const last = points.length - 1;
  return points.filter((p, i) => i === 0 || i === last || p.remainingMinutes !== points[i - 1].remainingMinutes || p.remainingMinutes !== points[i + 1].remainingMinutes);
}
