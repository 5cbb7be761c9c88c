/**
 * The command line's Log Analytics `timespan` (`npm run kql -- --timespan …`) and its zoned
 * date-times (`--at` of `npm run simulate`): as the query API reads them, but refusing what would
 * silently give another answer on another machine (a date without a zone is the local time of
 * whoever runs it) or an empty one (an end before its start, a duration past the calendar).
 */
import { z } from "zod";
import { parseTimespan } from "../format/kusto-time";
import { ISO_ALLOWED } from "./time";

export const TIMESPAN_ALLOWED = `an ISO-8601 duration ending at --at (PT1H, P1D, P1DT6H), or start/end, start/duration or duration/end with each date-time ${ISO_ALLOWED}`;

const zoned = z.iso.datetime({ offset: true });

/** ISO-8601 duration (PnDTnHnMnS, PnW) in milliseconds. */
export function isoDurationMs(text: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text);
  if (!m || text.toUpperCase() === "P" || text.toUpperCase().endsWith("T")) return null;
  const [, w, d, h, min, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  return (((w * 7 + d) * 24 + h) * 60 + min) * 60_000 + s * 1000;
}

/** A date-time with an explicit zone (`Z` or `±hh:mm`); throws naming `what` otherwise. */
export function parseZonedTime(text: string, what: string): Date {
  const date = new Date(text);
  if (!zoned.safeParse(text).success || Number.isNaN(date.getTime())) {
    throw new RangeError(`${what}: ${JSON.stringify(text)} is not ${ISO_ALLOWED}`);
  }
  return date;
}

/** `[from, to)` of a `--timespan`; throws a RangeError saying what is allowed. */
export function parseTimespanWindow(text: string, at: Date): { from: Date; to: Date } {
  const window = readWindow(text.trim(), at);
  if (Number.isNaN(window.from.getTime()) || Number.isNaN(window.to.getTime())) {
    throw new RangeError(`--timespan: ${JSON.stringify(text)} reaches past the calendar; allowed: ${TIMESPAN_ALLOWED}`);
  }
  if (window.from >= window.to) {
    throw new RangeError(`--timespan: the start ${window.from.toISOString()} is not before the end ${window.to.toISOString()}; allowed: ${TIMESPAN_ALLOWED}`);
  }
  return window;
}

function readWindow(text: string, at: Date): { from: Date; to: Date } {
  if (text.includes("/")) {
    const [a, b, ...rest] = text.split("/");
    if (rest.length) throw new RangeError(`--timespan: ${JSON.stringify(text)} has more than one "/"; allowed: ${TIMESPAN_ALLOWED}`);
    const after = isoDurationMs(b);
    if (after !== null) {
      const from = parseZonedTime(a, "--timespan start");
      return { from, to: new Date(from.getTime() + after) };
    }
    const before = isoDurationMs(a);
    if (before !== null) {
      const to = parseZonedTime(b, "--timespan end");
      return { from: new Date(to.getTime() - before), to };
    }
    return { from: parseZonedTime(a, "--timespan start"), to: parseZonedTime(b, "--timespan end") };
  }
  const ms = isoDurationMs(text) ?? parseTimespan(text);
  if (ms === null) throw new RangeError(`--timespan: ${JSON.stringify(text)} is not a duration; allowed: ${TIMESPAN_ALLOWED}`);
  return { from: new Date(at.getTime() - ms), to: at };
}
