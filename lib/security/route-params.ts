/**
 * Which of the dashboard's own parameters each route takes. A parameter the dashboard uses somewhere
 * but this route ignores was answered as if absent: `/wall?region=uksouth` showed every region and
 * `/wall?range=2h` the wall's 7 days, `/api/wall/today?region=uksouth` the whole deployment's
 * availability, each with 200 and nothing saying the filter was not applied. proxy.ts refuses them
 * (400 naming what the route takes). Other names (a cache buster, `utm_*`, Next's `_rsc`) are left
 * alone, as before: they cannot be mistaken for a filter.
 */
import type { ParamError } from "../params/result";
import { normalizePath } from "./routes";

const VIEW = ["at", "range", "from", "to", "region"] as const;
const WALL = ["refresh", "rotate", "reloadHours", "at"] as const;

/** Every parameter name some route of the dashboard reads (docs/security.md "Request parameters"). */
export const DASHBOARD_PARAMETERS: ReadonlySet<string> = new Set<string>([...VIEW, ...WALL, "w", "query", "limit", "cursor", "month", "signal", "ttl"]);

/** The parameters a path takes, or undefined for paths this does not judge (the sign-in flow, assets). */
export function routeParameters(pathname: string): readonly string[] | undefined {
  const path = normalizePath(pathname);
  const [first, second, third, fourth, ...rest] = path.split("/").slice(1);
  if (first !== "api") {
    if (path === "/" || (first === "signals" && second !== undefined && third === undefined)) return VIEW;
    // An incident's page keeps the view's range for its navigation links.
    if (first === "incidents" && third === undefined) return VIEW;
    if (path === "/wall") return WALL;
    if (path === "/review") return ["month"];
    if (path === "/alerts") return ["signal"];
    if (path === "/doctor") return [];
    return undefined;
  }
  if (path === "/api/snapshot" || path === "/api/kiosk/snapshot") return VIEW;
  if (second === "signals" && third !== undefined && rest.length === 0) {
    if (fourth === "series") return [...VIEW, "w"];
    if (fourth === "rows") return [...VIEW, "w", "query", "limit", "cursor"];
    return undefined;
  }
  if (path === "/api/review" || path === "/api/review/history.csv" || path === "/api/review/incidents.csv") return ["month"];
  if (path === "/api/wall/today") return ["at"];
  if (path === "/api/kiosk") return ["ttl", ...WALL];
  if (path === "/api/health" || path === "/api/ready" || path === "/api/doctor") return [];
  return undefined;
}

/** The first dashboard parameter the route does not take, as the 400 the other parameter errors give. */
export function untakenParameterError(pathname: string, params: URLSearchParams): ParamError | undefined {
  const taken = routeParameters(pathname);
  if (!taken) return undefined;
  for (const name of new Set(params.keys())) {
    if (!DASHBOARD_PARAMETERS.has(name) || taken.includes(name)) continue;
    const path = normalizePath(pathname);
    return {
      parameter: name,
      message: `${path} does not take it, so it would be ignored`,
      allowed: taken.length ? `${path} takes ${taken.join(", ")}` : `${path} takes no parameters`,
    };
  }
  return undefined;
}
