import type { QueryTable } from "@/lib/workspace/types";
import type { Row } from "./types";

/** Rows of a result as objects keyed by column name. */
export function toRows(table: QueryTable): Row[] {
  const names = table.columns.map((c) => c.name);
  return table.rows.map((values) => {
    const row: Row = {};
    names.forEach((name, i) => {
      row[name] = values[i];
    });
    return row;
  });
}

/** A finite number, or null for null/missing/non-numeric values (strings such as "503" are parsed). */
export function num(row: Row, column: string): number | null {
  const v = row[column];
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function str(row: Row, column: string): string | null {
  const v = row[column];
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? v : String(v);
}

/** Epoch milliseconds of a datetime column, or null. */
export function timeMs(row: Row, column = "TimeGenerated"): number | null {
  const v = row[column];
  if (typeof v === "string") {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : t;
  }
  if (v instanceof Date) return v.getTime();
  return null;
}

export function bool(row: Row, column: string): boolean | null {
  const v = row[column];
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "True") return true;
  if (v === "false" || v === "False") return false;
  return null;
}

/** Rows that have a time in `column`, sorted ascending by it, as [ms, row] pairs. */
export function byTime(rows: readonly Row[], column = "TimeGenerated"): { t: number; row: Row }[] {
  const out: { t: number; row: Row }[] = [];
  for (const row of rows) {
    const t = timeMs(row, column);
    if (t !== null) out.push({ t, row });
  }
  return out.sort((a, b) => a.t - b.t);
}
