/**
 * Every response shape Microsoft published for the query API, replayed through the project's real
 * AzureLogsSource (Microsoft's LogsQueryClient underneath) over HTTPS: rows, warnings, error kind
 * and the server's own words in the message.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { UpstreamError } from "@/lib/gateway/upstream-error";
import { AzureLogsSource } from "@/lib/log-analytics/azure-source";
import { missingTableWarning } from "@/lib/telemetry/remedies";
import { CONTRACT_TABLES } from "@/lib/telemetry/schemas";
import type { QueryResult } from "@/lib/workspace/types";
import { fakeCredential, FakeLogAnalytics } from "./fake-log-analytics";
import { batchMembers, missingTableResponse, published, type PublishedResponse } from "./published";

const WS = "11111111-1111-4111-8111-111111111111";
const window = { from: new Date("2025-01-01T11:00:00Z"), to: new Date("2025-01-01T12:00:00Z") };

let server: FakeLogAnalytics;
let source: AzureLogsSource;

beforeAll(async () => {
  server = new FakeLogAnalytics(() => ({ name: "PrimaryResult", columns: [], rows: [] }));
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

async function replay(response: PublishedResponse): Promise<QueryResult> {
  server.faults.push({ kind: "replay", response });
  return source.query("AppRequests | take 2", window);
}

async function replayError(response: PublishedResponse): Promise<UpstreamError> {
  const error = await replay(response).then(() => undefined, (e: unknown) => e);
  expect(error, response.source).toBeInstanceOf(UpstreamError);
  expect(server.requests, "the SDK does not retry on its own").toHaveLength(1);
  return error as UpstreamError;
}

describe("published success bodies", () => {
  it("string-encoded long, real and bool cells become numbers and booleans; nulls stay null", async () => {
    const result = await replay(published("success-string-encoded"));
    const col = (name: string) => result.table.columns.findIndex((c) => c.name === name);
    expect(result.table.rows).toHaveLength(2);
    const row = result.table.rows[0];
    expect(row[col("TimeGenerated")]).toBe("2017-08-24T06:59:59.000Z");
    expect(row[col("BatchesWithinSla")]).toBe(1);
    expect(row[col("AvgLatencyInSeconds")]).toBe(1.286);
    expect(row[col("Quantity")]).toBe(0.076408);
    expect(row[col("IsBillable")]).toBe(true);
    expect(row[col("LinkedResourceUri")]).toBeNull();
    expect(result.table.rows[1][col("AvgLatencyInSeconds")]).toBe(1.7);
    expect(result).toMatchObject({ partial: false, warnings: [] });
  });

  it("a cross-workspace count sent as strings sums to the published total", async () => {
    const result = await replay(published("success-cross-workspace"));
    expect(result.table.rows.map((r) => r[2])).toEqual([1, 1, 1, 1, 7, 5]);
  });

  it("every column type of the recorded session converts", async () => {
    const result = await replay(published("success-every-type"));
    expect(result.table.columns.map((c) => c.type)).toEqual(["long", "long", "datetime", "bool", "guid", "int", "long", "real", "string", "timespan", "decimal", "dynamic"]);
    expect(result.table.rows[0]).toEqual([
      100, 1, "2015-12-31T23:59:59.900Z", false, "74be27de-1e4e-49d9-b579-fe0b331d3642", 12345, 1, 12345.6789, "string value", "00:00:10", 0.10101,
      { a: 123, b: "hello", c: [1, 2, 3], d: {} },
    ]);
    expect(result.table.rows[1][0]).toBe(99);
  });

  it("print of every scalar type converts", async () => {
    const result = await replay(published("success-print-types"));
    expect(result.table.rows).toEqual([["hello", true, "2000-01-02T03:04:05.000Z", 100, 101, 102.1, { hello: "world" }]]);
  });

  it("statistics and render beside the tables are ignored; the Age header is the result's age", async () => {
    const result = await replay(published("success-render-statistics"));
    expect(result.table.rows).toEqual([["a", 1], ["b", 2], ["c", 3]]);
    expect(result).toMatchObject({ partial: false, warnings: [], cacheAgeSeconds: 103 });
    expect((await replay(published("success-cache-age"))).cacheAgeSeconds).toBe(13);
  });
});

describe("published partial and empty answers", () => {
  it("PartialError: keeps the rows, marks them partial and says why, in the server's words, with the truncation warning", async () => {
    const result = await replay(published("partial-result-too-large"));
    expect(result.partial).toBe(true);
    // Dynamic columns holding plain strings stay those strings.
    expect(result.table.rows[0].slice(0, 4)).toEqual([
      "2022-06-03T19:50:29.043Z", "boundedElastic-1", "com.azure.messaging.eventhubs.EventHubProducerAsyncClient", "Sending batch to be distributed round-robin in service.",
    ]);
    const text = result.warnings.join("\n");
    expect(text).toContain("There were some errors when processing your query.");
    expect(text).toContain("Query result set has exceeded the internal data size limit 64000000 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)");
    expect(text).toMatch(/truncated by the Log Analytics API limits/);
  });

  it("204 No Content (a workspace without data) is an empty result that says so, not an error", async () => {
    const result = await replay(published("no-content-204"));
    expect(result.table).toEqual({ columns: [], rows: [] });
    expect(result.warnings.join()).toMatch(/204 No Content.*no data/);
    expect(server.requests).toHaveLength(1);
  });
});

describe("published error answers keep the server's words", () => {
  const cases: [name: string, kind: UpstreamError["kind"], status: number, words: string[]][] = [
    ["bad-request-syntax", "query", 400, ["The request had some invalid properties", "Query could not be parsed at 'invalid' on line [1,11]"]],
    ["bad-request-syntax-documented", "query", 400, ["Syntax Error"]],
    ["bad-request-missing-table", "query", 400, ["'summarize' operator: Failed to resolve table or column expression named 'resource'"]],
    ["batch-malformed-400", "query", 400, ["Failed parsing the query", "Unexpected end of JSON input"]],
    ["unauthorized-401", "auth", 401, ["Authentication failed. The 'Authorization' header is missing."]],
    ["forbidden-invalid-token", "auth", 403, ["The access token is invalid."]],
    ["forbidden-token-audience", "auth", 403, ["The access token has been obtained from wrong audience or resource 'https://api.loganalytics.io'"]],
    ["forbidden-client-credentials", "auth", 403, ["The service principal does not have sufficient permissions to access this resource: 997631f8-3a55-4bb2-81b2-c0972b222260"]],
    ["forbidden-insufficient-access", "auth", 403, ["The provided credentials have insufficient access to perform the requested operation"]],
    ["forbidden-invalid-grant", "auth", 403, ["invalid_grant", "AADSTS70008: The provided authorization code or refresh token is expired."]],
    ["batch-forbidden-403", "auth", 403, ["The provided authentication is not valid for this resource", "Could not validate the request"]],
    ["not-found-path", "query", 404, ["The requested path does not exist"]],
    ["not-found-not-json", "query", 404, ["404 page not found"]],
    ["gateway-timeout-retry-after-0", "timeout", 504, ["Gateway timeout", "Kusto query timed out"]],
    ["gateway-timeout-no-retry-after", "timeout", 504, ["Gateway timeout", "Connection error"]],
  ];

  for (const [name, kind, status, words] of cases) {
    it(`${name}: ${kind}, HTTP ${status}`, async () => {
      const error = await replayError(published(name));
      expect(error.kind).toBe(kind);
      expect(error.details.status).toBe(status);
      expect(error.message).toContain(`HTTP ${status}`);
      for (const w of words) expect(error.message).toContain(w);
    });
  }

  it("an empty 200 (the answer to a request without a JSON body) says so, without a parse error's noise", async () => {
    const error = await replayError(published("empty-200"));
    expect(error.kind).toBe("bad-response");
    expect(error.message).toBe("Log Analytics answered HTTP 200 with an empty body");
  });

  it("a 504 with retry-after: 0 gives no Retry-After hint (backoff decides), like one without the header", async () => {
    expect((await replayError(published("gateway-timeout-retry-after-0"))).details.retryAfterMs).toBeUndefined();
    server.requests.length = 0;
    expect((await replayError(published("gateway-timeout-no-retry-after"))).details.retryAfterMs).toBeUndefined();
  });
});

describe("the missing-table remedy on the published SEM0100 shape", () => {
  for (const table of CONTRACT_TABLES) {
    it(`${table}: an empty partial result carrying the setting to enable`, async () => {
      const result = await replay(missingTableResponse(table));
      expect(result.table.rows).toEqual([]);
      expect(result.partial).toBe(true);
      expect(result.warnings).toEqual([missingTableWarning(table)]);
      expect(result.warnings[0]).toContain(`Table ${table} is not in the workspace`);
    });
  }
});

describe("members of published $batch answers, each as the answer to a single query", () => {
  const members = [...batchMembers(published("batch-partial-success")), ...batchMembers(published("batch-with-types")), ...batchMembers(published("batch-documented-members"))];

  it("200 members convert every type", async () => {
    const ok = members.filter((m) => m.status === 200);
    expect(ok).toHaveLength(3);
    // One at a time: the fake server hands out replays in arrival order.
    const rows: unknown[][][] = [];
    for (const m of ok) rows.push((await replay(m)).table.rows);
    const [allTypes, print, count] = rows;
    expect(allTypes[0].slice(0, 4)).toEqual([100, 1, "2015-12-31T23:59:59.900Z", false]);
    expect(allTypes[0][11]).toEqual({ a: 123, b: "hello", c: [1, 2, 3], d: {} });
    expect(print).toEqual([["hello", true, "2000-01-02T03:04:05.000Z", 100, 101, 102.1, { hello: "world" }]]);
    expect(count).toEqual([[7240]]);
  });

  it("failed members keep their words; a 204 member is an empty result", async () => {
    const words: Record<number, string[]> = {
      400: ["Query could not be parsed at '<EOF>' on line [2,299]", "Resource identity could not be resovled"],
      404: ["The requested path does not exist"],
    };
    for (const m of members.filter((x) => x.status >= 400)) {
      server.requests.length = 0;
      const error = await replayError(m);
      expect(error.kind, m.source).toBe("query");
      expect(words[m.status].some((w) => error.message.includes(w)), `${m.source}: ${error.message}`).toBe(true);
    }
    const empty = members.find((m) => m.status === 204);
    if (!empty) throw new Error("the documented batch has a 204 member");
    expect((await replay(empty)).table.rows).toEqual([]);
  });
});
