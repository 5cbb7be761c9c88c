/**
 * Functions that yield several columns as a whole extend/project/print item (multi-column.ts):
 * series_fit_line, array_sort_asc/desc of several arrays, series_stats; and their refusal nested in
 * an expression.
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const refusal = (q: string): string => {
  try {
    run(q);
  } catch (e) {
    expect(e).toBeInstanceOf(KqlUnsupportedError);
    return (e as KqlUnsupportedError).constructs.map((c) => c.construct).join("; ");
  }
  throw new Error("not refused");
};

const PAGE_Y = "dynamic([2, 5, 6, 8, 11, 15, 17, 18, 25, 26, 30, 30])";

describe("series_fit_line", () => {
  it("gives the page's six columns under the tuple's names, with the page's numbers (3 decimals)", () => {
    const r = run(`print y=${PAGE_Y} | extend (RSquare, Slope, Variance, RVariance, Interception, LineFit)=series_fit_line(y) | project-away y`);
    expect(r.columns.map((c) => [c.name, c.type])).toEqual([
      ["RSquare", "real"],
      ["Slope", "real"],
      ["Variance", "real"],
      ["RVariance", "real"],
      ["Interception", "real"],
      ["LineFit", "dynamic"],
    ]);
    const [row] = r.rows;
    [0.982, 2.73, 98.628, 1.686, -1.666].forEach((p, k) => expect(Math.abs((row[k] as number) - p)).toBeLessThan(0.001));
    const pageLine = [1.064, 3.7945, 6.526, 9.256, 11.987, 14.718, 17.449, 20.18, 22.91, 25.641, 28.371, 31.102];
    (row[5] as number[]).forEach((v, k) => expect(Math.abs(v - pageLine[k])).toBeLessThan(0.001));
  });

  it("takes the analyzer's generated names without a tuple, and keeps them for names a short tuple leaves out", () => {
    const whole = run(`print y=${PAGE_Y} | project series_fit_line(y)`);
    expect(whole.columns.map((c) => c.name)).toEqual(["series_fit_line_y_rsquare", "series_fit_line_y_slope", "series_fit_line_y_variance", "series_fit_line_y_rvariance", "series_fit_line_y_interception", "series_fit_line_y_line_fit"]);
    expect(whole.rows[0][1]).toBeCloseTo(2.73, 2);
    const short = run(`print y=${PAGE_Y} | extend (r2, slope) = series_fit_line(y) | project-away y`);
    expect(short.columns.map((c) => c.name).slice(0, 3)).toEqual(["r2", "slope", "series_fit_line_y_variance"]);
    expect(short.rows[0][1]).toBeCloseTo(2.73, 2);
  });

  it("gives one fit per row, and null columns for a row whose value is no array", () => {
    const r = run(`datatable(y: dynamic)[dynamic([1, 2, 3]), dynamic([3, 2, 1]), dynamic("text"), dynamic(null)] | extend (r2, slope) = series_fit_line(y) | project slope`);
    expect(r.rows).toEqual([[1], [-1], [null], [null]]);
  });

  it("refuses a series with a null element, fewer than two points, or a use inside an expression", () => {
    expect(refusal("print y=dynamic([1, null, 3]) | extend series_fit_line(y)")).toMatch(/series_fit_line/);
    expect(refusal("print y=dynamic([1]) | extend series_fit_line(y)")).toMatch(/series_fit_line/);
    expect(refusal(`print y=${PAGE_Y} | extend s = tostring(series_fit_line(y))`)).toMatch(/series_fit_line\(\) inside an expression/);
  });
});

describe("array_sort_asc / array_sort_desc of several arrays", () => {
  it("gives one column per array, the others following the first's order (the pages' examples)", () => {
    const asc = run(`let array1 = dynamic([1,3,4,5,2]); let array2 = dynamic(["a","b","c","d","e"]); print array_sort_asc(array1,array2)`);
    expect(asc.columns.map((c) => [c.name, c.type])).toEqual([
      ["array1_sorted", "dynamic"],
      ["array2_sorted", "dynamic"],
    ]);
    expect(asc.rows).toEqual([[[1, 2, 3, 4, 5], ["a", "e", "b", "c", "d"]]]);
    const desc = run(`let array1 = dynamic([1,3,4,5,2]); let array2 = dynamic(["a","b","c","d","e"]); print array_sort_desc(array1,array2)`);
    expect(desc.rows).toEqual([[[5, 4, 3, 2, 1], ["d", "c", "b", "e", "a"]]]);
  });

  it("works as extend/project items and under a tuple's names, with nulls_last as a trailing bool", () => {
    const q = `datatable(k: dynamic, v: dynamic)[dynamic([2, null, 1]), dynamic(["two", "none", "one"])]`;
    const ext = run(`${q} | extend (ks, vs) = array_sort_asc(k, v, false) | project ks, vs`);
    expect(ext.rows).toEqual([[[null, 1, 2], ["none", "one", "two"]]]);
    const proj = run(`${q} | project array_sort_desc(k, v)`);
    expect(proj.columns).toHaveLength(2);
    expect(proj.rows).toEqual([[[2, 1, null], ["two", "one", "none"]]]);
  });

  it("gives null columns when the arrays differ in length or one is no array", () => {
    const r = run(`print a=dynamic([2, 1]), b=dynamic(["x"]) | project (sa, sb) = array_sort_asc(a, b)`);
    expect(r.rows).toEqual([[null, null]]);
  });

  it("still reads one array of the result by index, and refuses the call elsewhere inside an expression", () => {
    const r = run(`print a=dynamic([2, 1]), b=dynamic(["x", "y"]) | project second = array_sort_asc(a, b)[1]`);
    expect(r.rows).toEqual([[["y", "x"]]]);
    expect(refusal(`print a=dynamic([2, 1]), b=dynamic(["x", "y"]) | project s = tostring(array_sort_asc(a, b))`)).toMatch(/array_sort_asc\(\) inside an expression/);
  });

  it("leaves the one-array form a single column", () => {
    const r = run(`print s = array_sort_asc(dynamic([3, null, 1]))`);
    expect(r.rows).toEqual([[[1, 3, null]]]);
  });
});

describe("series_stats keeps its columns", () => {
  it("as a whole item and under a tuple", () => {
    const r = run(`print x=dynamic([1, 2, 3]) | extend (mn, mni, mx) = series_stats(x) | project mn, mx, series_stats_x_avg`);
    expect(r.rows).toEqual([[1, 3, 2]]);
  });

  it("a tuple assignment of a one-column function is the analyzer's error, never a silent answer", () => {
    expect(() => run(`print x=dynamic([1, 2, 3]) | extend (a, b) = series_stats_dynamic(x)`)).toThrow(/KS149/);
  });
});
