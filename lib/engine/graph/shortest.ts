/**
 * graph-shortest-paths by breadth-first search, for the common shape `(s)-[e*min..max]-(t)` (min 0 or 1)
 * whose where clause only narrows s, t, each edge (`e.p ...`, `all(e, ...)`) or each inner node
 * (`all(inner_nodes(e), ...)`). Then a path passes the where clause exactly when each of its parts
 * does, so the fewest-edge paths are BFS's, without enumerating every path up to max (which grows
 * exponentially with max). BFS expands nodes in the order of their first shortest path (edges in table
 * order), so `output=any` keeps the same path as walking every path would. Other shapes return
 * undefined and take the general walk.
 */
import type { KNode } from "../kusto";
import type { QueryContext } from "../scalar";
import { callArgs } from "../functions";
import { nameOf } from "../syntax";
import { KqlRuntimeError } from "../errors";
import { compileScalar } from "../scalar";
import { GRAPH_FUNCTIONS, conjuncts, everyEdge, matchBindings, pathProperties, variablesOf, type Bindings } from "./expressions";
import { MAX_MATCHES, type Matches, type Path } from "./match";
import type { Graph } from "./model";
import type { Pattern } from "./pattern";

const callName = (n: KNode) => (n.cls === "FunctionCallExpression" ? (n.symbol?.name ?? "").toLowerCase() : "");

/** Per-edge and per-inner-node masks from the conjuncts that are about one element; undefined if another kind is present. */
function elementMasks(where: KNode | undefined, g: Graph, p: Pattern, edgeName: string | undefined, ctx: QueryContext) {
  const edgeOk = new Uint8Array(g.edges.length).fill(1);
  const innerOk = new Uint8Array(g.nodes.length).fill(1);
  if (!where) return { edgeOk, innerOk };
  const names = new Set([...p.nodeSlots.keys(), ...p.edgeNames]);
  // A one-path binding whose single "match" is one edge: everyEdge then tests that edge alone.
  const single = (e: number): Path => ({ edges: [e], inner: [] });
  const perEdge: Bindings = { count: g.edges.length, node: () => undefined, edge: () => undefined, path: (n) => (n === edgeName ? single : undefined) };
  for (const c of conjuncts(where)) {
    const vars = [...variablesOf(c, names)];
    if (vars.length === 1 && p.nodeSlots.has(vars[0])) continue; // narrowed through the candidates
    if (!edgeName || vars.length !== 1 || vars[0] !== edgeName) return undefined;
    if (pathProperties(c, perEdge).size === 1) {
      const test = everyEdge(c, edgeName, g, perEdge, ctx);
      for (let e = 0; e < g.edges.length; e++) if (test(e) !== true) edgeOk[e] = 0;
      continue;
    }
    const [list, cond] = callArgs(c);
    if (callName(c) !== "all" || !list || !cond || variablesOf(cond, names).size > 0) return undefined;
    const overInner = callName(list) === "inner_nodes";
    const ref = overInner ? callArgs(list)[0] : list;
    if (!ref || ref.cls !== "NameReference" || nameOf(ref) !== edgeName || hasGraphCall(cond)) return undefined;
    const test = compileScalar(cond, { table: overInner ? g.nodes : g.edges, ctx });
    const mask = overInner ? innerOk : edgeOk;
    for (let k = 0; k < mask.length; k++) if (test(k) !== true) mask[k] = 0;
  }
  return { edgeOk, innerOk };
}

function hasGraphCall(n: KNode): boolean {
  if (n.isToken) return false;
  if (GRAPH_FUNCTIONS.has(callName(n))) return true;
  return n.children.some(hasGraphCall);
}

/** Shortest paths by BFS, or undefined when the pattern or the where clause is not of the BFS shape. */
export function bfsShortestPaths(where: KNode | undefined, g: Graph, p: Pattern, all: boolean, candidates: (Uint8Array | undefined)[], ctx: QueryContext): { m: Matches; b: Bindings } | undefined {
  const seq = p.sequences[0];
  if (p.sequences.length !== 1 || seq.edges.length !== 1 || !seq.edges[0].variable || seq.edges[0].min > 1) return undefined;
  const [sSlot, tSlot] = seq.nodes;
  if (sSlot === tSlot) return undefined;
  const edge = seq.edges[0];
  const masks = elementMasks(where, g, p, edge.name, ctx);
  if (!masks) return undefined;
  const { edgeOk, innerOk } = masks;
  const sOk = candidates[sSlot];
  const tOk = candidates[tSlot];
  // A path from a node back to itself (a cycle) is not BFS's: only when no node can be both ends, or min is 0
  // (then the empty path is that pair's shortest).
  if (edge.min > 0) for (let n = 0; n < g.nodes.length; n++) if ((!sOk || sOk[n] === 1) && (!tOk || tOk[n] === 1)) return undefined;
  const m: Matches = { count: 0, nodes: Array.from({ length: p.slotCount }, () => []), edges: [[]], paths: [[]], length: [] };
  const emit = (s: number, t: number, path: number[], walk: number[]) => {
    if (m.count >= MAX_MATCHES) throw new KqlRuntimeError(`graph-shortest-paths found more than ${MAX_MATCHES} shortest paths`);
    m.count++;
    m.nodes[sSlot].push(s);
    m.nodes[tSlot].push(t);
    m.paths[0].push({ edges: path, inner: walk.slice(1, -1) });
    m.length.push(path.length);
  };
  const level = new Int32Array(g.nodes.length);
  for (let s = 0; s < g.nodes.length; s++) {
    if (sOk && sOk[s] !== 1) continue;
    level.fill(-1);
    // Arrivals at each node over a shortest path: [edge, from].
    const preds = new Map<number, [number, number][]>();
    const order: number[] = [];
    level[s] = 0;
    let frontier = [s];
    if (edge.min === 0 && (!tOk || tOk[s] === 1)) emit(s, s, [], [s, s]);
    for (let depth = 1; depth <= edge.max && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const u of frontier) {
        if (u !== s && innerOk[u] !== 1) continue;
        const step = (e: number, v: number) => {
          if (edgeOk[e] !== 1) return;
          if (v === s) return;
          if (level[v] === -1) {
            level[v] = depth;
            next.push(v);
            order.push(v);
            preds.set(v, [[e, u]]);
          } else if (level[v] === depth) preds.get(v)?.push([e, u]);
        };
        const out = edge.dir === "left" ? [] : g.outEdges[u];
        const inn = edge.dir === "right" ? [] : g.inEdges[u];
        for (const e of out) step(e, g.dst[e]);
        for (const e of inn) if (edge.dir === "left" || g.src[e] !== g.dst[e]) step(e, g.src[e]);
      }
      frontier = next;
    }
    // Paths back from t through the arrivals; edges listed from s (the pattern's left) to t.
    const paths = (t: number, arrivals: [number, number][], emitOne: (edges: number[], walk: number[]) => void) => {
      const rec = (node: number, at: [number, number][], edges: number[], walk: number[]): boolean => {
        for (const [e, from] of at) {
          edges.unshift(e);
          walk.unshift(from);
          if (from === s) emitOne([...edges], [...walk, t]);
          const done = from === s ? !all : rec(from, preds.get(from) ?? [], edges, walk);
          edges.shift();
          walk.shift();
          if (done) return true;
        }
        return false;
      };
      rec(t, arrivals, [], []);
    };
    const targets = [...order.filter((t) => !tOk || tOk[t] === 1)];
    for (const t of targets) paths(t, preds.get(t) ?? [], (edges, walk) => emit(s, t, edges, walk));
  }
  return { m, b: matchBindings(p, m) };
}
