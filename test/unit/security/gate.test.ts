import { describe, expect, it } from "vitest";
import type { AuthConfig } from "@/lib/config/schema";
import { decideAccess, type GateInput } from "@/lib/security/gate";
import { signKioskToken } from "@/lib/security/kiosk-token";

const secret = "s".repeat(48);
const now = new Date("2026-03-10T12:00:00Z");
const auth: AuthConfig = {
  enabled: true,
  entra: { clientId: "client", allowedGroupIds: [] },
  kiosk: { keyVersion: 1, revokedIds: [], maxLifetimeDays: 90 },
};
const kiosk = signKioskToken(secret, { now, lifetimeSeconds: 86_400, policy: auth.kiosk }).token;

function decide(path: string, over: Partial<GateInput> = {}) {
  return decideAccess({
    url: new URL(path, "http://dash.local"),
    method: "GET",
    auth,
    missingSecrets: [],
    userId: undefined,
    kioskSecret: secret,
    kioskCookie: undefined,
    now,
    ...over,
  });
}

const PAGES = ["/", "/signals/replication", "/incidents/abc", "/wall", "/review", "/doctor", "/nope"];
const APIS = ["/api/snapshot", "/api/signals/replication/rows", "/api/review", "/api/review/history.csv", "/api/wall/today", "/api/doctor", "/api/kiosk"];
const PROBES = ["/api/health", "/api/ready", "/api/ready/", "/api//health", "/api/./ready"];

describe("access gate with sign-in on", () => {
  it("refuses every page and API route to strangers", () => {
    for (const p of PAGES) expect(decide(p)).toEqual({ action: "redirect", location: `/api/auth/signin?callbackUrl=${encodeURIComponent(p)}` });
    for (const p of APIS) expect(decide(p)).toMatchObject({ action: "deny", status: 401 });
    for (const method of ["POST", "PUT", "DELETE"]) expect(decide("/api/snapshot", { method })).toMatchObject({ action: "deny", status: 401 });
  });

  it("leaves the orchestrator probes public (they cannot sign in), and nothing below them", () => {
    for (const p of PROBES) {
      expect(decide(p)).toEqual({ action: "next", principal: { kind: "anonymous" } });
      expect(decide(p, { userId: "u1" })).toEqual({ action: "next", principal: { kind: "user", id: "u1" } });
      expect(decide(p, { kioskCookie: kiosk })).toMatchObject({ action: "next" });
    }
    for (const p of ["/api/ready/x", "/api/healthx", "/api/ready/../snapshot"]) expect(decide(p)).toMatchObject({ action: "deny", status: 401 });
  });

  it("lets signed-in users everywhere and leaves the sign-in flow public", () => {
    for (const p of [...PAGES, ...APIS]) expect(decide(p, { userId: "u1" })).toEqual({ action: "next", principal: { kind: "user", id: "u1" } });
    expect(decide("/api/auth/callback/azure-ad")).toMatchObject({ action: "next", principal: { kind: "anonymous" } });
    expect(decide("/_next/static/chunks/a.js")).toMatchObject({ action: "next" });
    // A browser fetches the web app manifest without cookies: it and its icons are public, nothing else under their names.
    for (const p of ["/manifest.webmanifest", "/icons/icon-192.png", "/icons/icon.svg"]) expect(decide(p)).toMatchObject({ action: "next", principal: { kind: "anonymous" } });
    for (const p of ["/manifest.webmanifestx", "/iconsx/a.png"]) expect(decide(p)).toMatchObject({ action: "redirect" });
  });

  it("turns a kiosk link into a cookie and strips it from the URL", () => {
    const d = decide(`/wall?range=1h&kiosk=${kiosk}`);
    expect(d).toMatchObject({ action: "redirect", location: "/wall?range=1h", setKioskCookie: { value: kiosk, maxAgeSeconds: 86_400 } });
  });

  it("opens the wall and its data to a kiosk, nothing else", () => {
    for (const p of ["/wall", "/wall/", "/api/snapshot", "/api/kiosk/snapshot", "/api/wall/today"]) {
      expect(decide(p, { kioskCookie: kiosk })).toMatchObject({ action: "next", principal: { kind: "kiosk" } });
    }
    for (const p of ["/", "/signals/replication", "/review", "/doctor", "/api/signals/replication", "/api/review", "/api/doctor", "/api/kiosk", "/api/snapshotx", "/wallx", "/wall/../review"]) {
      expect(decide(p, { kioskCookie: kiosk })).toMatchObject({ action: "deny", status: 403 });
    }
    expect(decide("/api/snapshot", { kioskCookie: kiosk, method: "POST" })).toMatchObject({ action: "deny", status: 403 });
    // A kiosk link on a non-wall route grants nothing.
    expect(decide(`/review?kiosk=${kiosk}`)).toMatchObject({ action: "redirect", location: expect.stringContaining("/api/auth/signin") });
  });

  it("refuses expired, altered and revoked kiosk links", () => {
    const later = new Date(now.getTime() + 86_401_000);
    expect(decide("/wall", { kioskCookie: kiosk, now: later })).toMatchObject({ action: "deny", status: 401, error: "kiosk link refused: expired", clearKioskCookie: true });
    expect(decide(`/wall?kiosk=${kiosk}x`)).toMatchObject({ action: "deny", status: 401, error: "kiosk link refused: bad-signature" });
    expect(decide("/api/snapshot", { kioskCookie: kiosk, kioskSecret: "t".repeat(48) })).toMatchObject({ action: "deny", status: 401 });
    expect(decide("/wall", { kioskCookie: kiosk, kioskSecret: undefined })).toMatchObject({ action: "deny", status: 401, error: "kiosk link refused: disabled" });
    const revoked = { ...auth, kiosk: { ...auth.kiosk, keyVersion: 2 } };
    expect(decide("/wall", { kioskCookie: kiosk, auth: revoked })).toMatchObject({ action: "deny", error: "kiosk link refused: revoked" });
  });

  it("fails closed when secrets or the configuration are missing", () => {
    expect(decide("/", { missingSecrets: ["NEXTAUTH_SECRET"], userId: "u1" })).toMatchObject({ action: "deny", status: 503, error: expect.stringContaining("NEXTAUTH_SECRET") });
    expect(decide("/", { configError: "bad" })).toMatchObject({ action: "deny", status: 503 });
    expect(decide("/api/health", { configError: "bad" })).toMatchObject({ action: "next" });
    expect(decide("/api/ready", { configError: "bad" })).toMatchObject({ action: "next" });
  });
});

describe("access gate with sign-in off", () => {
  it("lets everything through as anonymous", () => {
    for (const p of [...PAGES, ...APIS]) expect(decide(p, { auth: undefined })).toEqual({ action: "next", principal: { kind: "anonymous" } });
    expect(decide("/review", { auth: { ...auth, enabled: false } })).toMatchObject({ action: "next" });
  });
});
