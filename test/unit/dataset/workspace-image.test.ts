import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";

/**
 * A workspace restored from its image (npm run kql's demo cache) goes on exactly as the original:
 * same rows, and the same rows again after appends, retention and thinning on both. Covers each
 * column kind and state: numbers, bools, dynamic, strings uniform / interned / widened / plain.
 */
const T0 = Date.parse("2026-11-20T00:00:00Z");

function rows(ws: Workspace, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const t = T0 + i * 1000;
    ws.appendTimed(
      "AppRequests",
      {
        TimeGenerated: new Date(t).toISOString(),
        Id: `req-${i}`, // distinct: the column stops interning (plain) past 65,536 values
        Name: i % 3 === 0 ? "GET /a" : "POST /b",
        AppRoleName: "api", // one value on every row: uniform
        ResultCode: String(i % 300), // > 256 values: 2-byte ids
        DurationMs: i % 7 === 0 ? undefined : i / 10,
        Success: i % 11 === 0 ? undefined : i % 5 !== 0,
        Properties: i % 4 === 0 ? { region: i % 8 === 0 ? "a" : "b", n: i, list: [1, null, "x"] } : undefined,
      },
      t,
    );
  }
}

function dump(ws: Workspace): unknown[] {
  return ws.tableNames().map((name) => {
    const s = ws.snapshot(name);
    return [name, s.length, s.columns.map((c) => Array.from({ length: s.length }, (_, i) => c.get(i)))];
  });
}

const copy = (ws: Workspace) => Workspace.fromImage(v8.deserialize(v8.serialize(ws.image())));

describe("workspace image", () => {
  it("restores every column kind, and goes on like the original after appends, thinning and retention", () => {
    const a = new Workspace();
    a.ensureTable("AzureActivity");
    rows(a, 0, 70_000);
    const b = copy(a);
    expect(dump(b)).toEqual(dump(a));
    expect(b.schemaVersion).toBe(a.schemaVersion);
    for (const ws of [a, b]) {
      rows(ws, 70_000, 71_000);
      ws.retain("AppRequests", { from: T0 + 10_000_000, to: T0 + 20_000_000 }, (s) => Uint8Array.from({ length: s.length }, (_, i) => i % 3));
      ws.dropBefore(new Date(T0 + 5_000_000));
      rows(ws, 71_000, 71_500);
    }
    expect(dump(b)).toEqual(dump(a));
    // The restored table remembers its last time: a row older than it turns off the time-ordered windows in both.
    const c = copy(a);
    for (const ws of [a, c]) rows(ws, 100, 101);
    expect([a.isSortedByTime("AppRequests"), c.isSortedByTime("AppRequests")]).toEqual([false, false]);
    const kql = "AppRequests | summarize n = count(), ok = countif(Success), d = sum(DurationMs), regions = dcount(tostring(Properties.region)) by Name, AppRoleName";
    expect(dump(c)).toEqual(dump(a));
    expect(runQuery(c, kql)).toEqual(runQuery(a, kql));
    expect(runQuery(c, "Usage | summarize sum(Quantity)")).toEqual(runQuery(a, "Usage | summarize sum(Quantity)"));
  });

  it("an empty workspace, and tables holding no rows, round-trip", () => {
    const a = new Workspace();
    expect(dump(copy(a))).toEqual([]);
    a.ensureTable("AppEvents");
    const b = copy(a);
    expect(dump(b)).toEqual(dump(a));
    rows(b, 0, 10);
    rows(a, 0, 10);
    expect(dump(b)).toEqual(dump(a));
  });
});
