/**
 * Against a real production build: the browser-facing output holds none of the server's secrets,
 * and the standalone server with sign-in on enforces the access rules end to end (proxy.ts wired by Next,
 * cookies round-tripping). The build has recognisable secrets in its env (build-canaries.json): its own,
 * into .next-security-test, unless SECURITY_TEST_DIST names a finished build made with that env
 * (scripts/test-all.mjs builds once so, for every layer; see docs/security.md).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { signKioskToken } from "@/lib/security/kiosk-token";
import { productionBuild, startNextServer, type NextServer } from "../../next-server";
import { APIS, BUILD_CANARIES, PAGES, SECRETS, writeAuthConfig } from "./fixtures";

const buildEnv = { ...process.env, ...BUILD_CANARIES };
let DIST = "";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Everything a browser can receive: client chunks, CSS, and prerendered HTML / RSC payloads. */
function browserFacingFiles(): string[] {
  const prerendered = filesUnder(path.join(DIST, "server/app")).filter((f) => /\.(html|rsc|body|meta)$/.test(f));
  return [...filesUnder(path.join(DIST, "static")), ...prerendered];
}

function filesContaining(needle: string): string[] {
  return browserFacingFiles().filter((f) => readFileSync(f, "latin1").includes(needle));
}

let server: NextServer | undefined;
let base = "";
const policy = { keyVersion: 1, revokedIds: ["revokedlink"], maxLifetimeDays: 30 };

beforeAll(async () => {
  DIST = productionBuild({ given: process.env.SECURITY_TEST_DIST, ownDist: ".next-security-test", env: buildEnv });
  server = await startNextServer({
    env: { ...buildEnv, NEXT_DIST_DIR: DIST, DASHBOARD_CONFIG: writeAuthConfig({ demoDays: 3 }), NODE_ENV: "production" },
    readyPath: "/api/auth/providers",
  });
  base = server.baseUrl;
}, 1_000_000);

afterAll(() => server?.stop());

/** The HTML a reader without scripts sees: the RSC payload Next inlines in <script> taken out. */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
const get = (p: string, cookie?: string) => fetch(`${base}${p}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

describe("browser bundle", () => {
  it("was scanned (the scan finds what is really there)", () => {
    expect(browserFacingFiles().filter((f) => f.endsWith(".js")).length).toBeGreaterThan(5);
    // Positive control: a string every Next client runtime contains.
    expect(filesContaining("NEXT_REDIRECT").length).toBeGreaterThan(0);
  });

  it.each(Object.entries(BUILD_CANARIES))("holds no trace of %s", (_name, secret) => {
    expect(filesContaining(secret)).toEqual([]);
  });
});

describe("the standalone server with sign-in on", () => {
  it("answers a bad value of any data-route parameter with 400 naming it and what is allowed", async () => {
    const jwt = await encode({ token: { sub: "param-tester" }, secret: SECRETS.NEXTAUTH_SECRET });
    const cookie = `next-auth.session-token=${jwt}`;
    const cases: [string, string][] = [
      ["/api/snapshot?range=2h", "range"],
      ["/api/snapshot?at=yesterday", "at"],
      ["/api/snapshot?at=2999-01-01T00:00:00Z", "at"],
      ["/api/snapshot?region=mars", "region"],
      ["/api/snapshot?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "from"],
      ["/api/snapshot?from=2025-01-01T00:00:00Z&to=2025-06-01T00:00:00Z", "from"],
      ["/api/signals/nope/series", "signal"],
      ["/api/signals/replication/rows?limit=0", "limit"],
      ["/api/signals/replication/rows?limit=1001", "limit"],
      ["/api/signals/replication/rows?cursor=%21%21", "cursor"],
      ["/api/kiosk?ttl=999d", "ttl"],
      ["/api/kiosk?rotate=1s", "rotate"],
      ["/api/review?month=2026-13", "month"],
      // A misspelt dashboard parameter was ignored with a 200 (the whole deployment, the current month).
      ["/api/snapshot?Region=uksouth", "Region"],
      ["/api/snapshot?regions=uksouth", "regions"],
      ["/api/review?Month=2026-10", "Month"],
    ];
    for (const [url, parameter] of cases) {
      const res = await get(url, cookie);
      expect(res.status, url).toBe(400);
      const body = await res.json();
      expect(body, url).toMatchObject({ parameter, error: expect.any(String), allowed: expect.any(String) });
    }
  }, 600_000);

  it("names an impossible incident id on its page, and answers OPTIONS of an unknown API path as GET does", async () => {
    const jwt = await encode({ token: { sub: "param-tester" }, secret: SECRETS.NEXTAUTH_SECRET });
    const cookie = `next-auth.session-token=${jwt}`;
    // 02-30 was rolled over to 03-02 (a 200 page looking at another time); an unknown region was a wordless 404.
    for (const [id, words] of [
      ["uksouth-2026-02-30T12:00:00Z", "is not an incident id"],
      ["mars-2026-02-01T12:00:00Z", "is not a configured region"],
    ]) {
      const res = await get(`/incidents/${id}`, cookie);
      expect(res.status, id).toBe(400);
      expect(res.headers.get("content-type"), id).toContain("text/html");
      expect(await res.text(), id).toContain(words);
    }
    // Next's automatic OPTIONS said 204 "allow: GET, HEAD, OPTIONS" for a path that does not exist.
    const options = await fetch(`${base}/api/nonexistent`, { method: "OPTIONS", headers: { cookie } });
    expect(options.status).toBe(404);
    expect(options.headers.get("cache-control")).toBe("no-store");
    expect(await options.json()).toMatchObject({ error: "no API route at this path" });
  });

  it("refuses every documented page and API route to strangers", async () => {
    for (const page of PAGES) {
      const res = await get(page);
      expect(res.status, page).toBe(303);
      expect(res.headers.get("location"), page).toContain("/api/auth/signin?callbackUrl=");
    }
    for (const api of APIS) {
      const res = await get(api);
      expect(res.status, api).toBe(401);
      expect(await res.json(), api).toMatchObject({ error: "sign-in required" });
    }
  });

  it("answers the orchestrator probes without sign-in, telling strangers no details", async () => {
    expect((await get("/api/health")).status).toBe(200);
    const ready = await get("/api/ready");
    expect(ready.status).toBe(200);
    const text = await ready.text();
    expect(JSON.parse(text)).toEqual({ ready: true, checks: [{ name: "config", ok: true, detail: "ok" }, { name: "data", ok: true, detail: "ok" }] });
    expect(text).not.toMatch(/\.json|embedded workspace/);
  });

  it("serves the sign-in flow and security headers", async () => {
    const res = await get("/api/auth/providers");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ "azure-ad": { signinUrl: expect.stringContaining("/api/auth/signin/azure-ad") } });
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    expect(res.headers.get("content-security-policy")).not.toContain("unsafe-eval");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("sends the security headers on Next's own trailing-slash redirects too", async () => {
    for (const path of ["/wall/", "/api/health/"]) {
      const res = await get(path);
      expect(res.status, path).toBe(308);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
    }
  });

  it("a kiosk link opens the wall and its data, but not the review API or the inspector", async () => {
    const { token } = signKioskToken(SECRETS.KIOSK_SIGNING_SECRET, { now: new Date(), lifetimeSeconds: 3600, policy });
    const link = await get(`/wall?kiosk=${token}`);
    expect(link.status).toBe(303);
    expect(new URL(link.headers.get("location") ?? "", base).search).toBe("");
    const cookie = (link.headers.get("set-cookie") ?? "").split(";")[0];
    expect(cookie).toBe(`aad_kiosk=${token}`);

    // A path under /wall that no page serves: Next's 404 (not 401/403) shows the proxy let the kiosk
    // through, without rendering the wall (its data is another test's business and slow to compute).
    expect((await get("/wall/security-probe")).status).toBe(303);
    expect((await get("/wall/security-probe", cookie)).status).toBe(404);
    expect((await get("/api/health", cookie)).status).toBe(200);
    // The snapshot reaches a kiosk only through the redacting route (a bad range answers fast).
    const redirected = await get("/api/snapshot?range=2h", cookie);
    expect(redirected.status).toBe(307);
    expect(redirected.headers.get("location")).toMatch(/\/api\/kiosk\/snapshot\?range=2h$/);
    const snapshot = await get("/api/kiosk/snapshot?range=2h", cookie);
    expect(snapshot.status).toBe(400);
    expect(snapshot.headers.get("x-aad-redacted")).toBe("1");
    expect(await snapshot.json()).toMatchObject({ parameter: "range" });
    for (const p of ["/api/review", "/api/signals/replication", "/signals/replication", "/review", "/", "/api/kiosk"]) {
      expect((await get(p, cookie)).status, p).toBe(403);
    }
  });

  // Before: any Host was served, so a page that rebinds its own name to 127.0.0.1 read the data.
  it("answers a Host it does not answer to with 421 before sign-in or data, and serves an IP or localhost", async () => {
    const withHost = (p: string, host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.get(`${base}${p}`, { headers: { host } }, (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString("utf8")));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
      });
    const port = new URL(base).port;
    const refused = await withHost("/api/snapshot?range=1h", `rebound.example:${port}`);
    expect(refused.status).toBe(421);
    expect(JSON.parse(refused.body)).toMatchObject({ allowed: "localhost, *.localhost, an IP address" });
    expect((await withHost("/", `rebound.example:${port}`)).body).toMatch(/^this dashboard does not answer to host "rebound\.example:\d+"/);
    // Allowed hosts get as far as sign-in.
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) expect((await withHost("/api/snapshot?range=1h", host)).status, host).toBe(401);
  });

  // Before: a future id got the generic "Not found", an id with no incident a 200 page.
  it("answers an incident id that is not in the data with 404 saying so, with a link to the incidents", async () => {
    const jwt = await encode({ token: { sub: "incident-reader" }, secret: SECRETS.NEXTAUTH_SECRET });
    const cookie = `next-auth.session-token=${jwt}`;
    const future = await get("/incidents/uksouth-2099-01-01T00:00:00Z", cookie);
    expect(future.status).toBe(404);
    // In the server HTML itself, not only in the RSC payload the client draws from: a page's notFound()
    // was Next's empty error shell (<html id="__next_error__">), the sentence in <script> alone, so curl
    // and a page whose scripts failed showed nothing. proxy.ts now routes it to the not-found route.
    const futureHtml = withoutScripts(await future.text());
    expect(futureHtml).not.toContain("__next_error__");
    expect(futureHtml).toContain("No incident with id uksouth-2099-01-01T00:00:00Z was found in the data: it would start at 2099-01-01 00:00:00 UTC, after now.");
    expect(futureHtml).toMatch(/<a [^>]*href="\/incidents\?range=30d"[^>]*>All incidents/);
    const past = await get("/incidents/westeurope-2001-01-01T00:00:00Z", cookie);
    expect(past.status).toBe(404);
    expect(withoutScripts(await past.text())).toMatch(/No incident with id westeurope-2001-01-01T00:00:00Z was found in the data: it would start at 2001-01-01 00:00:00 UTC, before the data(&#x27;|')s start \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\)\./);
  });

  it("refuses an expired or altered kiosk link", async () => {
    const expired = signKioskToken(SECRETS.KIOSK_SIGNING_SECRET, { now: new Date(Date.now() - 7200_000), lifetimeSeconds: 3600, policy }).token;
    const good = signKioskToken(SECRETS.KIOSK_SIGNING_SECRET, { now: new Date(), lifetimeSeconds: 3600, policy }).token;
    // Change one MAC character (the third from the end: no spare bits) to a different one; the old
    // test looked at the last character, so 1 token in 64 came back unaltered.
    const altered = `${good.slice(0, -3)}${good.at(-3) === "A" ? "B" : "A"}${good.slice(-2)}`;
    expect(altered).not.toBe(good);
    for (const token of [expired, altered]) {
      expect((await get(`/wall?kiosk=${token}`)).status).toBe(401);
      expect((await get("/api/snapshot", `aad_kiosk=${token}`)).status).toBe(401);
    }
  });
});
