/**
 * The page micro-cache as proxy.ts uses it. A miss renders the page through Next itself, by an
 * internal request to this same server marked with a per-process token (the proxy lets it through
 * to the page and skips the cache and the rate limit for it); the HTML it answers is kept for
 * PAGE_CACHE_SECONDS and served to every viewer of that URL and principal kind with their own nonce.
 */
import { randomBytes } from "node:crypto";
import { processSingleton } from "../process-singleton";
import { nonceOfPolicy, PageCache, renderedPage, withNonce, type RenderedPage } from "./page-cache";

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

const state = processSingleton("page-cache", () => ({
  token: randomBytes(24).toString("base64url"),
  caches: new Map<number, PageCache>(),
}));

function cacheFor(ttlSeconds: number): PageCache {
  let cache = state.caches.get(ttlSeconds);
  if (!cache) {
    cache = new PageCache({ ttlMs: ttlSeconds * 1000, staleMs: STALE_SERVE_MS, maxBytes: PAGE_CACHE_MAX_BYTES });
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

/** The cache key of a page request, or null when the request must be rendered for itself. */
export function pageCacheKey(request: PageRequest): string | null {
  const { pathname, searchParams } = request.url;
  if (request.method !== "GET" || pathname.startsWith("/api/") || pathname === "/api" || pathname.startsWith("/_next/")) return null;
  if (!wantsHtml(request.headers) || searchParams.has("_rsc") || RSC_HEADERS.some((h) => request.headers.has(h))) return null;
  // A hard reload (Ctrl+Shift+R sends no-cache) asks for a page rendered now: it gets one, for itself.
  if (/no-cache|no-store/i.test(`${request.headers.get("cache-control") ?? ""} ${request.headers.get("pragma") ?? ""}`)) return null;
  const params = [...searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${request.principal} ${pathname}?${new URLSearchParams(params).toString()}`;
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

export interface CachedAnswer {
  status: number;
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
  from: "hit" | "stale" | "shared" | "miss";
}

/**
 * The page for `request`, with `nonce` in place of the one it was rendered with; null when it must
 * be rendered the ordinary way (not cacheable, or the internal render failed).
 */
export async function cachedPage(request: PageRequest, nonce: string, ttlSeconds: number): Promise<CachedAnswer | null> {
  if (ttlSeconds <= 0) return null;
  const key = pageCacheKey(request);
  if (key === null) return null;
  const found = await cacheFor(ttlSeconds).lookup(key, () => renderThroughNext(request));
  if (!found.page || found.page.nonce === "") return null;
  return { status: found.page.status, ...withNonce(found.page, nonce), from: found.from };
}
