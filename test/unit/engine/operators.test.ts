import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const T = 'datatable(k:string, v:long, t:datetime)["b", 2, datetime(2026-01-01 00:00), "a", 1, datetime(2026-01-01 00:01), "b", 5, datetime(2026-01-01 00:02), "c", long(null), datetime(2026-01-01 00:03)]';

describe("tabular operators", () => {
  it("sorts by several keys and takes the top rows", () => {
    expect(run(`${T} | sort by k asc, v desc | project k, v`).rows).toEqual([["a", 1], ["b", 5], ["b", 2], ["c", null]]);
    expect(run(`${T} | top 2 by v`).rows.map((r) => r[1])).toEqual([5, 2]);
    expect(run(`${T} | order by v | take 1 | project v`).rows).toEqual([[5]]);
  });

  it("projects, renames, drops and reorders columns", () => {
    const r = run(`${T} | project-rename key = k | project-away t | project-reorder v, key | extend w = v * 10`);
    expect(r.columns.map((c) => c.name)).toEqual(["v", "key", "w"]);
    expect(r.rows[0]).toEqual([2, "b", 20]);
  });

  it("distinct, count and summarize without rows", () => {
    expect(run(`${T} | distinct k | count`).rows).toEqual([[3]]);
    const empty = run(`${T} | where v > 100 | summarize count(), avg(v), dcount(k)`);
    // avg of no rows is NaN (the summarize page's example of an empty input).
    expect(empty.rows).toEqual([[0, NaN, 0]]);
    expect(run(`${T} | where v > 100 | summarize count() by k`).rows).toEqual([]);
  });

  it("serialize with prev() and next()", () => {
    const r = run(`${T} | order by t asc | extend p = prev(v), n = next(k, 1, "end") | project v, p, n`);
    expect(r.rows).toEqual([[2, null, "a"], [1, 2, "b"], [5, 1, "c"], [null, 5, "end"]]);
  });

  it("joins on $left/$right columns and keeps unmatched rows for leftouter", () => {
    const q = `${T} | join kind=leftouter (datatable(name:string, region:string)["a", "uk", "b", "eu"]) on $left.k == $right.name | project k, v, region | order by v asc nulls last`;
    expect(run(q).rows).toEqual([["a", 1, "uk"], ["b", 2, "eu"], ["b", 5, "eu"], ["c", null, ""]]);
  });

  it("unions tables by column name with a source column", () => {
    const r = run("let A = datatable(x:long)[1]; let B = datatable(x:long, y:string)[2, \"z\"]; union withsource=src A, B | order by x asc");
    expect(r.columns.map((c) => c.name)).toEqual(["src", "x", "y"]);
    expect(r.rows).toEqual([["A", 1, ""], ["B", 2, "z"]]);
  });

  it("mv-expands to a declared type and makes series per key", () => {
    expect(run('print a = dynamic(["1", "2", "x"]) | mv-expand a to typeof(long)').rows).toEqual([[1], [2], [null]]);
    const s = run(`${T} | make-series total = sum(v) default = 0 on t from datetime(2026-01-01) to datetime(2026-01-01 00:04) step 2m by k | order by k asc`);
    expect(s.columns.map((c) => c.name)).toEqual(["k", "total", "t"]);
    expect(s.rows).toEqual([
      ["a", [1, 0], ["2026-01-01T00:00:00.0000000Z", "2026-01-01T00:02:00.0000000Z"]],
      ["b", [2, 5], ["2026-01-01T00:00:00.0000000Z", "2026-01-01T00:02:00.0000000Z"]],
      ["c", [0, 0], ["2026-01-01T00:00:00.0000000Z", "2026-01-01T00:02:00.0000000Z"]],
    ]);
  });

  it("binds scalar lets, tabular lets and toscalar()", () => {
    const q = `let cutoff = 2; let t = ${T} | where v >= cutoff; let biggest = toscalar(t | summarize max(v)); t | where v == biggest | project k`;
    expect(run(q).rows).toEqual([["b"]]);
  });

  it("groups by bin() of numbers and datetimes and by dynamic properties", () => {
    const q = 'datatable(n:real, d:dynamic)[1.5, dynamic({"r":"uk"}), 2.5, dynamic({"r":"uk"}), 7, dynamic({"r":"eu"})] | summarize c = count(), s = sum(n) by b = bin(n, 5), r = tostring(d.r) | order by b asc';
    expect(run(q).rows).toEqual([[0, "uk", 2, 4], [5, "eu", 1, 7]]);
  });

  it("datetime functions and now()/ago() follow the as-of time", () => {
    const r = run("print a = ago(1h), b = startofday(now()), c = datetime_diff('minute', now(), ago(90m)), d = now() - 1d > datetime(2025-12-31)");
    expect(r.rows).toEqual([["2026-01-01T11:00:00.000Z", "2026-01-01T00:00:00.000Z", 90, true]]);
  });
});

describe("mv-expand limit", () => {
  it("keeps at most N rows from each input row", () => {
    const r = run('datatable(k:string, a:dynamic)["x", dynamic([1,2,3]), "y", dynamic([4])] | mv-expand v = a to typeof(long) limit 2 | project k, v');
    expect(r.rows).toEqual([["x", 1], ["x", 2], ["y", 4]]);
  });
});
