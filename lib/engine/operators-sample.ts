/**
 * sample and sample-distinct (their pages): up to N random rows, or up to N random distinct values of
 * one column. Both are non-deterministic by design, so tests check shapes, never values. The pages
 * promise neither an order nor a distribution ("geared for speed rather than even distribution");
 * here every row (value) is equally likely and the picked ones keep their input order. A real N is
 * truncated toward zero (the pages accept "any numeric expression" without saying more); N <= 0
 * gives no rows.
 */
import type { KNode } from "./kusto";
import { columnGetter, compileScalar, type QueryContext } from "./scalar";
import { nameOf, nodes, unsupported } from "./syntax";
import { findColumn, gatherTable, valuesColumn, type ETable } from "./table";
import { keyOf, toNumber } from "./value-ops";
import { exactLongColumn, hasExact } from "./exact-long";
import { exactKeyGetter } from "./exact-keys";

function countOf(op: KNode, node: KNode | undefined, input: ETable, ctx: QueryContext): number {
  if (!node) return unsupported(op, "sample without a count");
  const v = toNumber(compileScalar(node, { table: { length: 1, columns: [] }, ctx })(0));
  if (v === null || !Number.isFinite(v)) return input.length;
  return Math.max(0, Math.trunc(v));
}

/** k distinct indexes of [0, n), uniformly (partial Fisher-Yates), ascending. */
export function pickIndexes(n: number, k: number, random: () => number = Math.random): Int32Array {
  if (k >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, k).sort();
}

export function sample(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const n = countOf(op, nodes(op).find((c) => c.cls !== "SyntaxList"), input, ctx);
  return gatherTable(input, pickIndexes(input.length, n));
}

export function sampleDistinct(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const parts = nodes(op).filter((c) => c.cls !== "SyntaxList");
  const [countNode, columnNode] = parts;
  if (!columnNode || columnNode.cls !== "NameReference" || !findColumn(input, nameOf(columnNode))) return unsupported(op, "sample-distinct of an expression that is not a column");
  const name = nameOf(columnNode);
  const col = findColumn(input, name);
  const get = columnGetter(input, name);
  // 64-bit longs are told apart by their exact values, and the picked rows keep them (exact-keys.ts).
  const key = hasExact(get) ? exactKeyGetter(get) : get;
  const seen = new Set<unknown>();
  const rows: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const k = keyOf(key(i));
    if (seen.has(k)) continue;
    seen.add(k);
    rows.push(i);
  }
  const picked = Array.from(pickIndexes(rows.length, countOf(op, countNode, input, ctx)), (k) => rows[k]);
  const schemaName = op.columns?.[0]?.name ?? name;
  const exact = hasExact(get) ? exactLongColumn(picked.length, (k) => get.exact(picked[k])) : undefined;
  return { length: picked.length, columns: [exact ? { name: schemaName, type: "long", view: exact } : valuesColumn(schemaName, col?.type ?? "dynamic", picked.map((r) => get(r)))] };
}

/**
 * Whether evaluating `n` twice may give two answers: it samples or calls rand() outside a
 * materialize(). The sample page: a `let` of a sample, referenced twice, "yields two different
 * rows" unless materialized — such a let is evaluated at each reference, not cached.
 */
export function nondeterministic(n: KNode): boolean {
  if (n.isToken || n.cls === "MaterializeExpression") return false;
  if (n.cls === "SampleOperator" || n.cls === "SampleDistinctOperator") return true;
  if (n.cls === "FunctionCallExpression" && (n.symbol?.name ?? "").toLowerCase() === "rand") return true;
  return n.children.some(nondeterministic);
}
