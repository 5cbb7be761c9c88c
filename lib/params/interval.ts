import { fail, ok, quote, single, type ParamResult, type RawParam } from "./result";

export interface IntervalBounds {
  /** Smallest accepted interval in seconds. */
  minSeconds: number;
  maxSeconds: number;
  defaultSeconds: number;
  /** Accept `0` / `off` meaning "disabled" (returned as 0). */
  allowOff?: boolean;
}

/** Wall refresh: fast enough to notice a failover, slow enough not to hammer the workspace. */
export const REFRESH_BOUNDS: IntervalBounds = { minSeconds: 10, maxSeconds: 3600, defaultSeconds: 30 };
/** Wall rotation between views; `off` keeps one view. */
export const ROTATION_BOUNDS: IntervalBounds = { minSeconds: 5, maxSeconds: 3600, defaultSeconds: 20, allowOff: true };

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

export function intervalAllowed(b: IntervalBounds): string {
  const off = b.allowOff ? ", or 0/off to disable" : "";
  return `seconds (30) or a duration (30s, 2m, 1h) from ${b.minSeconds}s to ${b.maxSeconds}s${off}`;
}

/** A duration in seconds (`30`, `30s`, `2m`, `1h`) inside the bounds. */
export function parseInterval(parameter: string, raw: RawParam, bounds: IntervalBounds): ParamResult<number> {
  const allowed = intervalAllowed(bounds);
  const value = single(parameter, raw, allowed);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return ok(bounds.defaultSeconds);
  if (bounds.allowOff && (value.value === "off" || value.value === "0")) return ok(0);
  const m = /^(\d{1,6})([smh]?)$/.exec(value.value);
  if (!m) return fail(parameter, `${quote(value.value)} is not a duration`, allowed);
  const seconds = Number(m[1]) * UNIT_SECONDS[m[2] || "s"];
  if (seconds < bounds.minSeconds || seconds > bounds.maxSeconds) {
    return fail(parameter, `${seconds}s is out of range`, allowed);
  }
  return ok(seconds);
}

export const parseRefreshInterval = (raw: RawParam, parameter = "refresh") => parseInterval(parameter, raw, REFRESH_BOUNDS);
export const parseRotationInterval = (raw: RawParam, parameter = "rotate") => parseInterval(parameter, raw, ROTATION_BOUNDS);
