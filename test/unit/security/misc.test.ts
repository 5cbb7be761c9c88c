import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { checkEntraClaims } from "@/lib/security/entra";
import { contentSecurityPolicy, isHttps, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";
import { isKioskRequest, principalFromHeaders } from "@/lib/security/principal";
import { rateLimitKey, TokenBucketLimiter } from "@/lib/security/rate-limit";
import { redactSnapshot, REDACTED_ERROR, snapshotForRequest } from "@/lib/security/redact";
import type { Snapshot } from "@/lib/snapshot/types";

describe("token bucket", () => {
  it("allows a burst, then refills at the sustained rate", () => {
    const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 1 });
    expect([1, 2, 3].map(() => limiter.take("a", 0).allowed)).toEqual([true, true, true]);
    expect(limiter.take("a", 0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take("b", 0).allowed).toBe(true);
    expect(limiter.take("a", 999).allowed).toBe(false);
    expect(limiter.take("a", 1000).allowed).toBe(true);
    expect(limiter.take("a", 100_000)).toEqual({ allowed: true, remaining: 2 });
  });

  it("forgets the least recently seen client first", () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 2 });
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("a", 1);
    limiter.take("c", 2); // evicts b
    expect(limiter.size).toBe(2);
    expect(limiter.take("b", 3).allowed).toBe(true);
    expect(limiter.take("c", 3).allowed).toBe(false);
  });

  it("keys by principal, else by the first forwarded address", () => {
    expect(rateLimitKey({ kind: "user", id: "u1" }, new Headers())).toBe("user:u1");
    expect(rateLimitKey({ kind: "anonymous" }, new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("ip:203.0.113.9");
    expect(rateLimitKey({ kind: "anonymous" }, new Headers())).toBe("ip:unknown");
  });
});

describe("content security policy", () => {
  it("uses a nonce and never unsafe-eval in production", () => {
    const prod = contentSecurityPolicy({ nonce: "abc", dev: false, https: true, formActions: ["https://login.microsoftonline.com"] });
    expect(prod).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(prod).not.toContain("unsafe-eval");
    expect(prod).toContain("frame-ancestors 'none'");
    expect(prod).toContain("form-action 'self' https://login.microsoftonline.com");
    expect(prod).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "abc", dev: true, https: false })).toContain("'unsafe-eval'");
  });

  it("detects https directly or behind a front", () => {
    expect(isHttps(new URL("https://a"), new Headers())).toBe(true);
    expect(isHttps(new URL("http://a"), new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps(new URL("http://a"), new Headers())).toBe(false);
  });

  it("next.config.js sends the same static headers", async () => {
    const nextConfig = createRequire(import.meta.url)("../../../next.config.js");
    const rules = await nextConfig.headers();
    expect(rules).toEqual([{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }]);
  });
});

describe("Entra claims", () => {
  const entra = { clientId: "c", tenantId: "11111111-1111-1111-1111-111111111111", allowedGroupIds: ["22222222-2222-2222-2222-222222222222"] };
  it("requires the tenant and one allowed group", () => {
    expect(checkEntraClaims({ tid: entra.tenantId, groups: ["x", entra.allowedGroupIds[0]] }, entra)).toEqual({ ok: true });
    expect(checkEntraClaims({ tid: "other", groups: entra.allowedGroupIds }, entra).ok).toBe(false);
    expect(checkEntraClaims({ tid: entra.tenantId, groups: ["x"] }, entra)).toEqual({ ok: false, reason: "user is not in an allowed group" });
    expect(checkEntraClaims({ tid: entra.tenantId, _claim_names: { groups: "src1" } }, entra).ok).toBe(false);
    expect(checkEntraClaims({ tid: "any" }, { clientId: "c", allowedGroupIds: [] })).toEqual({ ok: true });
  });
});

describe("principal header", () => {
  it("only knows the three kinds", () => {
    expect(principalFromHeaders(new Headers({ "x-aad-principal": "kiosk" }))).toBe("kiosk");
    expect(principalFromHeaders(new Headers({ "x-aad-principal": "admin" }))).toBeUndefined();
    expect(isKioskRequest(new Headers())).toBe(false);
  });
});

describe("snapshot redaction", () => {
  const run = {
    id: "q1",
    kql: 'AppMetrics | where Name == "replication_lag_ms"',
    window: { from: "a", to: "b" },
    rows: 3,
    durationMs: 5,
    cacheAgeSeconds: 0,
    portalUrl: "https://portal.azure.com/#blade/query/abc",
    warnings: [],
    stale: { since: "2026-01-01T00:00:00Z", error: "Syntax error near AppMetrics | where" },
  };
  const snapshot = { asOf: "x", signals: { replication: { status: "ok", dataAgeSeconds: 1, queries: [run], warnings: [] } } } as unknown as Snapshot;

  it("strips KQL, portal links and upstream error text for kiosks only", () => {
    const red = redactSnapshot(snapshot);
    expect(JSON.stringify(red)).not.toContain("AppMetrics");
    expect(JSON.stringify(red)).not.toContain("portal.azure.com");
    expect(red.signals.replication.queries[0]).toMatchObject({ id: "q1", kql: "", portalUrl: null, rows: 3, stale: { since: "2026-01-01T00:00:00Z", error: REDACTED_ERROR } });
    expect(snapshot.signals.replication.queries[0].kql).toContain("AppMetrics");
    expect(snapshotForRequest(new Headers({ "x-aad-principal": "kiosk" }), snapshot)).toEqual(red);
    expect(snapshotForRequest(new Headers({ "x-aad-principal": "user" }), snapshot)).toBe(snapshot);
  });
});
