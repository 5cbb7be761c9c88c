/**
 * Finds every occurrence of a pattern in a graph (graph-match page). A match binds each node slot to a
 * node, each single edge to an edge, and each variable-length edge to a path (its edges and inner nodes,
 * listed from the pattern's left to its right whatever the edges' direction: the pages' map() results
 * read that way). cycles (graph-match page): unique_edges (default) never uses one edge twice in a
 * match; none never visits a node twice, except where the pattern names the same node variable
 * again; all has no restriction.
 */
import { KqlRuntimeError } from "../errors";
import type { Graph } from "./model";
import type { Pattern, PatternEdge } from "./pattern";

export type Cycles = "unique_edges" | "none" | "all";

export interface Path {
  edges: number[];
  /** Nodes strictly between the path's ends. */
  inner: number[];
}

export interface Matches {
  count: number;
  /** Per slot, the node of each match. */
  nodes: number[][];
  /** Per edge of the pattern (sequence by sequence), the edge of each match (single edges) ... */
  edges: number[][];
  /** ... or the path of each match (variable-length edges). */
  paths: Path[][];
  /** Edges in each match (shortest paths compare on it). */
  length: number[];
}

/** Enumerating stops here with an error rather than exhausting memory. */
export const MAX_MATCHES = 1_000_000;

interface Step {
  seq: number;
  edgeIdx: number;
  /** Global index of the pattern edge (its column in Matches.edges/paths). */
  slotEdge: number;
  from: number;
  to: number;
  /** Walking against the pattern's reading order (right to left). */
  backward: boolean;
  edge: PatternEdge;
}

/** Neighbours reachable over one edge of the given direction, walking forward or backward in the pattern. */
function hops(g: Graph, node: number, dir: PatternEdge["dir"], backward: boolean, visit: (edge: number, next: number) => void): void {
  const leftToRight = (dir === "right") !== backward;
  if (dir === "any") {
    for (const e of g.outEdges[node]) visit(e, g.dst[e]);
    for (const e of g.inEdges[node]) if (g.src[e] !== g.dst[e]) visit(e, g.src[e]);
    return;
  }
  if (leftToRight) for (const e of g.outEdges[node]) visit(e, g.dst[e]);
  else for (const e of g.inEdges[node]) visit(e, g.src[e]);
}

/**
 * The order in which edges are walked: the first sequence from its node with the fewest candidates
 * (the first on a tie), each later one from its first node already bound; outward both ways.
 */
function plan(p: Pattern, candidateCount: (slot: number) => number): { anchors: { seq: number; pos: number }[]; steps: Step[][] } {
  const bound = new Set<number>();
  const anchors: { seq: number; pos: number }[] = [];
  const steps: Step[][] = [];
  let edgeBase = 0;
  p.sequences.forEach((s, k) => {
    const fewest = s.nodes.reduce((best, slot, i) => (candidateCount(slot) < candidateCount(s.nodes[best]) ? i : best), 0);
    const pos = k === 0 ? fewest : Math.max(0, s.nodes.findIndex((slot) => bound.has(slot)));
    anchors.push({ seq: k, pos });
    const list: Step[] = [];
    for (let i = pos; i < s.edges.length; i++) list.push({ seq: k, edgeIdx: i, slotEdge: edgeBase + i, from: s.nodes[i], to: s.nodes[i + 1], backward: false, edge: s.edges[i] });
    for (let i = pos - 1; i >= 0; i--) list.push({ seq: k, edgeIdx: i, slotEdge: edgeBase + i, from: s.nodes[i + 1], to: s.nodes[i], backward: true, edge: s.edges[i] });
    steps.push(list);
    for (const slot of s.nodes) bound.add(slot);
    edgeBase += s.edges.length;
  });
  return { anchors, steps };
}

/**
 * All matches. `candidates[slot]`, when given, says which nodes a slot may bind (the where clause's
 * conditions on that node alone, tested once per node before walking).
 */
export function findMatches(g: Graph, p: Pattern, cycles: Cycles, candidates: (Uint8Array | undefined)[]): Matches {
  const edgeCount = p.sequences.reduce((n, s) => n + s.edges.length, 0);
  const out: Matches = { count: 0, nodes: Array.from({ length: p.slotCount }, () => []), edges: Array.from({ length: edgeCount }, () => []), paths: Array.from({ length: edgeCount }, () => []), length: [] };
  const counts = candidates.map((mask) => (mask ? mask.reduce((n, x) => n + x, 0) : g.nodes.length));
  const { anchors, steps } = plan(p, (slot) => counts[slot] ?? g.nodes.length);
  const slotNode = new Int32Array(p.slotCount).fill(-1);
  const edgeBind: (number | Path | undefined)[] = new Array(edgeCount);
  const usedEdges = new Uint32Array(g.edges.length);
  const usedNodes = new Uint32Array(g.nodes.length);
  let totalEdges = 0;
  const ok = (slot: number, node: number) => {
    const mask = candidates[slot];
    return !mask || mask[node] === 1;
  };

  const emit = () => {
    if (out.count >= MAX_MATCHES) throw new KqlRuntimeError(`graph pattern has more than ${MAX_MATCHES} matches before its where clause; add conditions or narrow the variable-length edges`);
    out.count++;
    for (let s = 0; s < p.slotCount; s++) out.nodes[s].push(slotNode[s]);
    for (let e = 0; e < edgeCount; e++) {
      const b = edgeBind[e];
      if (typeof b === "number") out.edges[e].push(b);
      else out.paths[e].push(b ?? { edges: [], inner: [] });
    }
    out.length.push(totalEdges);
  };

  /** Binds `slot` to `node` (or checks a bound slot names it), then continues; undoes on return. */
  const bindNode = (slot: number, node: number, next: () => void, sameAsStart: boolean) => {
    const cur = slotNode[slot];
    if (cur >= 0) {
      // A named node met again is the pattern's own cycle, allowed by every cycles option.
      if (cur === node) next();
      return;
    }
    if (!ok(slot, node)) return;
    // A zero-length path ends where it starts: that is not a cycle.
    if (cycles === "none" && usedNodes[node] > 0 && !sameAsStart) return;
    slotNode[slot] = node;
    usedNodes[node]++;
    next();
    usedNodes[node]--;
    slotNode[slot] = -1;
  };

  const useEdge = (e: number): boolean => {
    if (cycles === "unique_edges" && usedEdges[e] > 0) return false;
    usedEdges[e]++;
    totalEdges++;
    return true;
  };
  const releaseEdge = (e: number) => {
    usedEdges[e]--;
    totalEdges--;
  };

  const runStep = (seqK: number, stepK: number) => {
    const list = steps[seqK];
    if (stepK === list.length) {
      if (seqK + 1 === steps.length) emit();
      else startSequence(seqK + 1);
      return;
    }
    const st = list[stepK];
    const here = slotNode[st.from];
    if (!st.edge.variable) {
      hops(g, here, st.edge.dir, st.backward, (e, nextNode) => {
        if (!useEdge(e)) return;
        edgeBind[st.slotEdge] = e;
        bindNode(st.to, nextNode, () => runStep(seqK, stepK + 1), false);
        edgeBind[st.slotEdge] = undefined;
        releaseEdge(e);
      });
      return;
    }
    const pathEdges: number[] = [];
    const pathNodes: number[] = [];
    const walk = (node: number, isStart: boolean) => {
      if (pathEdges.length >= st.edge.min) {
        edgeBind[st.slotEdge] = st.backward ? { edges: [...pathEdges].reverse(), inner: [...pathNodes].reverse() } : { edges: [...pathEdges], inner: [...pathNodes] };
        bindNode(st.to, node, () => runStep(seqK, stepK + 1), isStart);
        edgeBind[st.slotEdge] = undefined;
      }
      if (pathEdges.length === st.edge.max) return;
      // Going on from a node makes it an inner node of the path (the start is bound already).
      if (!isStart) {
        if (cycles === "none" && usedNodes[node] > 0) return;
        usedNodes[node]++;
        pathNodes.push(node);
      }
      hops(g, node, st.edge.dir, st.backward, (e, nextNode) => {
        if (!useEdge(e)) return;
        pathEdges.push(e);
        walk(nextNode, false);
        pathEdges.pop();
        releaseEdge(e);
      });
      if (!isStart) {
        usedNodes[node]--;
        pathNodes.pop();
      }
    };
    walk(here, true);
  };

  const startSequence = (seqK: number) => {
    const { pos } = anchors[seqK];
    const slot = p.sequences[seqK].nodes[pos];
    if (slotNode[slot] >= 0) {
      runStep(seqK, 0);
      return;
    }
    for (let n = 0; n < g.nodes.length; n++) bindNode(slot, n, () => runStep(seqK, 0), false);
  };

  startSequence(0);
  return out;
}
