import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const one = (q: string) => run(q).rows[0];

describe("user function arguments: positional after named", () => {
  const F = `let f = (a:long, b:long = 10, c:long = 100) { a * 10000 + b * 100 + c };`;

  it("binds a positional argument by its own position after a named one in its place", () => {
    expect(one(`${F} print f(a=1, 2), f(1, b=3, 4), f(a=5, b=6, 7), f(a=1, c=2), f(1, c=3)`)).toEqual([10300, 10304, 50607, 11002, 11003]);
  });

  it("the assert page's checkLength(len=3, input) filters rows by the second parameter", () => {
    const r = run(`let checkLength = (len:long, s:string) { assert(len > 0, "Length must be greater than zero") and strlen(s) > len };
      datatable(input:string)['123', '4567', '89012'] | where checkLength(len=3, input)`);
    expect(r.rows).toEqual([["4567"], ["89012"]]);
  });

  it("binds the piped table first for invoke, then by position", () => {
    const r = run(`let g = (t:(x:long), n:long, m:long = 0) { t | where x > n + m }; datatable(x:long)[1, 2, 3] | invoke g(n=1, 1)`);
    expect(r.rows).toEqual([[3]]);
  });

  it("an argument after an out-of-place named one, or an unknown name, is an error, not a guess", () => {
    expect(() => run(`${F} print f(c=1, 2)`)).toThrow(/must be named/);
    expect(() => run(`${F} print f(z=1)`)).toThrow(/parameter/);
    expect(() => run(`${F} print f(b=1)`)).toThrow(/parameter .a. is missing/);
  });
});

describe("tuple assignment of functions with several columns", () => {
  const Y = `print y = dynamic([2, 5, 6, 8, 11, 15, 17, 18, 25, 26, 30, 30])`;

  it("extend (RSquare, Slope, ...) = series_fit_line(y) gives the page's fit, column by column", () => {
    const r = run(`${Y} | extend (RSquare, Slope, Variance, RVariance, Interception, LineFit) = series_fit_line(y)`);
    expect(r.columns.map((c) => [c.name, c.type])).toEqual([
      ["y", "dynamic"], ["RSquare", "real"], ["Slope", "real"], ["Variance", "real"], ["RVariance", "real"], ["Interception", "real"], ["LineFit", "dynamic"],
    ]);
    const [, rsq, slope, variance, rvariance, interception, fit] = r.rows[0] as [unknown, number, number, number, number, number, number[]];
    // The page prints 0.982, 2.730, 98.628, 1.686, -1.666 and the line 1.064, 3.7945, ..., 31.102.
    expect([rsq, slope, variance, rvariance, interception].map((v) => Math.trunc(v * 1000) / 1000)).toEqual([0.982, 2.73, 98.628, 1.686, -1.666]);
    expect(fit.length).toBe(12);
    expect(fit[0]).toBeCloseTo(1.064, 3);
    expect(Math.trunc(fit[11] * 1000) / 1000).toBe(31.102);
  });

  it("agrees with series_fit_line_dynamic, and names untupled columns as the analyzer does", () => {
    const r = run(`${Y} | extend series_fit_line(y), d = series_fit_line_dynamic(y)`);
    expect(r.columns.map((c) => c.name)).toEqual([
      "y", "series_fit_line_y_rsquare", "series_fit_line_y_slope", "series_fit_line_y_variance", "series_fit_line_y_rvariance",
      "series_fit_line_y_interception", "series_fit_line_y_line_fit", "d",
    ]);
    const row = r.rows[0];
    const bag = row[7] as Record<string, unknown>;
    expect(row.slice(1, 7)).toEqual([bag.rsquare, bag.slope, bag.variance, bag.rvariance, bag.interception, bag.line_fit]);
  });

  it("a shorter tuple names the first columns; extend/project keep the rest under generated names, print only the named ones", () => {
    const e = run(`print y = dynamic([1, 2, 4]) | project (r, s) = series_fit_line(y), b = 2`);
    expect(e.columns.map((c) => c.name)).toEqual(["r", "s", "series_fit_line_y_variance", "series_fit_line_y_rvariance", "series_fit_line_y_interception", "series_fit_line_y_line_fit", "b"]);
    expect(e.rows[0].slice(0, 2)).toEqual([27 / 28, 1.5]);
    const p = run(`print a = 1, (mn, mni) = series_stats(dynamic([3, 1, 2])), (r, s) = series_fit_line(dynamic([1, 2, 4]))`);
    expect(p.columns.map((c) => c.name)).toEqual(["a", "mn", "mni", "r", "s"]);
    expect(p.rows[0]).toEqual([1, 1, 1, 27 / 28, 1.5]);
  });

  it("a series the fit cannot use is refused by name; a null series gives null columns; a tuple of another function stays refused", () => {
    expect(() => run(`print y = dynamic([1]) | extend (a, b) = series_fit_line(y)`)).toThrow(/fewer than two points/);
    expect(() => run(`print y = dynamic([1, "x"]) | extend (a, b) = series_fit_line(y)`)).toThrow(/non-numeric/);
    expect(run(`print y = dynamic(null) | extend (a, b) = series_fit_line(y)`).rows[0].slice(1, 3)).toEqual([null, null]);
    expect(() => run(`print y = dynamic([1, 2]) | extend (a, b) = series_fit_2lines(y)`)).toThrow(/tuple assignment/);
    expect(() => run(`print z = series_fit_line(dynamic([1, 2]))`)).toThrow(/series_fit_line\(\)/);
  });
});
