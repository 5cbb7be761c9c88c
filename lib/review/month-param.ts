import { fail, ok, quote, single, type ParamResult, type RawParam } from "../params/result";
import { lastCompleteMonth, monthId } from "./months";

/**
 * `month`: a calendar month "YYYY-MM" (UTC) no later than the current one; absent → the last
 * complete month. Anything else is a 400 naming what is allowed.
 */
export function parseMonthParam(raw: RawParam, now: Date): ParamResult<string> {
  const current = monthId(now);
  const allowed = `a calendar month as YYYY-MM (UTC), e.g. ${lastCompleteMonth(now).id}, from 2000-01 up to ${current}; absent means the last complete month`;
  const value = single("month", raw, allowed);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return ok(lastCompleteMonth(now).id);
  const match = /^(\d{4})-(\d{2})$/.exec(value.value);
  if (!match) return fail("month", `${quote(value.value)} is not a month in the form YYYY-MM`, allowed);
  const m = Number(match[2]);
  if (m < 1 || m > 12) return fail("month", `${quote(value.value)} has no month ${match[2]} (01..12)`, allowed);
  if (Number(match[1]) < 2000) return fail("month", `${quote(value.value)} is before 2000`, allowed);
  if (value.value > current) return fail("month", `${quote(value.value)} is in the future`, allowed);
  return ok(value.value);
}
