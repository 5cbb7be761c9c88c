/**
 * Datetime and timespan values: the engine keeps datetimes as epoch milliseconds and timespans
 * as milliseconds (Kusto's 100 ns ticks are kept as fractional milliseconds).
 *
 * A double near today's epoch milliseconds (~1.7e12) is spaced 2^-12 ms, about 0.24 µs, apart: it
 * holds a datetime exactly to the microsecond (from 1691 through year 2248), never to the 100 ns tick
 * (2024-02-03 04:05:06.0000001 and …06 are the same double). So datetimes print to the microsecond,
 * and text or arithmetic that needs the tick, or a microsecond outside those years, is refused by
 * the engine (`finerThanDouble`).
 */

const UNIT_MS: Record<string, number> = {
  d: 86_400_000, day: 86_400_000, days: 86_400_000,
  h: 3_600_000, hr: 3_600_000, hrs: 3_600_000, hour: 3_600_000, hours: 3_600_000,
  m: 60_000, min: 60_000, minute: 60_000, minutes: 60_000,
  s: 1000, sec: 1000, second: 1000, seconds: 1000,
  ms: 1, milli: 1, millis: 1, millisecond: 1, milliseconds: 1,
  microsecond: 0.001, microseconds: 0.001, tick: 0.0001, ticks: 0.0001,
};

/** Parses `1h`, `1.5d`, `100ms`, `time(1:00:00)` contents, `[-][d.]hh:mm[:ss[.fffffff]]`; null when not a timespan. */
export function parseTimespan(text: string): number | null {
  const s = text.trim();
  const unit = /^(-?\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(s);
  if (unit) {
    const factor = UNIT_MS[unit[2].toLowerCase()];
    return factor === undefined ? null : Number(unit[1]) * factor;
  }
  const clock = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/.exec(s);
  if (clock) {
    const [, neg, d, h, m, sec, frac] = clock;
    const ms =
      Number(d ?? 0) * 86_400_000 + Number(h) * 3_600_000 + Number(m) * 60_000 + Number(sec ?? 0) * 1000 + (frac ? Number(`0.${frac}`) * 1000 : 0);
    return neg ? -ms : ms;
  }
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s) * 86_400_000; // a bare number in time() is days
  return null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Kusto's timespan text form: `[-][d.]hh:mm:ss[.fffffff]`. */
export function formatTimespan(ms: number): string {
  const neg = ms < 0;
  let ticks = Math.round(Math.abs(ms) * 10_000);
  const days = Math.floor(ticks / 864_000_000_000);
  ticks -= days * 864_000_000_000;
  const h = Math.floor(ticks / 36_000_000_000);
  ticks -= h * 36_000_000_000;
  const m = Math.floor(ticks / 600_000_000);
  ticks -= m * 600_000_000;
  const s = Math.floor(ticks / 10_000_000);
  ticks -= s * 10_000_000;
  const frac = ticks > 0 ? `.${pad(ticks, 7)}` : "";
  return `${neg ? "-" : ""}${days > 0 ? `${days}.` : ""}${pad(h)}:${pad(m)}:${pad(s)}${frac}`;
}

/** ISO-8601 and Kusto's `yyyy-MM-dd[ HH:mm[:ss[.f]]]` forms; no zone means UTC. NaN when invalid. */
const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * Whether the `yyyy-MM-dd` that `s` starts with names a real day: Date.parse reads 2017-02-31 as
 * 3 March, where Kusto rejects the literal (and todatetime() gives null). Days up to 28 exist in
 * every month, so the common case costs two character reads.
 */
function dayExists(s: string): boolean {
  const tens = s.charCodeAt(8);
  if (tens < 50 || (tens === 50 && s.charCodeAt(9) <= 56)) return true;
  const [y, mo, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  return mo >= 1 && mo <= 12 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export function parseDatetime(text: string): number {
  // Fast path for what datasets and the simulator write (toISOString form): one regex test.
  if (text.length <= 24 && text.charCodeAt(text.length - 1) === 90 && CANONICAL_ISO.test(text)) return dayExists(text) ? Date.parse(text) : NaN;
  let s = text.trim();
  if (/^(["']).*\1$/.test(s)) s = s.slice(1, -1).trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s) && !dayExists(s)) return NaN;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return Date.parse(`${s}T00:00:00Z`);
  const other = otherDatetimeForms(s);
  if (other !== undefined) return other;
  s = s.replace(/^(\d{4}-\d{2}-\d{2})[ T]/, "$1T");
  // JS Date keeps milliseconds; digits past the third are added back as a fraction of a millisecond.
  let extra = 0;
  s = s.replace(/(\.\d{3})(\d+)/, (_m, ms: string, more: string) => {
    extra = Number(`0.${more}`);
    return ms;
  });
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(s)) s += "Z";
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) return NaN;
  return Date.parse(s) + extra;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function clock(y: number, mo: number, d: number, time: string | undefined): number {
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(time ?? "00:00");
  if (!t || mo < 0 || mo > 11 || d < 1 || d > 31) return NaN;
  const [h, mi, sec] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (h > 23 || mi > 59 || sec > 59) return NaN;
  const day = Date.UTC(y, mo, d);
  // Date.UTC rolls 31 February over into March; Kusto rejects a day its month does not have.
  if (new Date(day).getUTCDate() !== d) return NaN;
  return day + ((h * 60 + mi) * 60 + sec) * 1000 + (t[4] ? Number(t[4]) * 1000 : 0);
}

/**
 * The non-ISO forms of the datetime page's "Supported formats" (RFC 822, RFC 850, sortable with
 * unpadded month/day; zone GMT/UTC/Z only) and US `MM/dd/yyyy [HH:mm[:ss]]`, which the parse page's
 * examples convert (02/17/2016 08:40:00 → 2016-02-17). Undefined when the text is none of them.
 */
function otherDatetimeForms(s: string): number | undefined {
  const noZone = s.replace(/\s+(GMT|UTC|Z)$/i, "");
  const rfc = /^(?:[A-Za-z]+,\s*)?(\d{1,2})[\s-]([A-Za-z]{3})[\s-](\d{2}|\d{4})\s+(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/.exec(noZone);
  if (rfc) {
    const mo = MONTHS.indexOf(rfc[2].toLowerCase());
    const y = rfc[3].length === 2 ? 2000 + Number(rfc[3]) : Number(rfc[3]);
    return mo < 0 ? NaN : clock(y, mo, Number(rfc[1]), rfc[4]);
  }
  const sortable = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/.exec(noZone);
  if (sortable && noZone !== s) return clock(Number(sortable[1]), Number(sortable[2]) - 1, Number(sortable[3]), sortable[4]);
  if (sortable && !/^\d{4}-\d{2}-\d{2}/.test(s)) return clock(Number(sortable[1]), Number(sortable[2]) - 1, Number(sortable[3]), sortable[4]);
  // datetime(2025, 6, 14): the startofweek/endofweek pages' examples write dates this way.
  const commas = /^(\d{4}),\s*(\d{1,2}),\s*(\d{1,2})$/.exec(s);
  if (commas) return clock(Number(commas[1]), Number(commas[2]) - 1, Number(commas[3]), undefined);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/.exec(s);
  if (us) return clock(Number(us[3]), Number(us[1]) - 1, Number(us[2]), us[4]);
  // dd-MM-yyyy or MM-dd-yyyy (array_iff's page: datetime("01-01-2022")): none of the documented
  // formats, and no page tells which order Kusto reads. Only a date whose day and month are the
  // same number is read (either order gives it); any other stays NaN, for the caller to refuse.
  const dashed = /^(\d{1,2})-(\d{1,2})-(\d{4})(?:\s+(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/.exec(s);
  if (dashed && Number(dashed[1]) === Number(dashed[2])) return clock(Number(dashed[3]), Number(dashed[1]) - 1, Number(dashed[2]), dashed[4]);
  // yyyy - MM - dd with blanks around the separators: the sliding_window_counts page writes its
  // literals so and prints their dates; with the year first the order is the sortable one.
  const spaced = /^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$/.exec(s);
  if (spaced) return clock(Number(spaced[1]), Number(spaced[2]) - 1, Number(spaced[3]), undefined);
  return undefined;
}

/** Whether datetime text has a nonzero digit past the sixth of its seconds' fraction (the 100 ns tick, or finer). */
export function hasTickDigits(text: string): boolean {
  return /:\d{2}\.\d{6}\d*[1-9]/.test(text);
}

/**
 * Past ±2^43 ms (before 1691, after 2248) a double of epoch milliseconds is spaced more than a
 * microsecond apart, up to 2^-5 ms (31.25 µs) near 0001 and 9999: datetime(9999-12-31 23:59:59.999999)
 * is the double of 10000-01-01, and …59.123456 reads back as …59.123469.
 */
export const MICROS_HELD_MS = 2 ** 43;

/**
 * Whether datetime text has a microsecond its double (parseDatetime) does not hold: only possible
 * before 1691 or after 2248 (MICROS_HELD_MS), and only with digits below the millisecond.
 */
export function hasMicrosPastDouble(text: string): boolean {
  const m = /(:\d{2})\.(\d+)/.exec(text);
  if (!m || m[2].length <= 3) return false;
  const ms = parseDatetime(text);
  if (!(Math.abs(ms) >= MICROS_HELD_MS)) return false;
  const whole = parseDatetime(text.replace(m[0], m[1]));
  const held = splitTicks(ms);
  return held.whole !== whole || held.ticks !== Number(m[2].slice(0, 6).padEnd(6, "0")) * 10;
}

/** Whether datetime text is finer than the engine's double of it holds: 100 ns digits, or a microsecond it loses. */
export function finerThanDouble(text: string): boolean {
  return hasTickDigits(text) || hasMicrosPastDouble(text);
}

/**
 * Whole seconds (epoch ms) and the 100 ns ticks past them, to the microsecond a double holds. Text and
 * arithmetic cannot reach half a microsecond below a whole second (they are refused past the
 * microsecond); only endof*()'s "last tick before the next period", kept as 500 ns before it, sits
 * there, and prints as that last tick, .9999999.
 */
function splitTicks(ms: number): { whole: number; ticks: number } {
  const whole = Math.floor(ms / 1000) * 1000;
  const micros = Math.round((ms - whole) * 1000);
  return { whole, ticks: micros === 1_000_000 ? 9_999_999 : micros * 10 };
}

export function formatDatetime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Kusto's tostring(datetime): `2026-01-01T00:00:00Z`, or 7 fraction digits when there is a fraction. */
export function formatDatetimeKusto(ms: number): string {
  const { whole, ticks } = splitTicks(ms);
  return datetimeTextKusto(whole, ticks);
}

/** Kusto's text of a datetime given as its whole second (epoch ms) and the 100 ns ticks past it. */
export function datetimeTextKusto(wholeSecondMs: number, ticks: number): string {
  const base = new Date(wholeSecondMs).toISOString().slice(0, 19);
  return ticks > 0 ? `${base}.${String(ticks).padStart(7, "0")}Z` : `${base}Z`;
}

/** A datetime inside a dynamic value (JSON): Kusto always writes 7 fraction digits, `2017-01-01T00:00:00.0000000Z`. */
export function formatDatetimeDynamic(ms: number): string {
  const { whole, ticks } = splitTicks(ms);
  return `${new Date(whole).toISOString().slice(0, 19)}.${String(ticks).padStart(7, "0")}Z`;
}

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));
const MAX_FAST_MS = 253_402_300_800_000; // 10000-01-01
let isoDay = Number.NaN;
let isoDayPrefix = "";

/**
 * `new Date(ms).toISOString()` for whole milliseconds in years 1970–9999, with the date part
 * cached: results of 100 k rows format 100 k datetimes, most on the same few days.
 */
export function formatIso(ms: number): string {
  if (!(ms >= 0 && ms < MAX_FAST_MS) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / 86_400_000);
  if (day !== isoDay) {
    isoDay = day;
    isoDayPrefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
  }
  let rest = ms - day * 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  return `${isoDayPrefix}${TWO[h]}:${TWO[m]}:${TWO[sec]}.${THREE[rest - sec * 1000]}Z`;
}
