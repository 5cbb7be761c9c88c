/** hll()/hll_if()/hll_merge() and tdigest()/tdigest_merge() as aggregates (sketch/sketches.ts). */
import type { Value } from "../dataset/columns";
import { checkAccuracy, type AggregateFn } from "./aggregates";
import { asHll, asTDigest, hllOf, tdigestOf } from "./sketch/sketches";
import { toNumber } from "./value-ops";

function perGroup<T>(groups: number, init: () => T): T[] {
  return Array.from({ length: groups }, init);
}

function hll(withPredicate: boolean, merge: boolean): AggregateFn {
  return ({ args: [x, p, acc], argNodes, groupOf, groups, rows }) => {
    if (!merge) checkAccuracy(withPredicate ? "hll_if" : "hll", withPredicate ? acc : p, argNodes[withPredicate ? 2 : 1]);
    const values = perGroup<Value[]>(groups, () => []);
    for (let i = 0; i < rows; i++) {
      if (withPredicate && p(i) !== true) continue;
      const v = x(i);
      if (v === null) continue;
      if (!merge) values[groupOf[i]].push(v);
      else values[groupOf[i]].push(...(asHll(v)?.items ?? []));
    }
    // No value at all: null (the summarize page prints hll of an empty input as an empty cell).
    return [values.map((vs) => (vs.length === 0 ? null : hllOf(vs)))];
  };
}

function tdigest(merge: boolean): AggregateFn {
  return ({ args: [x, w], groupOf, groups, rows }) => {
    const entries = perGroup<[Value, number][]>(groups, () => []);
    for (let i = 0; i < rows; i++) {
      const v = x(i);
      if (v === null) continue;
      if (merge) {
        entries[groupOf[i]].push(...(asTDigest(v)?.items ?? []));
        continue;
      }
      const weight = w ? toNumber(w(i)) : 1;
      if (weight !== null && weight > 0) entries[groupOf[i]].push([v, Math.trunc(weight)]);
    }
    return [entries.map((e) => (e.length === 0 ? null : tdigestOf(e)))];
  };
}

export const SKETCH_AGGREGATES: Record<string, AggregateFn> = {
  hll: hll(false, false),
  hll_if: hll(true, false),
  hll_merge: hll(false, true),
  tdigest: tdigest(false),
  tdigest_merge: tdigest(true),
  merge_tdigest: tdigest(true),
};
