/**
 * union withsource= over workspace("id").Table legs. The union page (learn.microsoft.com/kusto/query/union-operator):
 * "If the query effectively references tables from more than one database including the default database, then the
 * value of this column has a table name qualified with the database. cluster and database qualifications are present
 * in the value if more than one cluster is referenced." The form of that qualification is not given, so such a source
 * column is refused by name; without withsource the legs run (the embedded workspace stands in for every workspace).
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { KqlUnsupportedError } from "@/lib/engine/errors";

const ws = new Workspace();
ws.appendRows("AppRequests", [
  { TimeGenerated: "2026-01-01T00:00:00.000Z", Name: "GET /a", Success: true, Type: "AppRequests" },
  { TimeGenerated: "2026-01-01T00:01:00.000Z", Name: "GET /b", Success: false, Type: "AppRequests" },
]);
ws.appendRows("AppDependencies", [{ TimeGenerated: "2026-01-01T00:02:00.000Z", Name: "SQL", Success: true, Type: "AppDependencies" }]);
const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-01-01T01:00:00Z") });

describe("union withsource= over tables of another workspace", () => {
  it("is refused naming withsource: the qualified source name's form is not documented (neither the bare name nor union_argN)", () => {
    const q = `union withsource = SourceWorkspace workspace("Production-Workspace-ID").AppRequests, workspace("Staging-Workspace-ID").AppRequests
      | summarize n = count() by SourceWorkspace`;
    expect(() => run(q)).toThrow(KqlUnsupportedError);
    try {
      run(q);
    } catch (e) {
      expect((e as KqlUnsupportedError).constructs.map((c) => c.construct).join(" ")).toContain("union withsource= over a workspace()");
    }
    expect(() => run(`union withsource=T AppDependencies, workspace("other").AppRequests | count`)).toThrow(KqlUnsupportedError);
  });

  it("runs without withsource: each workspace leg reads the embedded tables", () => {
    expect(run(`union workspace("a").AppRequests, workspace("b").AppRequests | count`).rows).toEqual([[4]]);
    expect(run(`union workspace("a").AppRequests, AppDependencies | count`).rows).toEqual([[3]]);
  });

  it("still names plain table legs and parenthesized legs as before", () => {
    const r = run("union withsource=T AppDependencies, (AppRequests | where Success == false) | summarize n = count() by T | order by T asc");
    expect(r.rows).toEqual([["AppDependencies", 1], ["union_arg1", 1]]);
  });
});
