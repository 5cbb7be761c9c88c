import { z } from "zod";
import { fail, ok, quote, type ParamResult } from "./result";

/** Earliest time any parameter may name: before Log Analytics existed there is nothing to query. */
export const EARLIEST_TIME = new Date("2015-01-01T00:00:00Z");
/** Clock skew tolerated between a browser and the server for times "in the future". */
export const FUTURE_TOLERANCE_MS = 60_000;

const isoDateTime = z.iso.datetime({ offset: true });
export const ISO_ALLOWED = "an ISO-8601 date-time with a time zone, e.g. 2026-01-31T08:00:00Z or 2026-01-31T09:00:00+01:00";

/** Parses an ISO-8601 date-time (zone required) bounded to [2015-01-01, now + 1 minute]. */
export function parseIsoTime(parameter: string, value: string, now: Date, allowed = ISO_ALLOWED): ParamResult<Date> {
  if (!isoDateTime.safeParse(value).success) return fail(parameter, `${quote(value)} is not ${ISO_ALLOWED}`, allowed);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return fail(parameter, `${quote(value)} is not a real date`, allowed);
  if (date < EARLIEST_TIME) return fail(parameter, `${value} is before ${EARLIEST_TIME.toISOString()}`, allowed);
  if (date.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return fail(parameter, `${value} is in the future (server time ${now.toISOString()})`, allowed);
  }
  return ok(date);
}
