import { beforeTheData, getParam, parseAsOf, parseRefreshInterval, parseRotationInterval, type ParamSource } from "../params";
import { fail, ok, quote, single, type ParamResult } from "../params/result";

/**
 * URL parameters of `/wall`. `refresh` and `rotate` use the shared interval parsers; two wall-only
 * additions:
 * - `refresh=<n>ms` (50 ms or more) is accepted only against the embedded workspace, where no
 *   Log Analytics quota is at stake. It exists for the 1,000-cycle memory test; against Azure the
 *   shared 10 s floor applies.
 * - `reloadHours`: a full page reload as a last resort for week-long uptime (default 24, 0 = off).
 */
export interface WallParams {
  refreshMs: number;
  /** 0 = never. */
  reloadMs: number;
  /** 0 = no rotation. */
  rotateMs: number;
  /** ISO as-of for replaying a past moment on the wall; undefined = live. */
  at: string | undefined;
}

/**
 * The snapshot range the wall asks for: long enough that "the last failover" is usually in it,
 * while split-brain races are counted over the last hour by the wall itself.
 */
export const WALL_RANGE = "7d";

/** The wall's snapshot URL and SWR key: built the same way on the server (fallback) and in the browser. */
export function wallSnapshotKey(at: string | undefined): string {
  const search = new URLSearchParams({ range: WALL_RANGE });
  if (at) search.set("at", at);
  return `/api/snapshot?${search.toString()}`;
}

export const FAST_REFRESH_MIN_MS = 50;
export const RELOAD_DEFAULT_HOURS = 24;
export const RELOAD_MAX_HOURS = 24 * 30;
/** Against Azure a reload costs a full snapshot; keep it at most every 6 minutes. */
export const RELOAD_MIN_HOURS_AZURE = 0.1;
export const RELOAD_MIN_HOURS_EMBEDDED = 0.001;

export interface WallParamOptions {
  /** True when the data source is the embedded workspace. */
  embedded: boolean;
  now: Date;
  /** The source's first data: an `at` before it is refused naming it (the wall polled a 400 forever). */
  dataStart?: Date | null;
}

export function parseWallParams(source: ParamSource, opts: WallParamOptions): ParamResult<WallParams> {
  const refresh = parseWallRefresh(source, opts.embedded);
  if (!refresh.ok) return refresh;
  const reload = parseReloadHours(source, opts.embedded);
  if (!reload.ok) return reload;
  // Rotation stays off unless asked for: the shared parser's default is for explicit use.
  const rawRotate = getParam(source, "rotate");
  const rotate = rawRotate === undefined ? ok(0) : parseRotationInterval(rawRotate);
  if (!rotate.ok) return rotate;
  const at = parseAsOf(getParam(source, "at"), opts.now);
  if (!at.ok) return at;
  const early = at.value && beforeTheData(source, at.value, opts.dataStart);
  if (early) return { ok: false, error: early };
  return ok({ refreshMs: refresh.value, reloadMs: reload.value, rotateMs: rotate.value * 1000, at: at.value?.toISOString() });
}

function parseWallRefresh(source: ParamSource, embedded: boolean): ParamResult<number> {
  const raw = getParam(source, "refresh");
  const one = single("refresh", raw, "a duration such as 30s");
  if (!one.ok) return one;
  const ms = one.value === undefined ? null : /^(\d{1,6})ms$/.exec(one.value);
  if (ms) {
    const value = Number(ms[1]);
    if (!embedded) return fail("refresh", "millisecond intervals are for the embedded workspace only", "seconds (30) or a duration (30s, 2m, 1h) from 10s to 3600s");
    if (value < FAST_REFRESH_MIN_MS) return fail("refresh", `${value}ms is below the ${FAST_REFRESH_MIN_MS}ms floor`, `${FAST_REFRESH_MIN_MS}ms or more`);
    return ok(value);
  }
  const seconds = parseRefreshInterval(raw);
  return seconds.ok ? ok(seconds.value * 1000) : seconds;
}

function parseReloadHours(source: ParamSource, embedded: boolean): ParamResult<number> {
  const min = embedded ? RELOAD_MIN_HOURS_EMBEDDED : RELOAD_MIN_HOURS_AZURE;
  const allowed = `hours between ${min} and ${RELOAD_MAX_HOURS} (decimals allowed), or 0/off to disable`;
  const one = single("reloadHours", getParam(source, "reloadHours"), allowed);
  if (!one.ok) return one;
  if (one.value === undefined || one.value === "") return ok(RELOAD_DEFAULT_HOURS * 3_600_000);
  if (one.value === "0" || one.value === "off") return ok(0);
  if (!/^\d{1,4}(\.\d{1,6})?$/.test(one.value)) return fail("reloadHours", `${quote(one.value)} is not a number of hours`, allowed);
  const hours = Number(one.value);
  if (hours < min || hours > RELOAD_MAX_HOURS) return fail("reloadHours", `${hours} h is out of range`, allowed);
  return ok(Math.round(hours * 3_600_000));
}

/**
 * The server's real clock when a wall page is rendered (not the embedded source's, which a replay or
 * DASHBOARD_AS_OF freezes): the screen counts its first snapshot's age from here.
 */
export const wallRenderedAtMs = (): number => Date.now();
