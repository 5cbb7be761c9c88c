import { describe, expect, it } from "vitest";
import { knownTableSchema, Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";

const AT = new Date("2026-01-01T02:00:00Z");
const RID = "/subscriptions/0b1c2d3e-aaaa-bbbb-cccc-123456789abc/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd";

describe("standard columns derived when read (log-standard-columns page)", () => {
  const ws = new Workspace();
  ws.appendRows("AppRequests", [
    { TimeGenerated: "2026-01-01T00:00:00Z", Name: "a", _ResourceId: RID },
    { TimeGenerated: "2026-01-01T00:01:00Z", Name: "b", _ResourceId: "/SUBSCRIPTIONS/other/resourcegroups/x", _SubscriptionId: "given" },
    { TimeGenerated: "2026-01-01T00:02:00Z", Name: "c" },
  ]);
  ws.appendRows("AzureDiagnostics", [{ TimeGenerated: "2026-01-01T00:00:00Z", Category: "FrontDoorAccessLog", _ResourceId: RID, Type: "AzureDiagnostics" }]);
  const run = (q: string) => runQuery(ws, q, { asOf: AT }).rows;

  it("_SubscriptionId is the /subscriptions/<id>/ segment of _ResourceId; a row's own value wins; none gives empty", () => {
    expect(run("AppRequests | project Name, _SubscriptionId")).toEqual([["a", "0b1c2d3e-aaaa-bbbb-cccc-123456789abc"], ["b", "given"], ["c", ""]]);
    expect(run("AzureDiagnostics | summarize count() by _SubscriptionId")).toEqual([["0b1c2d3e-aaaa-bbbb-cccc-123456789abc", 1]]);
  });

  it("Type is the table's name where a row has none", () => {
    expect(run("AppRequests | distinct Type")).toEqual([["AppRequests"]]);
    expect(run("union AppRequests, AzureDiagnostics | summarize n = count() by Type | sort by Type asc")).toEqual([["AppRequests", 3], ["AzureDiagnostics", 1]]);
  });

  it("every contract table with _ResourceId has _SubscriptionId, and it is not billed", () => {
    for (const t of ["AppRequests", "AppDependencies", "AppMetrics", "AzureDiagnostics", "AzureMetrics", "CDBDataPlaneRequests", "AzureActivity"]) {
      const names = knownTableSchema(t)?.map((c) => c.name);
      expect(names, t).toContain("_ResourceId");
      expect(names, t).toContain("_SubscriptionId");
    }
    const [[withId]] = run("AppRequests | where Name == 'a' | project _BilledSize");
    const [[without]] = run("AppRequests | where Name == 'c' | project _BilledSize");
    // _ResourceId and _SubscriptionId are both excluded from the billed size (cost-logs).
    expect(withId).toBe(without);
  });
});
