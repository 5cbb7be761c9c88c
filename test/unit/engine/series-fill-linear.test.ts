/**
 * series_fill_linear keeps the array's element type (its page): an int/long array's interpolations
 * are truncated, a real array's exact; an array whose element type the engine does not know is
 * refused where the two would differ (number-kinds.ts).
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const one = (expr: string) => run(`print r = ${expr}`).rows[0][0];

describe("series_fill_linear", () => {
  it("truncates the interpolations of an array written with longs, toward zero", () => {
    expect(one("series_fill_linear(dynamic([null, 111, null, 36, 41, null, null, 16]))")).toEqual([111, 111, 73, 36, 41, 32, 24, 16]);
    expect(one("series_fill_linear(dynamic([-1, null, -2]))")).toEqual([-1, -1, -2]);
  });

  it("keeps a real array's interpolations exact", () => {
    const r = one("series_fill_linear(dynamic([null, 111.0, null, 36.0, 41.0, null, null, 16.0]))") as number[];
    expect(r.slice(0, 5)).toEqual([111, 111, 73.5, 36, 41]);
    expect(r[5]).toBeCloseTo(32.667, 3);
    expect(r[6]).toBeCloseTo(24.333, 3);
  });

  it("reads a datatable's dynamic literal cells the same way", () => {
    const r = run("datatable(a: dynamic)[dynamic([1, null, 2]), dynamic([1.0, null, 2.0])] | project f = series_fill_linear(a)");
    expect(r.rows).toEqual([[[1, 1, 2]], [[1, 1.5, 2]]]);
  });

  it("reads a make-series array as its aggregate's type: sum() of longs truncated, avg() exact", () => {
    const T = "datatable(t: long, v: long)[0, 1, 3, 2, 4, 10]";
    const sum = run(`${T} | make-series s=sum(v) default=long(null) on t from 0 to 5 step 1 | project f=series_fill_linear(s)`);
    expect(sum.rows).toEqual([[[1, 1, 1, 2, 10]]]);
    const avg = run(`${T} | make-series a=avg(v) default=double(null) on t from 0 to 5 step 1 | project f=series_fill_linear(a)`).rows[0][0] as number[];
    expect(avg[1]).toBeCloseTo(4 / 3, 12);
    expect(avg[2]).toBeCloseTo(5 / 3, 12);
  });

  it("keeps the element type through a second fill", () => {
    expect(one("series_fill_linear(series_fill_linear(dynamic([1, null, 2, null, null]), double(null), false))")).toEqual([1, 1, 2, 2, 2]);
  });

  it("needs no element type when the interpolation is whole or a present value is fractional", () => {
    expect(one("series_fill_linear(parse_json('[1, null, 3]'))")).toEqual([1, 2, 3]);
    expect(one("series_fill_linear(parse_json('[1, null, 2.5]'))")).toEqual([1, 1.75, 2.5]);
  });

  it("refuses a fractional interpolation of whole numbers whose element type is unknown or mixed", () => {
    expect(() => one("series_fill_linear(parse_json('[1, null, 2]'))")).toThrow(KqlUnsupportedError);
    expect(() => one("series_fill_linear(dynamic([1, null, 2.0]))")).toThrow(/interpolation is fractional/);
  });

  it("fills an all-missing array with the constant (0 by default, null kept with double(null)); no array gives null", () => {
    expect(one("series_fill_linear(dynamic([null, null]))")).toEqual([0, 0]);
    expect(one("series_fill_linear(dynamic([null, null]), double(null), true, 2.5)")).toEqual([2.5, 2.5]);
    expect(one("series_fill_linear(dynamic([null, null]), double(null), true, double(null))")).toEqual([null, null]);
    expect(one("series_fill_linear(dynamic([]))")).toEqual([]);
    expect(one("series_fill_linear(dynamic(null))")).toBeNull();
    expect(one("series_fill_linear(parse_json('{\"a\": 1}'))")).toBeNull();
  });

  it("keeps the edges missing with fill_edges=false, and honours a placeholder", () => {
    expect(one("series_fill_linear(dynamic([null, 2, null, 4, null]), double(null), false)")).toEqual([null, 2, 3, 4, null]);
    expect(one("series_fill_linear(dynamic([-1, 2, -1, 4]), -1)")).toEqual([2, 2, 3, 4]);
  });
});
