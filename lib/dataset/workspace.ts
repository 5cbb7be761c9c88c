/**
 * The embedded workspace: an in-memory column store of Log Analytics tables. Rows arrive in
 * their JSON form (RowSink) and can keep arriving while queries run: every query reads a
 * snapshot of each table's length at its start.
 */
import { TABLE_SCHEMAS, type ColumnSchema, type TableSchema } from "../telemetry/schemas";
import { newStoredColumn, type ColumnView, type StoredColumn } from "./columns";
import { converterFor, ValueTypeError } from "./json-values";
import type { RowSink } from "./sink";

export class UnknownTableError extends Error {}

export class RowError extends Error {}

/** A consistent, read-only view of one table: columns all of `length` rows. */
export interface TableSnapshot {
  readonly name: string;
  readonly schema: readonly ColumnSchema[];
  readonly columns: readonly ColumnView[];
  readonly length: number;
}

class StoredTable {
  readonly columns: StoredColumn[];
  readonly index = new Map<string, number>();
  private readonly scratch: unknown[];
  private readonly names: string[];
  private readonly converters: ((v: unknown) => unknown)[];
  length = 0;
  constructor(
    readonly name: string,
    readonly schema: readonly ColumnSchema[],
  ) {
    this.columns = schema.map((c) => newStoredColumn(c.type));
    this.scratch = new Array(schema.length);
    this.names = schema.map((c) => c.name);
    this.converters = schema.map((c) => converterFor(c.type, c.name));
    schema.forEach((c, i) => this.index.set(c.name, i));
  }

  append(row: Record<string, unknown>): void {
    if (row === null || typeof row !== "object" || Array.isArray(row)) throw new RowError("row is not a JSON object");
    const values = this.scratch;
    let known = 0;
    const { names, converters } = this;
    for (let c = 0; c < names.length; c++) {
      const v = row[names[c]];
      if (v !== undefined) known++;
      values[c] = converters[c](v);
    }
    let keys = 0;
    for (const _ in row) keys++;
    if (known !== keys) {
      const unknown = Object.keys(row).find((k) => !this.index.has(k));
      if (unknown !== undefined) throw new RowError(`unknown column ${unknown} in table ${this.name}`);
    }
    // Validate the whole row before pushing so a bad row leaves the table unchanged.
    for (let c = 0; c < values.length; c++) (this.columns[c].push as (v: unknown) => void)(values[c]);
    this.length++;
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

  snapshot(name: string): TableSnapshot {
    const t = this.tables.get(name);
    if (!t) throw new UnknownTableError(`missing table ${name}`);
    return { name, schema: t.schema, columns: t.columns.map((c) => c.snapshot()), length: t.length };
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
