/**
 * The independent side of published-truth.test.ts: the simulator's rows, as it writes them (before
 * the workspace converts anything), loaded into DuckDB; and a cell-by-cell comparison of the
 * engine's answer with DuckDB's.
 */
import { expect } from "vitest";
import { DuckDBInstance, timestampValue, type DuckDBConnection } from "@duckdb/node-api";
import type { RowSink } from "@/lib/dataset/sink";
import type { QueryTable } from "@/lib/workspace/types";
import { TABLE_SCHEMAS, type ColumnSchema } from "@/lib/telemetry/schemas";

/** Hands every row on to the workspace and keeps, for the tables asked for, the asked-for columns' JSON values. */
export class TeeSink implements RowSink {
  readonly kept = new Map<string, unknown[][]>();
  constructor(
    private readonly inner: RowSink,
    readonly columns: Readonly<Record<string, readonly string[]>>,
  ) {
    for (const t of Object.keys(columns)) this.kept.set(t, []);
  }
  append(table: string, row: Record<string, unknown>): void {
    this.inner.append(table, row);
    this.keep(table, row);
  }
  ensureTable(table: string): void {
    this.inner.ensureTable?.(table);
  }
  appendTimed(table: string, row: Record<string, unknown>, timeMs: number): void {
    if (this.inner.appendTimed) this.inner.appendTimed(table, row, timeMs);
    else this.inner.append(table, row);
    this.keep(table, row);
  }
  private keep(table: string, row: Record<string, unknown>): void {
    const names = this.columns[table];
    if (names) this.kept.get(table)?.push(names.map((n) => row[n]));
  }
}

const SQL_TYPE: Record<string, string> = { string: "VARCHAR", real: "DOUBLE", int: "BIGINT", long: "BIGINT", bool: "BOOLEAN", datetime: "TIMESTAMP" };

/** Loads the kept rows into an in-memory DuckDB, typed from the contract schemas (datetime → TIMESTAMP). */
export async function loadDuckDb(tee: TeeSink): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  for (const [table, rows] of tee.kept) {
    const schema = tee.columns[table].map((n) => columnOf(table, n));
    await con.run(`CREATE TABLE ${table} (${schema.map((c) => `"${c.name}" ${SQL_TYPE[c.type]}`).join(", ")})`);
    const appender = await con.createAppender(table);
    for (const row of rows) {
      schema.forEach((c, k) => appendValue(appender, c, row[k], table));
      appender.endRow();
    }
    appender.closeSync();
  }
  return con;
}

function columnOf(table: string, name: string): ColumnSchema {
  const c = TABLE_SCHEMAS[table]?.find((x) => x.name === name);
  if (!c || !SQL_TYPE[c.type]) throw new Error(`${table}.${name}: not a contract column of a loadable type`);
  return c;
}

type Appender = Awaited<ReturnType<DuckDBConnection["createAppender"]>>;

/**
 * One JSON value into its SQL column. Kusto's string has no null (a missing string is ""), so an
 * absent string is loaded as ''; other absent values are NULL. A value of another JSON type than the
 * column's fails the load rather than being coerced.
 */
function appendValue(a: Appender, c: ColumnSchema, v: unknown, table: string): void {
  if (v === undefined || v === null) {
    if (c.type === "string") a.appendVarchar("");
    else a.appendNull();
    return;
  }
  const bad = () => new Error(`${table}.${c.name}: ${JSON.stringify(v)} is not a ${c.type}`);
  switch (c.type) {
    case "string":
      if (typeof v !== "string") throw bad();
      return a.appendVarchar(v);
    case "real":
      if (typeof v !== "number") throw bad();
      return a.appendDouble(v);
    case "int":
    case "long":
      if (typeof v !== "number" || !Number.isInteger(v)) throw bad();
      return a.appendBigInt(BigInt(v));
    case "bool":
      if (typeof v !== "boolean") throw bad();
      return a.appendBoolean(v);
    case "datetime": {
      const ms = typeof v === "string" ? Date.parse(v) : Number.NaN;
      if (!Number.isFinite(ms)) throw bad();
      return a.appendTimestamp(timestampValue(BigInt(ms) * 1000n));
    }
  }
}

export interface Answer {
  columns: string[];
  /** Each column's kind: integer, real, string, bool or datetime (Kusto's int and long are both integer). */
  kinds: string[];
  rows: unknown[][];
}

// A DuckDB list of strings is what a Kusto dynamic array of strings (make_set, make_list) holds.
const SQL_KIND: Record<string, string> = { BIGINT: "integer", INTEGER: "integer", HUGEINT: "integer", DOUBLE: "real", VARCHAR: "string", BOOLEAN: "bool", TIMESTAMP: "datetime", "VARCHAR[]": "dynamic" };
const KUSTO_KIND: Record<string, string> = { int: "integer", long: "integer", real: "real", string: "string", bool: "bool", datetime: "datetime" };

/** DuckDB's answer, values as plain JS: numbers (from BIGINT/HUGEINT too), strings, booleans, null, datetimes as epoch ms. */
export async function sql(con: DuckDBConnection, text: string): Promise<Answer> {
  const reader = await con.runAndReadAll(text);
  const kinds = reader.columnTypes().map((t) => SQL_KIND[t.toString()] ?? t.toString());
  return { columns: reader.columnNames(), kinds, rows: reader.getRowsJS().map((r) => r.map(plain)) };
}

function plain(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.getTime();
  return v;
}

/** The engine's answer in the same form: its datetimes (ISO text, as the query API returns them) as epoch ms. */
export function engineAnswer(t: QueryTable): Answer {
  const isTime = t.columns.map((c) => c.type === "datetime");
  return {
    columns: t.columns.map((c) => c.name),
    kinds: t.columns.map((c) => KUSTO_KIND[c.type] ?? c.type),
    rows: t.rows.map((r) => r.map((v, k) => (isTime[k] && typeof v === "string" ? Date.parse(v) : v))),
  };
}

/** Numbers equal within 1e-9 relative (sums of doubles in another order), everything else exactly. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
  return a === b;
}

const sameRow = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((v, k) => sameCell(v, b[k]));

/** Bucket key: the row's non-fractional cells (fractional numbers may differ in the last bits). */
const bucketKey = (r: unknown[]) => JSON.stringify(r.map((v) => (typeof v === "number" && !Number.isInteger(v) ? "#" : v)));

/** Rows that `expected` lacks for each of `actual` (as a multiset); empty when they are the same rows. */
function unmatched(actual: unknown[][], expected: unknown[][]): unknown[][] {
  const pool = new Map<string, unknown[][]>();
  for (const r of expected) {
    const k = bucketKey(r);
    const list = pool.get(k);
    if (list) list.push(r);
    else pool.set(k, [r]);
  }
  const missing: unknown[][] = [];
  for (const r of actual) {
    const list = pool.get(bucketKey(r)) ?? [];
    const i = list.findIndex((e) => sameRow(r, e));
    if (i < 0) missing.push(r);
    else list.splice(i, 1);
  }
  return missing;
}

export interface Expectation {
  /** Columns the query sorts by: their sequence must be DuckDB's; rows within a run of equal keys may come in any order. */
  orderedBy?: string[];
  /**
   * top/take N: DuckDB's answer is the full list. After a sort the last run of ties may be cut anywhere;
   * without one (take N alone) the engine's rows are any N of DuckDB's.
   */
  limit?: number;
}

/** Same column names, and the same rows cell by cell (as a multiset, or in the sorted order asked for). */
export function expectSameAnswer(engine: Answer, duck: Answer, how: Expectation = {}): void {
  expect(engine.columns).toEqual(duck.columns);
  expect(engine.kinds, "column types").toEqual(duck.kinds);
  const count = how.limit === undefined ? duck.rows.length : Math.min(how.limit, duck.rows.length);
  expect(engine.rows.length, "row count").toBe(count);
  if (!how.orderedBy) {
    expect(unmatched(engine.rows, duck.rows), "engine rows DuckDB does not have").toEqual([]);
    return;
  }
  const keyAt = how.orderedBy.map((name) => duck.columns.indexOf(name));
  const sameKey = (a: unknown[], b: unknown[]) => keyAt.every((k) => sameCell(a[k], b[k]));
  // Runs of equal sort keys in DuckDB's order: the engine's rows in each run's place are that run's rows.
  let at = 0;
  while (at < count) {
    let end = at + 1;
    while (end < duck.rows.length && sameKey(duck.rows[end], duck.rows[at])) end++;
    const cut = Math.min(end, count);
    // A run the limit cuts (ties at the boundary of a top/take): the engine's rows are some of the tied rows.
    expect(unmatched(engine.rows.slice(at, cut), duck.rows.slice(at, end)), `engine rows ${at}..${cut - 1} DuckDB does not have in that place`).toEqual([]);
    at = cut;
  }
}
