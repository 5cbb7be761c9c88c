/** Array and property-bag construction (array_length, array_concat, array_sort_*, pack_array, bag_pack, ...). */
import type { Value } from "../dataset/columns";
import type { FnArgs, FnImpl } from "./functions";
import { dynamicText } from "./dynamic-text";
import { arraySort } from "./functions-array-sort";
import { map1 } from "./functions-core";
import { compileScalar } from "./scalar";
import { dynamicForm, type Getter } from "./value-ops";

function packBag({ g, nodes }: FnArgs): Getter {
  const forms = nodes.map((n) => dynamicForm(n.type));
  return (i) => {
    const o: Record<string, Value> = {};
    for (let k = 0; k + 1 < g.length; k += 2) o[String(g[k](i))] = forms[k + 1](g[k + 1](i));
    return o;
  };
}

export const ARRAY_FUNCTIONS: Record<string, FnImpl> = {
  array_length: map1((v) => (Array.isArray(v) ? v.length : null)),
  array_concat: ({ g }) => (i) => g.flatMap((a) => (Array.isArray(a(i)) ? (a(i) as Value[]) : [])),
  strcat_array: ({ g: [a, d] }) => (i) => {
    const arr = a(i);
    return Array.isArray(arr) ? arr.map((v) => (typeof v === "object" && v !== null ? dynamicText(v) : String(v ?? ""))).join(String(d(i))) : "";
  },
  array_sort_asc: arraySort(1),
  array_sort_desc: arraySort(-1),
  pack_array: ({ g, nodes, scope }) => {
    if (g.length === 0 && nodes.length > 0) {
      // pack_array(*): "packs all input columns" (its page), in their order; a column the query hides
      // (unnamed billing columns) is left out, as pack_all() leaves it (functions-pack.ts).
      const parts = nodes.flatMap((n) =>
        n.cls === "StarExpression"
          ? (scope.input ?? scope.table).columns.filter((c) => !scope.ctx.hidden?.(c.name)).map((c) => ({ get: (i: number) => c.view.get(i), form: dynamicForm(c.type) }))
          : [{ get: compileScalar(n, scope), form: dynamicForm(n.type) }],
      );
      return (i) => parts.map((p) => p.form(p.get(i)));
    }
    const forms = nodes.map((n) => dynamicForm(n.type));
    return (i) => g.map((a, k) => forms[k](a(i)));
  },
  bag_pack: packBag,
  pack: packBag,
  bag_keys: map1((v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v) : null)),
};
