/**
 * percentilesw / percentilesw_array (weighted) and percentiles_array: nearest rank as for
 * percentile(s) (aggregates.ts), a value counting as many times as its weight (the percentilesw
 * page: 10×8, 20×6, 30×3, 40×1 give 20, 20, 40 at 50, 75, 99.9).
 */
import type { Value } from "../dataset/columns";
import type { AggregateFn, AggregateInput } from "./aggregates";
import { KqlRuntimeError } from "./errors";
import { compareValues, toNumber, type Getter } from "./value-ops";

/** The percentiles asked for: constants, or one dynamic array of them. */
function percentsOf(ps: Getter[]): number[] {
  const raw = ps.length === 1 && Array.isArray(ps[0](0)) ? (ps[0](0) as Value[]) : ps.map((p) => p(0));
  return raw.map((v) => {
    const p = toNumber(v);
    if (p === null || p < 0 || p > 100) throw new KqlRuntimeError(`percentile must be between 0 and 100, got ${String(v)}`);
    return p;
  });
}

function weightedRank(entries: [Value, number][], total: number, p: number): Value {
  if (entries.length === 0 || total <= 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [v, w] of entries) {
    seen += w;
    if (seen >= rank) return v;
  }
  return entries[entries.length - 1][0];
}

function weighted(asArray: boolean, hasWeight: boolean): AggregateFn {
  return ({ args, groupOf, groups, rows }: AggregateInput) => {
    const [x, w, ...ps] = hasWeight ? args : [args[0], undefined, ...args.slice(1)];
    const percents = percentsOf(ps as Getter[]);
    const entries = Array.from({ length: groups }, () => [] as [Value, number][]);
    const totals = new Float64Array(groups);
    for (let i = 0; i < rows; i++) {
      const v = x(i);
      if (v === null) continue;
      // Weights are whole numbers (the page); a row of weight ≤ 0 or null counts for nothing.
      const weight = w ? toNumber(w(i)) : 1;
      if (weight === null || weight <= 0) continue;
      entries[groupOf[i]].push([v, Math.trunc(weight)]);
      totals[groupOf[i]] += Math.trunc(weight);
    }
    for (const e of entries) e.sort((a, b) => compareValues(a[0], b[0]));
    const per = percents.map((p) => entries.map((e, g) => weightedRank(e, totals[g], p)));
    return asArray ? [entries.map((_, g) => (entries[g].length === 0 ? null : per.map((col) => col[g])))] : per;
  };
}

export const WEIGHTED_AGGREGATES: Record<string, AggregateFn> = {
  percentilesw: weighted(false, true),
  percentilew: weighted(false, true),
  percentilesw_array: weighted(true, true),
  percentiles_array: weighted(true, false),
};
