/**
 * The page micro-cache as proxy.ts uses it. A miss renders the page through Next itself, by an
 * internal request to this same server marked with a per-process token (the proxy lets it through
 * to the page and skips the cache and the rate limit for it); the HTML it answers is kept for
 * PAGE_CACHE_SECONDS and served to every viewer of that URL and principal kind with their own nonce.
 */
import { randomBytes } from "node:crypto";
import { processSingleton } from "../process-singleton";
import { nonceOfPolicy, PageCache, renderedPage, withNonce, type RenderedPage } from "./page-cache";
import { RenderLimiter } from "./render-limit";

export const INTERNAL_RENDER_HEADER = "x-aad-page-render";
/** Enough for every page of a few hundred distinct URLs (the overview is ~130 kB of HTML). */
export const PAGE_CACHE_MAX_BYTES = 32 * 1024 * 1024;
const RENDER_TIMEOUT_MS = 60_000;
/**
 * A page past its seconds is still served for this long while one request renders the next: its
 * client components fetch fresh data on their own schedule and judge staleness from the data's own
 * timestamps, so an older page never makes the wall look healthier than its data.
 */
const STALE_SERVE_MS = 30_000;
/** Headers of the rendered page that a replay must carry too (security headers are the proxy's own). */
const REPLAYED_HEADERS = new Set(["content-type", "cache-control", "vary", "link", "location", "set-cookie", "x-robots-tag"]);
/** Client-side navigations and server actions ask for RSC payloads, not HTML: never from this cache. */
const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];
/**
 * Next hides the RSC headers (and the `_rsc` parameter) from proxy.ts, so a client-side navigation
 * looks like a page request there; it accepts any type, a browser loading a page asks for
 * text/html. Only the latter is served from the cache.
 */
const wantsHtml = (headers: Pick<Headers, "get">) => /\btext\/html\b/i.test(headers.get("accept") ?? "");

/**
 * Page renders running at once, every page and viewer kind together, client-side navigations and
 * other renders the cache never sees included (lib/wiring/render-admission.ts takes the same slots). More than the replays the
 * process computes at once (MAX_IN_FLIGHT, 6, lib/catalog/admission.ts): a page for a replay holds its
 * slot while the query worker computes it (seconds), and must not starve the live pages' renders.
 * Each running render holds its React tree and streams; see docs/operations.md "Page cache".
 */
export const MAX_CONCURRENT_RENDERS = 8;
/** Renders waiting for a slot; beyond, the viewer gets 503 with Retry-After. */
export const MAX_QUEUED_RENDERS = 32;
export const BUSY_RETRY_AFTER_SECONDS = 2;

const state = processSingleton("page-cache", () => ({
  token: randomBytes(24).toString("base64url"),
  caches: new Map<number, PageCache>(),
  limiter: new RenderLimiter({ concurrency: MAX_CONCURRENT_RENDERS, maxQueued: MAX_QUEUED_RENDERS }),
}));

function cacheFor(ttlSeconds: number): PageCache {
  let cache = state.caches.get(ttlSeconds);
  if (!cache) {
    cache = new PageCache({
      ttlMs: ttlSeconds * 1000,
      staleMs: STALE_SERVE_MS,
      maxBytes: PAGE_CACHE_MAX_BYTES,
      limiter: state.limiter,
      busyRetryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
    });
    state.caches.set(ttlSeconds, cache);
  }
  return cache;
}

/** True for the cache's own render request (the token is this process's, never sent to a client). */
export function isInternalRender(headers: Pick<Headers, "get">): boolean {
  return headers.get(INTERNAL_RENDER_HEADER) === state.token;
}

export interface PageRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** Pages differ by principal kind only (a kiosk's wall redacts errors); never by user. */
  principal: string;
}

/** What the cache decides from: method, URL and the headers it reads (a raw Node request's, too). */
type RequestHead = Pick<PageRequest, "method" | "url"> & { headers: Pick<Headers, "get" | "has"> };

/** The cache key of a page request, or null when the request must be rendered for itself. */
export function pageCacheKey(request: RequestHead & { principal: string }): string | null {
  const { pathname, searchParams } = request.url;
  if (request.method !== "GET" || pathname.startsWith("/api/") || pathname === "/api" || pathname.startsWith("/_next/")) return null;
  if (!wantsHtml(request.headers) || searchParams.has("_rsc") || RSC_HEADERS.some((h) => request.headers.has(h))) return null;
  const params = [...searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${request.principal} ${pathname}?${new URLSearchParams(params).toString()}`;
}

/**
 * True for a request Next will answer with a page render that the page cache never sees: a
 * client-side navigation or prefetch (RSC), a server action, a page asked for without text/html
 * (curl's default), a method other than GET, or any page while the cache is off (`ttlSeconds` 0).
 * Not the cache's own renders (they hold a slot already), API routes, build assets or files with an
 * extension (public/: the manifest, icons). Read from the raw request: Next hides the RSC headers
 * from proxy.ts.
 */
export function rendersOutsideCache(request: RequestHead, ttlSeconds: number): boolean {
  const { pathname } = request.url;
  if (pathname === "/api" || pathname.startsWith("/api/") || pathname.startsWith("/_next/") || /\.[^/]*$/.test(pathname)) return false;
  if (isInternalRender(request.headers)) return false;
  return ttlSeconds <= 0 || pageCacheKey({ ...request, principal: "" }) === null;
}

/** A slot of the process's render cap (as the page cache's renders take), or null when its line is full. */
export function takeRenderSlot(): Promise<() => void> | null {
  return state.limiter.acquire();
}

/**
 * A hard reload (Ctrl+Shift+R sends `Cache-Control: no-cache`, some clients `Pragma: no-cache` or
 * `no-store`) asks for a page rendered now: it gets one rendered after it arrived, which it may share
 * with other hard reloads of the same page (PageCache.lookup's `fresh`).
 */
export function isHardReload(headers: Pick<Headers, "get">): boolean {
  return /no-cache|no-store/i.test(`${headers.get("cache-control") ?? ""} ${headers.get("pragma") ?? ""}`);
}

/** Where this server listens, as Next's own start-up recorded it (server.js and `next start` alike). */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || "3000"}`;
}

async function renderThroughNext(request: PageRequest): Promise<RenderedPage | null> {
  const headers = new Headers(request.headers);
  headers.delete("host");
  headers.delete("accept-encoding");
  headers.delete("connection");
  headers.set(INTERNAL_RENDER_HEADER, state.token);
  if (!headers.has("x-forwarded-host")) headers.set("x-forwarded-host", request.url.host);
  if (!headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", request.url.protocol.replace(":", ""));
  const target = new URL(`${request.url.pathname}${request.url.search}`, ownOrigin());
  try {
    const response = await fetch(target, { headers, redirect: "manual", signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) });
    const html = await response.text();
    const replayed: [string, string][] = [];
    response.headers.forEach((value, name) => {
      if (REPLAYED_HEADERS.has(name)) replayed.push([name, value]);
    });
    return renderedPage({ status: response.status, headers: replayed, html, nonce: nonceOfPolicy(response.headers.get("content-security-policy")) });
  } catch {
    // The server could not reach itself (bound elsewhere, shutting down): render the ordinary way.
    return null;
  }
}

export type CachedAnswer =
  | { status: number; body: Uint8Array<ArrayBuffer>; headers: [string, string][]; from: "hit" | "stale" | "shared" | "miss" }
  /** Too many renders running and waiting: answer 503 with this Retry-After. */
  | { from: "busy"; retryAfterSeconds: number };

/**
 * The page for `request`, with `nonce` in place of the one it was rendered with; null when it must
 * be rendered the ordinary way (not cacheable, or the internal render failed); "busy" when the
 * renders' line is full.
 */
export async function cachedPage(request: PageRequest, nonce: string, ttlSeconds: number): Promise<CachedAnswer | null> {
  if (ttlSeconds <= 0) return null;
  const key = pageCacheKey(request);
  if (key === null) return null;
  const found = await cacheFor(ttlSeconds).lookup(key, () => renderThroughNext(request), { fresh: isHardReload(request.headers) });
  if (found.from === "busy") return { from: "busy", retryAfterSeconds: found.retryAfterSeconds };
  if (!found.page || found.page.nonce === "") return null;
  return { status: found.page.status, ...withNonce(found.page, nonce), from: found.from };
}

/** The 503 page of a "busy" answer: says what happened and when to retry. */
export function busyPageHtml(retryAfterSeconds: number): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Server busy</title></head>',
    "<body><main><h1>Server busy</h1><p role=\"alert\">This server is rendering as many pages as it can at once, ",
    `and more are waiting. Retry in ${retryAfterSeconds} seconds.</p></main></body></html>\n`,
  ].join("");
}
