import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });

describe("series_fit_line_dynamic", () => {
  it("gives the page's fit of its worked example (the page prints 3 decimals, cut not rounded)", () => {
    const q = `print y=dynamic([2, 5, 6, 8, 11, 15, 17, 18, 25, 26, 30, 30]) | extend fit=series_fit_line_dynamic(y)
      | project RSquare=todouble(fit.rsquare), Slope=todouble(fit.slope), Variance=todouble(fit.variance), RVariance=todouble(fit.rvariance), Interception=todouble(fit.interception), LineFit=fit.line_fit`;
    const [row] = run(q).rows;
    const page = [0.982, 2.73, 98.628, 1.686, -1.666];
    page.forEach((p, k) => expect(Math.abs((row[k] as number) - p)).toBeLessThan(0.001));
    const line = row[5] as number[];
    const pageLine = [1.064, 3.7945, 6.526, 9.256, 11.987, 14.718, 17.449, 20.18, 22.91, 25.641, 28.371, 31.102];
    expect(line).toHaveLength(12);
    line.forEach((v, k) => expect(Math.abs(v - pageLine[k])).toBeLessThan(0.001));
  });

  it("refuses a series with a null element rather than guessing how Kusto fills it", () => {
    expect(() => run("print f=series_fit_line_dynamic(dynamic([1, null, 3]))")).toThrow(KqlUnsupportedError);
  });
});
