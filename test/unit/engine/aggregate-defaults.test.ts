import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";

const ws = new Workspace();
const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-01-01T01:00:00Z") }).rows;

// The summarize page's "default values of aggregations": sum() and sumif() 0, avg of an empty input
// NaN (its worked example: avg is sum / count), "all others" null; null values are ignored by every
// aggregate. A group with nothing to average is the same 0/0, which published queries guard with isnan().
describe("sum and sumif give their default 0 when they have nothing to add, in a group too", () => {
  it("a group none of whose rows match sumif's predicate: 0, not null (the published 'failedCount=sumif(ItemCount, Success == false) by Target')", () => {
    const rows = run(`datatable(Target:string, ItemCount:int, Success:bool)["db", 3, true, "db", 2, true, "api", 5, false]
      | summarize failedCount = sumif(ItemCount, Success == false), failures = countif(Success == false) by Target | order by Target asc`);
    expect(rows).toEqual([["api", 5, 1], ["db", 0, 0]]);
  });

  it("a group whose values are all null: sum 0, avg NaN (0/0), max null", () => {
    const rows = run(`datatable(k:string, x:real)["a", real(null), "a", real(null), "b", 2.5]
      | summarize s = sum(x), a = avg(x), m = max(x) by k | order by k asc`);
    expect(rows).toEqual([["a", 0, NaN, null], ["b", 2.5, 2.5, 2.5]]);
  });

  it("an empty input without a key: sum and sumif 0, avg NaN; with a key: no row", () => {
    const [[s, si, a]] = run("datatable(x:long)[] | summarize sum(x), sumif(x, x > 0), avg(x)") as [[number, number, number]];
    expect([s, si]).toEqual([0, 0]);
    expect(a).toBeNaN();
    expect(run("datatable(k:string, x:long)[] | summarize sum(x) by k")).toEqual([]);
  });

  it("variance and stdev (and their -if forms) of a group with no value: their listed default 0 too", () => {
    expect(run(`datatable(k:string, x:real)["a", real(null), "b", 1.0, "b", 3.0]
      | summarize stdev(x), variance(x), stdevif(x, x > 5), varianceif(x, x > 5) by k | order by k asc`)).toEqual([
      ["a", 0, 0, 0, 0],
      ["b", Math.SQRT2, 2, 0, 0],
    ]);
  });

  it("avgif over a group with no matching row is NaN, so the published isnan() guard turns it into 0.0", () => {
    expect(run(`datatable(k:string, x:long)["a", 1] | summarize avgif(x, x > 5), sumif(x, x > 5) by k`)).toEqual([["a", NaN, 0]]);
    // Azure Monitor Baseline Alerts' infrastructure workbook: avgif by resource, then iff(isnan(kpi), 0.0, kpi).
    const guarded = run(`datatable(_ResourceId:string, MetricName:string, Total:real)["r1", "CpuTime", 4.0, "r2", "Http5xx", 1.0]
      | summarize kpi = avgif(Total, MetricName == 'CpuTime') by _ResourceId
      | extend kpi = iff(isnan(kpi), 0.0, kpi) | order by _ResourceId asc`);
    expect(guarded).toEqual([["r1", 4], ["r2", 0]]);
  });
});
