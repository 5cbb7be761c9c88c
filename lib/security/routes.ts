/**
 * Which routes need what. The documented route list (pages: /, /signals/*, /incidents/*, /wall,
 * /review, /alerts, /doctor; APIs: /api/snapshot, /api/signals/*, /api/review*, /api/health, /api/ready,
 * /api/doctor): everything needs a signed-in user except the public paths below, and a kiosk link
 * opens only the wall and the data it needs.
 */

import { normalizePath } from "./paths";
import { displayRoute, routeOf, ROUTE_TABLE, UNROUTED_METHODS } from "./route-table";

export { normalizePath };

export type RouteClass = "public" | "kiosk" | "user";

/**
 * Reachable without sign-in: the sign-in flow itself and static assets. The web app manifest is
 * fetched without cookies (a browser's default), so it and its icons must be public.
 */
const PUBLIC_PREFIXES = ["/api/auth/", "/_next/static/", "/_next/image", "/icons/"];
/**
 * Orchestrator probes (liveness /api/health, readiness /api/ready) cannot sign in: behind sign-in a
 * healthy replica would be restarted forever. They answer no data; /api/ready redacts its details
 * for strangers.
 */
export const PROBE_PATHS = ["/api/health", "/api/ready"] as const;
const PUBLIC_EXACT = new Set<string>(["/favicon.ico", "/icon.svg", "/robots.txt", "/signin", "/manifest.webmanifest", ...PROBE_PATHS]);

/** The wall and its data; never the inspector (/signals/*), /review, /alerts, /doctor or KQL-bearing APIs. */
const KIOSK_PAGES = ["/wall"];
// Add a wall data route here only if its answer holds no KQL text or portal links.
const KIOSK_APIS = new Set(["/api/snapshot", "/api/kiosk/snapshot", "/api/wall/today"]);

export function classifyRoute(pathname: string, method: string): RouteClass {
  const path = normalizePath(pathname);
  if (PUBLIC_EXACT.has(path) || PUBLIC_PREFIXES.some((p) => path.startsWith(p) || `${path}/` === p)) return "public";
  const readOnly = method === "GET" || method === "HEAD";
  if (readOnly && (KIOSK_APIS.has(path) || KIOSK_PAGES.some((p) => path === p || path.startsWith(`${p}/`)))) return "kiosk";
  return "user";
}

export const isApiPath = (pathname: string): boolean => {
  const path = normalizePath(pathname);
  return path === "/api" || path.startsWith("/api/");
};

/**
 * Data routes, pages and the sign-in flow share the per-client rate limit: a page render costs as
 * much as a data route. Probes are exempt: anonymous callers share one bucket, and a stranger
 * draining it must not fail the probes (the orchestrator would restart healthy replicas); they are
 * cheap (readiness is cached). So are the build's static assets.
 */
export const isRateLimited = (pathname: string): boolean => {
  const path = normalizePath(pathname);
  return !(PROBE_PATHS as readonly string[]).includes(path) && !path.startsWith("/_next/") && !PUBLIC_EXACT.has(path);
};

/**
 * Kiosk requests to these routes are redirected by proxy.ts to a route that serves the same data
 * redacted, so no kiosk can receive KQL whatever the original route does. (A redirect, not a
 * rewrite: Next 16 turns a proxy rewrite into an external fetch when bound to 127.0.0.1.)
 */
export const KIOSK_REDIRECTS: Readonly<Record<string, string>> = { "/api/snapshot": "/api/kiosk/snapshot" };

export const kioskRedirect = (pathname: string): string | undefined => KIOSK_REDIRECTS[normalizePath(pathname)];

/**
 * True when a path segment is not valid percent-encoded UTF-8 (`/signals/%E0%A4%A`, `%C0%AF`, a lone
 * surrogate `%ED%A0%80`). Next fails to decode such a path after proxy.ts and answers a bare 500 that
 * logs nothing, so proxy.ts answers 400 first.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * The methods a path answers (lib/security/route-table.ts), for a 405 that says so, and the `Allow` of
 * the 405 TRACE gets before Next. The dashboard only reads: pages have no server actions, so a POST
 * would otherwise render the page with a 200 and an API route answer a bare 405 with no body. The
 * sign-in flow adds POST (its forms); next-auth's route exports GET and POST only, so anything else
 * there got Next's bare 405 without the `Allow` header RFC 9110 requires.
 */
export function allowedMethods(pathname: string): readonly string[] {
  return routeOf(pathname)?.methods ?? UNROUTED_METHODS;
}

/** The API routes (docs/api-and-cli.md), named in the JSON 404 of any other /api path. */
export const API_ROUTES: readonly string[] = ROUTE_TABLE.filter((r) => isApiPath(r.route) && !r.unlisted).map((r) => displayRoute(r.route));

/** The body of that 404: the same `{error, allowed}` shape as the other refusals of /api. */
export const unknownApiBody = () => ({ error: "no API route at this path", allowed: API_ROUTES.join(", ") });
