/** array_sort_asc / array_sort_desc (their pages). */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import type { KNode } from "./kusto";
import { compareValues, type Getter } from "./value-ops";

/**
 * array_sort_asc/desc(array [, nulls_last = true]) (array-sort-asc page). With several arrays the
 * first is sorted and the others follow its order (a stable sort: ties keep their order); arrays of
 * different lengths give null. The result is the arrays as one array: `f(a, b)[1]` reads the second
 * (as the page's example does); as several output columns it is refused by the validation pass.
 */
export function arraySort(sign: 1 | -1): FnImpl {
  return ({ g, nodes }) => {
    const [a, nl] = g;
    if (nodes.length > 1 && nodes[1].type !== "bool") return sortedTogether(sign, g, nodes);
    return (i) => {
      const v = a(i);
      if (!Array.isArray(v)) return null;
      const nullsLast = nl ? nl(i) !== false : true;
      const values = (v as Value[]).filter((x) => x !== null).sort((x, y) => sign * compareValues(x, y));
      const nulls = (v as Value[]).filter((x) => x === null);
      return nullsLast ? [...values, ...nulls] : [...nulls, ...values];
    };
  };
}

function sortedTogether(sign: 1 | -1, g: Getter[], nodes: KNode[]): Getter {
  const last = nodes.length - 1;
  const arrays = nodes[last].type === "bool" ? g.slice(0, last) : g;
  const nl = nodes[last].type === "bool" ? g[last] : undefined;
  return (i) => {
    const values = arrays.map((a) => a(i));
    if (!values.every((v) => Array.isArray(v) && v.length === (values[0] as Value[]).length)) return null;
    const [first, ...rest] = values as Value[][];
    const nullsLast = nl ? nl(i) !== false : true;
    const order = first.map((_, k) => k);
    order.sort((x, y) => {
      const u = first[x];
      const w = first[y];
      if (u === null || w === null) return u === w ? 0 : (u === null) === nullsLast ? 1 : -1;
      return sign * compareValues(u, w);
    });
    return [first, ...rest].map((arr) => order.map((k) => arr[k]));
  };
}
