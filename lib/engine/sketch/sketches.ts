/**
 * hll() and tdigest() results. Kusto's sketches estimate; ours keep every distinct value (hll) or
 * every value with its weight (tdigest), so dcount_hll() and percentile_tdigest() are exact, as
 * dcount() and percentile() already are here. Kusto's answers agree on small inputs (the pages'
 * examples); on large ones Kusto's are estimates. The sketch is a dynamic bag {sketch, items}:
 * Kusto's own binary layout is not documented, so printing a sketch shows ours.
 */
import type { Value } from "../../dataset/columns";
import { compareValues, keyOf, toNumber } from "../value-ops";

export interface HllSketch {
  sketch: "hll";
  items: Value[];
}

export interface TDigestSketch {
  sketch: "tdigest";
  /** [value, weight] pairs, sorted by value. */
  items: [Value, number][];
}

export function asHll(v: Value): HllSketch | null {
  const o = v as unknown as HllSketch | null;
  return o !== null && typeof o === "object" && o.sketch === "hll" && Array.isArray(o.items) ? o : null;
}

export function asTDigest(v: Value): TDigestSketch | null {
  const o = v as unknown as TDigestSketch | null;
  return o !== null && typeof o === "object" && o.sketch === "tdigest" && Array.isArray(o.items) ? o : null;
}

export function hllOf(values: Iterable<Value>): Value {
  const seen = new Map<unknown, Value>();
  for (const v of values) if (v !== null && !seen.has(keyOf(v))) seen.set(keyOf(v), v);
  return { sketch: "hll", items: [...seen.values()] } as unknown as Value;
}

export function tdigestOf(entries: [Value, number][]): Value {
  const items = entries.filter(([v, w]) => v !== null && w > 0).sort((a, b) => compareValues(a[0], b[0]));
  return { sketch: "tdigest", items } as unknown as Value;
}

/** Nearest rank over weights, as percentile()/percentilesw() here (ceil(p/100 × total)). */
export function tdigestPercentile(t: TDigestSketch, p: number): Value {
  const total = t.items.reduce((s, [, w]) => s + w, 0);
  if (total <= 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [v, w] of t.items) {
    seen += w;
    if (seen >= rank) return v;
  }
  return t.items[t.items.length - 1][0];
}

/** The weight of values ≤ v (rank_tdigest page: 685 in 1..1000 has rank 685). */
export function tdigestRank(t: TDigestSketch, v: Value): number | null {
  const x = toNumber(v);
  if (x === null) return null;
  let rank = 0;
  for (const [value, w] of t.items) if (typeof value === "number" && value <= x) rank += w;
  return rank;
}
