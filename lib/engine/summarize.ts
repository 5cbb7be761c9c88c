/** summarize: group rows by key expressions, then run aggregates (possibly inside scalar expressions). */
import type { Value } from "../dataset/columns";
import type { ColumnSchema } from "../telemetry/schemas";
import { AGGREGATES, isAggregate } from "./aggregates";
import { KqlUnsupportedError } from "./errors";
import { callArgs } from "./functions";
import type { KNode } from "./kusto";
import { columnGetter, compileScalar, type QueryContext, type Scope } from "./scalar";
import { childOf, listElements, nameOf, nodes, unsupported } from "./syntax";
import { materialize, valuesColumn, type EColumn, type ETable } from "./table";
import { keyOf, type Getter } from "./value-ops";

export interface Grouping {
  groupOf: Int32Array;
  groups: number;
  /** keys[k][g]: value of key k for group g */
  keys: Value[][];
}

/** Assigns each row a group id by its key values (nested Maps: no per-row allocation). */
export function groupRows(keyGetters: Getter[], rows: number): Grouping {
  const groupOf = new Int32Array(rows);
  const keys: Value[][] = keyGetters.map(() => []);
  if (keyGetters.length === 0) return { groupOf, groups: 1, keys };
  let groups = 0;
  if (keyGetters.length === 1) {
    const kg = keyGetters[0];
    const ids = new Map<unknown, number>();
    for (let i = 0; i < rows; i++) {
      const v = kg(i);
      const k = v !== null && typeof v === "object" ? keyOf(v) : v;
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
  const last = keyGetters.length - 1;
  const vals = new Array<Value>(keyGetters.length);
  for (let i = 0; i < rows; i++) {
    let m = root;
    for (let k = 0; k < last; k++) {
      const v = keyGetters[k](i);
      vals[k] = v;
      const key = v !== null && typeof v === "object" ? keyOf(v) : v;
      let next = m.get(key) as Map<unknown, unknown> | undefined;
      if (!next) {
        next = new Map();
        m.set(key, next);
      }
      m = next;
    }
    const v = keyGetters[last](i);
    vals[last] = v;
    const key = v !== null && typeof v === "object" ? keyOf(v) : v;
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

interface Named {
  name?: string;
  expr: KNode;
}

function named(n: KNode): Named {
  if (n.cls === "SimpleNamedExpression") {
    const [decl, expr] = nodes(n);
    return { name: nameOf(decl), expr };
  }
  if (n.cls === "CompoundNamedExpression") return unsupported(n, "tuple assignment (a, b) = ...");
  return { expr: n };
}

function aggregateCalls(n: KNode, out: KNode[] = []): KNode[] {
  if (n.cls === "FunctionCallExpression" && isAggregate(n.symbol?.name ?? "")) out.push(n);
  else for (const c of n.children) if (!c.isToken) aggregateCalls(c, out);
  return out;
}

/** Runs one aggregate call; returns its output columns (several for percentiles/arg_max/take_any). */
function runAggregate(call: KNode, input: ETable, grouping: Grouping, scope: Scope, byNames: Set<string>): Value[][] {
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
  } else {
    if (argNodes.some((a) => a.cls === "StarExpression")) return unsupported(call, `${name}(*)`);
    args = argNodes.map((a) => compileScalar(a, scope));
    carried = [];
  }
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
  const keyGetters = byItems.map((b) => compileScalar(b.expr, scope));
  const hasBy = byItems.length > 0;
  const grouping = groupRows(keyGetters, input.length);
  const groups = hasBy ? grouping.groups : 1;
  const byNames = new Set(schema.slice(0, byItems.length).map((c) => c.name));

  const outputs: Value[][] = [...grouping.keys];
  for (const item of aggList.map(named)) {
    const calls = aggregateCalls(item.expr);
    if (calls.length === 1 && calls[0] === item.expr) {
      outputs.push(...runAggregate(item.expr, input, { ...grouping, groups }, scope, byNames));
      continue;
    }
    if (calls.length === 0) return unsupported(item.expr, "summarize expression without an aggregate function");
    // An expression over aggregates, e.g. todouble(countif(failed)) / count(): evaluate per group.
    const groupTable: ETable = { length: groups, columns: [] };
    const aggregates = new Map<KNode, Getter>();
    for (const call of calls) {
      const [values] = runAggregate(call, input, { ...grouping, groups }, scope, byNames);
      aggregates.set(call, (g) => values[g]);
    }
    const getter = compileScalar(item.expr, { table: groupTable, ctx, aggregates });
    outputs.push(Array.from({ length: groups }, (_, g) => getter(g)));
  }
  if (outputs.length !== schema.length) {
    throw new KqlUnsupportedError("summarize output shape", op.pos, `computed ${outputs.length} columns, analyzer expects ${schema.length}`);
  }
  const columns: EColumn[] = schema.map((c, k) => {
    const vals = outputs[k];
    return { name: c.name, type: c.type, view: materialize(c.type, groups, (g) => vals[g]) };
  });
  return { length: groups, columns };
}

export { valuesColumn };
