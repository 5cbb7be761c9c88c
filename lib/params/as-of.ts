import { EARLIEST_TIME, ISO_ALLOWED, parseIsoTime } from "./time";
import { ok, single, type ParamResult, type RawParam } from "./result";

export const AS_OF_ALLOWED = `${ISO_ALLOWED}, not before ${EARLIEST_TIME.toISOString()} and at most 1 minute in the future`;

/** `at`: the moment the dashboard shows ("as of"); absent means now. */
export function parseAsOf(raw: RawParam, now: Date, parameter = "at"): ParamResult<Date | undefined> {
  const value = single(parameter, raw, AS_OF_ALLOWED);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return ok(undefined);
  return parseIsoTime(parameter, value.value, now, AS_OF_ALLOWED);
}
