import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";
import { simulate } from "@/lib/simulator";
import { PUBLISHED as FIRST } from "./published/queries";
import { PUBLISHED_MORE } from "./published/queries-more";
import { PUBLISHED_THIRD } from "./published/queries-third";
import { PUBLISHED_FOURTH } from "./published/queries-fourth";
import { PUBLISHED_BILLING } from "./published/queries-billing";
import { PUBLISHED_FIFTH } from "./published/queries-fifth";
import { PUBLISHED_SIXTH } from "./published/queries-sixth";
import { PUBLISHED_SEVENTH } from "./published/queries-seventh";
import { PUBLISHED_EIGHTH } from "./published/queries-eighth";
import { PUBLISHED_NINTH } from "./published/queries-ninth";
import { PUBLISHED_TENTH } from "./published/queries-tenth";
import { PUBLISHED_ELEVENTH } from "./published/queries-eleventh";
import { PUBLISHED_TWELFTH } from "./published/queries-twelfth";

const PUBLISHED = [...FIRST, ...PUBLISHED_MORE, ...PUBLISHED_THIRD, ...PUBLISHED_FOURTH, ...PUBLISHED_BILLING, ...PUBLISHED_FIFTH, ...PUBLISHED_SIXTH, ...PUBLISHED_SEVENTH, ...PUBLISHED_EIGHTH, ...PUBLISHED_NINTH, ...PUBLISHED_TENTH, ...PUBLISHED_ELEVENTH, ...PUBLISHED_TWELFTH];

const TO = new Date("2026-11-20T15:00:00Z");
// One simulated hour: the workspace-wide `search *` / `union *` queries scan every row, so the test's
// time grows with the window; an hour holds every table, category and failure kind the queries read.
const FROM = new Date(TO.getTime() - 3600_000);

/**
 * Published queries that run today; fewer is a regression. Of the eleven refused in the first six sets, three compare a string column
 * with a number or an int column with a string (`StatusCode == "429"`, AppRequests' `ResultCode == 500`
 * and `ResultCode != 200`): the service rejects at least `>` between a string and a long ("Cannot compare
 * values of types string and long", microsoft/BCTech#24) and documents no conversion for `==`, so the
 * engine refuses rather than guess. The WAF workbook's `evaluate pivot()` runs
 * because this deployment writes no WAF log (no value to pivot); over two or more values pivot without
 * an output schema is refused (their column order is not documented). Five are in queries-fifth.ts:
 * three call series_decompose_anomalies() with seasonality autodetection, two evaluate basket() or
 * autocluster(); the reference does not describe their algorithms exactly (see that file's header). Three
 * are in queries-sixth.ts: column_ifexists() of an int column with a string default compared with a number, evaluate basket(), and series_decompose_anomalies() with
 * seasonality autodetection. Three are in queries-seventh.ts:
 * series_decompose_forecast() and, twice, series_decompose_anomalies(), all three with seasonality autodetection.
 * Three are in queries-eighth.ts: getschema over a bool column, ingestion_time(), and the standard column
 * _TimeReceived (the last two: the workspace has no ingestion pipeline). One is in queries-ninth.ts:
 * series_decompose_anomalies() again (its ad_score is series_outliers' score, whose formula is not documented). Two are
 * in queries-tenth.ts: ingestion_time() again, and `union withsource=` over workspace("…").Usage legs (the union page
 * qualifies such a source name with its database in a form it does not give). Two are in queries-eleventh.ts: a research portal's
 * alert rules, `ResultCode in (500)` over the string column. None of the 95 in queries-twelfth.ts is refused (the
 * queries Kusto itself rejects are kept apart there and checked by published-kusto-rejects.test.ts).
 */
const MIN_RUNNING = 1085;

let ws: Workspace;
beforeAll(() => {
  ws = new Workspace();
  simulate({ config: loadConfigFile("config/demo.json"), scenarios: "demo", from: FROM, to: TO, seed: 7, sink: ws });
}, 120_000); // one simulated hour: seconds alone, longer on a busy machine

describe("queries Microsoft and others publish for the contract tables, over the simulator's tables", () => {
  const ran: string[] = [];
  for (const q of PUBLISHED) {
    it(`${q.name} (${q.source}) runs, or is refused naming every unsupported construct`, () => {
      try {
        const result = runQuery(ws, q.query, { timespan: { from: FROM, to: TO }, asOf: TO });
        expect(result.columns.length).toBeGreaterThan(0);
        ran.push(q.name);
      } catch (e) {
        expect(e).toBeInstanceOf(KqlUnsupportedError);
        expect((e as KqlUnsupportedError).constructs.length).toBeGreaterThan(0);
      }
    }, 60_000); // `search *` over every table takes seconds
  }

  it(`at least ${MIN_RUNNING} of ${PUBLISHED.length} run`, () => {
    expect(ran.length).toBeGreaterThanOrEqual(MIN_RUNNING);
  });

  it("at least 100 of them, and at least 95 % run (the issue's goal)", () => {
    expect(PUBLISHED.length).toBeGreaterThanOrEqual(100);
    expect(ran.length / PUBLISHED.length).toBeGreaterThanOrEqual(0.95);
  });

  it("each is a distinct query with its source: a copy that differs only in comments, spacing or its render is one query", () => {
    const text = (q: string) => q.replace(/(^|\s)\/\/.*$/gm, "").replace(/\|\s*render\s[^|]*$/, "").replace(/\s+/g, " ").trim();
    const first = new Map<string, string>();
    for (const q of PUBLISHED) {
      expect(first.get(text(q.query)), `${q.name} repeats`).toBeUndefined();
      first.set(text(q.query), q.name);
    }
    for (const q of PUBLISHED) expect(q.source.length, q.name).toBeGreaterThan(10);
  });
});

describe("published queries read realistic rows", () => {
  it("Front Door access-log columns the published queries group by are filled", () => {
    const q = `AzureDiagnostics | where Category == "FrontDoorAccessLog"
      | summarize rows = count(), ua = dcount(userAgent_s), versions = make_set(httpVersion_s), emptyUa = countif(isempty(userAgent_s)), emptyTtfb = countif(isempty(timeToFirstByte_s))`;
    const [rows, ua, versions, emptyUa, emptyTtfb] = runQuery(ws, q, { timespan: { from: FROM, to: TO }, asOf: TO }).rows[0] as [number, number, string[], number, number];
    expect(rows).toBeGreaterThan(1000);
    expect(ua).toBeGreaterThan(3);
    expect([...versions].sort()).toEqual(["1.1", "2.0", "3.0"]);
    expect(emptyUa).toBe(0);
    expect(emptyTtfb).toBe(0);
  });

  it("AppRequests' sum(ItemCount) is the edge's true request count (AzureMetrics RequestCount) less the few that timed out", () => {
    const window = { timespan: { from: FROM, to: TO }, asOf: TO };
    const served = runQuery(ws, "AppRequests | summarize sum(ItemCount)", window).rows[0][0] as number;
    const edge = runQuery(ws, 'AzureMetrics | where MetricName == "RequestCount" | summarize sum(Total)', window).rows[0][0] as number;
    expect(served).toBeGreaterThan(1_000_000);
    expect(served).toBeLessThanOrEqual(edge);
    expect((edge - served) / edge).toBeLessThan(0.001);
  });

  it("time to first byte never exceeds the time taken", () => {
    const q = `AzureDiagnostics | where Category == "FrontDoorAccessLog" | where todouble(timeToFirstByte_s) > todouble(timeTaken_s) | count`;
    expect(runQuery(ws, q, { timespan: { from: FROM, to: TO }, asOf: TO }).rows[0][0]).toBe(0);
  });
});

describe("Cosmos rows answer per-request questions with per-request values", () => {
  const window = () => ({ timespan: { from: FROM, to: TO }, asOf: TO });
  const NIL = "00000000-0000-0000-0000-000000000000";

  it("the sampled requests' charge, duration and sizes are a request's, not a slice's", () => {
    const q = `CDBDataPlaneRequests | where StatusCode in (200, 201) and ActivityId != "${NIL}"
      | summarize n = count(), lo = min(RequestCharge), hi = max(RequestCharge), p50 = percentile(RequestCharge, 50), slowest = max(DurationMs), biggest = max(ResponseLength) by OperationName | order by OperationName asc`;
    const rows = runQuery(ws, q, window()).rows as [string, number, number, number, number, number, number][];
    expect(rows.map((r) => r[0])).toEqual(["Query", "Upsert"]);
    for (const [op, n, lo, hi, p50, slowest, biggest] of rows) {
      expect(n, op).toBeGreaterThan(1000);
      expect(lo, op).toBeGreaterThanOrEqual(2.8);
      expect(hi, op).toBeLessThanOrEqual(40);
      expect(p50, op).toBeLessThan(15);
      expect(slowest, op).toBeLessThan(30);
      expect(biggest, op).toBeLessThan(12_000);
    }
  });

  it("every row names the client that sent it (the queries Microsoft publishes group by ClientIpAddress)", () => {
    const q = "CDBDataPlaneRequests | summarize empty = countif(isempty(ClientIpAddress)), clients = dcount(ClientIpAddress), perRegion = dcount(strcat(RegionName, ClientIpAddress))";
    const [empty, clients, perRegion] = runQuery(ws, q, window()).rows[0] as [number, number, number];
    expect(empty).toBe(0);
    expect(clients).toBeGreaterThan(2);
    expect(perRegion).toBe(clients);
  });

  it("two in three successful rows are requests, so the median charge over all rows is a request's", () => {
    const q = `CDBDataPlaneRequests | where StatusCode in (200, 201)
      | summarize requests = countif(ActivityId != "${NIL}"), remainders = countif(ActivityId == "${NIL}"), p50 = percentile(RequestCharge, 50)`;
    const [requests, remainders, p50] = runQuery(ws, q, window()).rows[0] as [number, number, number];
    expect(requests).toBe(2 * remainders);
    expect(p50).toBeLessThan(40);
  });

  it("Σ RequestCharge per region-minute stays the slice totals: the remainder rows carry the rest", () => {
    // Each remainder row is positive (the samples never exceed their slice), and per minute the
    // requests' share of the RU is small: the sum the saturation signal reads is the slices'.
    const q = `CDBDataPlaneRequests | where StatusCode in (200, 201)
      | summarize sampled = sumif(RequestCharge, ActivityId != "${NIL}"), rest = sumif(RequestCharge, ActivityId == "${NIL}"), negative = countif(RequestCharge <= 0) by RegionName, bin(TimeGenerated, 1m)
      | summarize minutes = count(), worstShare = max(sampled / (sampled + rest)), negative = sum(negative)`;
    const [minutes, worstShare, negative] = runQuery(ws, q, window()).rows[0] as [number, number, number];
    expect(minutes).toBe(120);
    expect(negative).toBe(0);
    expect(worstShare).toBeLessThan(0.01);
  });
});
