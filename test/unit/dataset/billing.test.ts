/**
 * The billing standard columns and the Usage table of the embedded workspace (lib/dataset/billed-size.ts,
 * usage.ts): sizes by the documented rule, free tables, hidden unless named, a row's own value kept,
 * old datasets loading with them derived, and Usage's Quantity equal to Σ _BilledSize / 10^6 per hour.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { loadDatasetSync } from "@/lib/dataset/load";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";
import { simulate } from "@/lib/simulator";

const AT = new Date("2026-01-01T02:00:00Z");
const run = (ws: Workspace, q: string) => runQuery(ws, q, { asOf: AT });

describe("_BilledSize and _IsBillable", () => {
  const ws = new Workspace();
  ws.appendRows("AppRequests", [
    // 20 (datetime, no fraction) + 7 ("GET /ü": ü is 2 bytes) + 4 (true) + 2 ("42") + 4 ("12.5"); Type and _ResourceId are not billed.
    { TimeGenerated: "2026-01-01T00:00:00Z", Name: "GET /ü", Success: true, ItemCount: 42, DurationMs: 12.5, Type: "AppRequests", _ResourceId: "/subscriptions/x" },
    // 28 (datetime with a fraction: 7 digits) + 5 (false) + 7 ({"a":1}); null and "" add nothing.
    { TimeGenerated: "2026-01-01T00:30:00.250Z", Success: false, Properties: { a: 1 }, Name: "", DurationMs: null },
  ]);
  ws.appendRows("AzureActivity", [{ TimeGenerated: "2026-01-01T00:10:00Z", Level: "Informational" }]);

  it("sizes each record as the UTF-8 bytes of its entries' string forms, leaving out the excluded standard columns", () => {
    const r = run(ws, "AppRequests | project _BilledSize, _IsBillable");
    expect(r.columns).toEqual([{ name: "_BilledSize", type: "real" }, { name: "_IsBillable", type: "string" }]);
    expect(r.rows).toEqual([[20 + 7 + 4 + 2 + 4, "true"], [28 + 5 + 7, "true"]]);
  });

  it("marks the free tables' records not billable (cost-logs: AzureActivity, Usage, ...)", () => {
    expect(run(ws, "AzureActivity | project _IsBillable, _BilledSize").rows).toEqual([["false", 20 + "Informational".length]]);
    expect(run(ws, "Usage | distinct _IsBillable").rows).toEqual([["false"]]);
  });

  it("shows them only when the query names them, as Log Analytics does", () => {
    const all = run(ws, "AppRequests | take 1").columns.map((c) => c.name);
    expect(all).not.toContain("_BilledSize");
    expect(all).not.toContain("_IsBillable");
    expect(run(ws, "AppRequests | where _IsBillable == true | summarize sum(_BilledSize)").rows).toEqual([[37 + 40]]);
    // `*` searches skip them: no row matches "true" through _IsBillable.
    expect(run(ws, 'AzureActivity | where * has "true" | count').rows).toEqual([[0]]);
  });

  it("keeps a row's own value (a dataset exported with the columns) and derives the others", () => {
    const own = new Workspace();
    own.appendRows("AppEvents", [
      { TimeGenerated: "2026-01-01T00:00:00Z", Name: "a", _BilledSize: 1234, _IsBillable: "false" },
      { TimeGenerated: "2026-01-01T00:00:00Z", Name: "b" },
    ]);
    expect(run(own, "AppEvents | project Name, _BilledSize, _IsBillable").rows).toEqual([["a", 1234, "false"], ["b", 21, "true"]]);
  });

  it("a comparison of a string with a bool other than \"true\"/\"false\" is refused, not guessed", () => {
    const t = new Workspace();
    t.appendRows("AppEvents", [{ TimeGenerated: "2026-01-01T00:00:00Z", Name: "yes", _IsBillable: "True" }]);
    expect(() => run(t, "AppEvents | where _IsBillable == true")).toThrow(/comparison of the string "True" with a bool/);
    expect(run(t, 'AppEvents | extend b = Name == "yes" | where b == "true" | count').rows).toEqual([[1]]);
  });
});

describe("datasets written before the billing columns", () => {
  it("load, and get the columns and Usage derived from their rows", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "billing-"));
    try {
      fs.writeFileSync(path.join(dir, "AppEvents.ndjson"), `${JSON.stringify({ TimeGenerated: "2026-01-01T00:00:00Z", Name: "x" })}\n`);
      const ws = loadDatasetSync(dir);
      expect(run(ws, "AppEvents | project _BilledSize").rows).toEqual([[21]]);
      expect(run(ws, "Usage | project DataType, Quantity, QuantityUnit, IsBillable").rows).toEqual([["AppEvents", 21 / 1e6, "MBytes", true]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("Usage kept up to date", () => {
  const row = (minute: number, name: string) => ({ TimeGenerated: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(), Name: name });
  const usageOf = (ws: Workspace) => run(ws, "Usage | project DataType, StartTime, Quantity, IsBillable | order by DataType asc, StartTime asc").rows;
  const fresh = (rows: Record<string, unknown>[][]) => {
    const ws = new Workspace();
    for (const [k, r] of rows.entries()) if (r.length) ws.appendRows(k === 0 ? "AppEvents" : "AppMetrics", r);
    return usageOf(ws);
  };

  it("after appends (only the hours from the first new row on are summed again), drops and thinning, equals a workspace built at once", () => {
    const ws = new Workspace();
    const events = [row(5, "a"), row(70, "bb")];
    const metrics = [row(10, "m")];
    ws.appendRows("AppEvents", events);
    ws.appendRows("AppMetrics", metrics);
    expect(usageOf(ws)).toEqual(fresh([events, metrics]));
    const more = [row(80, "ccc"), row(130, "dddd")];
    ws.appendRows("AppEvents", more);
    events.push(...more);
    expect(usageOf(ws)).toEqual(fresh([events, metrics]));
    ws.dropBefore(new Date(Date.UTC(2026, 0, 1, 0, 30)));
    expect(usageOf(ws)).toEqual(fresh([events.slice(1), []]));
    ws.retain("AppEvents", { from: Date.UTC(2026, 0, 1, 1, 0), to: Date.UTC(2026, 0, 1, 2, 0) }, (snap) => new Uint8Array(snap.length).fill(0));
    expect(usageOf(ws)).toEqual(fresh([[events[3]], []]));
  });
});

describe("Usage over the demo", () => {
  it("each table's hourly Quantity (MB = 10^6 bytes) is the sum of its rows' _BilledSize in that hour", () => {
    const to = new Date("2026-11-20T15:00:00Z");
    const ws = new Workspace();
    // Ninety minutes of the demo (the 30-day month takes half a minute to build): rows of every feed, two hours of Usage.
    simulate({ config: loadConfigFile("config/demo.json"), scenarios: "demo", from: new Date(to.getTime() - 90 * 60_000), to, seed: 7, sink: ws });
    const opts = { asOf: to };
    const usage = runQuery(ws, "Usage | project DataType, StartTime, EndTime, IsBillable, Quantity | order by DataType asc, StartTime asc", opts).rows;
    const direct = runQuery(ws, "union withsource=T * | where T != 'Usage' | summarize MB = sum(_BilledSize) / 1e6, billable = take_any(_IsBillable) by T, StartTime = bin(TimeGenerated, 1h) | order by T asc, StartTime asc", opts).rows;
    expect(usage.length).toBeGreaterThan(8);
    expect(usage.map((r) => [r[0], r[1]])).toEqual(direct.map((r) => [r[0], r[1]]));
    usage.forEach((r, k) => {
      expect(r[2], "EndTime: the hour's last second").toBe(new Date(Date.parse(r[1] as string) + 3600_000 - 1000).toISOString());
      expect(r[3]).toBe(direct[k][3] === "true");
      expect(r[4] as number).toBeCloseTo(direct[k][2] as number, 9);
    });
  }, 60_000);
});
