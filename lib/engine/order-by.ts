/** Row order for sort/order by and top. */
import { compareValues, type Getter } from "./value-ops";

/** Comparator for `order by` keys honouring direction and nulls first/last. */
export function orderComparator(keys: { get: Getter; desc: boolean; nullsFirst: boolean; tie?: (a: number, b: number) => number }[]): (a: number, b: number) => number {
  // Exact 64-bit keys break ties of their doubles (exact-keys.ts); other sorts never look.
  const exact = keys.some((k) => k.tie);
  return (a, b) => {
    for (const k of keys) {
      const va = k.get(a);
      const vb = k.get(b);
      if (va === null || vb === null) {
        if (va === vb) continue;
        if (va === null) return k.nullsFirst ? -1 : 1;
        return k.nullsFirst ? 1 : -1;
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
