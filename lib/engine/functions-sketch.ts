/** Scalar functions over hll()/tdigest() results (sketch/sketches.ts says how exact they are). */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { KqlRuntimeError } from "./errors";
import { asHll, asTDigest, hllOf, tdigestOf, tdigestPercentile, tdigestRank } from "./sketch/sketches";
import { convertTo, toNumber } from "./value-ops";

function percentOf(v: Value, pos: number): number {
  const p = toNumber(v);
  if (p === null || p < 0 || p > 100) throw new KqlRuntimeError(`percentile must be between 0 and 100, got ${String(v)}`, pos);
  return p;
}

const mergeTDigest: FnImpl = ({ g }) => (i) => {
  const sketches = g.map((a) => asTDigest(a(i))).filter((s) => s !== null);
  return sketches.length === 0 ? null : tdigestOf(sketches.flatMap((s) => s.items));
};

export const SKETCH_FUNCTIONS: Record<string, FnImpl> = {
  dcount_hll: ({ g: [h] }) => (i) => asHll(h(i))?.items.length ?? null,
  hll_merge: ({ g }) => (i) => {
    const sketches = g.map((a) => asHll(a(i))).filter((s) => s !== null);
    return sketches.length === 0 ? null : hllOf(sketches.flatMap((s) => s.items));
  },
  merge_tdigest: mergeTDigest,
  // The merge-tdigest-function page: "The merge_tdigest() and tdigest_merge() functions are equivalent"
  // (tdigest_merge is also the aggregate's name; called in a scalar context it is this function).
  tdigest_merge: mergeTDigest,
  percentile_tdigest: ({ g: [t, p, typeArg], call }) => {
    const type = typeArg ? String(typeArg(0)) : undefined;
    return (i) => {
      const s = asTDigest(t(i));
      const v = s ? tdigestPercentile(s, percentOf(p(i), call.pos)) : null;
      return type ? convertTo(type, v) : v;
    };
  },
  percentiles_array_tdigest: ({ g: [t, ...ps], call }) => (i) => {
    const s = asTDigest(t(i));
    if (!s) return null;
    const list = ps.length === 1 && Array.isArray(ps[0](i)) ? (ps[0](i) as Value[]) : ps.map((p) => p(i));
    return list.map((p) => tdigestPercentile(s, percentOf(p, call.pos)));
  },
  rank_tdigest: ({ g: [t, v] }) => (i) => {
    const s = asTDigest(t(i));
    return s ? tdigestRank(s, v(i)) : null;
  },
};
