import type { KustoType } from "../telemetry/schemas";
import type { ColumnView, Value } from "./column-view";
import type { KeepMask } from "./retain";

/** What the workspace's tables store: sparse writes, views of a row range, and dropping old rows. */
export interface StoredColumnApi {
  readonly type: KustoType;
  /** Rows written or null-filled so far (rows after it are null). */
  readonly length: number;
  /** Stores a non-null converted value at `row` (≥ length); skipped rows become null. */
  put(row: number, v: Value): void;
  /** Read-only view of rows [lo, hi) of a table holding `rows` rows. */
  view(rows: number, lo?: number, hi?: number): ColumnView;
  /** Drops rows [0, n) (retention). */
  dropFirst(n: number): void;
  /** Removes the rows of [lo, hi) whose mask byte is 0, keeping row order (thinning). */
  retain(lo: number, hi: number, mask: KeepMask): void;
}
