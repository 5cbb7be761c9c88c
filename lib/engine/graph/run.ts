/**
 * graph-match and graph-shortest-paths: find the pattern's matches, keep those the where clause accepts,
 * and project one row per match (per shortest path).
 */
import type { KNode } from "../kusto";
import type { QueryContext } from "../scalar";
import { childOf, listElements, namedParameters, nodes, unsupported } from "../syntax";
import { lazyColumn, materialize, type ETable } from "../table";
import { compileGraphExpr, conjuncts, everyEdge, matchBindings, pathProperties, variablesOf, type Bindings } from "./expressions";
import { findMatches, type Cycles, type Matches } from "./match";
import type { Graph } from "./model";
import { readPattern, type Pattern } from "./pattern";
import { bfsShortestPaths } from "./shortest";

const clauseExpr = (op: KNode, cls: string) => {
  const c = childOf(op, cls);
  return c ? nodes(c).filter((x) => x.cls !== "SyntaxList")[0] : undefined;
};

function projectItems(op: KNode): KNode[] {
  const clause = childOf(op, "ProjectClause");
  if (!clause) return unsupported(op, `${op.cls === "GraphMatchOperator" ? "graph-match" : "graph-shortest-paths"} without a project clause`);
  return listElements(childOf(clause, "SyntaxList")).map((item) => (item.cls === "SimpleNamedExpression" ? nodes(item)[1] : item));
}

/** Per node slot, the nodes the where clause's conditions on that node alone accept (undefined: any). */
function nodeCandidates(where: KNode | undefined, g: Graph, p: Pattern, ctx: QueryContext): (Uint8Array | undefined)[] {
  const out: (Uint8Array | undefined)[] = new Array(p.slotCount);
  if (!where) return out;
  const names = new Set([...p.nodeSlots.keys(), ...p.edgeNames]);
  for (const c of conjuncts(where)) {
    const vars = [...variablesOf(c, names)];
    if (vars.length !== 1 || !p.nodeSlots.has(vars[0])) continue;
    const slot = p.nodeSlots.get(vars[0]) as number;
    const perNode: Bindings = { count: g.nodes.length, node: (n) => (n === vars[0] ? (i) => i : undefined), edge: () => undefined, path: () => undefined };
    const test = compileGraphExpr(c, g, perNode, ctx);
    const mask = out[slot] ?? new Uint8Array(g.nodes.length).fill(1);
    for (let n = 0; n < g.nodes.length; n++) if (mask[n] === 1 && test(n) !== true) mask[n] = 0;
    out[slot] = mask;
  }
  return out;
}

/** Indices of the matches the where clause accepts. */
function accepted(where: KNode | undefined, g: Graph, b: Bindings, ctx: QueryContext): number[] {
  const all = Array.from({ length: b.count }, (_, i) => i);
  if (!where) return all;
  const tests = conjuncts(where).map((c) => {
    const paths = [...pathProperties(c, b)];
    if (paths.length === 0) return compileGraphExpr(c, g, b, ctx);
    if (paths.length > 1) return unsupported(c, "a where condition over the edge properties of two variable-length edges");
    return everyEdge(c, paths[0], g, b, ctx);
  });
  return all.filter((i) => tests.every((t) => t(i) === true));
}

function project(op: KNode, g: Graph, b: Bindings, rows: number[], ctx: QueryContext): ETable {
  const items = projectItems(op);
  const schema = op.columns ?? [];
  if (schema.length !== items.length) return unsupported(op, "a graph project clause whose columns the analyzer did not name");
  const columns = items.map((expr, k) => {
    const { name, type } = schema[k];
    const get = compileGraphExpr(expr, g, b, ctx);
    return lazyColumn(name, type, () => materialize(type, rows.length, (r) => get(rows[r])));
  });
  return { length: rows.length, columns };
}

function matchesOf(op: KNode, g: Graph, p: Pattern, cycles: Cycles, ctx: QueryContext): { m: Matches; b: Bindings; rows: number[] } {
  const where = clauseExpr(op, "WhereClause");
  const m = findMatches(g, p, cycles, nodeCandidates(where, g, p, ctx));
  const b = matchBindings(p, m);
  return { m, b, rows: accepted(where, g, b, ctx) };
}

/** graph-match [cycles=unique_edges|none|all] Pattern [where ...] project ... */
export function graphMatch(op: KNode, g: Graph, ctx: QueryContext): ETable {
  const params = namedParameters(op);
  for (const k of params.keys()) if (k !== "cycles") unsupported(op, `graph-match ${k}=`);
  const cycles = (params.get("cycles") ?? "unique_edges").toLowerCase();
  if (cycles !== "unique_edges" && cycles !== "none" && cycles !== "all") return unsupported(op, `graph-match cycles=${cycles}`);
  const p = readPattern(op);
  const { b, rows } = matchesOf(op, g, p, cycles, ctx);
  return project(op, g, b, rows, ctx);
}

/**
 * graph-shortest-paths [output=any|all] (its page): among the paths that match the pattern and the
 * where clause, those of fewest edges per (first node, last node) pair; `any` keeps one (the first one
 * found: edges are walked in the edges table's order), `all` every one of that length. The page does not
 * say whether a path may use an edge twice; we walk as graph-match's default (unique_edges), which never
 * changes a shortest path when the conditions are per node or per edge.
 */
export function graphShortestPaths(op: KNode, g: Graph, ctx: QueryContext): ETable {
  const params = namedParameters(op);
  for (const k of params.keys()) if (k !== "output") unsupported(op, `graph-shortest-paths ${k}=`);
  const output = (params.get("output") ?? "any").toLowerCase();
  if (output !== "any" && output !== "all") return unsupported(op, `graph-shortest-paths output=${output}`);
  const p = readPattern(op);
  if (p.sequences.length !== 1) return unsupported(op, "graph-shortest-paths with several pattern sequences");
  if (!p.sequences[0].edges.some((e) => e.variable)) return unsupported(op, "graph-shortest-paths without a variable-length edge");
  const where = clauseExpr(op, "WhereClause");
  const fast = bfsShortestPaths(where, g, p, output === "all", nodeCandidates(where, g, p, ctx), ctx);
  if (fast) return project(op, g, fast.b, Array.from({ length: fast.m.count }, (_, i) => i), ctx);
  const { m, b, rows } = matchesOf(op, g, p, "unique_edges", ctx);
  const seq = p.sequences[0];
  const first = m.nodes[seq.nodes[0]];
  const last = m.nodes[seq.nodes[seq.nodes.length - 1]];
  const best = new Map<string, number>();
  for (const r of rows) {
    const key = `${first[r]}:${last[r]}`;
    const len = best.get(key);
    if (len === undefined || m.length[r] < len) best.set(key, m.length[r]);
  }
  const taken = new Set<string>();
  const kept = rows.filter((r) => {
    const key = `${first[r]}:${last[r]}`;
    if (m.length[r] !== best.get(key)) return false;
    if (output === "all") return true;
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
  return project(op, g, b, kept, ctx);
}
