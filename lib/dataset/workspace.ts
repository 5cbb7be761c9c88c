/**
 * The embedded workspace: an in-memory column store of Log Analytics tables. Rows arrive in
 * their JSON form (RowSink) and can keep arriving while queries run: every query reads a
 * snapshot of each table's length at its start.
 */
import { TABLE_SCHEMAS, type ColumnSchema, type TableSchema } from "../telemetry/schemas";
import { USAGE_SCHEMA, USAGE_TABLE, withBillingColumns } from "../telemetry/billing";
import { ValueTypeError } from "./json-values";
import type { KeepMask, Thinning } from "./retain";
import { RowError, StoredTable, type TableImage } from "./stored-table";
import type { RowSink, TableSnapshot, TimeWindow } from "./sink";
import { deriveUsage, type TableBuckets } from "./usage";

export type { TableSnapshot, TimeWindow };

export class UnknownTableError extends Error {}

export interface WorkspaceImage {
  tables: TableImage[];
  extraSchemas: [string, TableSchema][];
  schemaVersion: number;
  changes: number;
}

export { RowError };

/**
 * The schema a Log Analytics table of this name has here: a contract table's or Usage's, with the
 * billing standard columns (billed-size.ts); undefined for other names.
 */
export function knownTableSchema(name: string): TableSchema | undefined {
  const own = name === USAGE_TABLE ? USAGE_SCHEMA : TABLE_SCHEMAS[name];
  return own && withBillingColumns(own);
}

export class Workspace implements RowSink {
  private readonly tables = new Map<string, StoredTable>();
  private readonly extraSchemas = new Map<string, TableSchema>();
  /** Increments when a table is added, so compiled plans keyed by schema can be reused safely. */
  schemaVersion = 0;
  /** Increments on every change of rows: the derived Usage table is rebuilt only after one. */
  private changes = 0;
  private usage: { at: number; table: StoredTable } | undefined;
  /** Each table's Usage buckets, so a rebuild after appends sums only the hours that gained rows. */
  private readonly usageBuckets = new Map<string, TableBuckets>();

  /** Declares a table's schema (for tables outside TABLE_SCHEMAS) and creates it, empty. */
  defineTable(name: string, schema: TableSchema): void {
    const existing = this.tables.get(name);
    if (existing) {
      const given = existing.billing ? withBillingColumns(schema) : schema;
      const same = JSON.stringify(existing.schema) === JSON.stringify(given);
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
      this.changes++;
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
      this.changes++;
      this.table(table).append(row, timeMs);
    } catch (e) {
      if (e instanceof ValueTypeError) throw new RowError(`${table}: ${e.message}`);
      throw e;
    }
  }

  appendRows(table: string, rows: readonly Record<string, unknown>[]): void {
    const t = this.table(table);
    this.changes++;
    for (let i = 0; i < rows.length; i++) {
      try {
        t.append(rows[i]);
      } catch (e) {
        if (e instanceof ValueTypeError) throw new RowError(`${table} row ${i}: ${e.message}`);
        throw e;
      }
    }
  }

  /** Whether a dataset gave some datetime a nonzero 100 ns digit, which the engine holds only to the microsecond. */
  hasTickDigitDatetimes(): boolean {
    for (const t of this.tables.values()) if (t.tickDigitValues > 0) return true;
    return false;
  }

  tableNames(): string[] {
    const names = [...this.tables.keys()];
    return this.derivesUsage() ? [...names, USAGE_TABLE] : names;
  }

  hasTable(name: string): boolean {
    return this.tables.has(name) || (name === USAGE_TABLE && this.derivesUsage());
  }

  /** Rows of a table (the derived Usage table is built to count them). */
  rowCount(name: string): number {
    return this.find(name)?.length ?? 0;
  }

  /** Rows stored (the derived Usage table left out: it holds none). */
  storedRowCount(): number {
    let n = 0;
    for (const t of this.tables.values()) n += t.length;
    return n;
  }

  /** The earliest TimeGenerated of any stored row (null with none): where a dataset's data begins. */
  earliestTime(): Date | null {
    return this.timeBound(-1);
  }

  /** The latest TimeGenerated of any stored row (null with none): where a dataset's data ends. */
  latestTime(): Date | null {
    return this.timeBound(1);
  }

  /** The earliest (`sign` -1) or latest (1) TimeGenerated, by the ends of a table in time order. */
  private timeBound(sign: -1 | 1): Date | null {
    let bound = -sign * Infinity;
    const beyond = (time: number) => sign * (time - bound) > 0;
    for (const t of this.tables.values()) {
      if (t.sortedByTime) {
        const end = t.timeAt(sign < 0 ? 0 : t.length - 1);
        if (beyond(end)) bound = end;
        continue;
      }
      for (let r = 0; r < t.length; r++) {
        const time = t.timeAt(r);
        if (beyond(time)) bound = time;
      }
    }
    return Number.isFinite(bound) ? new Date(bound) : null;
  }

  schemas(): Map<string, readonly ColumnSchema[]> {
    const out = new Map([...this.tables].map(([name, t]) => [name, t.schema]));
    if (this.derivesUsage()) out.set(USAGE_TABLE, knownTableSchema(USAGE_TABLE) as TableSchema);
    return out;
  }

  /**
   * A consistent view of a table. With a window and rows in time order, only the rows with
   * TimeGenerated in [from, to) (binary search, no copy); otherwise every row.
   */
  snapshot(name: string, window?: TimeWindow): TableSnapshot {
    const t = this.find(name);
    if (!t) throw new UnknownTableError(`missing table ${name}`);
    return t.snapshot(window);
  }

  /** Whether a table's TimeGenerated has only ever grown (so time windows are binary-searched). */
  isSortedByTime(name: string): boolean {
    return this.find(name)?.sortedByTime ?? true;
  }

  /** Retention: drops every table's rows with TimeGenerated before `cutoff`; returns rows dropped per table. */
  dropBefore(cutoff: Date): Record<string, number> {
    const dropped: Record<string, number> = {};
    for (const [name, t] of this.tables) {
      const n = t.dropBefore(cutoff.getTime());
      if (n > 0) dropped[name] = n;
      this.changes += n;
    }
    return dropped;
  }

  /**
   * Thins one table's rows with TimeGenerated in `window`: `decide` gets those rows and returns a
   * keep byte per row (0 removes it). Time order, packed strings and never-written (null) columns
   * stay valid. Returns the number of rows removed; an unknown table removes nothing.
   */
  retain(table: string, window: TimeWindow, decide: (rows: TableSnapshot) => KeepMask | Thinning): number {
    const removed = this.tables.get(table)?.retain(window, decide) ?? 0;
    // A thinning may rewrite values even when it removes no row.
    this.changes++;
    return removed;
  }

  /**
   * The stored tables as plain data and typed arrays (a cache file's content, image.ts); the derived
   * Usage table is left out (rebuilt from the rows when queried).
   */
  image(): WorkspaceImage {
    return { tables: [...this.tables.values()].map((t) => t.image()), extraSchemas: [...this.extraSchemas], schemaVersion: this.schemaVersion, changes: this.changes };
  }

  /** The workspace an image was taken of: same tables, in the same order, rows and states. */
  static fromImage(img: WorkspaceImage): Workspace {
    const ws = new Workspace();
    for (const [name, schema] of img.extraSchemas) ws.extraSchemas.set(name, schema);
    for (const t of img.tables) ws.tables.set(t.name, StoredTable.fromImage(t));
    ws.schemaVersion = img.schemaVersion;
    ws.changes = img.changes;
    return ws;
  }

  /** A Log Analytics workspace has Usage: derived here when tables with billing columns exist and no Usage rows were given. */
  private derivesUsage(): boolean {
    if (this.tables.has(USAGE_TABLE)) return false;
    for (const t of this.tables.values()) if (t.billing) return true;
    return false;
  }

  private find(name: string): StoredTable | undefined {
    const t = this.tables.get(name);
    if (t || name !== USAGE_TABLE || !this.derivesUsage()) return t;
    if (this.usage?.at !== this.changes) this.usage = { at: this.changes, table: deriveUsage(this.tables.values(), this.usageBuckets) };
    return this.usage.table;
  }

  private table(name: string): StoredTable {
    let t = this.tables.get(name);
    if (t) return t;
    const given = this.extraSchemas.get(name);
    const schema = given ?? knownTableSchema(name);
    if (!schema) throw new UnknownTableError(`unknown table ${name}: not a contract table and no schema given`);
    t = new StoredTable(name, schema, given === undefined);
    this.tables.set(name, t);
    this.schemaVersion++;
    return t;
  }
}
