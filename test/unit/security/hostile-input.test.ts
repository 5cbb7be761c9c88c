import { describe, expect, it } from "vitest";
import { parseTimeRange } from "@/lib/params/time-range";
import { checkBody, MAX_BODY_BYTES } from "@/lib/security/body-limit";
import { pageQueryError } from "@/lib/security/page-query";
import { rateLimitKey } from "@/lib/security/rate-limit";
import { redactErrorBody } from "@/lib/security/redact";
import { isRateLimited } from "@/lib/security/routes";
import { kioskWallUrl } from "@/lib/wall/kiosk-link";
import { loadConfigFile } from "@/lib/config/load";

const config = loadConfigFile("config/demo.json");
const now = new Date("2026-03-10T12:00:00Z");
const headers = (h: Record<string, string>) => new Headers(h);

describe("request bodies", () => {
  it("refuses a body over the limit with 413 before any route reads it, and a chunked one with 411", () => {
    expect(checkBody("POST", headers({ "content-length": String(11 * 1024 * 1024) }))).toMatchObject({ ok: false, status: 413 });
    expect(checkBody("POST", headers({ "content-length": String(MAX_BODY_BYTES + 1) }))).toMatchObject({ ok: false, status: 413 });
    expect(checkBody("POST", headers({ "content-length": "-3" }))).toMatchObject({ ok: false, status: 413 });
    expect(checkBody("POST", headers({ "transfer-encoding": "chunked" }))).toMatchObject({ ok: false, status: 411 });
    expect(checkBody("POST", headers({ "content-length": "300" }))).toEqual({ ok: true });
    expect(checkBody("GET", headers({ "content-length": String(11 * 1024 * 1024) }))).toEqual({ ok: true });
  });
});

describe("rate limiting", () => {
  it("covers pages, data routes and the sign-in flow, not health probes or build assets", () => {
    for (const p of ["/", "/wall", "/signals/replication", "/incidents", "/review", "/api/snapshot", "/api/auth/_log", "/api/auth/signin"]) expect(isRateLimited(p), p).toBe(true);
    for (const p of ["/api/health", "/_next/static/chunks/a.js", "/icon.svg"]) expect(isRateLimited(p), p).toBe(false);
  });

  it("takes the client address from the configured header only: X-Real-IP cannot pick the bucket unless chosen", () => {
    const anon = { kind: "anonymous" };
    expect(rateLimitKey(anon, headers({ "x-forwarded-for": "10.0.0.1, 10.0.0.2", "x-real-ip": "6.6.6.6" }))).toBe("ip:10.0.0.1");
    expect(rateLimitKey(anon, headers({ "x-real-ip": "6.6.6.6" }))).toBe("ip:unknown");
    expect(rateLimitKey(anon, headers({ "x-real-ip": "6.6.6.6", "x-forwarded-for": "10.0.0.1" }), "x-real-ip")).toBe("ip:6.6.6.6");
    expect(rateLimitKey({ kind: "user", id: "u1" }, headers({ "x-forwarded-for": "10.0.0.1" }))).toBe("user:u1");
  });
});

describe("page parameters", () => {
  const check = (path: string, query: string) => pageQueryError(path, new URLSearchParams(query), { config, now, embedded: true });

  it("names the invalid parameter of each page with the page's own parser", () => {
    expect(check("/", "range=bogus")?.parameter).toBe("range");
    expect(check("/signals/replication", "region=mars")?.parameter).toBe("region");
    expect(check("/incidents", "from=2026-03-01T00:00:00Z")?.parameter).toBe("to");
    expect(check("/incidents/uksouth-2026-03-01T00:00:00Z", "at=yesterday")?.parameter).toBe("at");
    expect(check("/wall", "refresh=1s")?.parameter).toBe("refresh");
    expect(check("/wall", "reloadHours=lots")?.parameter).toBe("reloadHours");
    expect(check("/review", "month=2026-13")?.parameter).toBe("month");
    expect(check("/", "range=1h&range=6h")?.message).toMatch(/given 2 times/);
  });

  // These pages used to answer an unknown signal or a malformed incident id with a 404 whose HTML
  // carries no words (the not-found view is drawn by script), and /alerts?signal=nope with a 200.
  it("names a bad path segment or alert signal with what is allowed", () => {
    expect(check("/signals/nope", "")).toMatchObject({ parameter: "signal", allowed: expect.stringContaining("replication") });
    expect(check("/signals/..%2F..%2Fetc%2Fpasswd", "")).toMatchObject({ parameter: "signal", message: expect.stringContaining('"../../etc/passwd"') });
    expect(check("/incidents/a'%7Cb", "")).toMatchObject({ parameter: "id", allowed: "1 to 128 characters from A-Z a-z 0-9 . _ : -" });
    expect(check("/alerts", "signal=nope")).toMatchObject({ parameter: "signal", message: '"nope" has no alert rules' });
    // A well-formed incident id that names no incident is the page's own answer, not a bad parameter.
    expect(check("/incidents/uksouth-2026-03-01T00:00:00Z", "")).toBeUndefined();
    // An impossible start was rolled over by Date (02-30 → 03-02: a 200 page looking at another time),
    // an unknown region or a start without its time a wordless 404 (found by the outside probe).
    expect(check("/incidents/uksouth-2026-02-30T12:00:00Z", "")).toMatchObject({ parameter: "id", message: '"uksouth-2026-02-30T12:00:00Z" is not an incident id', allowed: expect.stringContaining("a real UTC second") });
    expect(check("/incidents/uksouth-2026-03-01T24:00:00Z", "")).toMatchObject({ parameter: "id", message: expect.stringContaining("is not an incident id") });
    expect(check("/incidents/uksouth-2026-03-01", "")).toMatchObject({ parameter: "id", message: expect.stringContaining("is not an incident id") });
    expect(check("/incidents/mars-2026-03-01T00:00:00Z", "")).toMatchObject({ parameter: "id", message: '"mars-2026-03-01T00:00:00Z": "mars" is not a configured region', allowed: expect.stringContaining("uksouth, westeurope") });
    expect(check("/signals/replication/extra", "")).toBeUndefined();
    expect(check("/alerts", "signal=replication")).toBeUndefined();
  });

  it("passes valid and unknown parameters, and non-page routes", () => {
    expect(check("/", "range=30d&region=uksouth&utm=x")).toBeUndefined();
    expect(check("/wall", "refresh=500ms&reloadHours=0.5&at=2026-03-09T00:00:00Z")).toBeUndefined();
    expect(check("/review", "month=2026-02")).toBeUndefined();
    expect(check("/api/snapshot", "range=bogus")).toBeUndefined();
  });
});

describe("echoed values", () => {
  it("truncates an 8 kB range in the 400 message", () => {
    const result = parseTimeRange({ range: "x".repeat(8192) }, { now });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.length).toBeLessThan(120);
      expect(result.error.message).toContain("x".repeat(60));
      expect(result.error.message).not.toContain("x".repeat(61));
    }
  });
});

describe("kiosk", () => {
  it("keeps at and reloadHours in the link and accepts the refresh values /wall accepts", () => {
    const url = kioskWallUrl(new URLSearchParams("ttl=7d&refresh=500ms&reloadHours=0.5&at=2026-03-09T06:00:00Z&rotate=off&range=6h"), {
      origin: "https://dash.example",
      embedded: true,
      now,
    });
    expect(url.ok).toBe(true);
    if (url.ok) {
      expect(url.value.pathname).toBe("/wall");
      expect(Object.fromEntries(url.value.searchParams)).toEqual({ refresh: "500ms", rotate: "off", reloadHours: "0.5", at: "2026-03-09T06:00:00Z" });
    }
    const azure = kioskWallUrl(new URLSearchParams("refresh=500ms"), { origin: "https://dash.example", embedded: false, now });
    expect(azure.ok ? null : azure.error.parameter).toBe("refresh");
    const future = kioskWallUrl(new URLSearchParams("at=2027-01-01T00:00:00Z"), { origin: "https://dash.example", embedded: true, now });
    expect(future.ok ? null : future.error.parameter).toBe("at");
  });

  it("sees no server paths or upstream text in error answers", () => {
    const leaked = { error: "the snapshot could not be computed: /srv/data/AzureMetrics.ndjson:150: bad JSON" };
    expect(JSON.stringify(redactErrorBody(leaked, 502))).not.toMatch(/srv|ndjson|bad JSON/);
    expect(redactErrorBody({ error: "data source unavailable: token for /x/y expired" }, 503).error).not.toMatch(/token|\/x/);
    const bad = { error: 'invalid parameter "range": "zz" is not a preset', parameter: "range", allowed: "1h…" };
    expect(redactErrorBody(bad, 400)).toEqual(bad);
  });
});

describe("the 400 page", () => {
  it("shows the page's own message, escaped, with no script", async () => {
    const { badPageHtml } = await import("@/lib/security/page-query");
    const html = badPageHtml({ parameter: "range", message: '"<script>x</script>" is not a preset', allowed: "1h, 6h" });
    expect(html).toContain('<p role="alert">Invalid parameter <code>range</code>: &#34;&#60;script&#62;x&#60;/script&#62;&#34; is not a preset. Allowed: 1h, 6h.</p>');
    expect(html).not.toMatch(/<script|<style/);
  });
});
