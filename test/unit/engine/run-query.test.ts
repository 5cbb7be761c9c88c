import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlSemanticError, KqlUnsupportedError, runQuery } from "@/lib/engine";

const T0 = Date.parse("2026-11-22T10:00:00Z");

function workspace(): Workspace {
  const ws = new Workspace();
  for (let i = 0; i < 6; i++) {
    ws.append("AppMetrics", {
      TimeGenerated: new Date(T0 + i * 30_000).toISOString(),
      Name: i % 2 ? "replication_lag_ms" : "conflict_feed_depth",
      Sum: i * 10,
      Properties: { region: i < 3 ? "uksouth" : "westeurope", x: i },
    });
  }
  return ws;
}

const at = (iso: string) => new Date(iso);

describe("runQuery semantics", () => {
  it("filters every table reference by the query window [from, to)", () => {
    const ws = workspace();
    const window = { from: at("2026-11-22T10:00:30Z"), to: at("2026-11-22T10:02:00Z") };
    const r = runQuery(ws, "AppMetrics | union (AppMetrics) | count", { timespan: window });
    expect(r.rows).toEqual([[6]]); // rows at :30, :60, :90 in each of the two references
  });

  it("evaluates now() and ago() against the as-of time", () => {
    const ws = workspace();
    const r = runQuery(ws, "AppMetrics | where TimeGenerated > ago(1m) | project TimeGenerated, n = now()", {
      asOf: at("2026-11-22T10:03:00Z"),
    });
    expect(r.rows).toEqual([["2026-11-22T10:02:30.000Z", "2026-11-22T10:03:00.000Z"]]);
  });

  it("names summarize columns like Kusto and bins datetimes to the epoch", () => {
    const ws = workspace();
    const r = runQuery(ws, "AppMetrics | summarize count(), avg(Sum), max(Sum), dcount(Name) by bin(TimeGenerated, 1m), region = tostring(Properties.region) | order by TimeGenerated asc, region asc");
    expect(r.columns.map((c) => `${c.name}:${c.type}`)).toEqual(["TimeGenerated:datetime", "region:string", "count_:long", "avg_Sum:real", "max_Sum:real", "dcount_Name:long"]);
    expect(r.rows).toEqual([
      ["2026-11-22T10:00:00.000Z", "uksouth", 2, 5, 10, 2],
      ["2026-11-22T10:01:00.000Z", "uksouth", 1, 20, 20, 1],
      ["2026-11-22T10:01:00.000Z", "westeurope", 1, 30, 30, 1],
      ["2026-11-22T10:02:00.000Z", "westeurope", 2, 45, 50, 2],
    ]);
  });

  it("supports expressions over aggregates and arg_max with listed columns", () => {
    const ws = workspace();
    const r = runQuery(ws, 'AppMetrics | summarize ratio = todouble(countif(Name == "replication_lag_ms")) / count(), arg_max(TimeGenerated, Sum, Name)');
    expect(r.columns.map((c) => c.name)).toEqual(["ratio", "TimeGenerated", "Sum", "Name"]);
    expect(r.rows).toEqual([[0.5, "2026-11-22T10:02:30.000Z", 50, "replication_lag_ms"]]);
  });

  it("does timespan arithmetic: datetime - datetime, division by 1s, timespan output", () => {
    const r = runQuery(new Workspace(), "print d = datetime(2026-01-01 00:01:30) - datetime(2026-01-01), s = (datetime(2026-01-01 00:01:30) - datetime(2026-01-01)) / 1s, l = 7 / 2, r = 7.0 / 2");
    expect(r.columns.map((c) => c.type)).toEqual(["timespan", "real", "long", "real"]);
    expect(r.rows).toEqual([["00:01:30", 90, 3, 3.5]]);
  });

  it("compares with null as Kusto documents (null-values page) and sorts nulls as asked", () => {
    const q = "datatable(a:long)[3, long(null), 1] | where a > 0 or isnull(a) | order by a asc nulls last";
    expect(runQuery(new Workspace(), q).rows).toEqual([[1], [3], [null]]);
    expect(runQuery(new Workspace(), "datatable(a:long)[3, long(null), 1] | where a != 3").rows).toEqual([[null], [1]]);
    expect(runQuery(new Workspace(), "datatable(a:long)[3, long(null)] | where a != long(null)").rows).toEqual([[3]]);
    expect(runQuery(new Workspace(), "datatable(a:long)[3, long(null)] | extend b = a > 1, c = a == long(null), d = not(a > 1)").rows).toEqual([
      [3, true, false, false],
      [null, null, null, null],
    ]);
  });

  it("implements has (term, case-insensitive), =~, contains, in, !in", () => {
    const q = `datatable(s:string)["Origin-UKSouth failed", "ukso", "westeurope"]
      | extend h = s has "uksouth", e = s =~ "UKSO", c = s contains "EURO", i = s in ("ukso"), n = s !in ("ukso")`;
    expect(runQuery(new Workspace(), q).rows).toEqual([
      ["Origin-UKSouth failed", true, false, false, false, true],
      ["ukso", false, true, false, true, false],
      ["westeurope", false, false, true, false, true],
    ]);
  });

  it("compares stored (interned) string columns with ==, !=, in, !in~", () => {
    const ws = workspace();
    const count = (pred: string) => runQuery(ws, `AppMetrics | where ${pred} | count`).rows[0][0];
    expect(count('Name == "replication_lag_ms"')).toBe(3);
    expect(count('Name != "replication_lag_ms"')).toBe(3);
    expect(count('Name == "REPLICATION_LAG_MS"')).toBe(0);
    expect(count('Name in ("replication_lag_ms", "nope")')).toBe(3);
    expect(count('Name !in~ ("REPLICATION_LAG_MS")')).toBe(3);
    expect(count('Name == "absent"')).toBe(0);
  });

  it("sees rows appended after earlier queries", () => {
    const ws = workspace();
    expect(runQuery(ws, "AppMetrics | count").rows).toEqual([[6]]);
    ws.append("AppMetrics", { TimeGenerated: "2026-11-22T10:05:00Z", Name: "x", Sum: 1 });
    expect(runQuery(ws, "AppMetrics | count").rows).toEqual([[7]]);
  });

  it("accepts workspace(\"id\").Table as the embedded table", () => {
    const r = runQuery(workspace(), 'workspace("0000-1111").AppMetrics | count');
    expect(r.rows).toEqual([[6]]);
  });
});

describe("runQuery errors", () => {
  it("rejects analyzer errors such as unknown columns with a KqlSemanticError", () => {
    expect(() => runQuery(workspace(), "AppMetrics | where NoSuchColumn > 1")).toThrow(KqlSemanticError);
    expect(() => runQuery(workspace(), "AppMetrics | where NoSuchColumn > 1")).toThrow(/NoSuchColumn/);
  });

  it("names a missing table", () => {
    const err = (() => {
      try {
        runQuery(workspace(), "AzureDiagnostics | count");
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(KqlSemanticError);
    expect((err as KqlSemanticError).missingTable).toBe("AzureDiagnostics");
    expect((err as Error).message).toContain("missing table AzureDiagnostics");
  });

  it("names the workspace table for an Application Insights classic name (requests → AppRequests), and only for one", () => {
    const message = (q: string) => {
      try {
        runQuery(workspace(), q);
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    };
    expect(message("requests | where timestamp > ago(1h)")).toMatch(/'requests' is Application Insights' classic name: in a Log Analytics workspace the table is AppRequests/);
    expect(message("customMetrics | take 1")).toContain("the table is AppMetrics");
    expect(message("requests | take 1")).toContain("missing table requests");
    // Table names are case-sensitive: "Requests" is no classic name, nor a prototype's property.
    expect(message("Requests | take 1")).not.toContain("classic");
    expect(message("constructor | take 1")).not.toContain("classic");
  });

  it.each([
    ["an unsupported operator", "AppMetrics | evaluate autocluster()", /evaluate|EvaluateOperator/],
    ["an unsupported scalar function", "AppMetrics | extend h = hash_combine(hash(Name), 1)", /function hash_combine\(\)/],
    // series-decompose-anomalies-function page: ad_score is series_outliers' score, whose formula it does not give.
    ["series_decompose_anomalies, even with a given seasonality", "AppMetrics | summarize s = make_list(Sum) | extend a = series_decompose_anomalies(s, 1.5, 24)", /function series_decompose_anomalies\(\) \(its anomaly score is series_outliers'/],
    ["an obsolete function", "AppMetrics | extend w = weekofyear(TimeGenerated)", /weekofyear/],
    ["a plugin", "AppMetrics | evaluate autocluster()", /operator evaluate/],
    ["top-hitters", "AppMetrics | top-hitters 2 of Name", /TopHitters|top-hitters/],
    ["top-nested with others", 'AppMetrics | top-nested 2 of Name with others="rest" by count()', /top-nested with others/],
  ])("fails on %s with a KqlUnsupportedError naming it and its position", (_what, q, pattern) => {
    let error: unknown;
    try {
      runQuery(workspace(), q);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KqlUnsupportedError);
    expect((error as Error).message).toMatch(pattern);
    expect((error as KqlUnsupportedError).position).toBeGreaterThanOrEqual(0);
    expect((error as Error).message).toMatch(/at position \d+/);
  });

  it("names every unsupported construct of a query at once, in query order", () => {
    const q = 'AppMetrics | where Name == 500 | evaluate autocluster() | extend h = hash_combine(hash(Name), 1) | top-hitters 2 of Name';
    let error: unknown;
    try {
      runQuery(workspace(), q);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KqlUnsupportedError);
    const constructs = (error as KqlUnsupportedError).constructs.map((c) => c.construct);
    expect(constructs).toHaveLength(4);
    expect(constructs[0]).toMatch(/comparison of a string with a long/);
    expect(constructs[1]).toMatch(/operator evaluate/);
    expect(constructs[2]).toMatch(/function hash_combine\(\)/);
    expect(constructs[3]).toMatch(/top-hitters|TopHitters/);
    expect((error as Error).message).toMatch(/^unsupported KQL \(4 constructs\)/);
  });
});

describe("validateQuery", () => {
  it("accepts supported queries over the contract tables and names what is not", async () => {
    const { validateQuery } = await import("@/lib/engine");
    expect(validateQuery('AppRequests | where Success == false | summarize count() by bin(TimeGenerated, 5m), AppRoleName')).toEqual({ ok: true });
    expect(validateQuery("AppRequests | evaluate autocluster()")).toMatchObject({ ok: false, kind: "KqlUnsupportedError" });
    expect(validateQuery("AppRequests | where Nope == 1")).toMatchObject({ ok: false, kind: "KqlSemanticError" });
    expect(validateQuery("Custom | count", { Custom: [{ name: "a", type: "long" }] })).toEqual({ ok: true });
  });
});
