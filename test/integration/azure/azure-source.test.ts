import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { UpstreamError } from "@/lib/gateway/upstream-error";
import { AzureLogsSource } from "@/lib/log-analytics/azure-source";
import { fakeCredential, FakeLogAnalytics, type ApiTable } from "./fake-log-analytics";
import { missingTableResponse, published } from "./published";

const WS1 = "11111111-1111-4111-8111-111111111111";
const WS2 = "22222222-2222-4222-8222-222222222222";
const window = { from: new Date("2025-01-01T11:00:00Z"), to: new Date("2025-01-01T12:00:00Z") };

const allTypes: ApiTable = {
  name: "PrimaryResult",
  columns: [
    { name: "TimeGenerated", type: "datetime" },
    { name: "n", type: "long" },
    { name: "ratio", type: "real" },
    { name: "amount", type: "decimal" },
    { name: "ok", type: "bool" },
    { name: "props", type: "dynamic" },
    { name: "took", type: "timespan" },
    { name: "region", type: "string" },
    { name: "id", type: "guid" },
  ],
  rows: [
    ["2025-01-01T11:30:00.1234567Z", 42, 0.5, "12.25", true, '{"region":"uksouth","n":[1,2]}', "00:00:01.5000000", "uksouth", WS1],
    [null, null, null, null, null, null, null, null, null],
  ],
};

let server: FakeLogAnalytics;
let endpoint: string;
const source = (extra: Partial<ConstructorParameters<typeof AzureLogsSource>[0]> = {}) =>
  new AzureLogsSource({
    workspaces: { ids: [WS1, WS2], endpoint, portalUrl: "https://portal.azure.com", serverTimeoutSeconds: 30 },
    credential: fakeCredential,
    ca: server.cert,
    ...extra,
  });

beforeAll(async () => {
  server = new FakeLogAnalytics(() => allTypes);
  endpoint = await server.start();
});
afterAll(() => server.stop());
afterEach(() => {
  server.faults.length = 0;
  server.requests.length = 0;
  server.answer = () => allTypes;
});

describe("AzureLogsSource against a local Log Analytics API over HTTPS", () => {
  it("sends the query, timespan, extra workspaces and server timeout, and normalises every column type", async () => {
    const result = await source().query("T | take 2", window);
    const sent = server.requests[0];
    expect(sent.path).toBe(`/v1/workspaces/${WS1}/query`);
    expect(sent.body).toEqual({ query: "T | take 2", timespan: "2025-01-01T11:00:00.000Z/2025-01-01T12:00:00.000Z", workspaces: [WS2] });
    expect(sent.headers.prefer).toBe("wait=30");
    expect(result.partial).toBe(false);
    expect(result.warnings).toEqual([]);
    expect(result.table.columns.map((c) => c.type)).toEqual(["datetime", "long", "real", "decimal", "bool", "dynamic", "timespan", "string", "guid"]);
    expect(result.table.rows[0]).toEqual([
      "2025-01-01T11:30:00.123Z", 42, 0.5, 12.25, true, { region: "uksouth", n: [1, 2] }, "00:00:01.5000000", "uksouth", WS1,
    ]);
    expect(result.table.rows[1]).toEqual(Array(9).fill(null));
  });

  it("rejects a column type it does not know instead of guessing", async () => {
    server.answer = () => ({ name: "PrimaryResult", columns: [{ name: "x", type: "sbyte" }], rows: [[1]] });
    await expect(source().query("T", window)).rejects.toThrow(/column 'x' has Kusto type 'sbyte'/);
  });

  it("flags a result that reaches 500,000 rows as truncated", async () => {
    const rows = Array.from({ length: 500_000 }, (_, i) => [i]);
    server.answer = () => ({ name: "PrimaryResult", columns: [{ name: "i", type: "int" }], rows });
    const result = await source().query("T", window);
    expect(result.partial).toBe(true);
    expect(result.warnings.join()).toMatch(/truncated at 500,000 rows/);
  });

  it("classifies 429 with and without Retry-After, 500, 504 and malformed JSON, without retrying inside the SDK", async () => {
    const cases: [Parameters<typeof server.faults.push>[0], string, number | undefined][] = [
      [{ kind: "throttle", retryAfter: "2" }, "throttled", 2000],
      [{ kind: "throttle" }, "throttled", undefined],
      [{ kind: "server-error" }, "server", undefined],
      [{ kind: "replay", response: published("gateway-timeout-no-retry-after") }, "timeout", undefined],
      [{ kind: "replay", response: published("gateway-timeout-retry-after-0") }, "timeout", undefined],
      [{ kind: "malformed" }, "bad-response", undefined],
    ];
    for (const [fault, kind, retryAfterMs] of cases) {
      server.requests.length = 0;
      server.faults.push(fault);
      const error = await source().query("T", window).then(() => undefined, (e: unknown) => e);
      expect(error, fault.kind).toBeInstanceOf(UpstreamError);
      expect((error as UpstreamError).kind, fault.kind).toBe(kind);
      expect((error as UpstreamError).details.retryAfterMs, fault.kind).toBe(retryAfterMs);
      expect(server.requests.length, `${fault.kind}: one request only`).toBe(1);
    }
  });

  it("gives up on a slow answer at the client deadline", async () => {
    server.faults.push({ kind: "slow", ms: 1500 });
    const error = await source({ clientTimeoutMs: 300 }).query("T", window).then(() => undefined, (e: unknown) => e);
    expect((error as UpstreamError).kind).toBe("timeout");
  });

  it("turns a missing table into an empty result with the setting to enable", async () => {
    server.faults.push({ kind: "replay", response: missingTableResponse("CDBDataPlaneRequests") });
    const result = await source().query("CDBDataPlaneRequests | count", window);
    expect(result.table.rows).toEqual([]);
    expect(result.partial).toBe(true);
    expect(result.warnings[0]).toMatch(/Table CDBDataPlaneRequests is not in the workspace.*resource-specific/);
  });

  it("reports the API cache's Age as the result's age", async () => {
    server.faults.push({ kind: "age", seconds: 75 });
    expect((await source().query("T", window)).cacheAgeSeconds).toBe(75);
  });

  it("uses the token of the configured credential and refuses a wrong one", async () => {
    const wrong = { getToken: async () => ({ token: "other", expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const error = await source({ credential: wrong }).query("T", window).then(() => undefined, (e: unknown) => e);
    expect((error as UpstreamError).kind).toBe("auth");
  });
});
