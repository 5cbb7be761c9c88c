import type { QueryWindow } from "../workspace/types";

/**
 * Aligns a window to the panel's bin grid so that viewers who open the dashboard seconds apart ask
 * for the same window and share one upstream query. The end moves up to the end of the current bin
 * (so the newest, still-filling bin is included); the length is the requested one rounded up to whole
 * bins, so the same panel keeps one length (one series) as time moves on.
 *
 * Only live windows are snapped: a window that ended at least one bin before `nowMs` (a replay at an
 * "as of" time, an incident's own window) is kept exact, because moving its end would let rows from
 * after that moment into the answer.
 */
export function snapWindow(window: QueryWindow, binSeconds: number, nowMs?: number): QueryWindow {
  if (!Number.isFinite(binSeconds) || binSeconds <= 0) {
    throw new RangeError(`binSeconds must be a positive number of seconds, got ${binSeconds}`);
  }
  const from = window.from.getTime();
  const to = window.to.getTime();
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) {
    throw new RangeError("window must have valid dates with from <= to");
  }
  const bin = binSeconds * 1000;
  if (nowMs !== undefined && nowMs - to >= bin) return { from: new Date(from), to: new Date(to) };
  const end = Math.ceil(to / bin) * bin;
  const bins = Math.max(1, Math.ceil((to - from) / bin));
  return { from: new Date(end - bins * bin), to: new Date(end) };
}

/** The cache key of one upstream query: the exact KQL and the snapped window. */
export function cacheKey(kql: string, snapped: QueryWindow): string {
  return `${snapped.from.toISOString()}/${snapped.to.toISOString()}\n${kql}`;
}

/** The key of a panel's series across refreshes: same KQL and window length, any position in time. */
export function seriesKey(kql: string, snapped: QueryWindow): string {
  return `${snapped.to.getTime() - snapped.from.getTime()}\n${kql}`;
}
