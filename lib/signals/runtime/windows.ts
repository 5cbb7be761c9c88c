import type { QueryWindow } from "@/lib/workspace/types";

export const MINUTE_MS = 60_000;

/**
 * A telemetry source with no row for this long is silent (Azure ingests logs and metrics within a
 * few minutes). One limit for the who-is-blind banner and for origin health's own stream check, so
 * the banner and the tiles turn at the same moment.
 */
export const SILENT_AFTER_MS = 10 * MINUTE_MS;

/** The window ending at `asOf` and reaching back `ms`. */
export function lastWindow(asOf: Date, ms: number): QueryWindow {
  return { from: new Date(asOf.getTime() - ms), to: asOf };
}

/** The union of the range and the `ms` before asOf: the range's values plus a status look-back. */
export function rangeWithLookback(range: QueryWindow, ms: number): QueryWindow {
  const from = Math.min(range.from.getTime(), range.to.getTime() - ms);
  return { from: new Date(from), to: range.to };
}
