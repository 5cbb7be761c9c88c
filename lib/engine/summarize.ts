/** summarize: group rows by key expressions, then run aggregates (possibly inside scalar expressions). */
import type { Value } from "../dataset/columns";
import type { ColumnSchema } from "../telemetry/schemas";
import { AGGREGATES, isAggregate } from "./aggregates";
import { KqlUnsupportedError } from "./errors";
import { callArgs, isScalarFunction } from "./functions";
import type { KNode } from "./kusto";
import { exactColumnOf, hasExact } from "./exact-long";
import { exactAggregateArguments } from "./exact-long-ops";
import { doubleOfKey, exactKeyGetter, exactOfKey } from "./exact-keys";
import { exactExtremum, groupGetter, isExactValues } from "./exact-aggregates";
import { exactSum } from "./exact-sum";
import { columnGetter, compileScalar, type QueryContext, type Scope } from "./scalar";
import { childOf, listElements, nameOf, nodes, unsupported } from "./syntax";
import { referencedColumn } from "./predicates";
import { materialize, valuesColumn, type EColumn, type ETable } from "./table";
import { keyOf, type Getter } from "./value-ops";

export interface Grouping {
  groupOf: Int32Array;
  groups: number;
  /** keys[k][g]: value of key k for group g */
  keys: Value[][];
  /** exact[k][g]: key k's 64-bit value for group g, where key k is an exact long (exact-long.ts). */
  exact?: ((bigint | null)[] | undefined)[];
}

/**
 * A group-by key. `dense` keys (interned string columns) yield small integer codes, so the
 * innermost grouping level is an array lookup instead of a hash lookup.
 */
export interface KeySpec {
  get: Getter;
  dense?: { size: number; decode: (code: number) => Value };
}

function mapKey(v: Value): unknown {
  return v !== null && typeof v === "object" ? keyOf(v) : v;
}

function hashKeyGetter(spec: KeySpec): Getter {
  const { dense, get } = spec;
  return dense ? (i) => dense.decode(get(i) as number) : get;
}

/** One dense key: an array lookup per row. */
function groupDense(spec: KeySpec & { dense: NonNullable<KeySpec["dense"]> }, rows: number): Grouping {
  const groupOf = new Int32Array(rows);
  const codes = new Int32Array(spec.dense.size).fill(-1);
  const keys: Value[] = [];
  const get = spec.get;
  for (let i = 0; i < rows; i++) {
    const c = get(i) as number;
    let id = codes[c];
    if (id === -1) {
      id = keys.length;
      codes[c] = id;
      keys.push(spec.dense.decode(c));
    }
    groupOf[i] = id;
  }
  return { groupOf, groups: keys.length, keys: [keys] };
}

/** One hashed key then one dense key (e.g. bin(TimeGenerated, 1m), Region). */
function groupHashDense(outer: KeySpec, inner: KeySpec & { dense: NonNullable<KeySpec["dense"]> }, rows: number): Grouping {
  const groupOf = new Int32Array(rows);
  const size = inner.dense.size;
  const byOuter = new Map<unknown, Int32Array>();
  const k0: Value[] = [];
  const k1: Value[] = [];
  const og = outer.get;
  const ig = inner.get;
  let lastKey: unknown = undefined;
  let lastCodes: Int32Array | undefined;
  for (let i = 0; i < rows; i++) {
    const v = og(i);
    const key = mapKey(v);
    // Rows arrive mostly in time order: reuse the previous bin's table without a hash lookup.
    if (key !== lastKey || lastCodes === undefined) {
      lastCodes = byOuter.get(key);
      if (lastCodes === undefined) {
        lastCodes = new Int32Array(size).fill(-1);
        byOuter.set(key, lastCodes);
      }
      lastKey = key;
    }
    const c = ig(i) as number;
    let id = lastCodes[c];
    if (id === -1) {
      id = k0.length;
      lastCodes[c] = id;
      k0.push(v);
      k1.push(inner.dense.decode(c));
    }
    groupOf[i] = id;
  }
  return { groupOf, groups: k0.length, keys: [k0, k1] };
}

/** Largest code space grouped through a direct lookup table (an Int32Array of this many entries). */
const DENSE_TABLE_LIMIT = 1 << 22;

/**
 * Two or more dense keys (Category, originName_s, pop_s, ...) become one composite code, so a row
 * costs one array or number-keyed lookup instead of a chain of string-keyed maps. Groups keep their
 * first-appearance order.
 */
function groupCombinedDense(specs: KeySpec[], rows: number): Grouping | undefined {
  const dense = specs.flatMap((s, i) => (s.dense ? [i] : []));
  if (dense.length < 2) return undefined;
  const sizes = dense.map((i) => specs[i].dense?.size ?? 1);
  const total = sizes.reduce((a, b) => a * b, 1);
  if (total > 2 ** 31) return undefined;
  const getters = dense.map((i) => specs[i].get);
  const get: Getter =
    getters.length === 2
      ? (i) => (getters[0](i) as number) * sizes[1] + (getters[1](i) as number)
      : (i) => {
          let c = 0;
          for (let k = 0; k < getters.length; k++) c = c * sizes[k] + (getters[k](i) as number);
          return c;
        };
  const composite: KeySpec = total <= DENSE_TABLE_LIMIT ? { get, dense: { size: total, decode: (c) => c } } : { get };
  const others = specs.flatMap((s, i) => (s.dense ? [] : [i]));
  const inner = groupPlain([composite, ...others.map((i) => specs[i])], rows);
  const codes = inner.keys[0] as number[];
  const keys: Value[][] = new Array(specs.length);
  dense.forEach((specIdx, k) => {
    let div = 1;
    for (let j = k + 1; j < sizes.length; j++) div *= sizes[j];
    const size = sizes[k];
    const decode = specs[specIdx].dense?.decode ?? ((c: number) => c);
    keys[specIdx] = codes.map((c) => decode(Math.floor(c / div) % size));
  });
  others.forEach((specIdx, j) => {
    keys[specIdx] = inner.keys[j + 1];
  });
  return { groupOf: inner.groupOf, groups: inner.groups, keys };
}

/**
 * Assigns each row a group by its keys. Exact 64-bit keys group on their exact values (two longs
 * sharing a double are two groups, as in Kusto); their groups' doubles and 64-bit values come back.
 */
export function groupRows(specs: KeySpec[], rows: number): Grouping {
  if (!specs.some((s) => hasExact(s.get))) return groupPlain(specs, rows);
  const grouping = groupPlain(specs.map((s) => (hasExact(s.get) ? { get: exactKeyGetter(s.get) } : s)), rows);
  return {
    ...grouping,
    keys: grouping.keys.map((ks, k) => (hasExact(specs[k].get) ? ks.map(doubleOfKey) : ks)),
    exact: grouping.keys.map((ks, k) => (hasExact(specs[k].get) ? ks.map(exactOfKey) : undefined)),
  };
}

/** Assigns each row a group id by its key values (nested Maps: no per-row allocation). */
function groupPlain(specs: KeySpec[], rows: number): Grouping {
  const combined = groupCombinedDense(specs, rows);
  if (combined) return combined;
  if (specs.length === 0) return { groupOf: new Int32Array(rows), groups: 1, keys: [] };
  if (specs.length === 1 && specs[0].dense) return groupDense(specs[0] as Parameters<typeof groupDense>[0], rows);
  if (specs.length === 2 && !specs[0].dense && specs[1].dense) return groupHashDense(specs[0], specs[1] as Parameters<typeof groupDense>[0], rows);
  if (specs.length === 2 && specs[0].dense && !specs[1].dense) {
    const g = groupHashDense(specs[1], specs[0] as Parameters<typeof groupDense>[0], rows);
    return { ...g, keys: [g.keys[1], g.keys[0]] };
  }
  const getters = specs.map(hashKeyGetter);
  const groupOf = new Int32Array(rows);
  const keys: Value[][] = specs.map(() => []);
  let groups = 0;
  if (getters.length === 1) {
    const kg = getters[0];
    const ids = new Map<unknown, number>();
    for (let i = 0; i < rows; i++) {
      const v = kg(i);
      const k = mapKey(v);
      let id = ids.get(k);
      if (id === undefined) {
        id = groups++;
        ids.set(k, id);
        keys[0].push(v);
      }
      groupOf[i] = id;
    }
    return { groupOf, groups, keys };
  }
  const root = new Map<unknown, unknown>();
  const last = getters.length - 1;
  const vals = new Array<Value>(getters.length);
  for (let i = 0; i < rows; i++) {
    let m = root;
    for (let k = 0; k < last; k++) {
      const v = getters[k](i);
      vals[k] = v;
      const key = mapKey(v);
      let next = m.get(key) as Map<unknown, unknown> | undefined;
      if (!next) {
        next = new Map();
        m.set(key, next);
      }
      m = next;
    }
    const v = getters[last](i);
    vals[last] = v;
    const key = mapKey(v);
    let id = m.get(key) as number | undefined;
    if (id === undefined) {
      id = groups++;
      m.set(key, id);
      for (let k = 0; k <= last; k++) keys[k].push(vals[k]);
    }
    groupOf[i] = id;
  }
  return { groupOf, groups, keys };
}

/** Key spec for a by-expression: interned string column references become dense codes. */
function keySpec(expr: KNode, scope: Scope): KeySpec {
  const access = referencedColumn(expr, scope);
  if (access?.ids && access.dict) {
    const { ids, dict, sel } = access;
    const get: Getter = sel ? (i) => ids[sel[i]] : (i) => ids[i];
    return { get, dense: { size: dict.length, decode: (c) => dict[c] } };
  }
  return { get: compileScalar(expr, scope) };
}

interface Named {
  name?: string;
  expr: KNode;
}

export function named(n: KNode): Named {
  if (n.cls === "SimpleNamedExpression") {
    const [decl, expr] = nodes(n);
    return { name: nameOf(decl), expr };
  }
  // (a, b) = arg_max(x, y): the aggregate's output columns in order; the analyzer's schema names them.
  if (n.cls === "CompoundNamedExpression") return { expr: nodes(n)[nodes(n).length - 1] };
  return { expr: n };
}

/** Aggregate calls inside an expression; unknown functions count as aggregates so they fail by name. */
function aggregateCalls(n: KNode, out: KNode[] = []): KNode[] {
  const name = n.symbol?.name ?? "";
  if (n.cls === "FunctionCallExpression" && (isAggregate(name) || !isScalarFunction(name))) out.push(n);
  else for (const c of n.children) if (!c.isToken) aggregateCalls(c, out);
  return out;
}

/** Runs one aggregate call; returns its output columns (several for percentiles/arg_max/take_any). */
export function runAggregate(call: KNode, input: ETable, grouping: Grouping, scope: Scope, byNames: Set<string>, byColumns = byNames): Value[][] {
  const name = (call.symbol?.name ?? "").toLowerCase();
  const fn = AGGREGATES[name];
  if (!fn) return unsupported(call, `aggregate ${name}()`);
  const argNodes = callArgs(call);
  let args: Getter[];
  let carried: Getter[] = [];
  if (name === "arg_max" || name === "arg_min") {
    const [first, ...rest] = argNodes;
    args = [compileScalar(first, scope)];
    for (const r of rest) {
      if (r.cls === "StarExpression") {
        const skip = first.cls === "NameReference" ? nameOf(first) : undefined;
        for (const c of input.columns) if (!byNames.has(c.name) && c.name !== skip) carried.push(columnGetter(input, c.name));
      } else {
        carried.push(compileScalar(named(r).expr, scope));
      }
    }
  } else if ((name === "take_any" || name === "any") && argNodes.length === 1 && argNodes[0].cls === "StarExpression") {
    // take_any(*): "as if the expressions are all columns of the input to summarize barring the
    // group-by columns"; like the analyzer's schema, only columns the by clause names directly are
    // barred (`by bin(a, 1)` keeps a, `by x = b` drops b). The values come from one row per group.
    args = input.columns.filter((c) => !byColumns.has(c.name)).map((c) => columnGetter(input, c.name));
  } else {
    if (argNodes.some((a) => a.cls === "StarExpression")) return unsupported(call, `${name}(*)`);
    args = argNodes.map((a) => compileScalar(a, scope));
    carried = [];
  }
  const extremum = exactExtremum(name, args, carried, grouping.groupOf, grouping.groups, input.length);
  if (extremum) return extremum;
  const summed = exactSum(name, args, argNodes, call, grouping.groupOf, grouping.groups, input.length);
  if (summed) return summed;
  args = exactAggregateArguments(name, args, call);
  carried = exactAggregateArguments(name, carried, call);
  return fn({ args, argNodes, carried, groupOf: grouping.groupOf, groups: grouping.groups, rows: input.length });
}

/** Evaluates summarize over `input`; output names and types are the analyzer's. */
export function summarize(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const schema: ColumnSchema[] = op.columns ?? [];
  const lists = op.children.filter((c) => c.cls === "SyntaxList");
  const aggList = lists.map(listElements).find((els) => els.length > 0 && els[0].cls !== "NamedParameter") ?? [];
  const byClause = childOf(op, "SummarizeByClause");
  const byItems = byClause ? listElements(childOf(byClause, "SyntaxList")).map(named) : [];
  const scope: Scope = { table: input, ctx };
  const keySpecs = byItems.map((b) => keySpec(b.expr, scope));
  const hasBy = byItems.length > 0;
  const grouping = groupRows(keySpecs, input.length);
  const groups = hasBy ? grouping.groups : 1;
  const byNames = new Set(schema.slice(0, byItems.length).map((c) => c.name));
  const byColumns = new Set(byItems.filter((b) => b.expr.cls === "NameReference").map((b) => nameOf(b.expr)));

  const outputs: Value[][] = [...grouping.keys];
  for (const item of aggList.map(named)) {
    const calls = aggregateCalls(item.expr);
    if (calls.length === 1 && calls[0] === item.expr) {
      outputs.push(...runAggregate(item.expr, input, { ...grouping, groups }, scope, byNames, byColumns));
      continue;
    }
    if (calls.length === 0) return unsupported(item.expr, "summarize expression without an aggregate function");
    // An expression over aggregates, e.g. todouble(countif(failed)) / count(): evaluate per group.
    const groupTable: ETable = { length: groups, columns: [] };
    const aggregates = new Map<KNode, Getter>();
    for (const call of calls) {
      const [values] = runAggregate(call, input, { ...grouping, groups }, scope, byNames, byColumns);
      aggregates.set(call, groupGetter(values));
    }
    const getter = compileScalar(item.expr, { table: groupTable, ctx, aggregates });
    const values = Array.from({ length: groups }, (_, g) => getter(g));
    // An expression over aggregates (`max(v) + 2`) keeps its 64-bit values where it has them (long-arith.ts).
    const unsafe = (v: Value) => typeof v === "number" && (v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER);
    outputs.push(hasExact(getter) && values.some(unsafe) ? Object.assign(values, { exact: values.map((_, g) => getter.exact(g)) }) : values);
  }
  if (outputs.length !== schema.length) {
    throw new KqlUnsupportedError("summarize output shape", op.pos, `computed ${outputs.length} columns, analyzer expects ${schema.length}`);
  }
  const columns: EColumn[] = schema.map((c, k) => {
    const vals = outputs[k];
    const exact = grouping.exact?.[k];
    if (exact && (c.type === "long" || c.type === "decimal")) return { name: c.name, type: c.type, view: exactColumnOf(c.type, groups, (g) => exact[g]) };
    if (isExactValues(vals) && (c.type === "long" || c.type === "decimal")) return { name: c.name, type: c.type, view: exactColumnOf(c.type, groups, (g) => vals.exact[g]) };
    return { name: c.name, type: c.type, view: materialize(c.type, groups, (g) => vals[g]) };
  });
  return { length: groups, columns };
}

export { valuesColumn };
