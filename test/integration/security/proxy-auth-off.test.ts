import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { APIS, PAGES, PROBES } from "./fixtures";

process.env.DASHBOARD_CONFIG = "config/demo.json";
let proxy: typeof import("@/proxy").proxy;
beforeAll(async () => {
  proxy = (await import("@/proxy")).proxy;
});

describe("proxy with sign-in off (demo)", () => {
  it("lets every route through as anonymous, overriding a forged principal", async () => {
    for (const path of [...PAGES, ...APIS, ...PROBES]) {
      const res = await proxy(new NextRequest(new URL(path, "http://127.0.0.1:3000"), { headers: { "x-aad-principal": "kiosk" } }));
      expect(res.headers.get("x-middleware-next"), path).toBe("1");
      expect(res.headers.get("x-middleware-request-x-aad-principal"), path).toBe("anonymous");
      expect(res.headers.get("content-security-policy"), path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    }
  });

  // Before: a POST rendered the page with 200, and an API route answered a bare 405 with no body.
  it("answers a method the dashboard does not take with 405 naming the allowed ones, JSON on /api", async () => {
    const send = (path: string, method: string) => proxy(new NextRequest(new URL(path, "http://127.0.0.1:3000"), { method }));
    for (const path of APIS) {
      const res = await send(path, "DELETE");
      expect(res.status, path).toBe(405);
      expect(res.headers.get("allow"), path).toBe("GET, HEAD, OPTIONS");
      expect(await res.json(), path).toEqual({ error: "method DELETE is not allowed here; allowed: GET, HEAD, OPTIONS", allowed: "GET, HEAD, OPTIONS" });
    }
    for (const path of PAGES) {
      const res = await send(path, "POST");
      expect(res.status, path).toBe(405);
      expect(res.headers.get("allow"), path).toBe("GET, HEAD");
      expect(res.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(await res.text(), path).toMatch(/^method POST is not allowed here; allowed: GET, HEAD/);
    }
    // The sign-in flow posts its forms; HEAD and OPTIONS pass as before.
    expect((await send("/api/auth/signin/azure-ad", "POST")).headers.get("x-middleware-next")).toBe("1");
    expect((await send("/api/snapshot", "OPTIONS")).headers.get("x-middleware-next")).toBe("1");
    expect((await send("/wall", "HEAD")).headers.get("x-middleware-next")).toBe("1");
  });

  it("answers a page's bad path segment with 400 naming what it allows", async () => {
    const res = await proxy(new NextRequest(new URL("/signals/nope", "http://127.0.0.1:3000")));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Invalid parameter <code>signal<\/code>: &#34;nope&#34; is not a signal\. Allowed: one of regions, replication/);
  });
});

