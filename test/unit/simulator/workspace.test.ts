import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset, NdjsonDatasetWriter, type Workspace } from "@/lib/dataset";
import { runQuery } from "@/lib/engine";
import { scenarioRun, type Truth } from "@/lib/simulator";
import { AT, config } from "./helpers";

/** A scenario dataset written by the CLI's writer loads into the embedded workspace and answers KQL. */
describe("region-outage dataset in the embedded workspace", () => {
  let dir: string;
  let ws: Workspace;
  let truth: Truth;
  const window = { from: new Date(AT.getTime() - 3600_000), to: AT };
  const query = (kql: string) => runQuery(ws, kql, { timespan: window, asOf: AT });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sim-ws-"));
    const writer = new NdjsonDatasetWriter(dir);
    truth = scenarioRun("region-outage", { config, at: AT, hours: 1, seed: 4, sink: writer });
    writer.close();
    ws = await loadDataset(dir);
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("holds every generated row", () => {
    for (const [table, n] of Object.entries(truth.simulator.rowCounts)) expect(ws.rowCount(table), table).toBe(n);
  });

  it("counts access-log rows per origin with KQL, the failed origin drained after the flip", () => {
    const flip = truth.originFlips.find((f) => f.to === "unhealthy");
    expect(flip).toBeDefined();
    const result = query(
      `AzureDiagnostics
      | where Category == "FrontDoorAccessLog" and TimeGenerated > datetime(${flip?.at}) + 1m and TimeGenerated < datetime(${flip?.at}) + 10m
      | summarize n = count() by originName_s`,
    );
    const origins = result.rows.map((r) => r[0]);
    expect(origins).toEqual(["payments-westeurope.azurewebsites.net:443"]);
    expect(result.rows[0][1] as number).toBeGreaterThan(5000);
  });

  it("finds the failed origin's probes from every POP; elsewhere only a stray single-POP failure", () => {
    const result = query(
      `AzureDiagnostics
      | where Category == "FrontDoorHealthProbeLog"
      | summarize pops = dcount(POP_s), failures = count() by originName_s`,
    );
    const byOrigin = new Map(result.rows.map((r) => [r[0], { pops: r[1] as number, failures: r[2] as number }]));
    expect(byOrigin.get("payments-uksouth.azurewebsites.net")?.pops).toBe(5);
    // 20 min of outage, 30 s slots, 5 POPs: about 200 failed probes.
    expect(byOrigin.get("payments-uksouth.azurewebsites.net")?.failures).toBeGreaterThan(190);
    // Stray failures (0.5 % of 600 probes in the hour: ~3) never line up across POPs in one 30 s slot.
    expect(byOrigin.get("payments-westeurope.azurewebsites.net")?.failures ?? 0).toBeLessThan(12);
    const slots = query(
      `AzureDiagnostics
      | where Category == "FrontDoorHealthProbeLog" and originName_s == "payments-westeurope.azurewebsites.net"
      | summarize pops = dcount(POP_s) by bin(TimeGenerated, 30s)
      | summarize most = max(pops)`,
    );
    expect(slots.rows[0][0] ?? 1).toBeLessThanOrEqual(1);
  });

  it("RequestCount totals are true counts, far above the sampled rows", () => {
    const result = query(
      `AzureMetrics | where MetricName == "RequestCount" | summarize total = sum(Total)`,
    );
    const sampled = query(`AzureDiagnostics | where Category == "FrontDoorAccessLog" | count`);
    expect(result.rows[0][0] as number).toBeGreaterThan(20 * (sampled.rows[0][0] as number));
  });
});
