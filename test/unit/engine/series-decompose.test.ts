/**
 * series_decompose() and series_decompose_forecast() with a given seasonality
 * (functions-series-decompose.ts), against decompositions computed by hand in the comments, and the
 * refusals of what the pages leave open (autodetection, nulls, a period longer than the learned points).
 */
import { describe, expect, it } from "vitest";
import { refusal, runAtNoon as run } from "./refusal";

const one = (q: string) => run(q).rows[0];
const close = (actual: unknown, expected: number[]) => {
  expect(Array.isArray(actual)).toBe(true);
  const a = actual as number[];
  expect(a.length).toBe(expected.length);
  a.forEach((v, k) => expect(v, `index ${k}`).toBeCloseTo(expected[k], 9));
};

describe("series_decompose with a given seasonality", () => {
  it("takes each phase's median, then the average of the deseasonal series, in the page's four columns", () => {
    // y = 3 10 5 20 4 33, period 2: phase 0 {3, 5, 4} → 4, phase 1 {10, 20, 33} → 20.
    // deseasonal = -1 -10 1 0 0 13 (sum 3) → trend avg 0.5; baseline = seasonal + 0.5; residual = y − baseline.
    const r = run("print y=dynamic([3, 10, 5, 20, 4, 33]) | extend series_decompose(y, 2)");
    expect(r.columns.map((c) => [c.name, c.type])).toEqual([
      ["y", "dynamic"],
      ["series_decompose_y_baseline", "dynamic"],
      ["series_decompose_y_seasonal", "dynamic"],
      ["series_decompose_y_trend", "dynamic"],
      ["series_decompose_y_residual", "dynamic"],
    ]);
    const [, baseline, seasonal, trend, residual] = r.rows[0];
    close(seasonal, [4, 20, 4, 20, 4, 20]);
    close(trend, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    close(baseline, [4.5, 20.5, 4.5, 20.5, 4.5, 20.5]);
    close(residual, [-1.5, -10.5, 0.5, -0.5, -0.5, 12.5]);
  });

  it("fits a line with 'linefit' and no seasonality (0)", () => {
    // y = 1 3 2 6 over k = 0..3: mean k 1.5, mean y 3, Σ(k−1.5)(y−3) = 7, Σ(k−1.5)² = 5 → slope 1.4;
    // line 3 + 1.4 (k − 1.5) = 0.9 2.3 3.7 5.1; residual 0.1 0.7 −1.7 0.9.
    const [b, s, t, res] = one("print y=dynamic([1, 3, 2, 6]) | extend (b, s, t, r) = series_decompose(y, 0, 'linefit') | project-away y");
    close(s, [0, 0, 0, 0]);
    close(t, [0.9, 2.3, 3.7, 5.1]);
    close(b, [0.9, 2.3, 3.7, 5.1]);
    close(res, [0.1, 0.7, -1.7, 0.9]);
  });

  it("learns without the last Test_points and extends seasonal and trend over them", () => {
    // y = 1 5 3 7 2 9 | 0 0 (2 test points), period 2: phase 0 {1, 3, 2} → 2, phase 1 {5, 7, 9} → 7.
    // deseasonal learned = -1 -2 1 0 0 2 (mean 0) over k = 0..5 (mean 2.5): Σ(k−2.5)·d = 10, Σ(k−2.5)² = 17.5
    // → slope 4/7, trend (4/7)(k − 2.5): k = 6 → 2, k = 7 → 18/7.
    const [b, s, t, res] = one("print y=dynamic([1, 5, 3, 7, 2, 9, 0, 0]) | extend (b, s, t, r) = series_decompose(y, 2, 'linefit', 2) | project-away y");
    const trend = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => (4 / 7) * (k - 2.5));
    const seasonal = [2, 7, 2, 7, 2, 7, 2, 7];
    close(s, seasonal);
    close(t, trend);
    close(b, seasonal.map((v, k) => v + trend[k]));
    close(res, [1, 5, 3, 7, 2, 9, 0, 0].map((v, k) => v - seasonal[k] - trend[k]));
    expect((b as number[])[6]).toBeCloseTo(4, 9);
    expect((b as number[])[7]).toBeCloseTo(7 + 18 / 7, 9);
  });

  it("takes the mean of the two middle values for an even number of phase points (series_seasonal's page: 1, 2, 1, 2 → 1.5)", () => {
    const [b, s, t, res] = one("print y=dynamic([1, 3, 5, 2, 4, 6, 1, 3, 5, 2, 4, 6]) | extend (b, s, t, r) = series_decompose(y, 3, 'none') | project-away y");
    close(s, [1.5, 3.5, 5.5, 1.5, 3.5, 5.5, 1.5, 3.5, 5.5, 1.5, 3.5, 5.5]);
    close(t, new Array(12).fill(0));
    close(b, [1.5, 3.5, 5.5, 1.5, 3.5, 5.5, 1.5, 3.5, 5.5, 1.5, 3.5, 5.5]);
    close(res, [-0.5, -0.5, -0.5, 0.5, 0.5, 0.5, -0.5, -0.5, -0.5, 0.5, 0.5, 0.5]);
  });

  it("with neither seasonality nor trend gives baseline 0 and residual x (the page's note)", () => {
    const [b, s, t, res] = one("print y=dynamic([4, -1, 7]) | extend (b, s, t, r) = series_decompose(y, 0, 'none') | project-away y");
    close(b, [0, 0, 0]);
    close(s, [0, 0, 0]);
    close(t, [0, 0, 0]);
    close(res, [4, -1, 7]);
  });

  it("decomposes each row, with a per-row seasonality, and gives null columns for a value that is no array", () => {
    // Row 1: period 1 → seasonal = median(1, 2, 9) = 2, deseasonal -1 0 7 → avg 2: baseline 4 4 4.
    // Row 2: period 0 → seasonal 0, avg 2: baseline 2 2.
    const r = run("datatable(y: dynamic, p: int)[dynamic([1, 2, 9]), 1, dynamic([1, 3]), 0, dynamic('text'), 2, dynamic(null), 2] | extend (b, s) = series_decompose(y, p) | project b");
    close(r.rows[0][0], [4, 4, 4]);
    close(r.rows[1][0], [2, 2]);
    expect(r.rows.slice(2)).toEqual([[null], [null]]);
  });
});

describe("series_decompose_forecast with a given seasonality", () => {
  it("is the baseline learned without the last Points: seasonal + extended trend, whatever the last points hold", () => {
    // The series of the Test_points case above: the same baseline, also with nulls (make-series' empty slots) at the end.
    const expected = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => [2, 7][k % 2] + (4 / 7) * (k - 2.5));
    close(one("print f = series_decompose_forecast(dynamic([1, 5, 3, 7, 2, 9, 0, 0]), 2, 2, 'linefit')")[0], expected);
    close(one("print f = series_decompose_forecast(dynamic([1, 5, 3, 7, 2, 9, null, null]), 2, 2, 'linefit')")[0], expected);
  });

  it("defaults to Trend avg, and gives zeros with neither seasonality nor trend (the page's note)", () => {
    // Learned 2 4 6, seasonality 0 → avg 4 over all four points; the 999 is not learned.
    close(one("print f = series_decompose_forecast(dynamic([2, 4, 6, 999]), 1, 0)")[0], [4, 4, 4, 4]);
    close(one("print f = series_decompose_forecast(dynamic([2, 4, 6, 999]), 1, 0, 'none')")[0], [0, 0, 0, 0]);
  });

  it("runs over make-series with an empty week ahead, as the page's example does with a given period", () => {
    // 6 hourly bins of 1 2 3 then 3 empty bins (default 0); period 3: phase medians 1 2 3 → seasonal, trend avg 0.
    const q = `range t from 0 to 5 step 1 | extend Timestamp = datetime(2026-01-01) + 1h * t, y = t % 3 + 1
      | make-series y = max(y) default = 0 on Timestamp from datetime(2026-01-01) to datetime(2026-01-01) + 9h step 1h
      | extend f = series_decompose_forecast(y, 3, 3) | project f`;
    close(one(q)[0], [1, 2, 3, 1, 2, 3, 1, 2, 3]);
  });
});

describe("refusals, each by name", () => {
  it("refuses Seasonality -1 (the default: series_periods_detect) at compile time, and names every such call at once", () => {
    expect(refusal("print y=dynamic([1, 2, 3, 4]) | extend series_decompose(y)")).toMatch(/series_decompose\(\) with Seasonality -1.*series_periods_detect/);
    expect(refusal("print y=dynamic([1, 2, 3, 4]) | extend (a, s, b) = series_decompose(y, -1, 'linefit')")).toMatch(/Seasonality -1/);
    const both = refusal("print y=dynamic([1, 2, 3, 4]) | extend series_decompose(y) | extend f = series_decompose_forecast(y, 1)");
    expect(both).toMatch(/series_decompose\(\) with Seasonality -1/);
    expect(both).toMatch(/series_decompose_forecast\(\) with Seasonality -1/);
    // A per-row -1 is met when the row is read.
    expect(refusal("datatable(y: dynamic, p: int)[dynamic([1, 2, 3, 4]), -1] | extend series_decompose(y, p)")).toMatch(/Seasonality -1/);
  });

  it("refuses another negative Seasonality and an unknown Trend", () => {
    expect(refusal("print y=dynamic([1, 2, 3, 4]) | extend series_decompose(y, -2)")).toMatch(/Seasonality -2/);
    expect(refusal("print y=dynamic([1, 2, 3, 4]) | extend series_decompose(y, 2, 'LineFit')")).toMatch(/Trend "LineFit"/);
  });

  it("refuses a null, NaN or non-numeric element it reads", () => {
    expect(refusal("print y=dynamic([1, null, 3, 4]) | extend series_decompose(y, 2)")).toMatch(/series_decompose\(\) a series with a null, NaN or non-numeric element \(null at index 1\)/);
    expect(refusal("print y=dynamic([1, 'a', 3, 4]) | extend series_decompose(y, 0)")).toMatch(/non-numeric element/);
    expect(refusal("print y=pack_array(1.0, real(nan), 3.0) | extend series_decompose(y, 0)")).toMatch(/non-numeric element/);
    // series_decompose's residual reads the test points too; the forecast does not (see above).
    expect(refusal("print y=dynamic([1, 2, 3, null]) | extend series_decompose(y, 0, 'avg', 1)")).toMatch(/null at index 3/);
    expect(refusal("print f = series_decompose_forecast(dynamic([1, null, 3, 0]), 1, 0)")).toMatch(/series_decompose_forecast\(\).*null at index 1/);
  });

  it("refuses a period longer than the learned points, and Points or Test_points that leave nothing to learn", () => {
    expect(refusal("print y=dynamic([1, 2, 3]) | extend series_decompose(y, 4)")).toMatch(/Seasonality 4 longer than the 3 learned points/);
    expect(refusal("print f = series_decompose_forecast(dynamic([1, 2, 3, 4]), 2, 3)")).toMatch(/Seasonality 3 longer than the 2 learned points/);
    expect(refusal("print f = series_decompose_forecast(dynamic([1, 2]), 2, 0)")).toMatch(/2 test points of a series of 2/);
    expect(refusal("print f = series_decompose_forecast(dynamic([1, 2]), 5, 0)")).toMatch(/5 test points of a series of 2/);
    expect(refusal("print y=dynamic([1, 2, 3]) | extend series_decompose(y, 0, 'avg', -1)")).toMatch(/negative number of test points/);
    expect(refusal("print f = series_decompose_forecast(dynamic([1, 2, 3]), 2, 0, 'linefit')")).toMatch(/linefit' over fewer than two learned points/);
  });

  it("refuses series_decompose nested in an expression, and series_decompose_forecast without a column name", () => {
    expect(refusal("print y=dynamic([1, 2, 3, 4]) | extend s = tostring(series_decompose(y, 2))")).toMatch(/series_decompose\(\) inside an expression/);
    // The analyzer lays out four columns for it (series_decompose's), its page one array.
    expect(refusal("print y=dynamic([1, 2, 3, 4]) | extend series_decompose_forecast(y, 1, 2)")).toMatch(/series_decompose_forecast\(\) without a column name/);
    expect(refusal("print series_decompose_forecast(dynamic([1, 2, 3, 4]), 1)")).toMatch(/Seasonality -1.*; series_decompose_forecast\(\) without a column name/);
  });
});
