/**
 * Published Log Analytics answers through the query gateway over the real LogsQueryClient source,
 * on the gateway's manual clock: how long each retry waits, which answers are not retried, and the
 * server's words in what the user sees.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "@/lib/gateway/clock";
import { QueryGateway } from "@/lib/gateway/gateway";
import { ManualClock } from "@/lib/gateway/manual-clock";
import { UpstreamError } from "@/lib/gateway/upstream-error";
import { AzureLogsSource } from "@/lib/log-analytics/azure-source";
import { missingTableWarning } from "@/lib/telemetry/remedies";
import { fakeCredential, FakeLogAnalytics } from "./fake-log-analytics";
import { batchMembers, missingTableResponse, published, publishedNames } from "./published";

const WS = "11111111-1111-4111-8111-111111111111";
let server: FakeLogAnalytics;
let source: AzureLogsSource;

beforeAll(async () => {
  server = new FakeLogAnalytics(() => ({ name: "PrimaryResult", columns: [{ name: "requests", type: "long" }], rows: [["100"]] }));
  const endpoint = await server.start();
  source = new AzureLogsSource({
    workspaces: { ids: [WS], endpoint, portalUrl: "https://portal.azure.com", serverTimeoutSeconds: 30 },
    credential: fakeCredential,
    ca: server.cert,
  });
});
afterAll(() => server.stop());
afterEach(() => {
  server.faults.length = 0;
  server.requests.length = 0;
});

/** A gateway with the default retry policy on a manual clock; `sleeps` records every wait it asks for. */
function setup() {
  const manual = new ManualClock();
  const sleeps: number[] = [];
  const clock: Clock = { now: () => manual.now(), sleep: (ms, signal) => (sleeps.push(ms), manual.sleep(ms, signal)) };
  const gateway = new QueryGateway(source, { clock, random: () => 0.5 });
  const ask = (minutesLater = 0) => {
    const to = new Date(manual.now() + minutesLater * 60_000);
    return gateway.query("AppRequests | count", { from: new Date(to.getTime() - 3_600_000), to }, { binSeconds: 60, refreshSeconds: 60 });
  };
  return { manual, sleeps, gateway, ask };
}

/** Real HTTPS round trips happen in real time while the manual clock stands still. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("retry timing on published 504s", () => {
  for (const name of ["gateway-timeout-retry-after-0", "gateway-timeout-no-retry-after"]) {
    it(`${name}: backs off 750, 1500, 3000 ms (base 1 s, mid jitter), and no request goes out before the wait is over`, async () => {
      const { manual, sleeps, ask } = setup();
      const response = published(name);
      server.faults.push({ kind: "replay", response }, { kind: "replay", response }, { kind: "replay", response });
      const answer = ask();
      for (const [i, wait] of [750, 1500, 3000].entries()) {
        await until(() => sleeps.length === i + 1, `retry ${i + 1} to be scheduled`);
        expect(sleeps[i]).toBe(wait);
        await manual.advance(wait - 1);
        await new Promise((r) => setTimeout(r, 30));
        expect(server.requests, `no request ${wait - 1} ms into a ${wait} ms wait`).toHaveLength(i + 1);
        await manual.advance(1);
      }
      const result = await answer;
      expect(server.requests).toHaveLength(4);
      expect(result.table.rows).toEqual([[100]]);
      expect(result.stale).toBeUndefined();
    });
  }

  it("gives up after the policy's 4 attempts with the server's words", async () => {
    const { manual, sleeps, ask } = setup();
    const response = published("gateway-timeout-retry-after-0");
    for (let i = 0; i < 4; i++) server.faults.push({ kind: "replay", response });
    const answer = ask().then(() => undefined, (e: unknown) => e);
    for (let i = 0; i < 3; i++) {
      await until(() => sleeps.length === i + 1, `retry ${i + 1}`);
      await manual.advance(sleeps[i]);
    }
    const error = (await answer) as UpstreamError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("Log Analytics answered HTTP 504 GatewayTimeout: Gateway timeout — Kusto query timed out");
    expect(sleeps).toEqual([750, 1500, 3000]);
    expect(server.requests).toHaveLength(4);
  });
});

describe("published answers a retry cannot fix are asked once", () => {
  const once: [name: string, kind: UpstreamError["kind"], words: string][] = [
    ["bad-request-syntax", "query", "Query could not be parsed at 'invalid' on line [1,11]"],
    ["batch-malformed-400", "query", "Unexpected end of JSON input"],
    ["unauthorized-401", "auth", "Authentication failed. The 'Authorization' header is missing."],
    ["forbidden-invalid-token", "auth", "The access token is invalid."],
    ["forbidden-token-audience", "auth", "It should exactly match (including forward slash)"],
    ["forbidden-client-credentials", "auth", "997631f8-3a55-4bb2-81b2-c0972b222260"],
    ["forbidden-insufficient-access", "auth", "insufficient access to perform the requested operation"],
    ["forbidden-invalid-grant", "auth", "AADSTS70008"],
    ["not-found-path", "query", "The requested path does not exist"],
    ["not-found-not-json", "query", "404 page not found"],
  ];
  for (const [name, kind, words] of once) {
    it(`${name}: one request, no wait, ${kind} error with the server's words`, async () => {
      const { sleeps, ask } = setup();
      server.faults.push({ kind: "replay", response: published(name) });
      const error = (await ask().then(() => undefined, (e: unknown) => e)) as UpstreamError;
      expect(error.kind).toBe(kind);
      expect(error.message).toContain(words);
      expect(server.requests).toHaveLength(1);
      expect(sleeps).toEqual([]);
    });
  }

  it("with a last good result at hand, a 403 invalid_grant serves it marked stale with the server's words", async () => {
    const { ask } = setup();
    const good = await ask();
    server.faults.push({ kind: "replay", response: published("forbidden-invalid-grant") });
    const stale = await ask(1);
    expect(stale.table.rows).toEqual(good.table.rows);
    expect(stale.stale?.error).toContain("HTTP 403 invalid_grant: AADSTS70002: Error validating credentials.");
    expect(stale.warnings.join()).toContain("AADSTS70008");
    expect(server.requests).toHaveLength(2);
  });
});

describe("published success bodies through the gateway", () => {
  it("every success body and 200 batch member reaches the caller as the source converted it, with the API cache's age", async () => {
    const { ask } = setup();
    const bodies = [
      ...publishedNames("success-").map(published),
      ...["batch-partial-success", "batch-with-types", "batch-documented-members"].flatMap((b) => batchMembers(published(b))).filter((m) => m.status === 200),
    ];
    expect(bodies.length).toBeGreaterThanOrEqual(9);
    for (const [i, response] of bodies.entries()) {
      server.faults.push({ kind: "replay", response });
      const direct = await source.query("AppRequests | count", { from: new Date(0), to: new Date(1) });
      server.faults.push({ kind: "replay", response });
      const viaGateway = await ask(i + 1);
      expect(viaGateway.table, response.source).toEqual(direct.table);
      expect(viaGateway.table.rows.length, response.source).toBeGreaterThan(0);
      expect({ partial: viaGateway.partial, warnings: viaGateway.warnings }).toEqual({ partial: false, warnings: [] });
      expect(viaGateway.cacheAgeSeconds, response.source).toBe(direct.cacheAgeSeconds ?? 0);
    }
    expect(server.requests).toHaveLength(2 * bodies.length);
  });
});

describe("published empty, partial and missing-table answers through the gateway", () => {
  it("204: an empty result with its reason, cached like any answer", async () => {
    const { gateway, ask } = setup();
    server.faults.push({ kind: "replay", response: published("no-content-204") });
    const first = await ask();
    expect(first.table.rows).toEqual([]);
    expect(first.warnings).toEqual(["Log Analytics answered 204 No Content: the workspace holds no data at all, so every table is empty."]);
    expect((await ask()).table.rows).toEqual([]);
    expect(server.requests).toHaveLength(1);
    expect(gateway.stats.cacheHits).toBe(1);
  });

  it("PartialError: the rows, marked partial, with the reason from details[].innererror and the truncation warning", async () => {
    const { ask } = setup();
    server.faults.push({ kind: "replay", response: published("partial-result-too-large") });
    const result = await ask();
    expect(result.partial).toBe(true);
    expect(result.table.rows).toHaveLength(1);
    expect(result.warnings[0]).toContain("Query result set has exceeded the internal data size limit 64000000 (E_QUERY_RESULT_SET_TOO_LARGE");
    expect(result.warnings[1]).toMatch(/^Result truncated by the Log Analytics API limits/);
  });

  it("a missing contract table (SEM0100 two levels down): no retry, the remedy as the warning", async () => {
    const { sleeps, ask } = setup();
    server.faults.push({ kind: "replay", response: missingTableResponse("AppDependencies") });
    const result = await ask();
    expect(result.warnings).toEqual([missingTableWarning("AppDependencies")]);
    expect(result.partial).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});
