import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { QueryGateway } from "@/lib/gateway/gateway";
import { AzureLogsSource } from "@/lib/log-analytics/azure-source";
import type { QueryResult } from "@/lib/workspace/types";
import { fakeCredential, FakeLogAnalytics, type Fault } from "./fake-log-analytics";
import { published } from "./published";

const WS = "11111111-1111-4111-8111-111111111111";
const BIN = 60;
const t0 = Date.UTC(2025, 0, 1, 12, 0, 0);
/** The n-th refresh: the same 1 h panel, one bin later each time (a new cache key, the same series). */
const windowAt = (n: number) => ({ from: new Date(t0 + n * BIN * 1000 - 3_600_000), to: new Date(t0 + n * BIN * 1000) });
const endOf = (r: QueryResult) => r.table.rows[0]?.[0];

let server: FakeLogAnalytics;
let endpoint: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  // Answers with the end of the timespan it was asked for, so a stale answer is recognisable.
  server = new FakeLogAnalytics((body) => ({
    name: "PrimaryResult",
    columns: [{ name: "windowEnd", type: "datetime" }, { name: "requests", type: "long" }],
    rows: [[String(body.timespan).split("/")[1], 100]],
  }));
  endpoint = await server.start();
  process.on("unhandledRejection", onUnhandled);
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await server.stop();
});
afterEach(() => {
  server.faults.length = 0;
});

function gateway(answerWithinMs?: number) {
  const source = new AzureLogsSource({
    workspaces: { ids: [WS], endpoint, portalUrl: "https://portal.azure.com", serverTimeoutSeconds: 30 },
    credential: fakeCredential,
    ca: server.cert,
    clientTimeoutMs: 1000,
  });
  return new QueryGateway(source, { retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 }, answerWithinMs });
}
const ask = (g: QueryGateway, n: number) => g.query("AppRequests | count", windowAt(n), { binSeconds: BIN, refreshSeconds: 10 });

describe("the gateway over the real LogsQueryClient, with injected faults", () => {
  const failing: [string, Fault, RegExp][] = [
    ["429 with Retry-After", { kind: "throttle", retryAfter: "0" }, /HTTP 429/],
    ["429 without Retry-After", { kind: "throttle" }, /HTTP 429/],
    ["500", { kind: "server-error" }, /HTTP 500/],
    ["504 without Retry-After", { kind: "replay", response: published("gateway-timeout-no-retry-after") }, /HTTP 504 GatewayTimeout: Gateway timeout — Connection error/],
    ["504 with retry-after: 0", { kind: "replay", response: published("gateway-timeout-retry-after-0") }, /HTTP 504 GatewayTimeout: Gateway timeout — Kusto query timed out/],
    ["malformed JSON", { kind: "malformed" }, /not valid JSON/],
    ["a hung connection", { kind: "slow", ms: 1500 }, /did not answer in time/],
  ];

  for (const [name, fault, reason] of failing) {
    it(`${name}: serves the last good data with the reason and its age, then recovers by itself`, async () => {
      const g = gateway();
      const good = await ask(g, 0);
      expect(good.stale).toBeUndefined();

      server.faults.push(fault, fault); // both attempts fail
      const degraded = await ask(g, 1);
      expect(degraded.stale?.error).toMatch(reason);
      expect(endOf(degraded)).toBe(endOf(good));
      expect(degraded.cacheAgeSeconds).toBeGreaterThanOrEqual(0);
      expect(degraded.warnings.join()).toMatch(/last good result/);

      const recovered = await ask(g, 2);
      expect(recovered.stale).toBeUndefined();
      expect(endOf(recovered)).toBe(windowAt(2).to.toISOString());
      expect(endOf(recovered)).not.toBe(endOf(good));
    });
  }

  it("retries a single 429 after its Retry-After and answers fresh", async () => {
    const g = gateway();
    server.faults.push({ kind: "throttle", retryAfter: "1" });
    const before = server.requests.length;
    const result = await ask(g, 0);
    expect(result.stale).toBeUndefined();
    expect(server.requests.length - before).toBe(2);
  });

  it("answers with the last good data while a slow query is still running, and caches the late answer", async () => {
    const g = gateway(200);
    await ask(g, 0);
    server.faults.push({ kind: "slow", ms: 600 });
    const early = await ask(g, 1);
    expect(early.stale?.error).toMatch(/no answer .* within/);
    await new Promise((r) => setTimeout(r, 900));
    const late = await ask(g, 1);
    expect(late.stale).toBeUndefined();
    expect(endOf(late)).not.toBe(endOf(early));
  });

  it("surfaces a PartialError and its truncation as warnings on the result, not as complete data", async () => {
    const g = gateway();
    server.faults.push({ kind: "replay", response: published("partial-result-too-large") });
    const partial = await ask(g, 0);
    expect(partial.partial).toBe(true);
    expect(partial.warnings.join()).toMatch(/PartialError.*E_QUERY_RESULT_SET_TOO_LARGE/);
    expect(partial.warnings.join()).toMatch(/truncated/);
  });

  it("left no unhandled promise rejection behind", () => {
    expect(unhandled).toEqual([]);
  });
});
