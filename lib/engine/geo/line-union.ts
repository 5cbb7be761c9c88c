/**
 * geo_union_lines_array: the union of lines as S2 assembles it. Repeated edges are kept once; the
 * remaining edges are chained into maximal paths (S2Builder's polyline paths): a path starts at
 * every vertex that is not interior (an interior vertex has exactly one edge in and one out), the
 * candidates taken in input edge order, and follows edges until such a vertex. One path prints as
 * a LineString, several as a MultiLineString in that order. Lines that cross, overlap partly, meet
 * inside an edge, repeat an edge in the opposite direction or close into a loop need S2's edge
 * splitting and loop canonicalization, which are not reproduced: refused.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import type { FnImpl } from "../functions";
import { edgesMeet, edgesOverlap } from "./edges";
import { readLines, type LngLat } from "./shape-read";
import type { Vec } from "./sphere";

interface Edge {
  from: string;
  to: string;
  a: Vec;
  b: Vec;
  pa: LngLat;
  pb: LngLat;
}

const NAME = "geo_union_lines_array";
const key = (p: LngLat) => `${p[0]},${p[1]}`;

function refuse(why: string): never {
  throw new KqlUnsupportedError(`${NAME}() of lines that ${why}`);
}

function distinctEdges(lines: { coords: LngLat[]; points: Vec[] }[]): Edge[] {
  const edges: Edge[] = [];
  const seen = new Set<string>();
  for (const l of lines)
    for (let k = 1; k < l.coords.length; k++) {
      const [pa, pb] = [l.coords[k - 1], l.coords[k]];
      const [from, to] = [key(pa), key(pb)];
      if (from === to) continue;
      if (seen.has(`${to}>${from}`)) refuse("repeat an edge in the opposite direction");
      if (seen.has(`${from}>${to}`)) continue;
      seen.add(`${from}>${to}`);
      edges.push({ from, to, a: l.points[k - 1], b: l.points[k], pa, pb });
    }
  // Distinct edges may meet only at shared vertices.
  for (let i = 0; i < edges.length; i++)
    for (let j = i + 1; j < edges.length; j++) {
      const [e, f] = [edges[i], edges[j]];
      if (!edgesMeet(e.a, e.b, f.a, f.b)) continue;
      // Two arcs shorter than 180° that share a vertex meet only there, unless they overlap.
      const shared = [e.from, e.to].some((x) => x === f.from || x === f.to);
      if (!shared || edgesOverlap(e.a, e.b, f.a, f.b)) refuse("cross or overlap");
    }
  return edges;
}

function paths(edges: Edge[]): LngLat[][] {
  const outs = new Map<string, number[]>();
  const indeg = new Map<string, number>();
  edges.forEach((e, k) => {
    outs.set(e.from, [...(outs.get(e.from) ?? []), k]);
    indeg.set(e.to, (indeg.get(e.to) ?? 0) + 1);
  });
  const interior = (v: string) => (outs.get(v)?.length ?? 0) === 1 && indeg.get(v) === 1;
  const used = new Array<boolean>(edges.length).fill(false);
  const out: LngLat[][] = [];
  edges.forEach((e, k) => {
    if (used[k] || interior(e.from)) return;
    const path: LngLat[] = [e.pa];
    let cur = k;
    for (;;) {
      used[cur] = true;
      path.push(edges[cur].pb);
      const v = edges[cur].to;
      if (!interior(v)) break;
      cur = (outs.get(v) as number[])[0];
      if (used[cur]) break;
    }
    out.push(path);
  });
  if (used.some((u) => !u)) refuse("close into a loop");
  return out;
}

export const LINE_UNION_FUNCTIONS: Record<string, FnImpl> = {
  geo_union_lines_array: ({ g: [arr] }) => (i) => {
    const v = arr(i);
    if (!Array.isArray(v)) return null;
    if (v.length === 0) throw new KqlUnsupportedError(`${NAME}() of an empty array`);
    const lines = [];
    for (const item of v) {
      const l = readLines(item);
      if (!l) return null;
      lines.push(...l);
    }
    const p = paths(distinctEdges(lines));
    return (p.length === 1 ? { type: "LineString", coordinates: p[0] } : { type: "MultiLineString", coordinates: p }) as Value;
  },
};
