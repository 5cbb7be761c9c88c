/**
 * sort/top with NaN (found by the differential fuzzer, fuzz.test.ts): the sort-operator page's table
 * "Using special floating-point values" puts NaN with the nulls, null first then NaN when nulls come
 * first, NaN then null when they come last, in either direction.
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";

const T = "datatable(x:real)[5.0, real(null), 0.0, real(-inf), -5.0, real(+inf)] | extend x = iff(x == 0.0, 0.0 / 0.0, x) | union (print x = 0.0)";
const order = (how: string) => runQuery(new Workspace(), `${T} | order by ${how}`).rows.map((r) => r[0]);

describe("sort with NaN, per the sort page's table", () => {
  it("asc nulls first: null, NaN, -inf, -5, 0, 5, +inf", () => {
    expect(order("x asc nulls first")).toEqual([null, NaN, -Infinity, -5, 0, 5, Infinity]);
  });
  it("desc nulls first: null, NaN, +inf, 5, 0, -5, -inf", () => {
    expect(order("x desc nulls first")).toEqual([null, NaN, Infinity, 5, 0, -5, -Infinity]);
  });
  it("asc nulls last: -inf, -5, 0, 5, +inf, NaN, null", () => {
    expect(order("x asc nulls last")).toEqual([-Infinity, -5, 0, 5, Infinity, NaN, null]);
  });
  it("desc (nulls last by default): +inf, 5, 0, -5, -inf, NaN, null", () => {
    expect(order("x desc")).toEqual([Infinity, 5, 0, -5, -Infinity, NaN, null]);
  });
  it("top takes NaN as the sort puts it", () => {
    expect(runQuery(new Workspace(), `${T} | top 2 by x asc`).rows.map((r) => r[0])).toEqual([null, NaN]);
    expect(runQuery(new Workspace(), `${T} | top 2 by x desc nulls first`).rows.map((r) => r[0])).toEqual([null, NaN]);
  });
});
