/**
 * top-nested (top-nested-operator page): each clause partitions the rows kept by the clause before
 * it by its `of` expression, aggregates each partition, and keeps the N partitions with the highest
 * (or, with `asc`, lowest) aggregate inside each parent; one output row per surviving leaf path.
 * `with others = X` (one level only) adds the row (X, the aggregate over every record outside the
 * top), as the page says; over several levels, where those rows nest is not pinned down: refused.
 */
import type { Value } from "../dataset/columns";
import { KqlUnsupportedError } from "./errors";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext, type Scope } from "./scalar";
import { groupRows, named, runAggregate } from "./summarize";
import { childOf, listElements, nodes, unsupported } from "./syntax";
import { gatherTable, materialize, type ETable } from "./table";
import { compareValues, toLong } from "./value-ops";
import { compareExact, isExactValues } from "./exact-aggregates";
import { exactColumnOf } from "./exact-long";

interface Clause {
  limit?: number;
  of: KNode;
  agg: KNode;
  desc: boolean;
  /** `with others = X`: X, the value of the row aggregating every record outside the top. */
  others?: KNode;
}

function clauseOf(c: KNode, scope: Scope): Clause {
  const othersClause = childOf(c, "TopNestedWithOthersClause");
  const parts = nodes(c);
  const ofAt = c.children.findIndex((x) => x.kind === "OfKeyword");
  const byAt = c.children.findIndex((x) => x.kind === "ByKeyword");
  const limitNode = parts.find((p) => c.children.indexOf(p) < ofAt);
  const of = c.children.slice(ofAt + 1, byAt).find((x) => !x.isToken);
  const byNode = c.children.slice(byAt + 1).find((x) => !x.isToken);
  if (!of || !byNode) return unsupported(c, "top-nested clause without of/by");
  const ordered = byNode.cls === "OrderedExpression";
  const aggExpr = ordered ? nodes(byNode)[0] : byNode;
  const words = ordered ? (childOf(byNode, "OrderingClause")?.children.map((t) => t.text ?? "") ?? []) : [];
  if (words.some((w) => w === "nulls")) return unsupported(c, "top-nested with nulls first/last");
  const limit = limitNode ? toLong(compileScalar(limitNode, scope)(0)) ?? undefined : undefined;
  return { limit, of: named(of).expr, agg: named(aggExpr).expr, desc: !words.includes("asc"), others: othersClause ? nodes(othersClause)[0] : undefined };
}

export function topNested(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const schema = op.columns ?? [];
  const clauses = listElements(childOf(op, "SyntaxList")).map((c) => clauseOf(c, { table: input, ctx }));
  if (schema.length !== clauses.length * 2) return unsupported(op, "top-nested output shape");
  if (clauses.length > 1 && clauses.some((c) => c.others)) return unsupported(op, "top-nested with others over several levels (where the others rows nest is not documented)");
  let table = input;
  // pathOf[i]: the surviving path (index into paths) row i of `table` belongs to.
  let pathOf = new Int32Array(table.length);
  // A cell is a bigint where it is a 64-bit key or aggregate (exact-long.ts), kept to the output.
  let paths: (Value | bigint)[][] = [[]];
  for (const clause of clauses) {
    const scope: Scope = { table, ctx };
    const parent = pathOf;
    const grouping = groupRows([{ get: (i) => parent[i] }, { get: compileScalar(clause.of, scope) }], table.length);
    if (clause.agg.cls !== "FunctionCallExpression") return unsupported(clause.agg, "top-nested aggregation that is not one aggregate call");
    const [aggs] = runAggregate(clause.agg, table, grouping, scope, new Set());
    const byParent = new Map<number, number[]>();
    for (let g = 0; g < grouping.groups; g++) {
      const p = grouping.keys[0][g] as number;
      const list = byParent.get(p) ?? [];
      list.push(g);
      byParent.set(p, list);
    }
    const newPathOfGroup = new Int32Array(grouping.groups).fill(-1);
    const nextPaths: (Value | bigint)[][] = [];
    const keyExact = grouping.exact?.[1];
    for (const [p, groups] of [...byParent].sort((a, b) => a[0] - b[0])) {
      // An aggregate of 64-bit longs orders on its exact values (exact-aggregates.ts).
      const order = isExactValues(aggs) ? (a: number, b: number) => compareExact(aggs.exact[a], aggs.exact[b]) : (a: number, b: number) => compareValues(aggs[a], aggs[b]);
      groups.sort((a, b) => (clause.desc ? -1 : 1) * order(a, b));
      const kept = clause.limit === undefined ? groups : groups.slice(0, Math.max(0, clause.limit));
      for (const g of kept) {
        newPathOfGroup[g] = nextPaths.length;
        nextPaths.push([...paths[p], keyExact ? keyExact[g] : grouping.keys[1][g], isExactValues(aggs) ? aggs.exact[g] : aggs[g]]);
      }
    }
    const keep: number[] = [];
    const nextPathOf: number[] = [];
    for (let i = 0; i < table.length; i++) {
      const path = newPathOfGroup[grouping.groupOf[i]];
      if (path < 0) continue;
      keep.push(i);
      nextPathOf.push(path);
    }
    if (clause.others) nextPaths.push(othersRow(clause, clause.others, table, newPathOfGroup, grouping.groupOf, ctx));
    table = gatherTable(table, Int32Array.from(keep));
    pathOf = Int32Array.from(nextPathOf);
    paths = nextPaths;
  }
  const columns = schema.map((c, k) => {
    const exact = paths.some((row) => typeof row[k] === "bigint") ? exactColumnOf(c.type, paths.length, (r) => wholeCell(paths[r][k], op)) : undefined;
    return { name: c.name, type: c.type, view: exact ?? materialize(c.type, paths.length, (r) => paths[r][k] as Value) };
  });
  return { length: paths.length, columns };
}

/** A cell of a column holding 64-bit values: its exact value (a double beyond ±(2^53 − 1) beside them is refused). */
function wholeCell(v: Value | bigint, op: KNode): bigint | null {
  if (typeof v === "bigint") return v;
  if (typeof v !== "number") return null;
  if (!Number.isSafeInteger(v)) return unsupported(op, "top-nested mixing 64-bit values with a long computed as a double");
  return BigInt(v);
}

/** The `with others` row: the clause's aggregate recomputed over the records left out of the top. */
function othersRow(clause: Clause, others: KNode, table: ETable, pathOfGroup: Int32Array, groupOf: Int32Array, ctx: QueryContext): Value[] {
  const rest: number[] = [];
  for (let i = 0; i < table.length; i++) if (pathOfGroup[groupOf[i]] < 0) rest.push(i);
  // The page does not say whether the row appears (and with which aggregate) when nothing is left out.
  if (rest.length === 0) throw new KqlUnsupportedError("top-nested with others when every value is in the top", others.pos);
  const sub = gatherTable(table, Int32Array.from(rest));
  const [agg] = runAggregate(clause.agg, sub, { groupOf: new Int32Array(rest.length), groups: 1, keys: [] }, { table: sub, ctx }, new Set());
  return [compileScalar(others, { table: sub, ctx })(0), agg[0]];
}
