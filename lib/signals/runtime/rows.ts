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

let cachedDayText = "";
let cachedDayMs = Number.NaN;
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

const TIME_DIGITS = [11, 12, 14, 15, 17, 18, 20, 21, 22];
function allDigits(v: string): boolean {
  for (const i of TIME_DIGITS) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Date.parse for the query API's own form "yyyy-MM-ddTHH:mm:ss.fffZ" with the day cached (results
 * hold 100 k such times, mostly on a few days); anything else goes through Date.parse.
 */
function parseIsoMs(v: string): number {
  if (v.length === 24 && v.charCodeAt(10) === 84 && v.charCodeAt(19) === 46 && v.charCodeAt(23) === 90) {
    const h = two(v, 11);
    const m = two(v, 14);
    const s = two(v, 17);
    const ms = digit(v, 20) * 100 + two(v, 21);
    if (allDigits(v) && h < 24 && m < 60 && s < 60) {
      if (!v.startsWith(cachedDayText) || cachedDayText === "") {
        const day = Date.parse(`${v.slice(0, 10)}T00:00:00.000Z`);
        if (Number.isNaN(day)) return Date.parse(v);
        cachedDayText = v.slice(0, 11);
        cachedDayMs = day;
      }
      return cachedDayMs + ((h * 60 + m) * 60 + s) * 1000 + ms;
    }
  }
  return Date.parse(v);
}

/** Epoch milliseconds of a datetime column, or null. */
export function timeMs(row: Row, column = "TimeGenerated"): number | null {
  const v = row[column];
  if (typeof v === "string") {
    const t = parseIsoMs(v);
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
