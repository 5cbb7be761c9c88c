import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDatasetSync } from "@/lib/dataset/load";
import { NdjsonDatasetWriter } from "@/lib/dataset/ndjson-writer";
import { RowError, UnknownTableError, Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { EmbeddedSource } from "@/lib/engine/embedded-source";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "ws-test-"));
  dirs.push(d);
  return d;
};

const rows = [
  { TimeGenerated: "2026-11-22T10:00:00Z", RegionName: "UK South", RequestCharge: 2.5, StatusCode: 200, DurationMs: null },
  { StatusCode: 429, TimeGenerated: new Date("2026-11-22T10:00:01Z"), RegionName: "West Europe", RequestCharge: 1 },
];

describe("Workspace", () => {
  it("knows where its data begins and ends: the earliest and latest row of any table, in time order or not", () => {
    const ws = new Workspace();
    expect([ws.earliestTime(), ws.latestTime()]).toEqual([null, null]);
    ws.ensureTable("AppRequests");
    expect([ws.earliestTime(), ws.latestTime()]).toEqual([null, null]);
    ws.appendRows("CDBDataPlaneRequests", rows);
    expect(ws.earliestTime()?.toISOString()).toBe("2026-11-22T10:00:00.000Z");
    expect(ws.latestTime()?.toISOString()).toBe("2026-11-22T10:00:01.000Z");
    // Out of order: the earlier row arrives second, the latest is no table's last row.
    ws.appendRows("AppMetrics", [
      { TimeGenerated: "2026-11-22T09:30:00Z", Name: "a" },
      { TimeGenerated: "2026-11-22T10:20:00.250Z", Name: "c" },
      { TimeGenerated: "2026-11-22T09:10:00Z", Name: "b" },
    ]);
    expect(ws.isSortedByTime("AppMetrics")).toBe(false);
    expect(ws.earliestTime()?.toISOString()).toBe("2026-11-22T09:10:00.000Z");
    expect(ws.latestTime()?.toISOString()).toBe("2026-11-22T10:20:00.250Z");
  });

  it("rejects bad rows without changing the table", () => {
    const ws = new Workspace();
    ws.appendRows("CDBDataPlaneRequests", rows);
    expect(() => ws.append("CDBDataPlaneRequests", { TimeGenerated: "2026-11-22T10:00:02Z", StatusCode: 1.5 })).toThrow(RowError);
    expect(() => ws.append("CDBDataPlaneRequests", { Bogus: 1 })).toThrow(/unknown column Bogus/);
    expect(() => ws.append("NotATable", {})).toThrow(UnknownTableError);
    expect(ws.rowCount("CDBDataPlaneRequests")).toBe(2);
    expect(runQuery(ws, "CDBDataPlaneRequests | summarize sum(RequestCharge), countif(StatusCode == 429)").rows).toEqual([[3.5, 1]]);
  });
});

describe("NdjsonDatasetWriter", () => {
  it("writes deterministic files in schema column order that load back", () => {
    const write = (dir: string) => {
      const w = new NdjsonDatasetWriter(dir);
      for (const r of rows) w.append("CDBDataPlaneRequests", r);
      w.defineTable("Extra", [{ name: "k", type: "string" }]);
      w.append("Extra", { k: "v" });
      w.close();
    };
    const a = tmp();
    const b = tmp();
    write(a);
    write(b);
    const text = fs.readFileSync(path.join(a, "CDBDataPlaneRequests.ndjson"), "utf8");
    expect(text).toBe(fs.readFileSync(path.join(b, "CDBDataPlaneRequests.ndjson"), "utf8"));
    expect(text.split("\n")[1]).toBe('{"TimeGenerated":"2026-11-22T10:00:01.000Z","RegionName":"West Europe","RequestCharge":1,"StatusCode":429}');
    const ws = loadDatasetSync(a);
    expect(ws.rowCount("CDBDataPlaneRequests")).toBe(2);
    expect(runQuery(ws, "Extra").rows).toEqual([["v"]]);
  });

  it("refuses values that would not load", () => {
    const w = new NdjsonDatasetWriter(tmp());
    expect(() => w.append("CDBDataPlaneRequests", { TimeGenerated: "not a date" })).toThrow(/expected datetime/);
  });
});

describe("EmbeddedSource", () => {
  it("answers like the query API and names missing tables", async () => {
    const ws = new Workspace();
    ws.appendRows("CDBDataPlaneRequests", rows);
    const source = new EmbeddedSource(ws, () => new Date("2026-11-22T10:05:00Z"));
    const window = { from: new Date("2026-11-22T10:00:00Z"), to: new Date("2026-11-22T10:00:01Z") };
    const r = await source.query("CDBDataPlaneRequests | project RegionName", window);
    expect(r).toEqual({ table: { columns: [{ name: "RegionName", type: "string" }], rows: [["UK South"]] }, warnings: [], partial: false });
    await expect(source.query("AzureDiagnostics | count", window)).rejects.toThrow(/missing table AzureDiagnostics/);
  });
});

describe("EmbeddedSource limits", () => {
  it("truncates results past the query API's row limit and says so", async () => {
    const source = new EmbeddedSource(new Workspace());
    const window = { from: new Date("2026-11-22T10:00:00Z"), to: new Date("2026-11-22T11:00:00Z") };
    const r = await source.query("range i from 1 to 500002 step 1", window);
    expect(r.table.rows.length).toBe(500_000);
    expect(r.partial).toBe(true);
    expect(r.warnings[0]).toMatch(/truncated to 500000 of 500002 rows/);
  });
});

describe("string column storage", () => {
  it("keeps every value when ids widen past 256 and 65536 distinct strings", () => {
    const ws = new Workspace();
    ws.defineTable("S", [{ name: "s", type: "string" }]);
    const n = 70_000;
    ws.appendRows("S", Array.from({ length: n }, (_, i) => ({ s: `v${i % 66_000}` })));
    const r = runQuery(ws, 'S | summarize c = count(), d = dcount(s), firstValue = take_any(s) | extend hit = toscalar(S | where s == "v65999" | count)');
    expect(r.rows).toEqual([[n, 66_000, "v0", 1]]);
    expect(runQuery(ws, "S | take 3 | project s").rows).toEqual([["v0"], ["v1"], ["v2"]]);
  });
});
