import { describe, expect, it } from "vitest";
import { nonceOfPolicy, PageCache, renderedPage, withNonce, type RenderedPage } from "@/lib/page-cache/page-cache";
import { isHardReload, pageCacheKey } from "@/lib/page-cache/serve";

const NONCE = "AAAAAAAAAAAAAAAAAAAAAA==";
const page = (html: string, extra: Partial<Omit<RenderedPage, "parts">> = {}): RenderedPage =>
  renderedPage({
    status: 200,
    headers: [["content-type", "text/html; charset=utf-8"], ["link", `</a.css>; rel=preload; nonce="${NONCE}"`]],
    html,
    nonce: NONCE,
    ...extra,
  });
const htmlOf = (p: RenderedPage | null) => (p ? Buffer.concat(p.parts).toString("utf8") : null);

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("the page micro-cache", () => {
  it("renders once for a crowd asking the same page at the same time, and serves the rest from memory", async () => {
    const cache = new PageCache({ ttlMs: 5_000, maxBytes: 1 << 20 });
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 10));
      return page("<p>overview</p>");
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.lookup("anonymous /?", render)));
    expect(renders).toBe(1);
    expect(answers.filter((a) => a.from === "miss")).toHaveLength(1);
    expect(answers.filter((a) => a.from === "shared")).toHaveLength(49);
    expect((await cache.lookup("anonymous /?", render)).from).toBe("hit");
    expect(renders).toBe(1);
  });

  it("serves a page past its seconds while one request renders the next, then the new page", async () => {
    const c = clock();
    const cache = new PageCache({ ttlMs: 5_000, staleMs: 30_000, maxBytes: 1 << 20, now: c.now });
    let version = 0;
    const render = async () => page(`<p>v${++version}</p>`);
    await cache.lookup("k", render);
    c.advance(6_000);
    const stale = await cache.lookup("k", render);
    expect([stale.from, htmlOf(stale.page)]).toEqual(["stale", "<p>v1</p>"]);
    await new Promise((r) => setTimeout(r, 0));
    const fresh = await cache.lookup("k", render);
    expect([fresh.from, htmlOf(fresh.page)]).toEqual(["hit", "<p>v2</p>"]);
    // Past the stale window nothing old is served: the viewer waits for a render.
    c.advance(40_000);
    const waited = await cache.lookup("k", render);
    expect([waited.from, htmlOf(waited.page)]).toEqual(["miss", "<p>v3</p>"]);
  });

  it("keeps only 200 answers without cookies, and never an answer without a nonce", async () => {
    const cache = new PageCache({ ttlMs: 5_000, maxBytes: 1 << 20 });
    let renders = 0;
    const kinds: RenderedPage[] = [
      page("error", { status: 500 }),
      page("cookie", { headers: [["content-type", "text/html"], ["set-cookie", "a=b"]] }),
      page("rsc payload", { headers: [["content-type", "text/x-component"]] }),
      page("no nonce", { nonce: "" }),
    ];
    for (const [i, p] of kinds.entries()) {
      const render = async () => (renders++, p);
      await cache.lookup(`k${i}`, render);
      expect((await cache.lookup(`k${i}`, render)).from).toBe("miss");
    }
    expect(renders).toBe(8);
    expect(cache.size.entries).toBe(0);
  });

  it("falls back to an ordinary render when the internal render fails", async () => {
    const cache = new PageCache({ ttlMs: 5_000, maxBytes: 1 << 20 });
    expect(await cache.lookup("k", async () => null)).toEqual({ page: null, from: "miss" });
    expect(await cache.lookup("k", async () => Promise.reject(new Error("ECONNREFUSED")))).toEqual({ page: null, from: "miss" });
  });

  it("holds at most its byte budget, evicting the least recently used page", async () => {
    const big = "x".repeat(20_000);
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 70_000 });
    for (const key of ["a", "b", "c"]) await cache.lookup(key, async () => page(big));
    expect(cache.size.entries).toBe(3);
    await cache.lookup("a", async () => page(big)); // a is now the most recently used
    await cache.lookup("d", async () => page(big));
    expect(cache.size.bytes).toBeLessThanOrEqual(70_000);
    expect((await cache.lookup("a", async () => page("new"))).from).toBe("hit");
    expect((await cache.lookup("b", async () => page("new"))).from).toBe("miss");
    // A page larger than the whole budget is served but never kept.
    await cache.lookup("huge", async () => page("y".repeat(100_000)));
    expect((await cache.lookup("huge", async () => page("y"))).from).toBe("miss");
  });

  it("answers every viewer with their own nonce, in the HTML and in the headers", () => {
    const p = page(`<script nonce="${NONCE}">1</script><script nonce="${NONCE}">2</script>`);
    const out = withNonce(p, "bmV3bm9uY2VuZXdub25jZQ==");
    const html = Buffer.from(out.body).toString("utf8");
    expect(html).toBe(`<script nonce="bmV3bm9uY2VuZXdub25jZQ==">1</script><script nonce="bmV3bm9uY2VuZXdub25jZQ==">2</script>`);
    expect(html).not.toContain(NONCE);
    // Multi-byte text around the nonce survives the byte-level join.
    const text = Buffer.from(withNonce(page(`é${NONCE}→${NONCE}`), "n").body).toString("utf8");
    expect(text).toBe("én→n");
    expect(out.headers.find(([k]) => k === "link")?.[1]).toContain('nonce="bmV3bm9uY2VuZXdub25jZQ=="');
    expect(nonceOfPolicy("default-src 'self'; script-src 'self' 'nonce-ab+c/d==' 'strict-dynamic'")).toBe("ab+c/d==");
    expect(nonceOfPolicy(null)).toBe("");
  });
});

describe("which requests share a page", () => {
  const req = (url: string, headers: Record<string, string> = {}, method = "GET", principal = "anonymous") => ({
    method,
    url: new URL(url, "http://dash.example"),
    headers: new Headers({ accept: "text/html,application/xhtml+xml,*/*;q=0.8", ...headers }),
    principal,
  });

  it("keys a page by principal kind, path and its parameters in any order", () => {
    expect(pageCacheKey(req("/?range=24h&region=westeurope"))).toBe(pageCacheKey(req("/?region=westeurope&range=24h")));
    expect(pageCacheKey(req("/?range=24h"))).not.toBe(pageCacheKey(req("/?range=7d")));
    expect(pageCacheKey(req("/wall"))).not.toBe(pageCacheKey(req("/wall", {}, "GET", "kiosk")));
  });

  it("never caches data routes, non-GET requests, or the RSC payloads of client navigations", () => {
    expect(pageCacheKey(req("/api/snapshot"))).toBeNull();
    expect(pageCacheKey(req("/_next/data/x.json"))).toBeNull();
    expect(pageCacheKey(req("/", {}, "POST"))).toBeNull();
    expect(pageCacheKey(req("/", { rsc: "1" }))).toBeNull();
    expect(pageCacheKey(req("/", { "next-router-prefetch": "1" }))).toBeNull();
    expect(pageCacheKey(req("/?_rsc=abc"))).toBeNull();
    expect(pageCacheKey(req("/", { "next-action": "x" }))).toBeNull();
    // What proxy.ts sees of a client-side navigation (Next strips its RSC headers there): no text/html.
    expect(pageCacheKey(req("/", { accept: "*/*" }))).toBeNull();
  });

  it("tells a hard reload (Cache-Control or Pragma no-cache) apart: same page, but it must be rendered after it arrived", () => {
    expect(pageCacheKey(req("/", { "cache-control": "no-cache" }))).toBe(pageCacheKey(req("/")));
    expect(isHardReload(new Headers({ "cache-control": "no-cache" }))).toBe(true);
    expect(isHardReload(new Headers({ pragma: "no-cache" }))).toBe(true);
    expect(isHardReload(new Headers({ "cache-control": "no-store" }))).toBe(true);
    expect(isHardReload(new Headers({ "cache-control": "max-age=0" }))).toBe(false);
    expect(isHardReload(new Headers())).toBe(false);
  });
});
