/**
 * Kusto's graph semantics (graph-operators page): make-graph turns a table into a graph, which only a
 * graph operator can consume — graph-mark-components (graph → graph), graph-match,
 * graph-shortest-paths and graph-to-table (graph → table). The evaluator hands a pipe whose operator
 * ends a graph chain to `graphPipe`; the graph itself never flows between ordinary operators.
 */
import type { Value } from "../../dataset/columns";
import type { KNode } from "../kusto";
import type { QueryContext } from "../scalar";
import { childOf, nameOf, nodes, unsupported } from "../syntax";
import { emptyTable, gatherTable, materialize, type ETable } from "../table";
import { keyOf } from "../value-ops";
import { makeGraph, makeGraphUnsupported, markComponents } from "./build";
import type { Graph } from "./model";
import { graphMatch, graphShortestPaths } from "./run";
import { graphToTable } from "./to-table";

export { GRAPH_FUNCTIONS } from "./expressions";

/** A query context that can also name results (graph-to-table ... as N) and find `let G = ... | make-graph ...`. */
export type GraphContext = QueryContext & { bindTable?(name: string, table: ETable, at: KNode): void; graphLet?(name: string): KNode | undefined };

/** Whether an expression's value is a graph (what `let G = edges | make-graph ...` binds). */
export function isGraphExpr(n: KNode): boolean {
  if (n.cls === "ParenthesizedExpression") return isGraphExpr(nodes(n)[0]);
  if (n.cls !== "PipeExpression") return false;
  const op = nodes(n)[1];
  return (op.cls === "MakeGraphOperator" && !childOf(op, "MakeGraphPartitionedByClause")) || op.cls === "GraphMarkComponentsOperator";
}

export const GRAPH_OPERATORS = new Set(["MakeGraphOperator", "GraphMarkComponentsOperator", "GraphMatchOperator", "GraphShortestPathsOperator", "GraphToTableOperator"]);


/** Whether a pipe's operator turns a graph into a table (or is a partitioned make-graph, which does). */
export function isGraphPipe(op: KNode): boolean {
  return op.cls === "GraphMatchOperator" || op.cls === "GraphShortestPathsOperator" || op.cls === "GraphToTableOperator" || (op.cls === "MakeGraphOperator" && !!childOf(op, "MakeGraphPartitionedByClause"));
}

/**
 * Constructs of the graph family refused by name before anything runs. graph("name") needs no entry:
 * the workspace declares no graph model, so the analyzer rejects it (KS260, unknown graph model).
 */
export function graphUnsupported(n: KNode): string | undefined {
  if (n.cls === "ExpressionStatement" && isGraphExpr(nodes(n)[0])) return GRAPH_RESULT;
  return n.cls === "MakeGraphOperator" ? makeGraphUnsupported(n) : undefined;
}

export const GRAPH_RESULT = "a query whose result is a graph (make-graph must be followed by graph-match, graph-shortest-paths or graph-to-table)";

function evalGraph(n: KNode, ctx: GraphContext): Graph {
  if (n.cls === "ParenthesizedExpression") return evalGraph(nodes(n)[0], ctx);
  if (n.cls === "PipeExpression") {
    const [left, op] = nodes(n);
    if (op.cls === "MakeGraphOperator" && !childOf(op, "MakeGraphPartitionedByClause")) return makeGraph(op, ctx.evalTabular(left), ctx);
    if (op.cls === "GraphMarkComponentsOperator") return markComponents(op, evalGraph(left, ctx));
  }
  const bound = n.cls === "NameReference" ? ctx.graphLet?.(nameOf(n)) : undefined;
  if (bound) return evalGraph(bound, ctx);
  return unsupported(n, "a graph that make-graph does not build in this query");
}

function fromGraph(op: KNode, g: Graph, ctx: GraphContext): ETable {
  switch (op.cls) {
    case "GraphMatchOperator":
      return graphMatch(op, g, ctx);
    case "GraphShortestPathsOperator":
      return graphShortestPaths(op, g, ctx);
    case "GraphToTableOperator": {
      const outs = graphToTable(op, g);
      for (const o of outs) {
        if (!o.name) continue;
        if (!ctx.bindTable) return unsupported(op, "graph-to-table ... as Name here");
        ctx.bindTable(o.name, o.table, op);
      }
      return outs[0].table;
    }
  }
  return unsupported(op);
}

/** Rows of several tables of one schema, one after the other. */
function concat(tables: ETable[], schema: ETable["columns"]): ETable {
  const length = tables.reduce((n, t) => n + t.length, 0);
  const columns = schema.map((c, k) => {
    const values: Value[] = [];
    for (const t of tables) for (let i = 0; i < t.length; i++) values.push(t.columns[k]?.view.get(i) ?? null);
    return { name: c.name, type: c.type, view: materialize(c.type, length, (i) => values[i]) };
  });
  return { length, columns };
}

/**
 * make-graph ... partitioned-by C ( graph operator ) (make-graph page): one graph per value of C (the
 * edges and every nodes table filtered to it), the operator applied to each, the results combined —
 * in order of the partition values' first appearance (the page does not order them).
 */
function partitioned(op: KNode, edges: ETable, ctx: GraphContext): ETable {
  const clause = childOf(op, "MakeGraphPartitionedByClause") as KNode;
  const [colRef, inner] = nodes(clause);
  const col = nameOf(colRef);
  if (!inner || !isGraphPipe(inner) || inner.cls === "MakeGraphOperator") return unsupported(clause, "partitioned-by without graph-match, graph-shortest-paths or graph-to-table");
  const rowsBy = (t: ETable) => {
    const c = t.columns.find((x) => x.name === col);
    if (!c) return unsupported(clause, `partitioned-by ${col}: a table without that column`);
    const groups = new Map<unknown, number[]>();
    for (let i = 0; i < t.length; i++) {
      const k = keyOf(c.view.get(i));
      const list = groups.get(k) ?? [];
      list.push(i);
      groups.set(k, list);
    }
    return groups;
  };
  const edgeGroups = rowsBy(edges);
  const parts = new Set<unknown>(edgeGroups.keys());
  const nodeGroups = new Map<ETable, Map<unknown, number[]>>();
  const nodesOf = (t: ETable) => {
    let g = nodeGroups.get(t);
    if (!g) nodeGroups.set(t, (g = rowsBy(t)));
    for (const k of g.keys()) parts.add(k);
    return g;
  };
  // A first build over everything reads the nodes tables once and learns every partition value.
  makeGraph(op, edges, ctx, (t) => (nodesOf(t), t));
  const results = [...parts].map((part) => {
    const g = makeGraph(op, gatherTable(edges, edgeGroups.get(part) ?? []), ctx, (t) => gatherTable(t, nodesOf(t).get(part) ?? []));
    return fromGraph(inner, g, ctx);
  });
  return results.length > 0 ? concat(results, results[0].columns) : emptyTable(op.columns ?? []);
}

/** Evaluates `graph source | graph operator` (n is the PipeExpression) to a table. */
export function graphPipe(n: KNode, ctx: GraphContext): ETable {
  const [left, op] = nodes(n);
  if (op.cls === "MakeGraphOperator") return partitioned(op, ctx.evalTabular(left), ctx);
  return fromGraph(op, evalGraph(left, ctx), ctx);
}
