import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { KqlSemanticError } from "@/lib/engine/errors";
import { matchesWildcard } from "@/lib/engine/union-wildcard";

// Three tables: two App* (sharing Name, one with a Name of another type would be renamed) and one Azure*.
const ws = new Workspace();
const t = (m: number) => `2026-01-01T00:0${m}:00.000Z`;
ws.appendRows("AppRequests", [
  { TimeGenerated: t(0), Name: "GET /a", Success: true, DurationMs: 12, Type: "AppRequests" },
  { TimeGenerated: t(1), Name: "GET /b", Success: false, DurationMs: 40, Type: "AppRequests" },
]);
ws.appendRows("AppDependencies", [{ TimeGenerated: t(2), Name: "SQL", Success: true, Target: "db", Type: "AppDependencies" }]);
ws.appendRows("AzureMetrics", [{ TimeGenerated: t(3), MetricName: "RequestCount", Total: 5, Type: "AzureMetrics" }]);
const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-01-01T01:00:00Z") });
const counts = (q: string) => run(q).rows.map((r) => [r[0], r[1]]);

describe("union over wildcard table names (union operator reference: E* is every table whose name begins E)", () => {
  it("union * reads every table of the workspace, its Type column naming each row's table", () => {
    // Usage (derived: one row per table and hour, lib/dataset/usage.ts) is a table of the workspace too, as in Azure.
    expect(counts("union * | summarize n = count() by Type | order by Type asc")).toEqual([
      ["AppDependencies", 1],
      ["AppRequests", 2],
      ["AzureMetrics", 1],
      ["Usage", 3],
    ]);
  });

  it("withsource names each row's table, a prefix selects only matching tables, and several wildcard legs combine", () => {
    expect(counts("union withsource=T App* | summarize n = count() by T | order by T asc")).toEqual([
      ["AppDependencies", 1],
      ["AppRequests", 2],
    ]);
    expect(counts("union withsource=SourceTable AppR*, Azure* | summarize n = count() by SourceTable | order by SourceTable asc")).toEqual([
      ["AppRequests", 2],
      ["AzureMetrics", 1],
    ]);
    expect(counts("union withsource=T *Metrics | summarize n = count() by T")).toEqual([["AzureMetrics", 1]]);
  });

  it("the output is the outer union of the matched tables: each column once, null (or empty string) where a table lacks it", () => {
    const r = run("union withsource=T App* | project T, Name, Target, DurationMs | order by Name asc");
    expect(r.columns.map((c) => [c.name, c.type])).toEqual([["T", "string"], ["Name", "string"], ["Target", "string"], ["DurationMs", "real"]]);
    expect(r.rows).toEqual([
      ["AppRequests", "GET /a", "", 12],
      ["AppRequests", "GET /b", "", 40],
      ["AppDependencies", "SQL", "db", null],
    ]);
  });

  it("mixes with named tables and a piped input, and filters after it as usual", () => {
    expect(run("AzureMetrics | union App* | where Success == false | project Name").rows).toEqual([["GET /b"]]);
    expect(run("union AzureMetrics, AppD* | count").rows).toEqual([[2]]);
  });

  it("a leg matched twice is read twice, as an explicitly repeated table is", () => {
    expect(run("union App*, AppR* | count").rows).toEqual([[5]]);
  });

  it("names match case-sensitively, and a pattern that matches nothing is an error, not an empty result", () => {
    expect(() => run("union app*")).toThrow(KqlSemanticError);
    expect(() => run("union Nope* | count")).toThrow(KqlSemanticError);
  });

  it("isfuzzy=true drops a wildcard that matches nothing, and fails when nothing is left", () => {
    expect(counts("union isfuzzy=true withsource=T Nope*, AppR* | summarize count() by T")).toEqual([["AppRequests", 2]]);
    expect(() => run("union isfuzzy=true Nope*")).toThrow(KqlSemanticError);
  });

  it("a wildcard that also matches a view reads the view too (union-views.test.ts has the details)", () => {
    expect(run("let AppView = view () { print x = 1 }; union App* | count").rows).toEqual([[4]]);
    expect(run("let Other = view () { print x = 1 }; union App* | count").rows).toEqual([[3]]);
  });
});

describe("search in (...) with wildcard table names (search reference: the table sources may be wildcarded)", () => {
  it("searches every matching table, $table naming each row's table", () => {
    const r = run('search in (App*) "GET" | summarize n = count() by $table');
    expect(r.rows).toEqual([["AppRequests", 2]]);
    const all = run('search in (App*, AzureMetrics) "SQL" or "RequestCount" | summarize n = count() by $table | order by $table asc');
    expect(all.rows).toEqual([["AppDependencies", 1], ["AzureMetrics", 1]]);
  });

  it("a pattern that matches nothing is an error", () => {
    expect(() => run('search in (Nope*) "GET"')).toThrow(KqlSemanticError);
  });
});

describe("wildcard matching", () => {
  it("* is any run of characters, anywhere in the pattern", () => {
    expect(matchesWildcard("*", "AppRequests")).toBe(true);
    expect(matchesWildcard("App*", "AppRequests")).toBe(true);
    expect(matchesWildcard("App*", "AzureMetrics")).toBe(false);
    expect(matchesWildcard("*Requests", "AppRequests")).toBe(true);
    expect(matchesWildcard("A*e*s", "AppRequests")).toBe(true);
    expect(matchesWildcard("A*x*s", "AppRequests")).toBe(false);
    expect(matchesWildcard("App*s*s", "Apps")).toBe(false);
    expect(matchesWildcard("App*", "App")).toBe(true);
    expect(matchesWildcard("app*", "AppRequests")).toBe(false);
  });
});
