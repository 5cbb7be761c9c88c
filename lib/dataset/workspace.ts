/**
 * The embedded workspace: an in-memory column store of Log Analytics tables. Rows arrive in
 * their JSON form (RowSink) and can keep arriving while queries run: every query reads a
 * snapshot of each table's length at its start.
 */
import { TABLE_SCHEMAS, type ColumnSchema, type TableSchema } from "../telemetry/schemas";
import { newStoredColumn, NumberColumn, type StoredColumn } from "./columns";
import { compileAppender, type CompiledAppender } from "./appender";
import { converterFor, ValueTypeError } from "./json-values";
import type { KeepMask, Thinning } from "./retain";
import type { RowSink, TableSnapshot, TimeWindow } from "./sink";

export type { TableSnapshot, TimeWindow };

export class UnknownTableError extends Error {}

export class RowError extends Error {}


/** First index in data[lo, hi) whose value is >= t (data sorted ascending). */
function lowerBound(data: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (data[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class StoredTable {
  readonly columns: StoredColumn[];
  readonly index = new Map<string, number>();
  private readonly appender: CompiledAppender;
  private readonly timeIndex: number;
  /** TimeGenerated never decreased and was never null: windows are found by binary search. */
  sortedByTime = true;
  private lastTime = -Infinity;
  length = 0;
  constructor(
    readonly name: string,
    readonly schema: readonly ColumnSchema[],
  ) {
    this.columns = schema.map((c) => newStoredColumn(c.type));
    schema.forEach((c, i) => this.index.set(c.name, i));
    this.timeIndex = schema.findIndex((c) => c.name === "TimeGenerated" && c.type === "datetime");
    this.appender = compileAppender(
      schema,
      this.columns,
      schema.map((c) => converterFor(c.type, c.name)),
    );
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
      if (unknown !== undefined) throw new RowError(`unknown column ${unknown} in table ${this.name}`);
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
      return { name, schema, length: hi - lo, columns: this.columns.map((c) => c.view(length, lo, hi)), timeWindow: window };
    }
    return { name, schema, length, columns: this.columns.map((c) => c.view(length)) };
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

export class Workspace implements RowSink {
  private readonly tables = new Map<string, StoredTable>();
  private readonly extraSchemas = new Map<string, TableSchema>();
  /** Increments when a table is added, so compiled plans keyed by schema can be reused safely. */
  schemaVersion = 0;

  /** Declares a table's schema (for tables outside TABLE_SCHEMAS) and creates it, empty. */
  defineTable(name: string, schema: TableSchema): void {
    const existing = this.tables.get(name);
    if (existing) {
      const same = JSON.stringify(existing.schema) === JSON.stringify(schema);
      if (!same) throw new RowError(`table ${name} already exists with a different schema`);
      return;
    }
    this.extraSchemas.set(name, schema);
    this.table(name);
  }

  /** Creates an empty contract table (from TABLE_SCHEMAS) so queries see it even with no rows. */
  ensureTable(name: string): void {
    this.table(name);
  }

  append(table: string, row: Record<string, unknown>): void {
    try {
      this.table(table).append(row);
    } catch (e) {
      if (e instanceof ValueTypeError) throw new RowError(`${table}: ${e.message}`);
      throw e;
    }
  }

  /**
   * The simulator's fast path: like append, with the row's TimeGenerated given in epoch ms (it must
   * be the instant the row's TimeGenerated text names), so the ISO text is not parsed again.
   */
  appendTimed(table: string, row: Record<string, unknown>, timeMs: number): void {
    try {
      this.table(table).append(row, timeMs);
    } catch (e) {
      if (e instanceof ValueTypeError) throw new RowError(`${table}: ${e.message}`);
      throw e;
    }
  }

  appendRows(table: string, rows: readonly Record<string, unknown>[]): void {
    const t = this.table(table);
    for (let i = 0; i < rows.length; i++) {
      try {
        t.append(rows[i]);
      } catch (e) {
        if (e instanceof ValueTypeError) throw new RowError(`${table} row ${i}: ${e.message}`);
        throw e;
      }
    }
  }

  tableNames(): string[] {
    return [...this.tables.keys()];
  }

  hasTable(name: string): boolean {
    return this.tables.has(name);
  }

  rowCount(name: string): number {
    return this.tables.get(name)?.length ?? 0;
  }

  schemas(): Map<string, readonly ColumnSchema[]> {
    return new Map([...this.tables].map(([name, t]) => [name, t.schema]));
  }

  /**
   * A consistent view of a table. With a window and rows in time order, only the rows with
   * TimeGenerated in [from, to) (binary search, no copy); otherwise every row.
   */
  snapshot(name: string, window?: TimeWindow): TableSnapshot {
    const t = this.tables.get(name);
    if (!t) throw new UnknownTableError(`missing table ${name}`);
    return t.snapshot(window);
  }

  /** Whether a table's TimeGenerated has only ever grown (so time windows are binary-searched). */
  isSortedByTime(name: string): boolean {
    return this.tables.get(name)?.sortedByTime ?? true;
  }

  /** Retention: drops every table's rows with TimeGenerated before `cutoff`; returns rows dropped per table. */
  dropBefore(cutoff: Date): Record<string, number> {
    const dropped: Record<string, number> = {};
    for (const [name, t] of this.tables) {
      const n = t.dropBefore(cutoff.getTime());
      if (n > 0) dropped[name] = n;
    }
    return dropped;
  }

  /**
   * Thins one table's rows with TimeGenerated in `window`: `decide` gets those rows and returns a
   * keep byte per row (0 removes it). Time order, packed strings and never-written (null) columns
   * stay valid. Returns the number of rows removed; an unknown table removes nothing.
   */
  retain(table: string, window: TimeWindow, decide: (rows: TableSnapshot) => KeepMask | Thinning): number {
    return this.tables.get(table)?.retain(window, decide) ?? 0;
  }

  private table(name: string): StoredTable {
    let t = this.tables.get(name);
    if (t) return t;
    const schema = this.extraSchemas.get(name) ?? TABLE_SCHEMAS[name];
    if (!schema) throw new UnknownTableError(`unknown table ${name}: not a contract table and no schema given`);
    t = new StoredTable(name, schema);
    this.tables.set(name, t);
    this.schemaVersion++;
    return t;
  }
}
