/**
 * series_iir() and series_seasonal() (their pages). A series with a non-numeric element is refused:
 * the pages do not say how a filter or a median treats one.
 */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { KqlUnsupportedError } from "./errors";
import { unsupported } from "./syntax";
import { toLong } from "./value-ops";

function numbers(v: Value, what: string, pos: number): number[] | null {
  if (!Array.isArray(v)) return null;
  if (!v.every((x) => typeof x === "number")) throw new KqlUnsupportedError(`${what} over an array with a non-numeric element`, pos);
  return v as number[];
}

/** y[n] = (Σ b[k]·x[n−k] − Σ_{k≥1} a[k]·y[n−k]) / a[0]: the page's difference equation. */
function iir(x: number[], b: number[], a: number[]): number[] | null {
  if (a.length === 0 || a[0] === 0 || b.length === 0) return null;
  const y: number[] = [];
  for (let n = 0; n < x.length; n++) {
    let acc = 0;
    for (let k = 0; k < b.length && k <= n; k++) acc += b[k] * x[n - k];
    for (let k = 1; k < a.length && k <= n; k++) acc -= a[k] * y[n - k];
    y.push(acc / a[0]);
  }
  return y;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const SERIES_FILTER_FUNCTIONS: Record<string, FnImpl> = {
  series_iir: ({ g: [s, num, den], call }) => (i) => {
    const x = numbers(s(i), "series_iir()", call.pos);
    const b = numbers(num(i), "series_iir()", call.pos);
    const a = numbers(den(i), "series_iir()", call.pos);
    return x && b && a ? iir(x, b, a) : null;
  },
  // The seasonal component: each phase's median over the periods (the page's 1, 2, 1, 2 → 1.5).
  series_seasonal: ({ g: [s, p, ...testPoints], call }) => {
    // The analyzer's third parameter, test_points, is not on the page (series_seasonal(series [, period])):
    // whether it drops the last points from the medians is a guess, so it is refused by name.
    if (testPoints.length > 0) return unsupported(call, "series_seasonal() with a third (test_points) argument, which its page does not document");
    if (!p || !p.constant || (toLong(p(0)) ?? -1) < 0) return unsupported(call, "series_seasonal() without a period (Kusto detects it with series_periods_detect)");
    const period = toLong(p(0)) as number;
    return (i) => {
      const x = numbers(s(i), "series_seasonal()", call.pos);
      if (!x) return null;
      if (period <= 1) return x.map(() => 0);
      const medians = Array.from({ length: period }, (_, ph) => median(x.filter((_, k) => k % period === ph)));
      return x.map((_, k) => medians[k % period]);
    };
  },
};
