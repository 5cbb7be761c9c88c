import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { APIS, PAGES, PROBES, writeDemoConfig } from "./fixtures";

// A 1-day demo: proxy.ts builds the workspace to tell whether an incident page names an incident.
process.env.DASHBOARD_CONFIG = writeDemoConfig(1);
/** Through to its page, or for an incident id naming no incident to Next's not-found route (proxy-incident-404.test.ts). */
const through = (path: string, res: Response) =>
  res.headers.get("x-middleware-next") === "1" || (path.startsWith("/incidents/") && new URL(res.headers.get("x-middleware-rewrite") ?? "http://x/").pathname === "/_missing");
let proxy: typeof import("@/proxy").proxy;
beforeAll(async () => {
  proxy = (await import("@/proxy")).proxy;
});

describe("proxy with sign-in off (demo)", () => {
  it("lets every route through as anonymous, overriding a forged principal", async () => {
    for (const path of [...PAGES, ...APIS, ...PROBES]) {
      const res = await proxy(new NextRequest(new URL(path, "http://127.0.0.1:3000"), { headers: { "x-aad-principal": "kiosk" } }));
      expect(through(path, res), path).toBe(true);
      expect(res.headers.get("x-middleware-request-x-aad-principal"), path).toBe("anonymous");
      expect(res.headers.get("content-security-policy"), path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    }
  });

  // Before: any Host was served, so a page that rebinds its own name to 127.0.0.1 read the workspace.
  it("answers a Host it does not answer to with 421 naming the allowed ones, and no data", async () => {
    const send = (path: string, host: string) => proxy(new NextRequest(new URL(path, "http://127.0.0.1:3000"), { headers: { host } }));
    const api = await send("/api/snapshot?range=1h", "attacker.example:3000");
    expect(api.status).toBe(421);
    expect(api.headers.get("x-middleware-next")).toBeNull();
    expect(api.headers.get("cache-control")).toBe("no-store");
    const body = (await api.json()) as { error: string; allowed: string };
    expect(body.allowed).toBe("localhost, *.localhost, an IP address");
    expect(body.error).toMatch(/^this dashboard does not answer to host "attacker\.example:3000"/);
    const page = await send("/wall", "attacker.example:3000");
    expect(page.status).toBe(421);
    expect(page.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await page.text()).toContain("allowed: localhost, *.localhost, an IP address. To open it under that name, add the name to DASHBOARD_ALLOWED_HOSTS");
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "wall.localhost"]) {
      expect((await send("/api/snapshot?range=1h", host)).headers.get("x-middleware-next"), host).toBe("1");
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
    // Before: PUT/DELETE/PATCH reached next-auth's route (GET and POST only) and got Next's bare 405,
    // with no Allow header (RFC 9110 requires one) and no body.
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await send("/api/auth/signin", method);
      expect([res.status, res.headers.get("allow")], method).toEqual([405, "GET, HEAD, OPTIONS, POST"]);
      expect(await res.json(), method).toEqual({ error: `method ${method} is not allowed here; allowed: GET, HEAD, OPTIONS, POST`, allowed: "GET, HEAD, OPTIONS, POST" });
    }
    expect((await send("/api/snapshot", "OPTIONS")).headers.get("x-middleware-next")).toBe("1");
    expect((await send("/wall", "HEAD")).headers.get("x-middleware-next")).toBe("1");
  });

  // Before: each was ignored with a 200, the wall showing every region over 7 days, today's
  // availability the whole deployment's, with nothing saying the filter was not applied.
  it("refuses a dashboard parameter the route does not take, naming what it takes", async () => {
    const send = (path: string) => proxy(new NextRequest(new URL(path, "http://127.0.0.1:3000")));
    const api = await send("/api/wall/today?region=uksouth");
    expect(api.status).toBe(400);
    expect(api.headers.get("cache-control")).toBe("no-store");
    expect(await api.json()).toEqual({
      error: 'invalid parameter "region": /api/wall/today does not take it, so it would be ignored',
      parameter: "region",
      allowed: "/api/wall/today takes at",
    });
    const wall = await send("/wall?refresh=1m&region=uksouth");
    expect(wall.status).toBe(400);
    expect(await wall.text()).toContain("Invalid parameter <code>region</code>: /wall does not take it, so it would be ignored. Allowed: /wall takes refresh, rotate, reloadHours, at.");
    for (const [path, parameter] of [["/wall?range=2h", "range"], ["/review?range=30d", "range"], ["/doctor?region=uksouth", "region"], ["/api/review?at=2026-11-01T00:00:00Z", "at"], ["/api/health?range=1h", "range"], ["/api/snapshot?w=300", "w"], ["/alerts?region=uksouth", "region"]]) {
      const res = await send(path);
      expect(res.status, path).toBe(400);
      expect(await res.text(), path).toContain(parameter);
    }
    // What each route takes still passes, and so do names the dashboard never reads (a cache buster).
    for (const path of ["/wall?refresh=1m&rotate=off&reloadHours=24&_=1", "/api/wall/today?at=2026-11-20T00:00:00Z", "/api/snapshot?range=1h&region=uksouth&utm_source=mail", "/api/signals/replication/rows?range=1h&w=600&query=q&limit=5", "/incidents/uksouth-2026-01-01T00:00:00Z?range=30d&at=2026-01-02T00:00:00Z", "/review?month=2026-11", "/doctor?x=1"]) {
      const res = await send(path);
      expect(through(path, res), path).toBe(true);
    }
  });

  it("answers a page's bad path segment with 400 naming what it allows", async () => {
    const res = await proxy(new NextRequest(new URL("/signals/nope", "http://127.0.0.1:3000")));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Invalid parameter <code>signal<\/code>: &#34;nope&#34; is not a signal\. Allowed: one of regions, replication/);
  });
});

