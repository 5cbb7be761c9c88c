/**
 * narrow() per its page: unpivots each input row into (Row, Column, Value) rows, Row counting input
 * rows from 0, Column the column's name in column order, Value the cell as a string. The page's
 * example fixes the text of the types it shows: bools as True/False, datetimes as
 * `yyyy-MM-dd HH:mm:ss.fffffff`, whole numbers in digits, reals such as 0.130552847673333 (15
 * significant digits, .NET's "G15"), strings as they are. Datetimes with sub-millisecond digits are
 * refused: kept to about a quarter microsecond here, their last digit could be off by a tick. Reals are printed only where G15 and this
 * engine's shortest form agree (at most 15 significant digits, plain notation); a null is "", as every
 * conversion of a null to string is in Kusto (the page shows none). Types the page does not show
 * (timespan, guid, dynamic, decimal) are refused, naming the column.
 */
import type { Value } from "../../dataset/columns";
import { formatDatetimeDynamic } from "../../format/kusto-time";
import { KqlUnsupportedError } from "../errors";
import type { KNode } from "../kusto";
import { hasExact } from "../exact-long";
import { columnGetter } from "../scalar";
import { valuesColumn } from "../table";
import type { Plugin } from "./types";

function realText(v: number, column: string, call: KNode): string {
  const text = String(v);
  const digits = text.replace(/^-?0*\.?0*/, "").replace(/\./, "").length;
  const plain = v === 0 || (Math.abs(v) >= 1e-5 && Math.abs(v) < 1e15);
  if (Number.isFinite(v) && plain && digits <= 15) return text;
  throw new KqlUnsupportedError("narrow() of a real that needs more than 15 significant digits, an exponent, or is not finite", call.pos, `column ${column}: the page shows 15-digit reals only`);
}

/** Seven fraction digits, exact only for whole milliseconds: finer digits are kept to ~¼ µs here. */
function datetimeText(v: number, column: string, call: KNode): string {
  if (Number.isInteger(v)) return formatDatetimeDynamic(v).slice(0, -1).replace("T", " ");
  throw new KqlUnsupportedError("narrow() of a datetime with sub-millisecond digits", call.pos, `column ${column}: datetimes are kept to about a quarter microsecond, so its 7th digit could be wrong`);
}

function texter(type: string, column: string, call: KNode): (v: Value) => string {
  switch (type) {
    case "string":
      return (v) => (v === null ? "" : String(v));
    case "bool":
      return (v) => (v === null ? "" : v ? "True" : "False");
    case "datetime":
      return (v) => (typeof v === "number" ? datetimeText(v, column, call) : "");
    case "long":
    case "int":
      return (v) => {
        if (typeof v !== "number") return "";
        if (Number.isSafeInteger(v)) return String(v);
        throw new KqlUnsupportedError(`narrow() of a ${type} beyond ±(2^53 − 1) computed as a double`, call.pos, `column ${column}: its last digits would be wrong`);
      };
    case "real":
      return (v) => (typeof v === "number" ? realText(v, column, call) : "");
    default:
      throw new KqlUnsupportedError(`narrow() of a ${type} column`, call.pos, `column ${column}: the page does not show how a ${type} is written`);
  }
}

const narrow: Plugin = (op, call, input) => {
  const cells = input.columns.map((c) => {
    const get = columnGetter(input, c.name);
    // A column of 64-bit longs (hash(), node ids: exact-long.ts) is written from its exact values.
    if (hasExact(get)) return { name: c.name, get: (i: number) => get.exact(i)?.toString() ?? null, text: texter("string", c.name, call) };
    return { name: c.name, get, text: texter(c.type, c.name, call) };
  });
  const rows: Value[] = [];
  const names: Value[] = [];
  const values: Value[] = [];
  for (let i = 0; i < input.length; i++) {
    for (const c of cells) {
      rows.push(i);
      names.push(c.name);
      values.push(c.text(c.get(i)));
    }
  }
  const [row, column, value] = op.columns ?? [];
  return {
    length: rows.length,
    columns: [valuesColumn(row?.name ?? "Row", "long", rows), valuesColumn(column?.name ?? "Column", "string", names), valuesColumn(value?.name ?? "Value", "string", values)],
  };
};

export const NARROW_PLUGINS: Record<string, Plugin> = { narrow };
