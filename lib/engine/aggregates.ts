/**
 * Aggregation functions of summarize/make-series. Rows are first assigned a group id; each
 * aggregator then runs one tight loop over (group, row) with per-group typed arrays.
 * dcount is exact here (Kusto estimates with HLL); percentile(s) use nearest rank, as Kusto's
 * documentation describes (the value at rank ceil(p/100 × n), no interpolation).
 */
import type { Value } from "../dataset/columns";
import { KqlRuntimeError, KqlUnsupportedError } from "./errors";
import type { KNode } from "./kusto";
import { MORE_AGGREGATES } from "./aggregates-more";
import { WEIGHTED_AGGREGATES } from "./aggregates-weighted";
import { SKETCH_AGGREGATES } from "./aggregates-sketch";
import { SCHEMA_AGGREGATES } from "./aggregates-schema";
import { compareValues, dynamicForm, keyOf, toNumber, type Getter } from "./value-ops";

export interface AggregateInput {
  args: Getter[];
  argNodes: KNode[];
  groupOf: Int32Array;
  groups: number;
  rows: number;
  /** arg_max/arg_min with `*` or column lists: getters for the carried columns. */
  carried: Getter[];
}

/** Result: one array of per-group values per output column. */
export type AggregateFn = (a: AggregateInput) => Value[][];

function perGroup<T>(groups: number, init: () => T): T[] {
  const out = new Array<T>(groups);
  for (let g = 0; g < groups; g++) out[g] = init();
  return out;
}

function count({ groupOf, groups, rows }: AggregateInput): Value[][] {
  const c = new Float64Array(groups);
  for (let i = 0; i < rows; i++) c[groupOf[i]]++;
  return [Array.from(c)];
}

function countif({ args: [p], groupOf, groups, rows }: AggregateInput): Value[][] {
  const c = new Float64Array(groups);
  for (let i = 0; i < rows; i++) if (p(i) === true) c[groupOf[i]]++;
  return [Array.from(c)];
}

function sumLike(mode: "sum" | "avg", withPredicate: boolean): AggregateFn {
  return ({ args: [x, p], groupOf, groups, rows }) => {
    const s = new Float64Array(groups);
    const n = new Float64Array(groups);
    for (let i = 0; i < rows; i++) {
      if (withPredicate && p(i) !== true) continue;
      const v = x(i);
      if (typeof v !== "number") continue;
      if (v !== v) return nanRefused(mode);
      const g = groupOf[i];
      s[g] += v;
      n[g]++;
    }
    const out = new Array<Value>(groups);
    // The summarize page's default values: sum/sumif give 0 when they have no value to add (an empty
    // input, a group whose values are all null, which aggregates ignore, or none of whose rows match
    // sumif's predicate). avg is sum / count: the page's own example prints NaN for avg of an empty
    // input although its table lists avg under "all others: null", so the 0/0 is what Kusto returns.
    // A group with no value to average is the same 0/0: published queries guard exactly that
    // (Azure Monitor Baseline Alerts' `avgif(...) by _ResourceId | extend k = iff(isnan(k), 0.0, k)`,
    // Application Insights' report sample `iff(isnan(avg(duration)), ...)`), a guard that would do
    // nothing against null.
    for (let g = 0; g < groups; g++) out[g] = n[g] > 0 ? (mode === "sum" ? s[g] : s[g] / n[g]) : mode === "sum" ? 0 : NaN;
    return [out];
  };
}

/**
 * Values read from columns are never NaN (a stored NaN means null), so a NaN here was computed
 * (0.0/0): Kusto does not document how sum/avg treat it, so it is refused rather than skipped.
 */
function nanRefused(mode: string): never {
  throw new KqlUnsupportedError(`${mode}() over a NaN value`, undefined, "Kusto does not document whether NaN propagates or is skipped");
}

function extremum(sign: 1 | -1, withPredicate: boolean): AggregateFn {
  return ({ args: [x, p], groupOf, groups, rows }) => {
    const best = new Array<Value>(groups).fill(null);
    for (let i = 0; i < rows; i++) {
      if (withPredicate && p(i) !== true) continue;
      const v = x(i);
      if (v === null) continue;
      const g = groupOf[i];
      const b = best[g];
      if (b === null || compareValues(v, b) * sign > 0) best[g] = v;
    }
    return [best];
  };
}

function argExtremum(sign: 1 | -1): AggregateFn {
  return ({ args: [x], carried, groupOf, groups, rows }) => {
    const best = new Array<Value>(groups).fill(null);
    const at = new Int32Array(groups).fill(-1);
    for (let i = 0; i < rows; i++) {
      const v = x(i);
      const g = groupOf[i];
      if (at[g] === -1) at[g] = i;
      if (v === null) continue;
      const b = best[g];
      if (b === null || compareValues(v, b) * sign > 0) {
        best[g] = v;
        at[g] = i;
      }
    }
    return [best, ...carried.map((c) => Array.from(at, (i) => (i < 0 ? null : c(i))))];
  };
}

function collect(unique: boolean, withPredicate: boolean, defaultLimit = 1_048_576): AggregateFn {
  return ({ args: [x, a2, a3], argNodes, groupOf, groups, rows }) => {
    const p = withPredicate ? a2 : undefined;
    const limitArg = withPredicate ? a3 : a2;
    const limit = limitArg ? (toNumber(limitArg(0)) ?? defaultLimit) : defaultLimit;
    const form = dynamicForm(argNodes[0]?.type);
    const lists = perGroup<Value[]>(groups, () => []);
    const seen = unique ? perGroup(groups, () => new Set<unknown>()) : [];
    // A dynamic array contributes its elements, for make_list as for make_set: the pages build a
    // MultiPolygon with make_list(pack_array(polygon.coordinates)) and flatten rings with
    // make_list(rings) (geo-polygon-to-h3cells, geo-h3cell-rings).
    const expand = argNodes[0]?.type === "dynamic";
    for (let i = 0; i < rows; i++) {
      if (p && p(i) !== true) continue;
      const raw = x(i);
      if (raw === null) continue;
      const g = groupOf[i];
      const items = expand && Array.isArray(raw) ? (raw as Value[]) : [raw];
      for (const v of items) {
        if (lists[g].length >= limit) break;
        if (unique) {
          const k = keyOf(v);
          if (seen[g].has(k)) continue;
          seen[g].add(k);
        }
        lists[g].push(form(v));
      }
    }
    return [lists];
  };
}

/**
 * dcount/dcountif/hll/hll_if's accuracy (the estimation-accuracy table of their pages): levels 0 to 4, the
 * default 1. The count here is exact, within every level's error, so a listed level changes nothing; any
 * other value is not documented (the table is the whole list) and is refused rather than ignored.
 */
export function checkAccuracy(fn: string, accuracy: Getter | undefined, node: KNode | undefined): void {
  if (!accuracy) return;
  const level = accuracy.constant ? toNumber(accuracy(0)) : null;
  if (level === null || !Number.isInteger(level) || level < 0 || level > 4)
    throw new KqlUnsupportedError(accuracy.constant ? `${fn}() with accuracy ${String(accuracy(0))}` : `${fn}() with an accuracy that is not a constant`, node?.pos, "the estimation-accuracy table lists levels 0 to 4");
}

function dcount(withPredicate: boolean, fn: string): AggregateFn {
  return ({ args: [x, p, acc], argNodes, groupOf, groups, rows }) => {
    checkAccuracy(fn, withPredicate ? acc : p, argNodes[withPredicate ? 2 : 1]);
    const sets = perGroup(groups, () => new Set<unknown>());
    for (let i = 0; i < rows; i++) {
      if (withPredicate && p(i) !== true) continue;
      const v = x(i);
      if (v !== null) sets[groupOf[i]].add(keyOf(v));
    }
    return [sets.map((s) => s.size)];
  };
}

/** Nearest-rank percentile of sorted values. */
export function nearestRank(sorted: Value[], p: number): Value {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

function percentiles({ args, groupOf, groups, rows }: AggregateInput): Value[][] {
  const [x, ...ps] = args;
  const values = perGroup<Value[]>(groups, () => []);
  for (let i = 0; i < rows; i++) {
    const v = x(i);
    if (v !== null) values[groupOf[i]].push(v);
  }
  for (const vs of values) vs.sort(compareValues);
  return ps.map((pg) => {
    const p = toNumber(pg(0));
    if (p === null || p < 0 || p > 100) throw new KqlRuntimeError(`percentile must be between 0 and 100, got ${String(pg(0))}`);
    return values.map((vs) => nearestRank(vs, p));
  });
}

/**
 * One row per group for every expression; with a single expression, "it will attempt to return a
 * non-null/non-empty value, if such value is present" (take_any reference): a row with an empty
 * value is kept only until a row with a value turns up.
 */
function takeAny({ args, groupOf, groups, rows }: AggregateInput): Value[][] {
  const at = new Int32Array(groups).fill(-1);
  const only = args.length === 1 ? args[0] : undefined;
  const settled = new Uint8Array(groups);
  for (let i = 0; i < rows; i++) {
    const g = groupOf[i];
    if (settled[g]) continue;
    if (at[g] === -1) at[g] = i;
    const v = only ? only(i) : 0;
    if (v !== null && v !== "") {
      at[g] = i;
      settled[g] = 1;
    }
  }
  return args.map((a) => Array.from(at, (i) => (i < 0 ? null : a(i))));
}

/**
 * take_anyif(expr, predicate): take_any over the rows whose predicate is true ("If the predicate doesn't
 * return 'true', a null value is produced"), preferring a non-null/non-empty value as take_any does.
 */
function takeAnyIf({ args: [x, p], groupOf, groups, rows }: AggregateInput): Value[][] {
  const chosen = new Array<Value>(groups).fill(null);
  const settled = new Uint8Array(groups);
  for (let i = 0; i < rows; i++) {
    const g = groupOf[i];
    if (settled[g] || p(i) !== true) continue;
    const v = x(i);
    if (chosen[g] === null) chosen[g] = v;
    if (v !== null && v !== "") {
      chosen[g] = v;
      settled[g] = 1;
    }
  }
  return [chosen];
}

/**
 * variance/stdev (sample, n − 1) and -p (population, n), per the variance and stdev pages' formulas.
 * Accumulated with Welford's update (running mean and sum of squared deviations), not as
 * Σx² − (Σx)²/n: that difference cancels catastrophically for values close together far from 0
 * (1e9 + 0.5 and 1e9 + 1.5 gave 0 instead of 0.5; 1000, 1000.1, 1000.2 was off in the 8th digit).
 */
function variance(sample: boolean, sqrt: boolean, withPredicate = false): AggregateFn {
  return ({ args: [x, p], groupOf, groups, rows }) => {
    const n = new Float64Array(groups);
    const mean = new Float64Array(groups);
    const m2 = new Float64Array(groups);
    for (let i = 0; i < rows; i++) {
      if (withPredicate && p(i) !== true) continue;
      const v = x(i);
      if (typeof v !== "number") continue;
      const g = groupOf[i];
      const delta = v - mean[g];
      mean[g] += delta / ++n[g];
      m2[g] += delta * (v - mean[g]);
    }
    return [
      Array.from(n, (cnt, g) => {
        const d = sample ? cnt - 1 : cnt;
        // Nothing to aggregate (an empty input, a group of nulls or of rows the predicate rejects) or a
        // single value: the summarize page's default 0 for variance/stdev and their -if forms.
        if (d <= 0) return 0;
        const varc = m2[g] / d;
        return sqrt ? Math.sqrt(varc) : varc;
      }),
    ];
  };
}

export const AGGREGATES: Record<string, AggregateFn> = {
  count,
  countif,
  dcount: dcount(false, "dcount"),
  dcountif: dcount(true, "dcountif"),
  count_distinct: dcount(false, "count_distinct"),
  count_distinctif: dcount(true, "count_distinctif"),
  sum: sumLike("sum", false),
  sumif: sumLike("sum", true),
  avg: sumLike("avg", false),
  avgif: sumLike("avg", true),
  min: extremum(-1, false),
  max: extremum(1, false),
  minif: extremum(-1, true),
  maxif: extremum(1, true),
  make_set: collect(true, false),
  // make_set's page: "Deprecated aliases: makeset()" and "the deprecated version has a default maxSize limit of 128".
  makeset: collect(true, false, 128),
  make_list: collect(false, false),
  make_set_if: collect(true, true),
  make_list_if: collect(false, true),
  arg_max: argExtremum(1),
  arg_min: argExtremum(-1),
  percentile: percentiles,
  percentiles: percentiles,
  take_any: takeAny,
  any: takeAny,
  take_anyif: takeAnyIf,
  // take_anyif's page: "Deprecated aliases: anyif()".
  anyif: takeAnyIf,
  // make_list's page: "Deprecated aliases: makelist()" and "the deprecated version has a default maxSize limit of 128".
  makelist: collect(false, false, 128),
  stdev: variance(true, true),
  stdevp: variance(false, true),
  variance: variance(true, false),
  variancep: variance(false, false),
  stdevif: variance(true, true, true),
  stdevpif: variance(false, true, true),
  varianceif: variance(true, false, true),
  variancepif: variance(false, false, true),
  ...MORE_AGGREGATES,
  ...WEIGHTED_AGGREGATES,
  ...SKETCH_AGGREGATES,
  ...SCHEMA_AGGREGATES,
};

export function isAggregate(name: string): boolean {
  return name.toLowerCase() in AGGREGATES;
}
