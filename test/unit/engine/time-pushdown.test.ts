import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";

const T0 = Date.UTC(2026, 10, 22, 0, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

function workspace(): Workspace {
  const ws = new Workspace();
  for (let m = 0; m < 600; m++) ws.append("AzureMetrics", { TimeGenerated: iso(T0 + m * 60_000), MetricName: m % 2 ? "odd" : "even", Average: m });
  return ws;
}

const asOf = new Date(T0 + 600 * 60_000);
const count = (ws: Workspace, kql: string) => runQuery(ws, kql, { asOf }).rows[0][0];

describe("where TimeGenerated bounds pushed into the table scan", () => {
  const ws = workspace();
  it("gives the same rows as the filter alone for every comparison form", () => {
    expect(count(ws, "AzureMetrics | where TimeGenerated > ago(60m) | count")).toBe(59);
    expect(count(ws, "AzureMetrics | where TimeGenerated >= ago(60m) | count")).toBe(60);
    expect(count(ws, `AzureMetrics | where TimeGenerated < datetime(${iso(T0 + 10 * 60_000)}) | count`)).toBe(10);
    expect(count(ws, `AzureMetrics | where TimeGenerated <= datetime(${iso(T0 + 10 * 60_000)}) | count`)).toBe(11);
    expect(count(ws, `AzureMetrics | where datetime(${iso(T0 + 10 * 60_000)}) >= TimeGenerated | count`)).toBe(11);
    expect(count(ws, `AzureMetrics | where TimeGenerated between (datetime(${iso(T0)}) .. 5m) | count`)).toBe(6);
    expect(count(ws, "AzureMetrics | where TimeGenerated > ago(2h) and MetricName == 'odd' | where TimeGenerated < ago(1h) | count")).toBe(30);
    expect(count(ws, "let start = ago(30m); AzureMetrics | where (TimeGenerated >= start) | count")).toBe(30);
  });

  it("does not push predicates it cannot bound (or, row-dependent, not)", () => {
    expect(count(ws, "AzureMetrics | where TimeGenerated > ago(10m) or Average < 5 | count")).toBe(14);
    expect(count(ws, "AzureMetrics | where TimeGenerated > TimeGenerated - 1m | count")).toBe(600);
    expect(count(ws, "AzureMetrics | where not(TimeGenerated > ago(10m)) | count")).toBe(591);
  });

  it("intersects the pushed bounds with the query window and keeps table references apart", () => {
    const timespan = { from: new Date(T0 + 100 * 60_000), to: new Date(T0 + 200 * 60_000) };
    const r = runQuery(
      ws,
      `let recent = AzureMetrics | where TimeGenerated >= datetime(${iso(T0 + 150 * 60_000)}); recent | count | extend all = toscalar(AzureMetrics | count)`,
      { timespan, asOf },
    );
    expect(r.rows).toEqual([[50, 100]]);
  });
});
