/** Status, signal keys and the range's worst: the words every part of the snapshot is graded in (shared/SIGNALS.md). */

export type Status = "ok" | "warn" | "breach" | "no-data";

/** A status as the wall's badges print it. */
export const STATUS_WORD: Record<Status, string> = { ok: "OK", warn: "WARN", breach: "BREACH", "no-data": "NO DATA" };

/**
 * The keys of `Snapshot.signals` (SIGNALS.md section 3). The signal registry (lib/signals/index.ts)
 * must hold exactly one module per key: the type check there fails otherwise.
 */
export type SignalKey = "regions" | "replication" | "conflicts" | "originHealth" | "incidents" | "splitBrain" | "availability" | "platformHealth" | "outsideIn";

/**
 * The worst status a row reached anywhere in the requested range (SIGNALS 3.1), beside `status`
 * (now): a 24 h view must never show a plain OK next to a breach it contains.
 */
export interface RangeWorst {
  status: Status;
  /** Total time in the range spent over the breach line; null for event signals (split-brain races). */
  overBudgetSeconds: number | null;
  /** Why, in a plain sentence, when not ok (rendered as-is by every screen). */
  reason: string | null;
}
