/**
 * datetime_utc_to_local() / datetime_local_to_utc() (their pages) over IANA zones, with the offsets
 * of the runtime's time-zone database (Intl). An unknown zone gives null.
 */
import type { FnImpl } from "./functions";
import { toKustoString } from "./value-ops";

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", era: "short" });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC (ms) at the instant `utc`. */
function offsetAt(f: Intl.DateTimeFormat, utc: number): number {
  const whole = Math.floor(utc / 1000) * 1000;
  const p: Record<string, number> = {};
  let bc = false;
  for (const part of f.formatToParts(new Date(whole))) {
    if (part.type === "era") bc = part.value.startsWith("B");
    else if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  const d = new Date(0);
  d.setUTCFullYear(bc ? 1 - p.year : p.year, p.month - 1, p.day);
  d.setUTCHours(p.hour, p.minute, p.second, 0);
  return d.getTime() - whole;
}

function localToUtc(f: Intl.DateTimeFormat, local: number): number {
  const before = offsetAt(f, local - 86_400_000);
  const after = offsetAt(f, local + 86_400_000);
  const fits = [before, after].filter((o) => offsetAt(f, local - o) === o);
  // Twice in a day (clocks go back): standard time, the smaller offset, as .NET's TimeZoneInfo assumes.
  if (fits.length > 0) return local - Math.min(...fits);
  // Never (clocks go forward): the page's Europe/Brussels example maps 02:00 with the new offset.
  return local - after;
}

function zoned(convert: (f: Intl.DateTimeFormat, t: number) => number): FnImpl {
  return ({ g: [dt, tz] }) =>
    (i) => {
      const t = dt(i);
      const f = formatter(toKustoString(tz(i), "string"));
      return typeof t !== "number" || !f ? null : convert(f, t);
    };
}

export const TZ_FUNCTIONS: Record<string, FnImpl> = {
  datetime_utc_to_local: zoned((f, utc) => utc + offsetAt(f, utc)),
  datetime_local_to_utc: zoned(localToUtc),
};
