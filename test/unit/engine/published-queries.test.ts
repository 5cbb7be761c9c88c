import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";
import { simulate } from "@/lib/simulator";
import { PUBLISHED } from "./published/queries";

const TO = new Date("2026-11-20T15:00:00Z");
const FROM = new Date(TO.getTime() - 2 * 3600_000);

/** Published queries that run today; fewer is a regression (the goal is ≥ 95 %). */
const MIN_RUNNING = 30;

let ws: Workspace;
beforeAll(() => {
  ws = new Workspace();
  simulate({ config: loadConfigFile("config/demo.json"), scenarios: "demo", from: FROM, to: TO, seed: 7, sink: ws });
});

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
    });
  }

  it(`at least ${MIN_RUNNING} of ${PUBLISHED.length} run`, () => {
    expect(ran.length).toBeGreaterThanOrEqual(MIN_RUNNING);
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
