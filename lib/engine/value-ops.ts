/** Kusto value semantics shared by operators and functions: equality, ordering, conversions. */
import type { Value } from "../dataset/columns";
import type { KustoType } from "../telemetry/schemas";
import { KqlUnsupportedError } from "./errors";
import { realText, testRealText } from "./real-text";
import { dynamicText, testDynamicText } from "./dynamic-text";
import { monthFirstDate } from "./datetime-month-first";
import { hasOneDigitHour, ONE_DIGIT_HOUR_TEXT } from "./datetime-hour";
import { partialDatetime, PARTIAL_DETAIL, timeToday } from "./datetime-partial";
import { formatDatetimeDynamic, formatDatetimeKusto, formatTimespan, hasMicrosPastDouble, hasTickDigits, parseDatetime, parseTimespan } from "../format/kusto-time";

export type Getter = ((i: number) => Value) & { constant?: boolean };

export function constant(v: Value): Getter {
  const g: Getter = () => v;
  g.constant = true;
  return g;
}

/** Equality as Kusto's `==`: null never equals anything; dynamic compares by value. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  if (typeof a === "object" || typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

/** Total order used by sort/top/min/max: numbers, then strings, bools; nulls handled by callers. */
export function compareValues(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean" && typeof b === "boolean") return a === b ? 0 : a ? 1 : -1;
  const sa = typeof a === "object" ? JSON.stringify(a) : String(a);
  const sb = typeof b === "object" ? JSON.stringify(b) : String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** A key for Maps (group by, distinct, join): primitives as themselves, objects as JSON text. */
export function keyOf(v: Value): string | number | boolean | null {
  return v !== null && typeof v === "object" ? `\u0000${JSON.stringify(v)}` : v;
}

/** Kusto's tostring(): datetimes in ISO form, timespans as [d.]hh:mm:ss, dynamic as JSON. */
export function toKustoString(v: Value, type: KustoType | string | undefined): string {
  if (v === null) return "";
  if (type === "datetime" && typeof v === "number") return formatDatetimeKusto(v);
  if (type === "timespan" && typeof v === "number") return formatTimespan(v);
  if (typeof v === "string") return v;
  if (typeof v === "object") return dynamicText(v);
  return type === "real" && typeof v === "number" ? realText(v) : String(v);
}

/**
 * `test` of a value's tostring() text. A real whose text Kusto does not document (lib/engine/real-text.ts)
 * is tested in both candidate forms and answers when they agree.
 */
export function testKustoText(v: Value, type: KustoType | string | undefined, test: (text: string) => boolean): boolean {
  if (type === "real" && typeof v === "number") return testRealText(v, test);
  if (v !== null && typeof v === "object") return testDynamicText(v, test);
  return test(toKustoString(v, type));
}

/** Lower-case "b" and "o" (char code | 32): the second character of JavaScript's binary and octal literals. */
const OCT_OR_BIN = new Set([98, 111]);

export function toNumber(v: Value): number | null {
  if (v === null) return null;
  // A NaN here is a real NaN (0.0/0, sqrt(-1)): stored nulls read back as null, never as NaN.
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return null;
    const n = Number(s);
    if (Number.isNaN(n)) return null;
    // JavaScript's Number() also reads "0b101" and "0o17"; Kusto's literal grammar has decimal and 0x hex
    // only (published queries rely on tolong(strcat("0x", hex))), so binary and octal text is no number.
    if (s.length > 2 && s.charCodeAt(0) === 48 && OCT_OR_BIN.has(s.charCodeAt(1) | 32)) return null;
    return n;
  }
  return null;
}

export function toLong(v: Value): number | null {
  const n = toNumber(v);
  return n === null || !Number.isFinite(n) ? null : Math.trunc(n);
}

export function toBool(v: Value): boolean | null {
  if (v === null) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (s === "true" || s === "1") return true;
    if (s === "false" || s === "0") return false;
  }
  return null;
}

/** `asOf` (now()) dates a time given alone ("08:00"): without it such text is refused. */
export function toDatetime(v: Value, fromType?: string, asOf?: number): number | null {
  if (v === null) return null;
  if (typeof v === "number") return fromType === "datetime" ? v : null;
  if (typeof v === "string") {
    if (hasOneDigitHour(v)) throw new KqlUnsupportedError(ONE_DIGIT_HOUR_TEXT, undefined, `'${v.slice(0, 40)}'`);
    const ms = parseDatetime(v);
    if (!Number.isNaN(ms)) {
      if (hasTickDigits(v)) throw new KqlUnsupportedError("todatetime() of text with 100 ns digits (datetimes are kept to the microsecond)", undefined, `'${v.slice(0, 40)}'`);
      if (hasMicrosPastDouble(v)) throw new KqlUnsupportedError("todatetime() of text with microseconds before 1691 or after 2248 (datetimes are kept as a double of milliseconds)", undefined, `'${v.slice(0, 40)}'`);
      return ms;
    }
    // 12-02-2022: Kusto reads it as a date, in an order no page gives (parseDatetime reads only the
    // ones whose day and month coincide). A bare date is read month first (datetime-month-first.ts);
    // with more text after it, refused rather than a null where Kusto has a date.
    const monthFirst = monthFirstDate(v);
    if (monthFirst !== undefined) return monthFirst;
    if (/^\s*["']?\d{1,2}-\d{1,2}-\d{4}\b/.test(v)) throw new KqlUnsupportedError("todatetime() of dd-MM-yyyy or MM-dd-yyyy text whose day and month differ", undefined, `'${v.slice(0, 40)}'`);
    const today = asOf === undefined ? undefined : timeToday(v, asOf);
    if (today !== undefined) {
      if (hasTickDigits(v)) throw new KqlUnsupportedError("todatetime() of text with 100 ns digits (datetimes are kept to the microsecond)", undefined, `'${v.slice(0, 40)}'`);
      return today;
    }
    const partial = partialDatetime(v);
    if (partial) throw new KqlUnsupportedError(`todatetime() of ${partial} (${PARTIAL_DETAIL})`, undefined, `'${v.slice(0, 40)}'`);
    return null;
  }
  return null;
}

export function toTimespan(v: Value, fromType?: string): number | null {
  if (v === null) return null;
  if (typeof v === "number") return fromType === "timespan" ? v : v / 10_000; // numbers are ticks
  if (typeof v === "string") return parseTimespan(v);
  return null;
}

/** parse_json(): strings holding JSON become values; anything else passes through. */
export function parseJson(v: Value): Value {
  if (typeof v !== "string") return v;
  if (v.trim() === "") return null;
  try {
    return JSON.parse(v) as Value;
  } catch {
    return v;
  }
}

/** Dynamic property access: `d.name` / `d["name"]` / `d[0]`; null when absent. */
export function member(v: Value, key: Value): Value {
  if (v === null || typeof v !== "object") {
    if (typeof v === "string" && (v.startsWith("{") || v.startsWith("["))) return member(parseJson(v), key);
    return null;
  }
  if (Array.isArray(v)) {
    if (typeof key !== "number") return null;
    const idx = key < 0 ? v.length + key : key;
    const r = v[idx] as Value | undefined;
    return r === undefined ? null : r;
  }
  const r = (v as Record<string, Value>)[String(key)];
  return r === undefined ? null : r;
}

/** A value placed inside a dynamic keeps Kusto's JSON form (datetime → ISO text, timespan → text). */
export function dynamicForm(type: string | undefined): (v: Value) => Value {
  if (type === "datetime") return (v) => (typeof v === "number" ? formatDatetimeDynamic(v) : v);
  if (type === "timespan") return (v) => (typeof v === "number" ? formatTimespan(v) : v);
  return (v) => v;
}

/** Conversion for typeof(...) arguments: invalid values become null. */
export function convertTo(type: string, v: Value): Value {
  switch (type) {
    case "string":
      return v === null ? "" : typeof v === "string" ? v : typeof v === "object" ? dynamicText(v) : JSON.stringify(v);
    case "int":
    case "long":
      return toLong(v);
    case "real":
    case "double":
      return toNumber(v);
    case "bool":
      return toBool(v);
    case "datetime":
      return toDatetime(v);
    case "timespan":
      return toTimespan(v);
    case "dynamic":
      return parseJson(v);
  }
  return v;
}

