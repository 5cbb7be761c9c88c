import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";

const T0 = Date.UTC(2026, 10, 22, 0, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

/** A minute of AzureMetrics rows per hour for `hours` hours, in time order. */
function hourly(ws: Workspace, hours: number, startMs = T0): void {
  for (let h = 0; h < hours; h++) {
    const ts = startMs + h * 3600_000;
    ws.append("AzureMetrics", { TimeGenerated: iso(ts), MetricName: "CpuPercentage", Average: h, ResourceId: `R${h % 3}` });
  }
}

const window = (fromH: number, toH: number) => ({ from: new Date(T0 + fromH * 3600_000), to: new Date(T0 + toH * 3600_000) });

describe("Workspace time order and windows", () => {
  it("cuts a time-ordered table to the window by binary search, same answer as a scan", () => {
    const ws = new Workspace();
    hourly(ws, 48);
    expect(ws.isSortedByTime("AzureMetrics")).toBe(true);
    const snap = ws.snapshot("AzureMetrics", { from: T0 + 10 * 3600_000, to: T0 + 20 * 3600_000 });
    expect(snap.length).toBe(10);
    expect(snap.timeWindow).toBeDefined();
    expect(snap.columns[snap.schema.findIndex((c) => c.name === "Average")].get(0)).toBe(10);
    const q = "AzureMetrics | summarize n = count(), s = sum(Average), r = dcount(ResourceId)";
    expect(runQuery(ws, q, { timespan: window(10, 20) }).rows).toEqual([[10, 145, 3]]);
  });

  it("falls back to a scan after an out-of-order append and still filters correctly", () => {
    const ws = new Workspace();
    hourly(ws, 24);
    ws.append("AzureMetrics", { TimeGenerated: iso(T0 + 5 * 3600_000 + 1), MetricName: "CpuPercentage", Average: 100 });
    expect(ws.isSortedByTime("AzureMetrics")).toBe(false);
    expect(ws.snapshot("AzureMetrics", { from: T0, to: T0 + 3600_000 }).timeWindow).toBeUndefined();
    expect(runQuery(ws, "AzureMetrics | summarize n = count(), s = sum(Average)", { timespan: window(5, 6) }).rows).toEqual([[2, 105]]);
  });

  it("a null TimeGenerated also turns the binary search off", () => {
    const ws = new Workspace();
    hourly(ws, 3);
    ws.append("AzureMetrics", { MetricName: "CpuPercentage", Average: 7 });
    expect(ws.isSortedByTime("AzureMetrics")).toBe(false);
    expect(runQuery(ws, "AzureMetrics | count", { timespan: window(0, 3) }).rows).toEqual([[3]]);
  });

  it("columns absent from every row read as null, sparse columns as null where absent", () => {
    const ws = new Workspace();
    ws.append("AzureMetrics", { TimeGenerated: iso(T0), MetricName: "a" });
    ws.append("AzureMetrics", { TimeGenerated: iso(T0 + 1), MetricName: "b", Total: 5, Average: 1.5 });
    ws.append("AzureMetrics", { TimeGenerated: iso(T0 + 2), MetricName: "c", UnitName: "Count" });
    const r = runQuery(ws, "AzureMetrics | project MetricName, Total, Average, UnitName, Maximum, isnull(Total), isempty(UnitName)");
    expect(r.rows).toEqual([
      ["a", null, null, "", null, true, true],
      ["b", 5, 1.5, "", null, false, true],
      ["c", null, null, "Count", null, true, false],
    ]);
  });

  it("appendTimed stores the given epoch ms as TimeGenerated", () => {
    const ws = new Workspace();
    ws.appendTimed("AzureMetrics", { TimeGenerated: iso(T0 + 7), MetricName: "x" }, T0 + 7);
    expect(runQuery(ws, "AzureMetrics | project TimeGenerated").rows).toEqual([[iso(T0 + 7)]]);
  });

  it("keeps near-unique strings (request ids) readable after it stops interning them", () => {
    const ws = new Workspace();
    const n = 70_000 * 2 + 10;
    for (let i = 0; i < n; i++) {
      ws.append("CDBDataPlaneRequests", { TimeGenerated: iso(T0 + i), ActivityId: `act-${i}-é`, RegionName: i % 2 ? "UK South" : "" });
    }
    const r = runQuery(ws, 'CDBDataPlaneRequests | where ActivityId in ("act-5-é", "act-140001-é") | project ActivityId, RegionName');
    expect(r.rows).toEqual([
      ["act-5-é", "UK South"],
      ["act-140001-é", "UK South"],
    ]);
    expect(runQuery(ws, "CDBDataPlaneRequests | summarize dcount(ActivityId, 4), countif(isempty(RegionName))").rows[0][1]).toBe(70_005);
  });
});

describe("Workspace retention", () => {
  it("dropBefore removes the older rows of every table, keeps values and string dictionaries right", () => {
    const ws = new Workspace();
    hourly(ws, 48);
    for (let i = 0; i < 48; i++) ws.append("AppEvents", { TimeGenerated: iso(T0 + i * 3600_000), Name: `event-${i}`, Properties: { i } });
    const dropped = ws.dropBefore(new Date(T0 + 40 * 3600_000));
    expect(dropped).toEqual({ AzureMetrics: 40, AppEvents: 40 });
    expect(ws.rowCount("AzureMetrics")).toBe(8);
    expect(runQuery(ws, "AzureMetrics | summarize min(Average), max(Average), dcount(ResourceId)").rows).toEqual([[40, 47, 3]]);
    expect(runQuery(ws, "AppEvents | project Name, i = toint(Properties.i) | take 2").rows).toEqual([
      ["event-40", 40],
      ["event-41", 41],
    ]);
    // Appends after a compaction continue the table.
    hourly(ws, 2, T0 + 48 * 3600_000);
    expect(runQuery(ws, "AzureMetrics | summarize count(), min(Average), max(TimeGenerated)").rows).toEqual([[10, 0, iso(T0 + 49 * 3600_000)]]);
    expect(ws.isSortedByTime("AzureMetrics")).toBe(true);
  });

  it("after out-of-order appends drops the leading old run and rechecks the order", () => {
    const ws = new Workspace();
    hourly(ws, 10);
    ws.append("AzureMetrics", { TimeGenerated: iso(T0 + 3600_000), MetricName: "late", Average: -1 });
    expect(ws.isSortedByTime("AzureMetrics")).toBe(false);
    ws.dropBefore(new Date(T0 + 5 * 3600_000));
    // Rows 5..9 then the late row (older than the cutoff, kept until it leads the table).
    expect(ws.rowCount("AzureMetrics")).toBe(6);
    expect(runQuery(ws, "AzureMetrics | where MetricName == 'late' | count").rows).toEqual([[1]]);
  });
});
