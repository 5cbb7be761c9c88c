import type { QueryWindow } from "@/lib/workspace/types";

export const MINUTE_MS = 60_000;

/** The window ending at `asOf` and reaching back `ms`. */
export function lastWindow(asOf: Date, ms: number): QueryWindow {
  return { from: new Date(asOf.getTime() - ms), to: asOf };
}

/** The union of the range and the `ms` before asOf: the range's values plus a status look-back. */
export function rangeWithLookback(range: QueryWindow, ms: number): QueryWindow {
  const from = Math.min(range.from.getTime(), range.to.getTime() - ms);
  return { from: new Date(from), to: range.to };
}
