import { fail, ok, quote, single, type ParamResult, type RawParam } from "./result";

export const kioskLifetimeAllowed = (maxDays: number) => `hours or days such as 12h, 7d, 30d; at most ${maxDays}d`;

/** `ttl` of a new kiosk link, in seconds; bounded by `auth.kiosk.maxLifetimeDays`. */
export function parseKioskLifetime(raw: RawParam, maxDays: number, defaultDays = 7, parameter = "ttl"): ParamResult<number> {
  const allowed = kioskLifetimeAllowed(maxDays);
  const value = single(parameter, raw, allowed);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return ok(Math.min(defaultDays, maxDays) * 86_400);
  const m = /^(\d{1,4})([hd])$/.exec(value.value);
  if (!m) return fail(parameter, `${quote(value.value)} is not a duration`, allowed);
  const seconds = Number(m[1]) * (m[2] === "h" ? 3600 : 86_400);
  if (seconds < 3600 || seconds > maxDays * 86_400) return fail(parameter, `${value.value} is out of range`, allowed);
  return ok(seconds);
}
