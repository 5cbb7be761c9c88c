/** One table of the embedded workspace: its stored columns, time-ordered windows, retention and thinning. */
import type { ColumnSchema } from "../telemetry/schemas";
import { BILLED_SIZE, IS_BILLABLE } from "../telemetry/billing";
import { withBillingViews } from "./billed-size";
import { SUBSCRIPTION_ID, withStandardViews } from "./standard-views";
import type { ColumnView } from "./column-view";
import { BoolColumn, newStoredColumn, NumberColumn, StringColumn, type StoredColumn, type Value } from "./columns";
import { compileAppender, type CompiledAppender } from "./appender";
import { converterFor } from "./json-values";
import { hasTickDigits } from "../format/kusto-time";
import type { KeepMask, Thinning } from "./retain";
import type { TableSnapshot, TimeWindow } from "./sink";
import { closestName } from "../config/closest-name";

export class RowError extends Error {}

export type ColumnImage = ReturnType<StoredColumn["image"]>;

export interface TableImage {
  name: string;
  schema: readonly ColumnSchema[];
  billing: boolean;
  length: number;
  sortedByTime: boolean;
  lastTime: number;
  reshaped: number;
  tickDigitValues: number;
  columns: ColumnImage[];
}

function columnKind(c: StoredColumn): ColumnImage["kind"] {
  return c instanceof NumberColumn ? "number" : c instanceof StringColumn ? "string" : c instanceof BoolColumn ? "bool" : "value";
}

const BILLING_NAMES = new Set([IS_BILLABLE, BILLED_SIZE, "Type", SUBSCRIPTION_ID]);
/** Stands for a billing column's null view until withBillingViews replaces it. */
const EMPTY_VIEW: ColumnView = { type: "string", length: 0, get: () => null };

/** First index in data[lo, hi) whose value is >= t (data sorted ascending). */
function lowerBound(data: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (data[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class StoredTable {
  readonly columns: StoredColumn[];
  readonly index = new Map<string, number>();
  private readonly appender: CompiledAppender;
  private readonly timeIndex: number;
  /** TimeGenerated never decreased and was never null: windows are found by binary search. */
  sortedByTime = true;
  private lastTime = -Infinity;
  length = 0;
  /** Increments when rows are dropped or thinned (not on appends): what was derived from older rows may have changed. */
  reshaped = 0;
  /** Datetime texts loaded with a nonzero 100 ns digit: kept only to what a double holds, so not exactly (kusto-time.ts). */
  tickDigitValues = 0;
  constructor(
    readonly name: string,
    readonly schema: readonly ColumnSchema[],
    /** Derive `_IsBillable` / `_BilledSize` from the rows (billed-size.ts) where a row has none. */
    readonly billing = false,
  ) {
    this.columns = schema.map((c) => newStoredColumn(c.type));
    schema.forEach((c, i) => this.index.set(c.name, i));
    this.timeIndex = schema.findIndex((c) => c.name === "TimeGenerated" && c.type === "datetime");
    this.appender = compileAppender(
      schema,
      this.columns,
      schema.map((c) => (c.type === "datetime" ? this.tickCounting(converterFor(c.type, c.name)) : converterFor(c.type, c.name))),
    );
  }

  private tickCounting(convert: (v: unknown) => Value): (v: unknown) => Value {
    // A text with seven fraction digits is at least 27 characters (`2026-12-05 23:41:10.6781234`).
    return (v) => {
      if (typeof v === "string" && v.length >= 27 && hasTickDigits(v)) this.tickDigitValues++;
      return convert(v);
    };
  }

  /**
   * Converts only the columns the row has; the others stay null without per-row work. `timeMs` is
   * the row's TimeGenerated in epoch ms when the caller already has it (skips parsing the ISO text).
   */
  append(row: Record<string, unknown>, timeMs?: number): void {
    if (row === null || typeof row !== "object" || Array.isArray(row)) throw new RowError("row is not a JSON object");
    const r = this.length;
    if (this.appender(row, r, timeMs) < 0) {
      const unknown = Object.keys(row).find((k) => !this.index.has(k));
      if (unknown !== undefined) {
        const near = closestName(unknown, this.schema.map((c) => c.name));
        throw new RowError(`unknown column ${unknown} in table ${this.name}${near ? ` (did you mean ${near}?)` : ""}`);
      }
      // Only known keys, some holding undefined (= null): store the row without the key check.
      this.appender(row, r, timeMs, true);
    }
    if (this.timeIndex >= 0 && this.sortedByTime) {
      const time = this.columns[this.timeIndex] as NumberColumn;
      const t = time.length === r + 1 ? time.data[r] : Number.NaN;
      if (t >= this.lastTime) this.lastTime = t;
      else this.sortedByTime = false;
    }
    this.length = r + 1;
  }

  /** Row `r`'s TimeGenerated in epoch ms (NaN when null or the table has none). */
  timeAt(r: number): number {
    if (this.timeIndex < 0) return Number.NaN;
    const time = this.columns[this.timeIndex] as NumberColumn;
    return r < time.length ? time.data[r] : Number.NaN;
  }

  /** Row range [lo, hi) holding TimeGenerated in the window (only when sortedByTime). */
  rangeOf(window: TimeWindow): { lo: number; hi: number } {
    const times = (this.columns[this.timeIndex] as NumberColumn).data;
    const filled = Math.min(this.length, (this.columns[this.timeIndex] as NumberColumn).length);
    const lo = lowerBound(times, 0, filled, window.from);
    return { lo, hi: Math.max(lo, lowerBound(times, lo, filled, window.to)) };
  }

  snapshot(window?: TimeWindow): TableSnapshot {
    const { name, schema, length } = this;
    if (window && this.timeIndex >= 0 && this.sortedByTime) {
      const { lo, hi } = this.rangeOf(window);
      return { name, schema, length: hi - lo, columns: this.views(lo, hi), timeWindow: window };
    }
    return { name, schema, length, columns: this.views(0, length) };
  }

  private views(lo: number, hi: number): ColumnView[] {
    if (!this.billing) return this.columns.map((c) => c.view(this.length, lo, hi));
    // A billing column no row gave a value is not viewed: its null view would size the shared
    // all-null backing to this table (15 MB for the demo's AzureDiagnostics).
    const stored = (k: number) => this.columns[k].length > 0;
    const views = this.columns.map((c, k) => (BILLING_NAMES.has(this.schema[k].name) && !stored(k) ? EMPTY_VIEW : c.view(this.length, lo, hi)));
    return withStandardViews(this.name, this.schema, withBillingViews(this.name, this.schema, views, hi - lo, stored), hi - lo, stored);
  }

  /**
   * Drops the rows older than `cutoff`. In time order that is a prefix found by binary search; after
   * an out-of-order append only the leading run of old rows is dropped (a later compaction gets the rest).
   */
  dropBefore(cutoff: number): number {
    if (this.timeIndex < 0 || this.length === 0) return 0;
    const time = this.columns[this.timeIndex] as NumberColumn;
    let n: number;
    if (this.sortedByTime) n = this.rangeOf({ from: cutoff, to: cutoff }).lo;
    else {
      n = 0;
      while (n < time.length && time.data[n] < cutoff) n++;
    }
    if (n === 0) return 0;
    for (const c of this.columns) c.dropFirst(n);
    this.length -= n;
    this.reshaped++;
    if (!this.sortedByTime) this.recheckOrder();
    return n;
  }

  /**
   * Thinning: `decide` sees the rows with TimeGenerated in the window and returns a keep mask for
   * them; the others are removed in place. A subsequence of time-ordered rows is time-ordered, so
   * the binary-searched windows stay valid. Rows outside the window are never touched (a table out
   * of time order is scanned and its out-of-window rows are forced to stay). A Thinning's rewrite
   * sets new values in a number column for rows in the window before the others are removed.
   */
  retain(window: TimeWindow, decide: (rows: TableSnapshot) => KeepMask | Thinning): number {
    // A thinning may rewrite values even when it removes no row.
    this.reshaped++;
    if (this.timeIndex < 0 || this.length === 0) return 0;
    const sorted = this.sortedByTime;
    const { lo, hi } = sorted ? this.rangeOf(window) : { lo: 0, hi: this.length };
    if (hi <= lo) return 0;
    const snap = sorted ? this.snapshot(window) : this.snapshot();
    const decision = decide(snap);
    const mask = decision instanceof Uint8Array ? decision : decision.keep;
    if (mask.length !== hi - lo) throw new RangeError(`retain on ${this.name}: mask has ${mask.length} entries for ${hi - lo} rows`);
    const time = snap.columns[this.timeIndex];
    const outside = (i: number) => {
      if (sorted) return false;
      const t = time.get(i) as number | null;
      return t === null || t < window.from || t >= window.to;
    };
    if (!sorted) for (let i = 0; i < mask.length; i++) if (outside(i)) mask[i] = 1;
    const rewrite = decision instanceof Uint8Array ? undefined : decision.rewrite;
    if (rewrite) {
      const column = this.columns[this.index.get(rewrite.column) ?? -1];
      if (!(column instanceof NumberColumn)) throw new RangeError(`retain on ${this.name}: cannot rewrite ${rewrite.column} (not a number column)`);
      rewrite.rows.forEach((r, k) => {
        if (!outside(r)) column.set(lo + r, rewrite.values[k]);
      });
    }
    let removed = 0;
    for (let i = 0; i < mask.length; i++) if (mask[i] === 0) removed++;
    if (removed === 0) return 0;
    for (const c of this.columns) c.retain(lo, hi, mask);
    this.length -= removed;
    if (sorted) {
      const time = this.columns[this.timeIndex] as NumberColumn;
      this.lastTime = time.length > 0 ? time.data[Math.min(time.length, this.length) - 1] : -Infinity;
    }
    return removed;
  }

  /** Everything a restored table needs to go on exactly as this one would (image.ts). */
  image(): TableImage {
    const { name, schema, billing, length, sortedByTime, lastTime, reshaped, tickDigitValues } = this;
    return { name, schema, billing, length, sortedByTime, lastTime, reshaped, tickDigitValues, columns: this.columns.map((c) => c.image()) };
  }

  static fromImage(img: TableImage): StoredTable {
    const t = new StoredTable(img.name, img.schema, img.billing);
    if (img.columns.length !== t.columns.length) throw new RangeError(`table ${img.name}: image has ${img.columns.length} columns for ${t.columns.length}`);
    // Restored in place: the compiled appender holds these column objects.
    t.columns.forEach((c, k) => {
      const part = img.columns[k];
      if (part.kind !== columnKind(c)) throw new RangeError(`table ${img.name} column ${img.schema[k].name}: image holds a ${part.kind} column, schema wants ${columnKind(c)}`);
      (c.restore as (p: ColumnImage) => void)(part);
    });
    t.length = img.length;
    t.sortedByTime = img.sortedByTime;
    t.lastTime = img.lastTime;
    t.reshaped = img.reshaped;
    t.tickDigitValues = img.tickDigitValues;
    return t;
  }

  private recheckOrder(): void {
    const time = this.columns[this.timeIndex] as NumberColumn;
    if (time.length < this.length) return;
    let last = -Infinity;
    for (let i = 0; i < this.length; i++) {
      const t = time.data[i];
      if (!(t >= last)) return;
      last = t;
    }
    this.sortedByTime = true;
    this.lastTime = last;
  }
}
