/**
 * A parameter the dashboard uses somewhere but this route ignores was answered as if absent:
 * `/wall?region=uksouth` showed every region and `/wall?range=2h` the wall's 7 days,
 * `/api/wall/today?region=uksouth` the whole deployment's availability, each with 200 and nothing
 * saying the filter was not applied. proxy.ts refuses them (400 naming what the route takes, from the
 * route table). Other names (a cache buster, `utm_*`, Next's `_rsc`) are left alone, as before: they
 * cannot be mistaken for a filter.
 */
import { closestName } from "../config/closest-name";
import type { ParamError } from "../params/result";
import { normalizePath } from "./paths";
import { DASHBOARD_PARAMETERS, routeOf } from "./route-table";

export { DASHBOARD_PARAMETERS };

/** The parameters a path takes, or undefined for paths this does not judge (the sign-in flow, unknown paths, assets). */
export function routeParameters(pathname: string): readonly string[] | undefined {
  return routeOf(pathname)?.parameters ?? undefined;
}

/** Names at least this long are judged by spelling too; shorter ones (`v`, `t`, `_`: cache busters) only by case. */
const SPELLING_MIN_LENGTH = 4;

/**
 * The dashboard parameter a name not its own was meant to be: the same name in another case, with
 * spaces around it or a `[]` suffix (`Region`, `RANGE`, `region%20`, `region[]`), or one edit away
 * when long enough (`regions`, `reg1on`, `Month`, `limits`). Each was ignored with a 200: the
 * whole deployment for `?Region=uksouth`, the current month for `/api/review?Month=2026-10`.
 */
function meantParameter(name: string): string | undefined {
  const bare = name.trim().replace(/\[\]$/, "").toLowerCase();
  const exact = [...DASHBOARD_PARAMETERS].find((p) => p.toLowerCase() === bare);
  if (exact) return exact;
  return bare.length >= SPELLING_MIN_LENGTH ? closestName(bare, [...DASHBOARD_PARAMETERS].filter((p) => p.length >= SPELLING_MIN_LENGTH)) : undefined;
}

const takesText = (path: string, taken: readonly string[]) => (taken.length ? `${path} takes ${taken.join(", ")}` : `${path} takes no parameters`);

/**
 * The first dashboard parameter the route does not take, or the first name that misspells one, as
 * the 400 the other parameter errors give.
 */
export function untakenParameterError(pathname: string, params: URLSearchParams): ParamError | undefined {
  const taken = routeParameters(pathname);
  if (!taken) return undefined;
  const path = normalizePath(pathname);
  for (const name of new Set(params.keys())) {
    if (DASHBOARD_PARAMETERS.has(name)) {
      if (taken.includes(name)) continue;
      return { parameter: name, message: `${path} does not take it, so it would be ignored`, allowed: takesText(path, taken) };
    }
    const meant = meantParameter(name);
    if (meant === undefined) continue;
    const hint = taken.includes(meant) ? `did you mean ${meant}?` : `${path} does not take ${meant} either`;
    return { parameter: name, message: `not a parameter name (${hint}), so it would be ignored`, allowed: takesText(path, taken) };
  }
  return undefined;
}
