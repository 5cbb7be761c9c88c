/**
 * Random small tables, written both as a KQL `datatable` and as DuckDB rows. Datetimes and timespans
 * are whole milliseconds, held in DuckDB as BIGINT milliseconds so that bin(), startofday() and
 * datetime_diff() translate to integer arithmetic (no time-zone or interval semantics in between).
 */
import type { Rng } from "./rng";

export type KType = "int" | "long" | "real" | "string" | "bool" | "datetime" | "timespan" | "dynamic";

export interface Col {
  name: string;
  type: KType;
  /** May hold null (never for string: Kusto's string has no null, a missing string is ""). */
  nullable: boolean;
  /** May hold NaN (real division 0.0/0.0): left out of comparisons, keys, sorts, min/max. */
  nan?: boolean;
  /** Every row's value differs (the id column, before a join or union): arg_max over it is deterministic. */
  unique?: boolean;
  /** A real column whose values sit close together far from 0. */
  far?: boolean;
}

export type Cell = number | string | boolean | null;

export interface Table {
  name: string;
  cols: Col[];
  rows: Cell[][];
}

export const BASE_MS = Date.UTC(2026, 0, 1);
const STRINGS = ["", "a", "A", "ab", "Ab", "abc", "b", "B", "bc", "xa", "12", "-3", "0", "hello", "HeLLo", "lo", "a b"];
export const KEYS = ["", "a", "A", "b", "c"];
// Values close together far from 0 (1000.1 with 1000.2, 1e9 + 0.5 with 1e9 + 1.5): the variance of
// such a group is what a sum-of-squares formula gets wrong.
const REALS = [-2.5, -1, -0.5, 0, 0.5, 1.25, 3, 10.75, 2, 1000, 1000.1, 1000.2];
const FAR_REALS = [1e9 + 0.5, 1e9 + 1.5, 1e9 + 2.5, 1000.1, 1000.2];
const SPANS = [0, 1500, 60_000, -60_000, 90_000, 3_600_000, -7_200_000, 86_400_000, 90_061_001];

function cell(rng: Rng, c: Col): Cell {
  if (c.nullable && rng.chance(0.2)) return null;
  switch (c.type) {
    case "int":
      return rng.int(-3, 3);
    case "long":
      return rng.chance(0.1) ? rng.pick([100, -100, 1000]) : rng.int(-7, 7);
    case "real":
      if (c.nan && rng.chance(0.3)) return rng.pick([Infinity, -Infinity]);
      return rng.pick(c.far ? FAR_REALS : REALS);
    case "string":
      return c.name === "k" ? rng.pick(KEYS) : rng.pick(STRINGS);
    case "bool":
      return rng.chance(0.5);
    case "datetime":
      // Within ±3 days of BASE, on minutes mostly, sometimes with milliseconds.
      return BASE_MS + rng.int(-4320, 4320) * 60_000 + (rng.chance(0.3) ? rng.int(0, 59_999) : 0);
    case "timespan":
      return rng.pick(SPANS);
    default:
      throw new Error(`no random ${c.type}`);
  }
}

/** A table with a unique id, a string key k, and two to five more columns of random types. */
export function randomTable(rng: Rng, name: string, prefix: string, withId: boolean): Table {
  const cols: Col[] = [];
  if (withId) cols.push({ name: "id", type: "long", nullable: false, unique: true });
  cols.push({ name: "k", type: "string", nullable: false });
  const types: KType[] = ["long", "real", "string", "bool", "datetime", "timespan", "int"];
  const n = rng.int(2, 5);
  for (let i = 0; i < n; i++) {
    const type = rng.pick(types);
    // A real column may hold ±inf (real page's literals): inf - inf is NaN, so it is treated as NaN-capable.
    const real = type === "real";
    cols.push({ name: `${prefix}${type === "int" ? "n" : type[0]}${i}`, type, nullable: type !== "string", far: real && rng.chance(0.25), nan: real && rng.chance(0.15) });
  }
  const rows: Cell[][] = [];
  const count = rng.chance(0.05) ? 0 : rng.int(1, 12);
  for (let r = 0; r < count; r++) rows.push(cols.map((c) => (c.name === "id" ? r + 1 : cell(rng, c))));
  // Duplicates: a copy of an earlier row (its id changed, ids stay unique).
  if (rows.length > 1 && rng.chance(0.5)) rows.push(cols.map((c, k) => (c.name === "id" ? rows.length + 1 : rows[0][k])));
  return { name, cols, rows };
}

const KQL_NULL: Record<KType, string> = { int: "int(null)", long: "long(null)", real: "real(null)", string: '""', bool: "bool(null)", datetime: "datetime(null)", timespan: "time(null)", dynamic: "dynamic(null)" };

export function kqlLiteral(type: KType, v: Cell): string {
  if (v === null) return KQL_NULL[type];
  switch (type) {
    case "real":
      if (!Number.isFinite(v)) return (v as number) > 0 ? "real(+inf)" : "real(-inf)";
      return Number.isInteger(v) ? `${v as number}.0` : String(v);
    case "string":
      return JSON.stringify(v);
    case "datetime":
      return `datetime(${new Date(v as number).toISOString()})`;
    case "timespan":
      return `${v as number}ms`;
    default:
      return String(v);
  }
}

export function sqlLiteral(type: KType, v: Cell): string {
  if (v === null) return "NULL";
  switch (type) {
    case "string":
      return `'${(v as string).replace(/'/g, "''")}'`;
    case "real":
      if (!Number.isFinite(v)) return (v as number) > 0 ? "'inf'::DOUBLE" : "'-inf'::DOUBLE";
      return `${v as number}::DOUBLE`;
    default:
      return String(v);
  }
}

export const SQL_TYPE: Record<KType, string> = { int: "BIGINT", long: "BIGINT", real: "DOUBLE", string: "VARCHAR", bool: "BOOLEAN", datetime: "BIGINT", timespan: "BIGINT", dynamic: "BIGINT[]" };

export function kqlTable(t: Table): string {
  const schema = t.cols.map((c) => `${c.name}:${c.type}`).join(", ");
  const cells = t.rows.flatMap((r) => r.map((v, k) => kqlLiteral(t.cols[k].type, v)));
  return `let ${t.name} = datatable(${schema})[${cells.join(", ")}];`;
}

export function sqlTable(t: Table): string[] {
  const create = `CREATE OR REPLACE TABLE ${t.name} (${t.cols.map((c) => `"${c.name}" ${SQL_TYPE[c.type]}`).join(", ")})`;
  if (t.rows.length === 0) return [create];
  const values = t.rows.map((r) => `(${r.map((v, k) => sqlLiteral(t.cols[k].type, v)).join(", ")})`);
  return [create, `INSERT INTO ${t.name} VALUES ${values.join(", ")}`];
}
