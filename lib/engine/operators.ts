/** Row-wise tabular operators: where, extend, project*, sort/top/take, distinct, count, serialize. */
import type { Value } from "../dataset/columns";
import { KqlUnsupportedError } from "./errors";
import type { KNode } from "./kusto";
import { compilePredicate, compileScalar, selectRows, type QueryContext } from "./scalar";
import { orderComparator } from "./order-by";
import { childOf, listElements, nameOf, nodes, tokenTexts, unsupported } from "./syntax";
import { findColumn, gatherTable, lazyColumn, materialize, type EColumn, type ETable } from "./table";
import { keyOf, toLong } from "./value-ops";
import { ExactLongColumn } from "./exact-long";
import { exactColumnGetter } from "./exact-long-ops";
import { exactKeyGetter, exactTieBreak } from "./exact-keys";
import { multiColumnCall, multiColumns, multiColumnWidth } from "./multi-column";
import { tupleParts } from "./tuple-assign";
import { projectAwayUnknown } from "./unknown-columns";

export function exprList(op: KNode): KNode[] {
  const lists = op.children.filter((c) => c.cls === "SyntaxList");
  return lists.map(listElements).find((els) => els.length > 0 && els[0].cls !== "NamedParameter") ?? [];
}

/** The condition of a `where`. */
export function filterPredicate(op: KNode): KNode {
  return nodes(op).filter((c) => c.cls !== "SyntaxList")[0];
}

export function filter(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const cond = filterPredicate(op);
  const pred = compilePredicate(cond, { table: input, ctx });
  return gatherTable(input, selectRows(input, pred));
}

/**
 * extend: every expression reads the operator's input row, not an assignment made earlier in the same
 * extend. Kusto's tutorial (tutorial.md 2020-2022, tutorial-archive.md 2024) documents
 * `print x=1 | extend x = x + 1, y = x | extend x = x + 1` as x=3, y=1; Microsoft's analyzer agrees,
 * rejecting `extend a = x + 1, b = a` (KS142: a is no known column). Columns replace in place. The
 * extend page says an existing column is instead "removed and appended" at the end: the two disagree
 * only on the column's place, which the docs do not settle, so the DuckDB fuzzer never re-extends one.
 */
export function extend(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const schema = op.columns ?? [];
  let table = input;
  const inputNames = new Set(input.columns.map((c) => c.name));
  const namedNow = new Set<string>();
  const items = exprList(op);
  const explicit = new Set(items.filter((i) => i.cls === "SimpleNamedExpression").map((i) => nameOf(nodes(i)[0])));
  for (const i of items) if (i.cls === "CompoundNamedExpression") for (const n of tupleParts(i).names) explicit.add(n);
  const generated = schema.map((c) => c.name).filter((n) => !inputNames.has(n) && !explicit.has(n));
  for (const item of items) {
    let name: string;
    let expr: KNode;
    if (item.cls === "SimpleNamedExpression") {
      [, expr] = nodes(item);
      name = nameOf(nodes(item)[0]);
    } else if (multiColumnCall(item) || item.cls === "CompoundNamedExpression") {
      const tuple = item.cls === "CompoundNamedExpression" ? tupleParts(item) : { names: [], expr: item };
      const call = multiColumnCall(tuple.expr);
      if (!call) return unsupported(item, "tuple assignment (a, b) = ... of a function that yields one column");
      const width = multiColumnWidth(call);
      const names = [...tuple.names, ...generated.splice(0, width - tuple.names.length)].map((n) => schema.find((c) => c.name === n) ?? { name: n, type: "real" as const });
      const added = multiColumns(call, input, ctx, names);
      table = { length: table.length, columns: [...table.columns.filter((c) => !added.some((a) => a.name === c.name)), ...added] };
      continue;
    } else {
      expr = item;
      const next = generated.shift();
      if (!next) throw new KqlUnsupportedError("extend column naming", item.pos);
      name = next;
    }
    namedNow.add(name);
    const type = schema.find((c) => c.name === name)?.type ?? (expr.type as EColumn["type"]);
    const getter = compileScalar(expr, { table: input, ctx, input });
    const view = materialize(type, input.length, getter);
    const col: EColumn = { name, type, view };
    const idx = table.columns.findIndex((c) => c.name === name);
    const columns = [...table.columns];
    if (idx >= 0) columns[idx] = col;
    else columns.push(col);
    table = { length: table.length, columns };
  }
  return reorder(table, schema.map((c) => c.name));
}

/** Picks columns by name in the analyzer's order (project-away/keep/reorder/rename after mapping). */
export function reorder(table: ETable, names: readonly string[]): ETable {
  if (names.length === 0) return table;
  const cols = names.map((n) => findColumn(table, n));
  if (cols.some((c) => !c)) return table;
  return { length: table.length, columns: cols as EColumn[] };
}

export function project(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const schema = op.columns ?? [];
  const items = exprList(op);
  const columns: EColumn[] = [];
  for (const item of items) {
    const expr = item.cls === "SimpleNamedExpression" ? nodes(item)[1] : item;
    const call = multiColumnCall(item.cls === "CompoundNamedExpression" ? tupleParts(item).expr : item);
    if (call) {
      columns.push(...multiColumns(call, input, ctx, schema.slice(columns.length, columns.length + multiColumnWidth(call))));
      continue;
    }
    if (item.cls === "CompoundNamedExpression") return unsupported(item, "tuple assignment (a, b) = ... of a function that yields one column");
    const target = schema[columns.length];
    if (!target) return unsupported(op, "project with wildcards");
    const { name, type } = target;
    if (expr.cls === "NameReference" && expr.symbol?.kind === "Column") {
      const src = findColumn(input, nameOf(expr));
      if (src) {
        columns.push({ name, type, view: src.view });
        continue;
      }
    }
    const getter = compileScalar(expr, { table: input, ctx });
    columns.push(lazyColumn(name, type, () => materialize(type, input.length, getter)));
  }
  if (columns.length !== schema.length) return unsupported(op, "project with wildcards");
  return { length: input.length, columns };
}

/** project-away / project-keep / project-reorder: the analyzer already knows the result columns. */
export function projectByName(op: KNode, input: ETable): ETable {
  const names = (op.columns ?? []).map((c) => c.name);
  const unknown = projectAwayUnknown(op, input, names);
  if (unknown) return unknown;
  const out = reorder(input, names);
  if (out === input && names.length !== input.columns.length) return unsupported(op);
  return out;
}

export function projectRename(op: KNode, input: ETable): ETable {
  const renames = new Map<string, string>();
  for (const item of exprList(op)) {
    const [decl, ref] = nodes(item);
    renames.set(nameOf(ref), nameOf(decl));
  }
  const columns = input.columns.map((c) => (renames.has(c.name) ? { name: renames.get(c.name) ?? c.name, type: c.type, view: c.view } : c));
  return reorder({ length: input.length, columns }, (op.columns ?? []).map((c) => c.name));
}

function orderKeys(items: KNode[], input: ETable, ctx: QueryContext) {
  return items.map((item) => {
    const expr = item.cls === "OrderedExpression" ? nodes(item)[0] : item;
    const clause = item.cls === "OrderedExpression" ? childOf(item, "OrderingClause") : undefined;
    const words = clause ? [...tokenTexts(clause), ...clause.children.flatMap((c) => (c.isToken ? [] : tokenTexts(c)))] : [];
    const desc = !words.includes("asc");
    const nullsFirst = words.includes("first") ? true : words.includes("last") ? false : !desc;
    const get = compileScalar(expr, { table: input, ctx });
    return { get, desc, nullsFirst, tie: exactTieBreak(get) };
  });
}

export function sort(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const keys = orderKeys(exprList(op), input, ctx);
  const idx = Array.from({ length: input.length }, (_, i) => i);
  idx.sort(orderComparator(keys));
  return gatherTable(input, Int32Array.from(idx));
}

export function top(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const parts = nodes(op).filter((c) => c.cls !== "SyntaxList");
  const [countNode, ...orderItems] = parts;
  const n = toLong(compileScalar(countNode, { table: input, ctx })(0)) ?? 0;
  const keys = orderKeys(orderItems, input, ctx);
  const idx = Array.from({ length: input.length }, (_, i) => i);
  idx.sort(orderComparator(keys));
  return gatherTable(input, Int32Array.from(idx.slice(0, Math.max(0, n))));
}

export function take(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const countNode = nodes(op).filter((c) => c.cls !== "SyntaxList")[0];
  const n = Math.max(0, toLong(compileScalar(countNode, { table: input, ctx })(0)) ?? 0);
  if (n >= input.length) return input;
  return gatherTable(input, Int32Array.from({ length: n }, (_, i) => i));
}

export function count(input: ETable): ETable {
  return { length: 1, columns: [{ name: "Count", type: "long", view: materialize("long", 1, () => input.length) }] };
}

export function distinct(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const items = exprList(op);
  const star = items.length === 1 && items[0].cls === "StarExpression";
  const projected = star ? input : project({ ...op, columns: op.columns }, input, ctx);
  const seen = new Set<string>();
  const keep: number[] = [];
  // A 64-bit long column is told apart by its exact values (exact-keys.ts), not its doubles.
  const getters = projected.columns.map(({ view }) => (view instanceof ExactLongColumn ? exactKeyGetter(exactColumnGetter(view, undefined)) : (i: number) => view.get(i)));
  for (let i = 0; i < projected.length; i++) {
    const key = JSON.stringify(getters.map((g) => keyOf(g(i) as Value)));
    if (seen.has(key)) continue;
    seen.add(key);
    keep.push(i);
  }
  return gatherTable(projected, Int32Array.from(keep));
}

/** serialize [name = row_number(), ...]: rows keep their order; assignments behave as extend. */
export function serialize(op: KNode, input: ETable, ctx: QueryContext): ETable {
  return exprList(op).length > 0 ? extend(op, input, ctx) : input;
}

/**
 * project-by-names (its page): names given as strings or dynamic arrays of strings, `*` a wildcard;
 * columns come in the order the names list them (a pattern's matches in table order), each once, and
 * names matching no column are ignored.
 */
export function projectByNames(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const picked: EColumn[] = [];
  for (const arg of exprList(op)) {
    const v = compileScalar(arg, { table: input, ctx })(0);
    const names = Array.isArray(v) ? v : [v];
    for (const name of names) {
      if (typeof name !== "string") continue;
      const rx = new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
      for (const c of input.columns) if (rx.test(c.name) && !picked.includes(c)) picked.push(c);
    }
  }
  return { length: input.length, columns: picked };
}
