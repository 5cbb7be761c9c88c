import type { KeepMask, Thinning } from "./retain";
import type { ColumnSchema } from "../telemetry/schemas";
import type { ColumnView } from "./column-view";

/**
 * Where generated or recorded rows go. Rows are plain objects keyed by column name, values in
 * their JSON form: datetime as an ISO-8601 string, dynamic as a JSON value, numbers, booleans,
 * strings, or null. Implementations: the NDJSON folder writer and the embedded workspace's
 * in-memory column store.
 */
export interface RowSink {
  append(table: string, row: Record<string, unknown>): void;
  /** Optional: creates a contract table even if no row comes (an empty table is not a missing one). */
  ensureTable?(table: string): void;
  /**
   * Optional fast path: the same row with its TimeGenerated also given as epoch ms (exactly the
   * instant the row's ISO text names), so a column store need not parse the text again.
   */
  appendTimed?(table: string, row: Record<string, unknown>, timeMs: number): void;
  /**
   * Optional thinning (the workspace): keep only the rows of `table` in `window` that `decide`'s
   * mask keeps (and rewrites the number values a Thinning names). The live demo uses it to thin aged
   * dense rows; sinks without it keep all.
   */
  retain?(table: string, window: TimeWindow, decide: (rows: TableSnapshot) => KeepMask | Thinning): number;
}

/** A consistent, read-only view of one table: columns all of `length` rows. */
export interface TableSnapshot {
  readonly name: string;
  readonly schema: readonly ColumnSchema[];
  readonly columns: readonly ColumnView[];
  readonly length: number;
  /** Set when the rows are already restricted to TimeGenerated in this window (no scan needed). */
  readonly timeWindow?: TimeWindow;
}

/** A half-open TimeGenerated range in epoch ms: [from, to). */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}
