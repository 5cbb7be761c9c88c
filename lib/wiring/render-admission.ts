/**
 * The render cap (lib/page-cache/render-limit.ts) for the page renders the page cache never sees.
 *
 * Why here, on the raw request, and not in proxy.ts: a client-side navigation or prefetch asks for the
 * page's RSC payload (`RSC: 1`, `Next-Router-State-Tree`, `?_rsc=`), and Next hides those headers and
 * that parameter from proxy.ts, which then sees an ordinary page request; and proxy.ts can only let a
 * render through (`NextResponse.next()`), not hold a slot until it ends. Before this, a crowd clicking
 * around rendered without any cap: 150 navigations at once all rendered (test/e2e/standalone.e2e.ts).
 *
 * Such a request waits for a slot of the same process-wide limiter as the page cache's renders (8
 * running, 32 waiting), holds it until its response closes, and past the line is answered at once with
 * the same `503` busy page and `Retry-After`. Next's router answers a navigation that does not come
 * back as an RSC payload by loading the page itself (a full navigation,
 * next/dist/client/components/router-reducer/fetch-server-response.js), which the page cache serves.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { BUSY_RETRY_AFTER_SECONDS, busyPageHtml, rendersOutsideCache, takeRenderSlot } from "../page-cache/serve";
import type { Admit } from "./request-turns";

/** What a browser may do with the busy page: nothing but show it (it has no script, style or image). */
const BUSY_HEADERS = {
  "retry-after": String(BUSY_RETRY_AFTER_SECONDS),
  "cache-control": "no-store",
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": "default-src 'none'",
  "x-content-type-options": "nosniff",
  "x-page-cache": "busy",
};

/** The raw request's headers as proxy.ts's `Headers` would read them, without copying them all. */
function headersOf(req: IncomingMessage): Pick<Headers, "get" | "has"> {
  const value = (name: string) => req.headers[name.toLowerCase()];
  return {
    get: (name) => {
      const v = value(name);
      return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
    },
    has: (name) => value(name) !== undefined,
  };
}

/**
 * The admission of request-turns.ts for page renders outside the page cache (`pageCacheSeconds` 0:
 * every page render, the cache being off).
 */
export function renderAdmission(pageCacheSeconds: number): Admit {
  return (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://server.invalid");
    } catch {
      return undefined; // Next answers a request line it cannot parse
    }
    if (!rendersOutsideCache({ method: req.method ?? "GET", url, headers: headersOf(req) }, pageCacheSeconds)) return undefined;
    const slot = takeRenderSlot();
    if (slot) return slot;
    res.writeHead(503, BUSY_HEADERS);
    res.end(req.method === "HEAD" ? undefined : busyPageHtml(BUSY_RETRY_AFTER_SECONDS));
    return "answered";
  };
}
