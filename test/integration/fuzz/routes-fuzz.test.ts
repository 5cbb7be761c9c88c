/**
 * Hostile input against the production build (`next start`): random routes, parameters (repeated,
 * huge, binary, malformed percent-encoding) and path segments never get a 5xx, and malformed path
 * encodings are logged. Uses the build in FUZZ_TEST_DIST when given (scripts/test-all.mjs builds once
 * for every layer), else builds its own into .next-fuzz-test (never an earlier .next, which may be
 * stale); a 3-day demo keeps the snapshots it computes cheap. Requests are sequential: a 503 from the replay
 * admission cap under concurrency is not what this test is about.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productionBuild, startNextServer, type NextServer } from "../../next-server";

let server: NextServer | undefined;
let log = "";

function smallDemoConfig(): string {
  const demo = JSON.parse(readFileSync("config/demo.json", "utf8"));
  delete demo.$schema;
  const file = path.join(mkdtempSync(path.join(tmpdir(), "aad-fuzz-")), "config.json");
  writeFileSync(file, JSON.stringify({ ...demo, embedded: { ...demo.embedded, days: 3 } }));
  return file;
}

beforeAll(async () => {
  const dist = productionBuild({ given: process.env.FUZZ_TEST_DIST, ownDist: ".next-fuzz-test", env: process.env });
  server = await startNextServer({
    env: {
      ...process.env,
      NEXT_DIST_DIR: dist,
      NODE_ENV: "production",
      DASHBOARD_CONFIG: smallDemoConfig(),
      DASHBOARD_AS_OF: "2026-03-10T12:00:00Z",
      RATE_LIMIT_BURST: "1000000",
      RATE_LIMIT_PER_SECOND: "1000000",
    },
    onOutput: (chunk) => {
      log += chunk.toString();
    },
    timeoutMs: 300_000,
  });
}, 1_000_000);

afterAll(() => server?.stop());

/** Sends the path exactly as given (fetch would normalise or refuse a malformed URL). */
function send(method: string, rawPath: string, body?: string, headers: Record<string, string> = {}): Promise<number> {
  const url = new URL(server?.baseUrl ?? "");
  return new Promise((resolve, reject) => {
    // Next's own `//` → `/` redirect repeats the query in two headers: a 9 kB value makes 18 kB of headers.
    const req = http.request({ host: url.hostname, port: url.port, method, path: rawPath, headers, agent: false, maxHeaderSize: 64 * 1024 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    if (body !== undefined) req.setHeader("content-type", "application/json");
    req.end(body);
  });
}

const MALFORMED = ["%E0%A4%A", "%C0%AF", "%ED%A0%80", "%", "%zz", "%FF", "%E0%80%80", "%F4%90%80%80"];
const PARAMS = ["range", "from", "to", "at", "region", "w", "limit", "cursor", "query", "refresh", "rotate", "reloadHours", "month", "ttl", "signals", "signal"];
const SIGNALS = ["regions", "replication", "conflicts", "originHealth", "incidents", "splitBrain", "availability"];

/** Printable ASCII without spaces (what an HTTP request line can carry), percent-encoding the rest. */
const encoded = (text: string) => encodeURIComponent(text);
const segment = fc.oneof(
  fc.constantFrom(...SIGNALS, ...MALFORMED, "uksouth-2026-03-09T10:00:00Z", "uksouth-%25E0", "..", "%2e%2e", "%2F"),
  fc.string({ maxLength: 30 }).map(encoded),
  fc.string({ unit: "binary", maxLength: 20 }).map(encoded),
);
const value = fc.oneof(
  fc.constantFrom("1h", "30d", "15m", "2w", "", "uksouth", "mars", "300", "0", "-1", "99999", "off", "500ms", "10s", "2026-02", "2026-13", "7d", "999d"),
  fc.date({ min: new Date("1999-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => encoded(d.toISOString())),
  fc.constantFrom(...MALFORMED),
  fc.constant("x".repeat(9000)),
  fc.string({ maxLength: 40 }).map(encoded),
  fc.string({ unit: "binary", maxLength: 20 }).map(encoded),
);
const query = fc.array(fc.tuple(fc.constantFrom(...PARAMS), value), { maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));
const route = fc.oneof(
  fc.constantFrom("/", "/incidents", "/wall", "/review", "/doctor", "/api/snapshot", "/api/review", "/api/review/history.csv", "/api/review/incidents.csv"),
  fc.constantFrom("/api/wall/today", "/api/health", "/api/doctor", "/api/kiosk", "/api/kiosk/snapshot", "/api/auth/providers", "/api/auth/_log"),
  segment.map((s) => `/signals/${s}`),
  segment.map((s) => `/incidents/${s}`),
  fc.tuple(segment, fc.constantFrom("series", "rows")).map(([s, r]) => `/api/signals/${s}/${r}`),
);
// As a browser asks for a page (Accept: text/html), so the page cache and its internal render are probed too.
const request = fc.record({ method: fc.constantFrom("GET", "GET", "GET", "HEAD", "POST", "TRACE"), route, query, html: fc.boolean() });
const BROWSER = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

describe("hostile input against next start", () => {
  it("answers the probes that used to 500 with 4xx, and logs the malformed paths", async () => {
    for (const p of ["/signals/%E0%A4%A", "/api/signals/%C0%AF/series", "/incidents/uksouth-%ED%A0%80"]) expect(await send("GET", p), p).toBe(400);
    // `%` is not a character of an incident id: the id is refused, naming what an id may hold.
    expect(await send("GET", "/incidents/uksouth-%25E0")).toBe(400);
    expect(await send("POST", "/api/auth/_log", JSON.stringify({ junk: "x".repeat(11 * 1024 * 1024) }))).toBe(413);
    expect(await send("GET", `/api/snapshot?range=${"x".repeat(8000)}`)).toBe(400);
    expect(await send("GET", "/?range=bogus")).toBe(400);
    expect(await send("GET", "/api/signals/replication/series?w=200&w=300")).toBe(400);
    expect(log).toContain('400 malformed percent-encoding in GET "/signals/%E0%A4%A"');
    expect(log).not.toMatch(/ at \S+ \(/); // no stack trace logged for any of them
  });

  // Before: an unknown /api path got the HTML 404 page, and POST /api/snapshot a bare 405 with no body.
  it("answers an unknown /api path with a JSON 404 listing the routes, and a wrong method with a 405 naming the allowed", async () => {
    const base = server?.baseUrl ?? "";
    for (const p of ["/api/nope", "/api/signals/replication", "/api/snapshot/extra?range=1h", "/api"]) {
      const res = await fetch(`${base}${p}`);
      expect(res.status, p).toBe(404);
      expect(res.headers.get("content-type"), p).toMatch(/^application\/json/);
      expect(await res.json(), p).toEqual({ error: "no API route at this path", allowed: expect.stringContaining("/api/signals/<signal>/series") });
    }
    const post = await fetch(`${base}/api/snapshot`, { method: "POST" });
    expect([post.status, post.headers.get("allow"), post.headers.get("content-type")]).toEqual([405, "GET, HEAD, OPTIONS", "application/json"]);
    expect(await post.json()).toMatchObject({ error: "method POST is not allowed here; allowed: GET, HEAD, OPTIONS" });
    const page = await fetch(`${base}/wall`, { method: "PUT" });
    expect([page.status, page.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
  });

  // Before: a bare 500 "Internal Server Error" without security headers, and a stack trace in the log
  // per request (Next cannot build a Fetch Request for TRACE; lib/security/unroutable-method.ts).
  it("answers TRACE with a 405 naming the allowed methods, logging nothing", async () => {
    const before = log.length;
    const status = await send("TRACE", "/api/snapshot?range=1h");
    expect(status).toBe(405);
    const url = new URL(server?.baseUrl ?? "");
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      http.request({ host: url.hostname, port: url.port, method: "TRACE", path: "/wall", agent: false }, (res) => {
        res.resume();
        resolve(res.headers);
      }).on("error", reject).end();
    });
    expect([headers.allow, headers["x-frame-options"], headers["cache-control"]]).toEqual(["GET, HEAD", "DENY", "no-store"]);
    await new Promise((r) => setTimeout(r, 200));
    expect(log.slice(before)).not.toContain("TRACE");
  });

  it("never answers 5xx to any route, parameter or path encoding", async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ method, route: r, query: q, html }) => {
        const status = await send(method, q ? `${r}?${q}` : r, method === "POST" ? "{}" : undefined, html ? BROWSER : {});
        expect(status, `${method} ${r}?${q.slice(0, 200)}${html ? " (Accept: text/html)" : ""}`).toBeLessThan(500);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  }, 900_000);
});
