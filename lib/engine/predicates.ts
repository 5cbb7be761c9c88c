/** Predicates with fast paths: `in` lists, `between`, and comparisons read straight from column storage. */
import type { Value } from "../dataset/columns";
import type { KNode } from "./kusto";
import { tickBetween } from "./datetime-tick-compare";
import { exactBetween, exactColumnGetter, guardExact } from "./exact-long-ops";
import { ExactLongColumn, constantExact } from "./exact-long";
import { keyGetters } from "./exact-keys";
import { callArgs } from "./functions";
import { compileScalar, type Scope } from "./scalar";
import { STRING_PREDICATES, asText } from "./string-ops";
import { listElements, nameOf, nodes } from "./syntax";
import { columnAccess, findColumn, type ColumnAccess } from "./table";
import { compareValues, constant, keyOf, testKustoText, type Getter } from "./value-ops";

/**
 * Storage of the column an expression reads directly: a column reference, or
 * `column_ifexists("name", default)` when the column exists (the catalog's portable form).
 */
export function referencedColumn(n: KNode, scope: Scope): ColumnAccess | undefined {
  if (scope.aggregates) return undefined;
  if (n.cls === "NameReference" && n.symbol?.kind === "Column") {
    const col = findColumn(scope.table, nameOf(n));
    return col ? columnAccess(col) : undefined;
  }
  if (n.cls === "FunctionCallExpression" && (n.symbol?.name ?? "").toLowerCase() === "column_ifexists") {
    const nameArg = callArgs(n)[0];
    if (!nameArg || nameArg.cls !== "LiteralExpression") return undefined;
    const name = compileScalar(nameArg, scope)(0);
    const col = typeof name === "string" ? findColumn(scope.table, name) : undefined;
    return col ? columnAccess(col) : undefined;
  }
  return undefined;
}

/** Getter testing dictionary membership of a string column: one byte lookup per row. */
export function dictionaryTest(n: KNode, scope: Scope, accept: (s: string) => boolean): Getter | undefined {
  const access = referencedColumn(n, scope);
  if (!access?.ids || !access.dict) return undefined;
  const { ids, dict, sel } = access;
  const mask = new Uint8Array(dict.length);
  dict.forEach((s, id) => {
    mask[id] = accept(s) ? 1 : 0;
  });
  return sel ? (i) => mask[ids[sel[i]]] === 1 : (i) => mask[ids[i]] === 1;
}

/**
 * Direct comparison of a numeric column with a constant. NaN (null) compares false, which is only
 * right where null and false mean the same (`pred`, a where clause); elsewhere null stays null.
 */
export function numericCompare(n: KNode, scope: Scope, kind: string, c: number, pred: boolean): Getter | undefined {
  const access = referencedColumn(n, scope);
  const d = access?.numbers;
  if (!d) return undefined;
  const sel = access.sel;
  if (!pred) {
    const cmp = COMPARE_NUM[kind];
    return sel ? (i) => {
      const v = d[sel[i]];
      return v !== v ? null : cmp(v, c);
    } : (i) => {
      const v = d[i];
      return v !== v ? null : cmp(v, c);
    };
  }
  if (sel) {
    if (kind === "GreaterThanExpression") return (i) => d[sel[i]] > c;
    if (kind === "GreaterThanOrEqualExpression") return (i) => d[sel[i]] >= c;
    if (kind === "LessThanExpression") return (i) => d[sel[i]] < c;
    return (i) => d[sel[i]] <= c;
  }
  if (kind === "GreaterThanExpression") return (i) => d[i] > c;
  if (kind === "GreaterThanOrEqualExpression") return (i) => d[i] >= c;
  if (kind === "LessThanExpression") return (i) => d[i] < c;
  return (i) => d[i] <= c;
}

const COMPARE_NUM: Record<string, (a: number, b: number) => boolean> = {
  GreaterThanExpression: (a, b) => a > b,
  GreaterThanOrEqualExpression: (a, b) => a >= b,
  LessThanExpression: (a, b) => a < b,
  LessThanOrEqualExpression: (a, b) => a <= b,
};

/** Values of an `in (...)` list: scalars, dynamic arrays (flattened) or a tabular expression's first column. */
function inListValues(list: KNode, scope: Scope): { getters: Getter[]; constants: Value[] | null } {
  const getters: Getter[] = [];
  for (const e of listElements(nodes(list)[0] ?? list)) {
    if (e.type === "table") {
      const t = scope.ctx.evalTabular(e);
      const col = t.columns[0];
      for (let i = 0; i < t.length; i++) getters.push(col.view instanceof ExactLongColumn ? constantExact(exactColumnGetter(col.view, Int32Array.of(i))) : constant(col.view.get(i)));
      continue;
    }
    const g = compileScalar(e, scope);
    if (g.constant && Array.isArray(g(0))) for (const v of g(0) as Value[]) getters.push(constant(v));
    else getters.push(g);
  }
  const constants = getters.every((g) => g.constant) ? getters.map((g) => g(0)) : null;
  return { getters, constants };
}

export function compileIn(n: KNode, scope: Scope): Getter {
  const [ln, list] = nodes(n);
  const raw = compileScalar(ln, scope);
  const op = n.children.find((c) => c.isToken)?.text?.toLowerCase() ?? "in";
  const negate = op.startsWith("!");
  const ci = op.endsWith("~");
  const listed = inListValues(list, scope);
  const hasText = n.kind === "HasAnyExpression" || n.kind === "HasAllExpression";
  // `in` over 64-bit longs compares exact keys on both sides (exact-keys.ts); has_any reads text.
  const [l, ...keyed] = hasText ? [guardExact(raw, n, "has_any/has_all")] : keyGetters([raw, ...listed.getters], n, "in");
  const getters = hasText ? listed.getters : keyed;
  const constants = hasText || listed.constants === null ? listed.constants : getters.map((g) => g(0));
  if (hasText) {
    const all = n.kind === "HasAllExpression";
    return (i) => {
      const terms = getters.map((g) => asText(g(i), undefined));
      return testKustoText(l(i), ln.type, (text) => {
        const hits = terms.map((t) => STRING_PREDICATES.HasExpression(text, t));
        return all ? hits.every(Boolean) : hits.some(Boolean);
      });
    };
  }
  const norm = (v: Value) => (ci && typeof v === "string" ? v.toLowerCase() : keyOf(v));
  if (constants) {
    const set = new Set(constants.filter((v) => v !== null).map(norm));
    const test = dictionaryTest(ln, scope, (s) => set.has(norm(s)) !== negate);
    if (test) return test;
  }
  if (constants) {
    const set = new Set(constants.filter((v) => v !== null).map(norm));
    return (i) => {
      const v = l(i);
      if (v === null) return negate ? true : false;
      return set.has(norm(v)) !== negate;
    };
  }
  return (i) => {
    const v = l(i);
    const found = v !== null && getters.some((g) => norm(g(i)) === norm(v));
    return found !== negate;
  };
}

export function compileBetween(n: KNode, scope: Scope): Getter {
  const ticked = tickBetween(n, scope, (x) => compileScalar(x, scope));
  if (ticked) return ticked;
  const [vn, couple] = nodes(n);
  const [lon, hin] = nodes(couple);
  const raw = compileScalar(vn, scope);
  const lo = compileScalar(lon, scope);
  const hiRaw = compileScalar(hin, scope);
  // 64-bit longs and parse_version() decimals compare on their exact values (exact-long-ops.ts).
  const exact = exactBetween(n, [raw, lo, hiRaw], [vn.type, lon.type, hin.type], n.kind === "NotBetweenExpression");
  if (exact) return exact;
  const v = guardExact(raw, n, "between");
  // `x between (d .. 1d)` with a datetime start and timespan end means [d, d+1d].
  const hi: Getter = lon.type === "datetime" && hin.type === "timespan" ? (i) => (lo(i) as number) + (hiRaw(i) as number) : hiRaw;
  const negate = n.kind === "NotBetweenExpression";
  return (i) => {
    const x = v(i);
    const a = lo(i);
    const b = hi(i);
    if (x === null || a === null || b === null) return false;
    const inside = compareValues(x, a) >= 0 && compareValues(x, b) <= 0;
    return inside !== negate;
  };
}

