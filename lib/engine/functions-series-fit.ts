/**
 * series_fit_line_dynamic (series-fit-line-dynamic-function page): least squares over x = 1..n,
 * the page's worked example fixes the rest: variance is the sample variance of y, rvariance the
 * residual sum of squares over n − 1. A series with a non-numeric element or fewer than two points
 * is refused by name rather than given a guessed fit.
 */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { unsupported } from "./syntax";

export const seriesFitLineDynamic: FnImpl = ({ g: [a], call }) => (i) => {
  const v = a(i);
  if (!Array.isArray(v)) return null;
  const ys = v as Value[];
  if (ys.length < 2 || !ys.every((y) => typeof y === "number" && Number.isFinite(y))) {
    return unsupported(call, "series_fit_line_dynamic of a series with fewer than two points or a non-numeric element");
  }
  const y = ys as number[];
  const n = y.length;
  const mx = (n + 1) / 2;
  const my = y.reduce((s, t) => s + t, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let sst = 0;
  for (let k = 0; k < n; k++) {
    sxy += (k + 1 - mx) * (y[k] - my);
    sxx += (k + 1 - mx) ** 2;
    sst += (y[k] - my) ** 2;
  }
  const slope = sxy / sxx;
  const interception = my - slope * mx;
  const lineFit = y.map((_, k) => interception + slope * (k + 1));
  const ssr = y.reduce((s, t, k) => s + (t - lineFit[k]) ** 2, 0);
  return { rsquare: sst === 0 ? null : 1 - ssr / sst, slope, variance: sst / (n - 1), rvariance: ssr / (n - 1), interception, line_fit: lineFit };
};

export const SERIES_FIT_FUNCTIONS: Record<string, FnImpl> = {
  series_fit_line_dynamic: seriesFitLineDynamic,
  // Its six columns come from multi-column.ts; nested in an expression there is no one value to give.
  series_fit_line: ({ call }) => unsupported(call, "series_fit_line() inside an expression (use series_fit_line_dynamic())"),
};
