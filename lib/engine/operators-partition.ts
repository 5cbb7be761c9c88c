/**
 * partition (partition-operator page): the input's rows are split by the key column's value, the
 * subquery runs once per part, and the result is the union of the parts' results.
 *  - `( transformation )`: the part is the subquery's implicit source (every strategy);
 *  - `{ subquery with its own source }`: the subquery reads the key column as a scalar,
 *    `toscalar(Key)`; the legacy strategy allows at most 64 distinct keys. The page lists this form
 *    under legacy only, yet Kusto runs it with hint.strategy=native too (the geo_point_in_polygon
 *    page's third example, whose output is the union of its parts) and says a strategy "doesn't
 *    change the end result": native and shuffle run it as legacy does, without the 64-key limit
 *    (those strategies have "no restriction on the number of partitions").
 * Hints (strategy, materialized, concurrency, spread, shufflekey) change how Kusto schedules the
 * work, not the result ("doesn't change the end result"). The page does not order the parts in the
 * union (its examples print them in varying orders); parts come here in the order their keys first
 * appear, and a null key is a part of its own, as summarize groups nulls.
 */
import type { Value } from "../dataset/columns";
import { KqlRuntimeError } from "./errors";
import type { KNode } from "./kusto";
import { columnGetter, PARTITION_KEY, type QueryContext } from "./scalar";
import { childOf, nameOf, namedParameters, nodes, unsupported } from "./syntax";
import { emptyTable, findColumn, gatherTable, valuesColumn, type ETable } from "./table";
import { keyOf } from "./value-ops";
import { hasExact } from "./exact-long";
import { exactCopy, exactKeyGetter } from "./exact-keys";

const LEGACY_LIMIT = 64;

export function partition(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const params = namedParameters(op);
  const strategy = (params.get("hint.strategy") ?? "legacy").toLowerCase();
  if (!["legacy", "native", "shuffle"].includes(strategy)) return unsupported(op, `partition hint.strategy=${strategy}`);
  const keyNode = nodes(op).find((c) => c.cls === "NameReference");
  if (!keyNode || !findColumn(input, nameOf(keyNode))) return unsupported(op, "partition by an expression that is not a column");
  const transform = childOf(op, "PartitionSubquery");
  const withSource = childOf(op, "PartitionQuery");
  const body = transform ?? withSource;
  if (!body) return unsupported(op, "partition without a subquery");

  const keyName = nameOf(keyNode);
  const get = columnGetter(input, keyName);
  // 64-bit keys part on their exact values (exact-keys.ts).
  const keyGet = hasExact(get) ? exactKeyGetter(get) : get;
  const parts = new Map<unknown, { key: Value; rows: number[] }>();
  for (let i = 0; i < input.length; i++) {
    const v = get(i);
    const k = keyOf(keyGet(i));
    let part = parts.get(k);
    if (!part) parts.set(k, (part = { key: v, rows: [] }));
    part.rows.push(i);
  }
  if (strategy === "legacy" && parts.size > LEGACY_LIMIT) {
    throw new KqlRuntimeError(`partition: the legacy strategy allows at most ${LEGACY_LIMIT} distinct values of ${keyName}, got ${parts.size} (use hint.strategy=native or shuffle)`, op.pos);
  }

  const results: ETable[] = [];
  for (const part of parts.values()) {
    const rows = gatherTable(input, Int32Array.from(part.rows));
    if (transform) {
      if (!ctx.applyChain) return unsupported(op);
      results.push(ctx.applyChain(nodes(transform)[0], rows));
      continue;
    }
    const slot = `${PARTITION_KEY}${keyName}`;
    ctx.scalars.set(slot, part.key);
    try {
      results.push(ctx.evalTabular(nodes(body)[0]));
    } finally {
      ctx.scalars.delete(slot);
    }
  }
  return concat(results, op);
}

/** The union of the parts' results, in the analyzer's output columns. */
function concat(results: readonly ETable[], op: KNode): ETable {
  const schema = op.columns ?? [];
  if (results.length === 0) return emptyTable(schema);
  const length = results.reduce((n, t) => n + t.length, 0);
  const columns = schema.map((c) => {
    const exact = exactCopy(results.map((t) => ({ view: findColumn(t, c.name)?.view, rows: t.length })), op, "partition's union of parts");
    if (exact) return { name: c.name, type: c.type, view: exact };
    const values: Value[] = [];
    for (const t of results) {
      const col = findColumn(t, c.name);
      for (let i = 0; i < t.length; i++) values.push(col ? (col.view.get(i) as Value) : null);
    }
    return valuesColumn(c.name, c.type, values);
  });
  return { length, columns };
}
