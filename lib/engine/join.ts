/** join kinds innerunique (default), inner, leftouter, rightouter, fullouter, leftanti, rightanti, leftsemi, rightsemi. */
import type { Value } from "../dataset/columns";
import { KqlRuntimeError, KqlUnsupportedError } from "./errors";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { allTokens, childOf, listElements, nameOf, namedParameters, nodes, unsupported } from "./syntax";
import { gatherView, type EColumn, type ETable } from "./table";
import { keyOf, type Getter } from "./value-ops";
import { exactCopy, keyGetters as keyPair } from "./exact-keys";

/** A join whose output would exceed this fails instead of exhausting memory. */
const MAX_JOIN_ROWS = 5_000_000;

export const JOIN_KINDS = new Set(["innerunique", "inner", "leftouter", "rightouter", "fullouter", "leftanti", "rightanti", "leftsemi", "rightsemi", "leftantisemi", "rightantisemi"]);

function side(n: KNode): "left" | "right" | undefined {
  const first = allTokens(n)[0]?.toLowerCase();
  return first === "$left" ? "left" : first === "$right" ? "right" : undefined;
}

/** The join page: "To specify multiple conditions, you can either use the 'and' keyword or separate them with commas." */
function andOperands(e: KNode): KNode[] {
  return e.cls === "BinaryExpression" && e.kind === "AndExpression" ? nodes(e).flatMap(andOperands) : [e];
}

export function keyGetters(clause: KNode, left: ETable, right: ETable, ctx: QueryContext): { l: Getter[]; r: Getter[]; rightNames: string[] } {
  const l: Getter[] = [];
  const r: Getter[] = [];
  const rightNames: string[] = [];
  for (const e of listElements(childOf(clause, "SyntaxList")).flatMap(andOperands)) {
    if (e.cls === "NameReference") {
      l.push(compileScalar(e, { table: left, ctx }));
      r.push(compileScalar(e, { table: right, ctx }));
      rightNames.push(nameOf(e));
      continue;
    }
    if (e.cls === "BinaryExpression" && e.kind === "EqualExpression") {
      const [a, b] = nodes(e);
      const [ln, rn] = side(a) === "right" || side(b) === "left" ? [b, a] : [a, b];
      const colOf = (p: KNode) => {
        const ref = nodes(p)[nodes(p).length - 1];
        return { ...ref, cls: "NameReference", symbol: { kind: "Column", name: nameOf(ref) } };
      };
      l.push(compileScalar(colOf(ln), { table: left, ctx }));
      r.push(compileScalar(colOf(rn), { table: right, ctx }));
      rightNames.push(nameOf(colOf(rn)));
      continue;
    }
    unsupported(e, "join condition other than column equality");
  }
  // 64-bit longs match on their exact values (exact-keys.ts); ordinary keys are left as they are.
  const pairs = l.map((g, k) => keyPair([g, r[k]], clause, "join/lookup key"));
  return { l: pairs.map((p) => p[0]), r: pairs.map((p) => p[1]), rightNames };
}

export function rowKey(getters: Getter[], i: number): unknown {
  if (getters.length === 1) {
    const v = getters[0](i);
    return v === null ? undefined : keyOf(v);
  }
  const parts: Value[] = [];
  for (const g of getters) {
    const v = g(i);
    if (v === null) return undefined;
    parts.push(keyOf(v));
  }
  return JSON.stringify(parts);
}

/**
 * The rows `rows` of each column, -1 for an outer join's unmatched side (null, "" for a string). A
 * selection with -1 is read row by row, never gathered: gathering it would read row 0, which an empty
 * side does not have (an exact long column threw "Cannot convert undefined to a BigInt" for a
 * rightouter join whose left side was empty; found by the DuckDB fuzzer, seed 107955).
 */
export function pick(columns: readonly EColumn[], rows: number[], at: KNode): EColumn[] {
  const hasNull = rows.some((r) => r < 0);
  const sel = hasNull ? undefined : Int32Array.from(rows);
  return columns.map((c) => {
    if (sel) return { name: c.name, type: c.type, view: gatherView(c.view, sel) };
    const exact = exactCopy([{ view: c.view, rows }], at, "an outer join's copy");
    if (exact) return { name: c.name, type: c.type, view: exact };
    const vals = rows.map((r) => (r < 0 ? (c.type === "string" ? "" : null) : c.view.get(r)));
    return { name: c.name, type: c.type, view: { type: c.type, length: vals.length, get: (k: number) => vals[k] } };
  });
}

export function join(op: KNode, left: ETable, ctx: QueryContext): ETable {
  const params = namedParameters(op);
  const kind = (params.get("kind") ?? "innerunique").toLowerCase();
  if (!JOIN_KINDS.has(kind)) throw new KqlUnsupportedError(`join kind=${kind}`, op.pos);
  const rightNode = nodes(op).find((c) => c.type === "table");
  const clause = childOf(op, "JoinOnClause");
  if (!rightNode) return unsupported(op, "join without a right table");
  if (!clause) return unsupported(op, "join without an `on` clause");
  const right = ctx.evalTabular(rightNode);
  const { l, r } = keyGetters(clause, left, right, ctx);

  const rightIndex = new Map<unknown, number[]>();
  for (let j = 0; j < right.length; j++) {
    const k = rowKey(r, j);
    if (k === undefined) continue;
    const list = rightIndex.get(k);
    if (list) list.push(j);
    else rightIndex.set(k, [j]);
  }
  const leftRows: number[] = [];
  const rightRows: number[] = [];
  const rightMatched = new Uint8Array(right.length);
  const seenLeftKeys = new Set<unknown>();
  for (let i = 0; i < left.length; i++) {
    const k = rowKey(l, i);
    if (kind === "innerunique") {
      if (k === undefined || seenLeftKeys.has(k)) continue;
      seenLeftKeys.add(k);
    }
    const matches = k === undefined ? undefined : rightIndex.get(k);
    if (matches) for (const j of matches) rightMatched[j] = 1;
    if (kind === "leftanti" || kind === "leftantisemi") {
      if (!matches) leftRows.push(i);
    } else if (kind === "leftsemi") {
      if (matches) leftRows.push(i);
    } else if (matches && kind !== "rightanti" && kind !== "rightantisemi" && kind !== "rightsemi") {
      if (leftRows.length + matches.length > MAX_JOIN_ROWS) throw new KqlRuntimeError(`join produces more than ${MAX_JOIN_ROWS} rows`, op.pos);
      for (const j of matches) {
        leftRows.push(i);
        rightRows.push(j);
      }
    } else if (!matches && (kind === "leftouter" || kind === "fullouter")) {
      leftRows.push(i);
      rightRows.push(-1);
    }
  }
  if (kind === "leftanti" || kind === "leftantisemi" || kind === "leftsemi") return { length: leftRows.length, columns: pick(left.columns, leftRows, op) };
  if (kind === "rightanti" || kind === "rightantisemi" || kind === "rightsemi") {
    const want = kind === "rightsemi" ? 1 : 0;
    const rows: number[] = [];
    for (let j = 0; j < right.length; j++) if (rightMatched[j] === want) rows.push(j);
    return { length: rows.length, columns: pick(right.columns, rows, op) };
  }
  if (kind === "rightouter" || kind === "fullouter") {
    for (let j = 0; j < right.length; j++) {
      if (rightMatched[j]) continue;
      leftRows.push(-1);
      rightRows.push(j);
    }
  }
  return { length: leftRows.length, columns: [...pick(left.columns, leftRows, op), ...pick(right.columns, rightRows, op)] };
}

/**
 * lookup (lookup-operator page): kinds leftouter (default) and inner; every left row is kept in order
 * with each matching right row (no deduplication); the right side's key columns are not repeated.
 */
export function lookup(op: KNode, left: ETable, ctx: QueryContext): ETable {
  const kind = (namedParameters(op).get("kind") ?? "leftouter").toLowerCase();
  if (kind !== "leftouter" && kind !== "inner") throw new KqlUnsupportedError(`lookup kind=${kind}`, op.pos);
  const rightNode = nodes(op).find((c) => c.type === "table");
  const clause = childOf(op, "JoinOnClause");
  if (!rightNode || !clause) return unsupported(op, "lookup without a right table and an `on` clause");
  const right = ctx.evalTabular(rightNode);
  const { l, r, rightNames } = keyGetters(clause, left, right, ctx);
  const index = new Map<unknown, number[]>();
  for (let j = 0; j < right.length; j++) {
    const k = rowKey(r, j);
    if (k === undefined) continue;
    const list = index.get(k);
    if (list) list.push(j);
    else index.set(k, [j]);
  }
  const leftRows: number[] = [];
  const rightRows: number[] = [];
  for (let i = 0; i < left.length; i++) {
    const k = rowKey(l, i);
    const matches = k === undefined ? undefined : index.get(k);
    if (matches) {
      if (leftRows.length + matches.length > MAX_JOIN_ROWS) throw new KqlRuntimeError(`lookup produces more than ${MAX_JOIN_ROWS} rows`, op.pos);
      for (const j of matches) {
        leftRows.push(i);
        rightRows.push(j);
      }
    } else if (kind === "leftouter") {
      leftRows.push(i);
      rightRows.push(-1);
    }
  }
  const keys = new Set(rightNames);
  const rightCols = right.columns.filter((c) => !keys.has(c.name));
  const columns = [...pick(left.columns, leftRows, op), ...pick(rightCols, rightRows, op)];
  const schema = op.columns ?? [];
  if (schema.length !== columns.length) {
    // Inside a function the analyzer knows a table parameter only by its declared columns; the call's
    // table may have more. Without a name clash (which Kusto resolves by renaming) the output is plain.
    const names = new Set(columns.map((c) => c.name));
    if (names.size === columns.length) return { length: leftRows.length, columns };
    return unsupported(op, "lookup whose output columns differ from the analyzer's");
  }
  return { length: leftRows.length, columns: columns.map((c, k) => ({ name: schema[k].name, type: c.type, view: c.view })) };
}
