import { getParam, type ParamSource } from "../params/search-params";
import { ok, type ParamResult } from "../params/result";
import { parseWallParams } from "./params";

/** The /wall parameters a kiosk link carries: exactly what /wall itself reads (lib/wall/params.ts). */
export const KIOSK_WALL_KEYS = ["refresh", "rotate", "reloadHours", "at"] as const;

/**
 * The /wall URL of a kiosk link (without its token): validated with the wall's own parser, so a
 * link accepts what /wall accepts (e.g. `refresh=500ms` on the embedded workspace) and keeps a
 * replay's `at` and `reloadHours`.
 */
export function kioskWallUrl(params: ParamSource, opts: { origin: string; embedded: boolean; now: Date }): ParamResult<URL> {
  const wall = parseWallParams(params, { embedded: opts.embedded, now: opts.now });
  if (!wall.ok) return wall;
  const url = new URL("/wall", opts.origin);
  for (const key of KIOSK_WALL_KEYS) {
    const value = getParam(params, key);
    if (typeof value === "string" && value !== "") url.searchParams.set(key, value);
  }
  return ok(url);
}
