import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { signKioskToken } from "@/lib/security/kiosk-token";
import { APIS, PAGES, PROBES, SECRETS, writeAuthConfig } from "./fixtures";

// proxy.ts reads the configuration and secrets from the environment, once per process.
// A 1-day demo: proxy.ts builds the workspace to tell whether an incident page names an incident.
Object.assign(process.env, SECRETS, { DASHBOARD_CONFIG: writeAuthConfig({ demoDays: 1 }), RATE_LIMIT_BURST: "120", RATE_LIMIT_PER_SECOND: "2" });
type Proxy = typeof import("@/proxy").proxy;
let proxy: Proxy;
beforeAll(async () => {
  proxy = (await import("@/proxy")).proxy;
});

const BASE = "http://127.0.0.1:3000";
const policy = { keyVersion: 1, revokedIds: ["revokedlink"], maxLifetimeDays: 30 };
const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, BASE), { method: init.method ?? "GET", headers: init.headers });
const principalOf = (res: Response) => res.headers.get("x-middleware-request-x-aad-principal");
// NextURL spells 127.0.0.1 as localhost; the path is what matters.
const pathOf = (location: string | null) => (location ? `${new URL(location).pathname}${new URL(location).search}` : null);
const passedThrough = (res: Response) => res.headers.get("x-middleware-next") === "1";
/** An incident id naming no incident goes to Next's not-found route (proxy-incident-404.test.ts). */
const toMissingIncident = (res: Response) => new URL(res.headers.get("x-middleware-rewrite") ?? "http://x/").pathname === "/_missing";

async function sessionCookie(sub = "user-1") {
  const jwt = await encode({ token: { sub, name: "Ada" }, secret: SECRETS.NEXTAUTH_SECRET });
  return `next-auth.session-token=${jwt}`;
}
const kioskToken = (over: { now?: Date; lifetimeSeconds?: number; id?: string; secret?: string } = {}) =>
  signKioskToken(over.secret ?? SECRETS.KIOSK_SIGNING_SECRET, { now: over.now ?? new Date(), lifetimeSeconds: over.lifetimeSeconds ?? 3600, policy, id: over.id }).token;

describe("proxy with sign-in on", () => {
  it("sends strangers to sign-in from every page and refuses every API route with 401", async () => {
    for (const page of PAGES) {
      const res = await proxy(request(page));
      expect(res.status, page).toBe(303);
      expect(pathOf(res.headers.get("location")), page).toBe(`/api/auth/signin?callbackUrl=${encodeURIComponent(page)}`);
    }
    for (const api of APIS) {
      for (const method of ["GET", "POST"]) {
        const res = await proxy(request(api, { method }));
        expect(res.status, `${method} ${api}`).toBe(401);
        expect(await res.json()).toMatchObject({ error: "sign-in required" });
      }
    }
  });

  it("lets orchestrator probes through without sign-in, outside the rate limit, forged principals dropped", async () => {
    for (const path of PROBES) {
      // More than RATE_LIMIT_BURST (120) anonymous probes: none is limited.
      for (let i = 0; i < 130; i++) {
        const res = await proxy(request(path, { headers: { "x-aad-principal": "user" } }));
        expect(passedThrough(res), path).toBe(true);
        expect(principalOf(res), path).toBe("anonymous");
      }
      const signedIn = await proxy(request(path, { headers: { cookie: await sessionCookie() } }));
      expect(principalOf(signedIn), path).toBe("user");
      // Probes only read: another method gets 405 without sign-in (there is nothing behind it to guard).
      for (const method of ["POST", "DELETE"]) expect((await proxy(request(path, { method }))).status, `${method} ${path}`).toBe(405);
    }
  });

  it("ignores a forged principal header and a forged session cookie", async () => {
    const forged = await proxy(request("/api/snapshot", { headers: { "x-aad-principal": "user" } }));
    expect(forged.status).toBe(401);
    const wrongKey = await encode({ token: { sub: "mallory" }, secret: "x".repeat(48) });
    const res = await proxy(request("/api/snapshot", { headers: { cookie: `next-auth.session-token=${wrongKey}` } }));
    expect(res.status).toBe(401);
  });

  it("lets a signed-in user through everywhere, marked as a user", async () => {
    const cookie = await sessionCookie();
    for (const path of [...PAGES, ...APIS]) {
      const res = await proxy(request(path, { headers: { cookie, "x-aad-principal": "kiosk" } }));
      expect(passedThrough(res) || (path.startsWith("/incidents/") && toMissingIncident(res)), path).toBe(true);
      expect(principalOf(res), path).toBe("user");
    }
  });

  it("opens the wall and its data with a kiosk link, nothing else", async () => {
    const token = kioskToken();
    const link = await proxy(request(`/wall?rotate=30s&kiosk=${token}`));
    expect(link.status).toBe(303);
    expect(pathOf(link.headers.get("location"))).toBe("/wall?rotate=30s");
    const setCookie = link.headers.get("set-cookie") ?? "";
    expect(setCookie).toContain(`aad_kiosk=${token}`);
    expect(setCookie.toLowerCase()).toContain("httponly");
    expect(setCookie.toLowerCase()).toContain("samesite=lax");

    const cookie = `aad_kiosk=${token}`;
    for (const path of ["/wall", "/wall?refresh=1m", "/api/wall/today"]) {
      const res = await proxy(request(path, { headers: { cookie } }));
      expect(passedThrough(res), path).toBe(true);
      expect(principalOf(res), path).toBe("kiosk");
    }
    // The snapshot is served to a kiosk only by the redacting kiosk route, keeping the wall's parameters.
    const snap = await proxy(request("/api/snapshot?range=1h&region=uksouth", { headers: { cookie } }));
    expect(snap.status).toBe(307);
    expect(pathOf(snap.headers.get("location"))).toBe("/api/kiosk/snapshot?range=1h&region=uksouth");
    const redacted = await proxy(request("/api/kiosk/snapshot?range=1h", { headers: { cookie } }));
    expect(principalOf(redacted)).toBe("kiosk");
    // A signed-in user gets the snapshot route itself.
    const userSnap = await proxy(request("/api/snapshot", { headers: { cookie: await sessionCookie() } }));
    expect(passedThrough(userSnap)).toBe(true);
    for (const path of ["/", "/signals/replication", "/incidents/x", "/review", "/doctor", "/api/review", "/api/review/history.csv", "/api/signals/replication/rows", "/api/doctor", "/api/kiosk"]) {
      const res = await proxy(request(path, { headers: { cookie } }));
      expect(res.status, path).toBe(403);
    }
    expect((await proxy(request("/api/snapshot", { method: "POST", headers: { cookie } }))).status).toBe(403);
  });

  it("refuses expired, altered, revoked and foreign kiosk links", async () => {
    const expired = kioskToken({ now: new Date(Date.now() - 7200_000) });
    const good = kioskToken();
    const [p, payload, mac] = good.split(".");
    const longer = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), exp: 4102444800 })).toString("base64url");
    const cases = {
      expired,
      altered: `${p}.${longer}.${mac}`,
      revoked: kioskToken({ id: "revokedlink" }),
      foreign: kioskToken({ secret: "another-secret-of-sufficient-length-000000" }),
      junk: "k1.e30.AAAA",
    };
    for (const [name, token] of Object.entries(cases)) {
      const viaLink = await proxy(request(`/wall?kiosk=${token}`));
      expect(viaLink.status, name).toBe(401);
      const viaCookie = await proxy(request("/api/snapshot", { headers: { cookie: `aad_kiosk=${token}` } }));
      expect(viaCookie.status, name).toBe(401);
      expect((await viaCookie.json()).error, name).toMatch(/^kiosk link refused/);
      expect(viaCookie.headers.get("set-cookie"), name).toMatch(/aad_kiosk=;/);
    }
  });

  it("sets a nonce CSP without unsafe-eval, HSTS behind https, and passes the nonce to Next", async () => {
    const res = await proxy(request("/", { headers: { cookie: await sessionCookie(), "x-forwarded-proto": "https" } }));
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' https://login.microsoftonline.com");
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    const plain = await proxy(request("/api/auth/signin"));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });

  it("rate-limits each client on the data routes (burst and rate from the environment)", async () => {
    const cookie = await sessionCookie("busy-user");
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await proxy(request("/api/snapshot", { headers: { cookie } }))).status);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    const limited = await proxy(request("/api/snapshot", { headers: { cookie } }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // Another client still gets through.
    expect(passedThrough(await proxy(request("/api/snapshot", { headers: { cookie: await sessionCookie("calm-user") } })))).toBe(true);
  });
});
