/** Datetime functions: now()/ago() use the query's "as of" time; datetimes are epoch milliseconds. */
import type { Value } from "../dataset/columns";
import { checkedDatetime, unixtimeDatetime } from "./datetime-arith";
import { KqlRuntimeError, KqlUnsupportedError } from "./errors";
import { unsupported } from "./syntax";
import type { FnImpl } from "./functions";
import { toLong, type Getter } from "./value-ops";

const PART_MS: Record<string, number> = {
  week: 604_800_000,
  day: 86_400_000,
  hour: 3_600_000,
  minute: 60_000,
  second: 1000,
  millisecond: 1,
  microsecond: 0.001,
  nanosecond: 0.000001,
};

function part(g: Getter): string {
  return String(g(0)).toLowerCase().replace(/s$/, "");
}

function utcStart(ms: number, unit: "day" | "month" | "year" | "week"): number {
  const d = new Date(ms);
  if (unit === "day") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (unit === "year") return Date.UTC(d.getUTCFullYear(), 0, 1);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return day - d.getUTCDay() * 86_400_000;
}

/**
 * setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999 (datetime(0001-01-01) moved a
 * month landed in 1901); the part below the millisecond, which Date drops, is added back.
 */
function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const target = new Date(0);
  target.setUTCFullYear(y, m + 1, 0);
  target.setUTCFullYear(y, m, Math.min(d.getUTCDate(), target.getUTCDate()));
  target.setUTCHours(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  return target.getTime() + (ms - Math.floor(ms));
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday), as week_of_year documents. */
function isoWeek(ms: number): number {
  const day = utcStart(ms, "day");
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = day + (3 - weekday) * 86_400_000;
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / 604_800_000) + 1;
}

const dt =
  (f: (ms: number) => Value): FnImpl =>
  ({ g: [a] }) =>
  (i) => {
    const v = a(i);
    return typeof v === "number" ? f(v) : null;
  };

const startOf =
  (unit: "day" | "month" | "year" | "week"): FnImpl =>
  ({ g: [a, off] }) =>
  (i) => {
    const v = a(i);
    if (typeof v !== "number") return null;
    const k = off ? (toLong(off(i)) ?? 0) : 0;
    if (unit === "month") return addMonths(utcStart(v, "month"), k);
    if (unit === "year") return addMonths(utcStart(v, "year"), 12 * k);
    return utcStart(v, unit) + k * (unit === "day" ? 86_400_000 : 604_800_000);
  };

const endOf =
  (unit: "day" | "month" | "year" | "week"): FnImpl =>
  (args) => {
    const next = startOf(unit)({ ...args, g: [args.g[0], (i) => (args.g[1] ? (toLong(args.g[1](i)) ?? 0) : 0) + 1] });
    return (i) => {
      const v = next(i);
      return typeof v === "number" ? v - 0.0005 : null;
    };
  };

export const DATETIME_FUNCTIONS: Record<string, FnImpl> = {
  now: ({ g: [off], scope }) => {
    const base = scope.ctx.asOf;
    return (i) => base + (off ? ((off(i) as number) ?? 0) : 0);
  },
  ago: ({ g: [a], scope }) => {
    const base = scope.ctx.asOf;
    return (i) => {
      const v = a(i);
      return typeof v === "number" ? base - v : null;
    };
  },
  startofday: startOf("day"),
  startofmonth: startOf("month"),
  startofyear: startOf("year"),
  startofweek: startOf("week"),
  // endof*(d, offset): the last tick before the next period's start. Datetimes are float milliseconds,
  // which cannot hold that tick at today's epochs: 500 ns before the next start is the closest value
  // that stays below it (results print with millisecond precision, .999).
  endofday: endOf("day"),
  endofweek: endOf("week"),
  endofmonth: endOf("month"),
  endofyear: endOf("year"),
  datetime_add: ({ g: [p, amount, d] }) => {
    const unit = part(p);
    return (i) => {
      const v = d(i);
      const k = toLong(amount(i));
      if (typeof v !== "number" || k === null) return null;
      const months = unit === "month" ? k : unit === "quarter" ? 3 * k : unit === "year" ? 12 * k : undefined;
      if (months !== undefined) {
        const moved = addMonths(v, months);
        return checkedDatetime(moved, v, moved - v, "datetime_add()");
      }
      const ms = PART_MS[unit];
      if (ms === undefined) throw new KqlRuntimeError(`datetime_add: unknown period ${unit}`);
      // Datetimes are kept to the microsecond (lib/format/kusto-time.ts): a step past it is refused.
      if (unit === "nanosecond" && k % 1000 !== 0) throw new KqlUnsupportedError("datetime_add('nanosecond', ...) of a part of a microsecond (datetimes are kept to the microsecond)");
      return checkedDatetime(v + k * ms, v, k * ms, "datetime_add()");
    };
  },
  datetime_diff: ({ g: [p, a, b], call: p_call }) => {
    const unit = part(p);
    return (i) => {
      const x = a(i);
      const y = b(i);
      if (typeof x !== "number" || typeof y !== "number") return null;
      const dx = new Date(x);
      const dy = new Date(y);
      const years = dx.getUTCFullYear() - dy.getUTCFullYear();
      if (unit === "year") return years;
      if (unit === "quarter") return Math.floor(dx.getUTCMonth() / 3) - Math.floor(dy.getUTCMonth() / 3) + 4 * years;
      if (unit === "month") return dx.getUTCMonth() - dy.getUTCMonth() + 12 * years;
      if (unit === "week") return Math.round((utcStart(x, "week") - utcStart(y, "week")) / 604_800_000);
      if (unit === "nanosecond") return unsupported(p_call, "datetime_diff('nanosecond', ...): datetimes are kept to about a quarter microsecond");
      // x / 0.001 of a double near today's epoch lands just below a whole microsecond about one time
      // in five. Datetimes are whole microseconds but for endof*()'s last tick, 0.5 µs below one
      // (the spacing of a double here is 0.24 µs): a quarter microsecond up floors both right.
      if (unit === "microsecond") return Math.floor(x * 1000 + 0.25) - Math.floor(y * 1000 + 0.25);
      const ms = PART_MS[unit];
      if (ms === undefined) throw new KqlRuntimeError(`datetime_diff: unknown period ${unit}`);
      // Kusto counts boundaries crossed: difference of the values truncated to the unit.
      return Math.round(Math.floor(x / ms) - Math.floor(y / ms));
    };
  },
  dayofweek: dt((v) => utcStart(v, "day") - utcStart(v, "week")),
  dayofmonth: dt((v) => new Date(v).getUTCDate()),
  dayofyear: dt((v) => Math.floor((utcStart(v, "day") - utcStart(v, "year")) / 86_400_000) + 1),
  hourofday: dt((v) => new Date(v).getUTCHours()),
  getmonth: dt((v) => new Date(v).getUTCMonth() + 1),
  monthofyear: dt((v) => new Date(v).getUTCMonth() + 1),
  getyear: dt((v) => new Date(v).getUTCFullYear()),
  datetime_part: ({ g: [p, d], call }) => {
    const unit = String(p(0)).toLowerCase();
    const known = ["year", "quarter", "month", "week_of_year", "day", "dayofyear", "hour", "minute", "second", "millisecond"];
    if (!p.constant || !known.includes(unit)) return unsupported(call, `datetime_part('${unit}')${unit === "microsecond" || unit === "nanosecond" ? ": datetimes are kept to about a quarter microsecond" : ""}`);
    return (i) => {
      const v = d(i);
      if (typeof v !== "number") return null;
      const x = new Date(v);
      switch (unit) {
        case "year": return x.getUTCFullYear();
        case "quarter": return Math.floor(x.getUTCMonth() / 3) + 1;
        case "month": return x.getUTCMonth() + 1;
        case "week_of_year": return isoWeek(v);
        case "day": return x.getUTCDate();
        case "dayofyear": return Math.floor((utcStart(v, "day") - utcStart(v, "year")) / 86_400_000) + 1;
        case "hour": return x.getUTCHours();
        case "minute": return x.getUTCMinutes();
        case "second": return x.getUTCSeconds();
        default: return x.getUTCMilliseconds();
      }
    };
  },
  week_of_year: dt(isoWeek),
  unixtime_seconds_todatetime: dt((v) => unixtimeDatetime(v * 1000)),
  unixtime_milliseconds_todatetime: dt(unixtimeDatetime),
};
