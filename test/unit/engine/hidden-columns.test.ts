import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";

const AT = new Date("2026-01-01T02:00:00Z");
const ws = new Workspace();
ws.appendRows("AzureMetrics", [{ TimeGenerated: "2026-01-01T00:00:00Z", MetricName: "m", Total: 2 }]);
const run = (q: string) => runQuery(ws, q, { asOf: AT });
const HIDDEN = ["_IsBillable", "_BilledSize"];

describe("hidden billing columns (standard columns page: not shown in results unless the query names them)", () => {
  it("getschema lists the columns a result shows: hidden ones only when the query names them", () => {
    const names = run("AzureMetrics | getschema").rows.map((r) => r[0]);
    expect(names).toContain("MetricName");
    for (const h of HIDDEN) expect(names).not.toContain(h);
    // Ordinals stay consecutive over what is listed.
    expect(run("AzureMetrics | getschema").rows.map((r) => r[1])).toEqual(names.map((_, k) => k));
    expect(run("AzureMetrics | project _BilledSize, MetricName | getschema | project ColumnName").rows).toEqual([["_BilledSize"], ["MetricName"]]);
  });

  it("pack_all() packs the row as it is shown; take_any(*) returns the shown columns", () => {
    const bag = run("AzureMetrics | project p = pack_all()").rows[0][0] as Record<string, unknown>;
    expect(bag.MetricName).toBe("m");
    for (const h of HIDDEN) expect(Object.keys(bag)).not.toContain(h);
    const cols = run("AzureMetrics | summarize take_any(*)").columns.map((c) => c.name);
    expect(cols).toContain("MetricName");
    for (const h of HIDDEN) expect(cols).not.toContain(h);
  });

  it("a query that names a hidden column still reads it", () => {
    const r = run("AzureMetrics | extend b = _IsBillable | project p = pack_all()").rows[0][0] as Record<string, unknown>;
    expect(r._IsBillable).toBe("true");
    expect(r.b).toBe("true");
  });
});
