/** Operators that create tables: table references (with the query window), datatable, range, print. */
import { FrozenNumberColumn, type Value } from "../dataset/columns";
import type { TableSnapshot } from "../dataset/workspace";
import type { KustoType } from "../telemetry/schemas";
import { KqlRuntimeError } from "./errors";
import type { KNode } from "./kusto";
import { multiColumnCall, multiColumns, multiColumnWidth } from "./multi-column";
import { compileScalar, type QueryContext } from "./scalar";
import { childOf, listElements, nodes, unsupported } from "./syntax";
import { gatherTable, materialize, type EColumn, type ETable } from "./table";
import { tupleParts } from "./tuple-assign";
import { toLong, toNumber, type Getter } from "./value-ops";
import { exactLongColumn, hasExact } from "./exact-long";

const MAX_RANGE_ROWS = 10_000_000;

/** A workspace table restricted to the query API's window: TimeGenerated in [from, to). */
export function scanTable(snap: TableSnapshot, window: { from: number; to: number } | undefined): ETable {
  const table: ETable = {
    length: snap.length,
    columns: snap.schema.map((c, i): EColumn => ({ name: c.name, type: c.type, view: snap.columns[i] })),
  };
  const tg = snap.schema.findIndex((c) => c.name === "TimeGenerated");
  // The workspace already cut a time-ordered table to the window by binary search.
  if (!window || tg < 0 || snap.timeWindow) return table;
  const view = snap.columns[tg];
  const { from, to } = window;
  const sel = new Int32Array(snap.length);
  let k = 0;
  if (view instanceof FrozenNumberColumn) {
    const data = view.data;
    for (let i = 0; i < snap.length; i++) {
      const t = data[i];
      if (t >= from && t < to) sel[k++] = i;
    }
  } else {
    for (let i = 0; i < snap.length; i++) {
      const t = view.get(i);
      if (typeof t === "number" && t >= from && t < to) sel[k++] = i;
    }
  }
  if (k === snap.length) return table;
  return gatherTable(table, sel.subarray(0, k));
}

export function datatable(n: KNode, ctx: QueryContext): ETable {
  const schema = n.columns ?? [];
  const lists = n.children.filter((c) => c.cls === "SyntaxList");
  const values = lists.length > 0 ? listElements(lists[lists.length - 1]) : [];
  const empty: ETable = { length: 0, columns: [] };
  const getters = values.map((v) => compileScalar(v, { table: empty, ctx }));
  const cells = getters.map((g) => g(0));
  if (schema.length === 0 || cells.length % schema.length !== 0) {
    throw new KqlRuntimeError(`datatable has ${cells.length} values for ${schema.length} columns`, n.pos);
  }
  const rows = cells.length / schema.length;
  return {
    length: rows,
    columns: schema.map((c, k) => {
      const cell = (r: number) => r * schema.length + k;
      // A long literal beyond ±(2^53 − 1) keeps its 64-bit value (exact-long.ts).
      if (c.type === "long" && Array.from({ length: rows }, (_, r) => getters[cell(r)]).some(hasExact)) {
        return { name: c.name, type: c.type, view: exactLongColumn(rows, (r) => exactCell(getters[cell(r)], values[cell(r)])) };
      }
      return { name: c.name, type: c.type, view: materialize(c.type, rows, (r) => coerceLiteral(cells[cell(r)], c.type)) };
    }),
  };
}

/** A datatable cell's 64-bit value: a literal's exact one, else its safe whole number. */
function exactCell(g: Getter, at: KNode): bigint | null {
  if (hasExact(g)) return g.exact(0);
  const v = toLong(g(0));
  if (v === null) return null;
  if (!Number.isSafeInteger(v)) return unsupported(at, "a datatable long beyond ±(2^53 − 1) that is not a literal");
  return BigInt(v);
}

function coerceLiteral(v: Value, type: KustoType): Value {
  if (v === null) return type === "string" ? "" : null;
  if ((type === "real" || type === "long" || type === "int") && typeof v !== "number") return toNumber(v);
  return v;
}

export function range(n: KNode, ctx: QueryContext): ETable {
  const [, from, to, step] = nodes(n);
  const empty: ETable = { length: 0, columns: [] };
  const f = compileScalar(from, { table: empty, ctx })(0);
  const t = compileScalar(to, { table: empty, ctx })(0);
  const s = compileScalar(step, { table: empty, ctx })(0);
  const col = n.columns?.[0] ?? { name: "Value", type: "long" as KustoType };
  if (typeof f !== "number" || typeof t !== "number" || typeof s !== "number" || s === 0) {
    throw new KqlRuntimeError("range needs numeric/datetime from, to and a non-zero step", n.pos);
  }
  const count = Math.max(0, Math.floor((t - f) / s + 1e-9) + 1);
  if (count > MAX_RANGE_ROWS) throw new KqlRuntimeError(`range would produce ${count} rows (limit ${MAX_RANGE_ROWS})`, n.pos);
  return { length: count, columns: [{ name: col.name, type: col.type, view: materialize(col.type, count, (i) => f + i * s) }] };
}

export function print(n: KNode, ctx: QueryContext): ETable {
  const schema = n.columns ?? [];
  const items = n.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements);
  const empty: ETable = { length: 1, columns: [] };
  const columns: EColumn[] = [];
  for (const item of items) {
    // array_sort_asc(a, b) and the like yield several columns (multi-column.ts). The analyzer gives
    // print's tuple only the columns it names (extend/project add the rest under generated names).
    const tuple = item.cls === "CompoundNamedExpression" ? tupleParts(item) : undefined;
    const call = multiColumnCall(tuple ? tuple.expr : item);
    if (call) {
      const width = tuple ? Math.min(tuple.names.length, multiColumnWidth(call)) : multiColumnWidth(call);
      columns.push(...multiColumns(call, empty, ctx, schema.slice(columns.length, columns.length + width), tuple !== undefined));
      continue;
    }
    const target = schema[columns.length];
    if (!target) throw new KqlRuntimeError("print column count mismatch", n.pos);
    const expr = item.cls === "SimpleNamedExpression" ? nodes(item)[1] : item;
    columns.push({ name: target.name, type: target.type, view: materialize(target.type, 1, compileScalar(expr, { table: empty, ctx })) });
  }
  if (columns.length !== schema.length) throw new KqlRuntimeError("print column count mismatch", n.pos);
  return { length: 1, columns };
}

export { childOf };
