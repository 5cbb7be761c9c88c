/**
 * series_decompose() and series_decompose_forecast() with a given seasonality (their pages). The
 * pages' order: seasonal = each phase's median over the learned points (all but the last
 * Test_points), deseasonal = x − seasonal, trend from the deseasonal learned points (avg: their
 * average; linefit: their least-squares line, extended over the test points; none: 0), baseline =
 * seasonal + trend, residual = x − baseline.
 *
 * The median of an even number of phase points is the mean of the two middle ones: series_seasonal's
 * page ("the median of all the values that correspond to the location of the bin, across the
 * periods", the decomposition's wording) prints 1.5 for the phase values 1, 2, 1, 2 of its forced-period
 * example, and the same page prints the phase medians themselves, not centred on zero, as here.
 *
 * Refused by name, because the pages leave them open: Seasonality -1 (the default; autodetection is
 * series_periods_detect, whose scores are not described), a negative or non-integer Seasonality, a
 * Trend other than avg/linefit/none, Test_points < 0 or leaving no learned point, a Seasonality longer
 * than the learned points (a phase with no point to take a median of, or no phase seen twice), linefit
 * over fewer than two learned points, and a null, NaN or non-numeric element the result reads (the
 * pages do not say how a median, an average or a line treats one). A value that is no array gives null,
 * as the engine's other series functions do. Seasonality_threshold matters only with autodetection.
 */
import type { Value } from "../dataset/columns";
import { KqlUnsupportedError } from "./errors";
import type { FnArgs, FnImpl } from "./functions";
import { median } from "./functions-series-filters";
import type { KNode } from "./kusto";
import { allTokens, unsupported } from "./syntax";
import type { Getter } from "./value-ops";

interface Decomposition {
  baseline: number[];
  seasonal: number[];
  trend: number[];
  residual: number[];
}

type Refuse = (what: string) => never;

const AUTODETECT = "with Seasonality -1, its default (autodetection by series_periods_detect, whose scores the reference does not describe)";

/**
 * The static pass's refusals (support.ts), seen in the query text alone: an absent or literal -1
 * Seasonality, and series_decompose_forecast() as a whole unnamed extend/project/print item, where the
 * analyzer lays out series_decompose's four columns while the page returns one array.
 */
export function decomposeRefusals(name: string, args: KNode[], wholeItem: boolean): string[] {
  const k = name === "series_decompose" ? 1 : name === "series_decompose_forecast" ? 2 : -1;
  if (k < 0) return [];
  const out: string[] = [];
  if (!args[k] || allTokens(args[k]).join("") === "-1") out.push(`${name}() ${AUTODETECT}`);
  if (name === "series_decompose_forecast" && wholeItem) out.push("series_decompose_forecast() without a column name (name it: f = series_decompose_forecast(...))");
  return out;
}

function integer(v: Value, name: string, refuse: Refuse): number {
  if (typeof v !== "number" || !Number.isInteger(v)) return refuse(`${name} ${v === null ? "null" : JSON.stringify(v)} (an integer is required)`);
  return v;
}

function lineFit(y: number[], length: number): number[] {
  const n = y.length;
  const mx = (n - 1) / 2;
  const my = y.reduce((s, t) => s + t, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let k = 0; k < n; k++) {
    sxy += (k - mx) * (y[k] - my);
    sxx += (k - mx) ** 2;
  }
  const slope = sxy / sxx;
  return Array.from({ length }, (_, k) => my + slope * (k - mx));
}

/** The decomposition of `xs` learning from its first `learned` points; the others may be anything unless `readAll`. */
function decompose(xs: Value[], period: number, trendKind: string, testPoints: number, readAll: boolean, refuse: Refuse): Decomposition {
  const n = xs.length;
  const learned = n - testPoints;
  if (testPoints < 0) return refuse(`a negative number of test points (${testPoints})`);
  if (learned < 1) return refuse(`${testPoints} test points of a series of ${n} (no point left to learn from)`);
  const read = readAll ? n : learned;
  for (let k = 0; k < read; k++) {
    const v = xs[k];
    if (typeof v !== "number" || !Number.isFinite(v)) return refuse(`a series with a null, NaN or non-numeric element (${JSON.stringify(v)} at index ${k})`);
  }
  if (period > learned) return refuse(`Seasonality ${period} longer than the ${learned} learned points`);
  if (trendKind === "linefit" && learned < 2) return refuse("Trend 'linefit' over fewer than two learned points");
  const x = xs as number[];
  const train = x.slice(0, learned);
  let seasonal: number[] = new Array<number>(n).fill(0);
  if (period > 0) {
    const phases = Array.from({ length: period }, () => [] as number[]);
    train.forEach((v, k) => phases[k % period].push(v));
    const medians = phases.map(median);
    seasonal = seasonal.map((_, k) => medians[k % period]);
  }
  const deseasonal = train.map((v, k) => v - seasonal[k]);
  let trend: number[];
  if (trendKind === "avg") {
    const avg = deseasonal.reduce((s, t) => s + t, 0) / learned;
    trend = new Array<number>(n).fill(avg);
  } else if (trendKind === "linefit") trend = lineFit(deseasonal, n);
  else trend = new Array<number>(n).fill(0);
  const baseline = seasonal.map((s, k) => s + trend[k]);
  const residual = readAll ? x.map((v, k) => v - baseline[k]) : [];
  return { baseline, seasonal, trend, residual };
}

/** Seasonality, Trend and Test_points of one row, each refused by name when the pages leave it open. */
function options(fn: string, row: number, refuse: Refuse, season: Getter, trend?: Getter, points?: Getter) {
  const period = integer(season(row), "Seasonality", refuse);
  if (period === -1) return refuse(AUTODETECT);
  if (period < 0) return refuse(`Seasonality ${period} (the pages allow -1, 0 or a positive period)`);
  const t = trend ? trend(row) : "avg";
  if (t !== "avg" && t !== "linefit" && t !== "none") return refuse(`Trend ${JSON.stringify(t)} (the pages allow 'avg', 'linefit' or 'none')`);
  const testPoints = points ? integer(points(row), fn === "series_decompose" ? "Test_points" : "Points", refuse) : 0;
  return { period, trendKind: t, testPoints };
}

const refuser = (fn: string, call: KNode): Refuse => (what) => {
  throw new KqlUnsupportedError(`${fn}() ${what}`, call.pos);
};

/** series_decompose(Series, Seasonality, Trend, Test_points, Seasonality_threshold): one record per row. */
export const seriesDecompose = ({ g: [s, season, trend, points], call }: FnArgs): Getter => {
  const refuse = refuser("series_decompose", call);
  return (i) => {
    const v = s(i);
    if (!Array.isArray(v)) return null;
    const o = options("series_decompose", i, refuse, season, trend, points);
    return { ...decompose(v as Value[], o.period, o.trendKind, o.testPoints, true, refuse) } as Value;
  };
};

export const SERIES_DECOMPOSE_FUNCTIONS: Record<string, FnImpl> = {
  // Forecast = the baseline learned without the last Points, which may hold anything (make-series' empty slots).
  series_decompose_forecast: ({ g: [s, points, season, trend], call }) => {
    const refuse = refuser("series_decompose_forecast", call);
    return (i) => {
      const v = s(i);
      if (!Array.isArray(v)) return null;
      const o = options("series_decompose_forecast", i, refuse, season, trend, points);
      return decompose(v as Value[], o.period, o.trendKind, o.testPoints, false, refuse).baseline;
    };
  },
  // Its four columns come from multi-column.ts; nested in an expression there is no one value to give.
  series_decompose: ({ call }) => unsupported(call, "series_decompose() inside an expression (extend it alone, or assign its four columns to a tuple)"),
};
