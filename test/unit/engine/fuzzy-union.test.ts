import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { KqlSemanticError, KqlUnsupportedError } from "@/lib/engine/errors";

// AppRequests and AppDependencies exist here; AppExceptions and AppTraces are not in the contract.
const ws = new Workspace();
const t = (m: number) => `2026-01-01T00:0${m}:00.000Z`;
ws.appendRows("AppRequests", [
  { TimeGenerated: t(0), Name: "GET /a", Success: true, Type: "AppRequests" },
  { TimeGenerated: t(1), Name: "GET /b", Success: false, Type: "AppRequests" },
  { TimeGenerated: t(2), Name: "GET /c", Success: false, Type: "AppRequests" },
]);
ws.appendRows("AppDependencies", [{ TimeGenerated: t(3), Name: "SQL", Success: true, Type: "AppDependencies" }]);
const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-01-01T01:00:00Z") });

describe("union isfuzzy=true drops the legs whose table does not resolve (Kusto: reduced to the sources that exist)", () => {
  it("a workbook's union of a missing AppExceptions and AppRequests gives AppRequests' rows, with the legs' own schema", () => {
    const r = run(`union isfuzzy=true (AppExceptions | project TimeGenerated, Signal="exception"), (AppRequests | where Success == false | project TimeGenerated, Signal="request")
      | order by TimeGenerated asc`);
    expect(r.columns.map((c) => [c.name, c.type])).toEqual([["TimeGenerated", "datetime"], ["Signal", "string"]]);
    expect(r.rows).toEqual([[t(1), "request"], [t(2), "request"]]);
  });

  it("drops a missing table wherever it stands in the list, and names the kept sources in withsource", () => {
    expect(run("union isfuzzy=true AppRequests, AppTraces | count").rows).toEqual([[3]]);
    expect(run("union isfuzzy=true AppTraces, AppExceptions, AppRequests | count").rows).toEqual([[3]]);
    const r = run("union isfuzzy=true withsource=Source AppTraces, AppDependencies, AppRequests | summarize n = count() by Source | order by Source asc");
    expect(r.rows).toEqual([["AppDependencies", 1], ["AppRequests", 3]]);
  });

  it("with a piped input and only missing legs, the input alone", () => {
    expect(run("AppRequests | union isfuzzy=true AppExceptions | count").rows).toEqual([[3]]);
  });

  it("keeps the positions of the query text: an error after a dropped leg points at its own place", () => {
    const q = "union isfuzzy=true AppTraces, AppRequests | where NoSuchColumn > 1";
    expect(() => run(q)).toThrow(KqlSemanticError);
    try {
      run(q);
    } catch (e) {
      expect((e as KqlSemanticError).position).toBe(q.indexOf("NoSuchColumn"));
    }
  });

  it("fails when no leg resolves, and without isfuzzy a missing table is an error as before", () => {
    expect(() => run("union isfuzzy=true AppTraces, AppExceptions | count")).toThrow(KqlUnsupportedError);
    expect(() => run("union AppTraces, AppRequests | count")).toThrow(KqlSemanticError);
    expect(() => run("union isfuzzy=false AppTraces, AppRequests | count")).toThrow(/AppTraces/);
  });
});
