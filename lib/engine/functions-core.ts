/** Conditionals, null tests, conversions and dynamic access (iff, case, coalesce, isempty, to*(), gettype, ...). */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { checkedDatetime } from "./datetime-arith";
import { unsupported } from "./syntax";
import { member, parseJson, toBool, toDatetime, toKustoString, toLong, toNumber, toTimespan } from "./value-ops";

/** A UTC midnight of any year 1-9999: setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999. */
function utcDate(y: number, monthIndex: number, d: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, monthIndex, d);
  return t;
}

export const map1 =
  (f: (v: Value) => Value): FnImpl =>
  ({ g: [a] }) =>
  (i) =>
    f(a(i));

const isEmpty = (v: Value) => v === null || v === "";

/** min_of/max_of: non-null values take precedence over nulls. */
function extremum(sign: 1 | -1): FnImpl {
  return ({ g }) =>
    (i) => {
      let best: Value = null;
      for (const a of g) {
        const v = a(i);
        if (v === null) continue;
        if (best === null || (sign > 0 ? (v as number) > (best as number) : (v as number) < (best as number))) best = v;
      }
      return best;
    };
}

/** toguid (toguid page): 32 hex digits, with dashes or braces or neither → canonical lower-case form; else null. */
function toGuid(v: Value): Value {
  if (typeof v !== "string") return null;
  // The page's example accepts dashes anywhere ("0123456789ab-cdef-0123-456789abcdef").
  const plain = v.trim().replace(/^\{(.*)\}$/, "$1").replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(plain)) return null;
  const h = plain.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const CORE_FUNCTIONS: Record<string, FnImpl> = {
  iff: ({ g: [c, a, b] }) => (i) => (c(i) === true ? a(i) : b(i)),
  iif: ({ g: [c, a, b] }) => (i) => (c(i) === true ? a(i) : b(i)),
  case: ({ g }) => (i) => {
    for (let k = 0; k + 1 < g.length; k += 2) if (g[k](i) === true) return g[k + 1](i);
    return g[g.length - 1](i);
  },
  coalesce: ({ g, nodes }) => (i) => {
    for (let k = 0; k < g.length; k++) {
      const v = g[k](i);
      if (!(v === null || (nodes[k].type === "string" && v === ""))) return v;
    }
    return nodes[0].type === "string" ? "" : null;
  },
  isempty: map1(isEmpty),
  isnotempty: map1((v) => !isEmpty(v)),
  isnull: map1((v) => v === null),
  isnotnull: map1((v) => v !== null),
  not: map1((v) => (v === null ? null : v !== true)),
  tostring: ({ g: [a], nodes: [an] }) => (i) => toKustoString(a(i), an.type),
  toint: map1(toLong),
  tolong: map1(toLong),
  todouble: map1(toNumber),
  toreal: map1(toNumber),
  todecimal: map1(toNumber),
  tobool: map1(toBool),
  toboolean: map1(toBool),
  todatetime: ({ g: [a], nodes: [an], scope }) => (i) => toDatetime(a(i), an.type, scope.ctx.asOf),
  totimespan: ({ g: [a], nodes: [an] }) => (i) => toTimespan(a(i), an.type),
  toguid: map1(toGuid),
  parse_json: map1(parseJson),
  gettype: ({ g: [a], nodes: [an], call }) => (i) => {
    const v = a(i);
    if (an.type !== "dynamic") return an.type === "real" ? "real" : String(an.type);
    if (v === null) return "null";
    if (Array.isArray(v)) return "array";
    if (typeof v === "object") return "dictionary";
    // The page gives the type the value is held as: parse_json('1') is int, 123.45 real. A dynamic
    // whole number here may have been an int, a long or a real (dynamic(2.0), pack_array(1.0)): the
    // engine keeps one number type, so it refuses rather than answer "long" for all three.
    if (typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v))) return unsupported(call, "gettype() of a whole number held in a dynamic value (int, long or real: the engine does not keep which)");
    if (typeof v === "number") return "real";
    return typeof v === "boolean" ? "bool" : "string";
  },
  min_of: extremum(-1),
  max_of: extremum(1),
  make_datetime: ({ g, call }) => {
    // The analyzer also binds make_datetime(value), which the page does not list (year, month, day first).
    if (g.length < 3) return unsupported(call, "make_datetime() with fewer than three arguments (the page starts with year, month, day)");
    return (i) => {
      const p = g.map((a) => toNumber(a(i)));
      if (p.some((x) => x === null)) return null;
      const [y, mo, d, h, mi, sec] = [0, 1, 2, 3, 4, 5].map((k) => p[k] ?? 0);
      if (![y, mo, d, h, mi].every(Number.isInteger)) return unsupported(call, "make_datetime() with a fractional year, month, day, hour or minute (int parameters)");
      // "If successful, the result will be a datetime value, otherwise, the result will be null" (the page):
      // a value outside its range is null, not carried over as Date.UTC would (month 13 is not next January),
      // and year 0, which its range names, is null because datetime starts at year 1.
      const valid = y >= 1 && y <= 9999 && mo >= 1 && mo <= 12 && d >= 1 && d <= utcDate(y, mo, 0).getUTCDate() && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec < 60;
      if (!valid) return null;
      // The page allows 100 ns ("0 to 59.9999999"); datetimes are kept to the microsecond, as in make_timespan.
      const micros = sec * 1e6;
      if (Math.abs(micros - Math.round(micros)) > 1e-6) return unsupported(call, "make_datetime() with a second finer than a microsecond (datetimes are kept to the microsecond)");
      const minute = utcDate(y, mo - 1, d).getTime() + (h * 60 + mi) * 60_000;
      return checkedDatetime(minute + Math.round(micros) / 1000, minute, Math.round(micros) / 1000, "make_datetime()", call.pos);
    };
  },
  dynamic_member: ({ g: [a, k] }) => (i) => member(a(i), k(i)),
};
