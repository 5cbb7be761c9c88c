/** Row order for sort/order by and top. */
import type { Value } from "../dataset/columns";
import { compareValues, type Getter } from "./value-ops";

const isNaNValue = (v: Value) => typeof v === "number" && v !== v;

/**
 * Where null and NaN go (sort-operator page, "Using special floating-point values"): they stay
 * together, null before NaN at the start (nulls first: null, NaN, -inf … +inf, in either direction)
 * and NaN before null at the end (nulls last: … , NaN, null), whatever the direction. The rank of a
 * value among those three kinds; values among themselves are compared apart. compareValues() alone
 * gives 0 for NaN against anything, which left NaN wherever the sort happened to put it.
 */
function place(v: Value, nullsFirst: boolean): number {
  if (v === null) return nullsFirst ? 0 : 3;
  if (isNaNValue(v)) return nullsFirst ? 1 : 2;
  return nullsFirst ? 2 : 1;
}

/** Comparator for `order by` keys honouring direction and nulls first/last. */
export function orderComparator(keys: { get: Getter; desc: boolean; nullsFirst: boolean; tie?: (a: number, b: number) => number }[]): (a: number, b: number) => number {
  // Exact 64-bit keys break ties of their doubles (exact-keys.ts); other sorts never look.
  const exact = keys.some((k) => k.tie);
  return (a, b) => {
    for (const k of keys) {
      const va = k.get(a);
      const vb = k.get(b);
      if (va === null || vb === null || isNaNValue(va) || isNaNValue(vb)) {
        const c = place(va, k.nullsFirst) - place(vb, k.nullsFirst);
        if (c !== 0) return c;
        continue;
      }
      const c = compareValues(va, vb);
      if (c !== 0) return k.desc ? -c : c;
      if (exact && k.tie) {
        const t = k.tie(a, b);
        if (t !== 0) return k.desc ? -t : t;
      }
    }
    return a - b;
  };
}
