/**
 * One LineString or one counterclockwise ring through S2Builder with IdentitySnapFunction(r) and
 * simplify_edge_chains, assembled as S2PolylineLayer / S2PolygonLayer assemble it: the line's single
 * walk, the polygon's loop rotated so the edge with the smallest input edge id leads (S2's
 * CanonicalizeLoopOrder). Outputs S2 would split into several lines or loops are refused: their
 * order is not reproduced here.
 */
import type { Value } from "../../dataset/columns";
import { simplifyChains, type OutEdge } from "./s2-chains";
import { NotReproduced, snap } from "./s2-snap";
import type { Vec } from "./sphere";

function lngLatOf(p: Vec): [number, number] {
  // S2LatLng(point).lng()/lat() in degrees, as S2 prints them.
  const deg = 180 / Math.PI;
  return [Math.atan2(p[1], p[0]) * deg, Math.atan2(p[2], Math.sqrt(p[0] * p[0] + p[1] * p[1])) * deg];
}

/** S2Builder::AddVertex keeps a vertex equal to the previous one once. */
function addPath(points: Vec[], closed: boolean): { vertices: Vec[]; edges: [number, number][] } {
  const vertices: Vec[] = [];
  const edges: [number, number][] = [];
  const add = (v: Vec) => {
    const last = vertices[vertices.length - 1];
    if (!last || last[0] !== v[0] || last[1] !== v[1] || last[2] !== v[2]) vertices.push(v);
    return vertices.length - 1;
  };
  const n = points.length;
  for (let k = 1; k < n + (closed ? 1 : 0); k++) {
    const a = add(points[k - 1]);
    const b = add(points[k % n]);
    edges.push([a, b]);
  }
  return { vertices, edges };
}

function build(points: Vec[], closed: boolean, r: number): { sites: Vec[]; out: OutEdge[] } {
  const { vertices, edges } = addPath(points, closed);
  const snapped = snap(vertices, edges, r);
  const siteVertices = snapped.sites.map((): number[] => []);
  const note = (v: number, site: number) => {
    const list = siteVertices[site];
    if (list[list.length - 1] !== v) list.push(v);
  };
  snapped.chains.forEach((chain, e) => {
    if (chain.length === 0) return;
    note(edges[e][0], chain[0]);
    if (chain.length > 1) note(edges[e][1], chain[chain.length - 1]);
  });
  return { sites: snapped.sites, out: simplifyChains(snapped, vertices, siteVertices) };
}

function successors(out: OutEdge[]): Map<number, OutEdge> {
  const next = new Map<number, OutEdge>();
  const into = new Set<number>();
  for (const e of out) {
    if (next.has(e.from) || into.has(e.to)) throw new NotReproduced("a result that meets itself at a vertex");
    next.set(e.from, e);
    into.add(e.to);
  }
  return next;
}

/**
 * S2Builder::Graph's GetPolylines(WALK) for directed edges: walks start where edges leave a vertex
 * more often than they enter it, in input edge order, each taking the unused edge with the smallest
 * input id; loops left over are spliced into the walks (MaximizeWalk) or walked on their own.
 */
function walks(out: OutEdge[]): number[][] {
  const minId = out.map((e) => Math.min(...e.inputs));
  const outOf = new Map<number, number[]>();
  const inOf = new Map<number, number[]>();
  out.forEach((e, k) => {
    outOf.set(e.from, [...(outOf.get(e.from) ?? []), k]);
    inOf.set(e.to, [...(inOf.get(e.to) ?? []), k]);
  });
  const used = out.map(() => false);
  const excessUsed = new Map<number, number>();
  const excessDegree = (v: number) => (outOf.get(v)?.length ?? 0) - (inOf.get(v)?.length ?? 0);
  let left = out.length;
  const walk = (start: number): number[] => {
    const path: number[] = [];
    for (let v = start; ; ) {
      let best = -1;
      for (const e of outOf.get(v) ?? []) if (!used[e] && (best < 0 || minId[e] < minId[best])) best = e;
      if (best < 0) return path;
      if (excessDegree(v) - (excessUsed.get(v) ?? 0) < 0 && (inOf.get(v) ?? []).some((e) => !used[e] && minId[e] <= minId[best])) return path;
      path.push(best);
      used[best] = true;
      left--;
      v = out[best].to;
    }
  };
  const maximize = (path: number[]) => {
    for (let i = 0; i <= path.length; i++) {
      const v = i === 0 ? out[path[0]].from : out[path[i - 1]].to;
      if ((outOf.get(v) ?? []).some((e) => !used[e])) path.splice(i, 0, ...walk(v));
    }
  };
  const order = out.map((_, k) => k).sort((a, b) => minId[a] - minId[b] || a - b);
  const result: number[][] = [];
  for (const e of order) {
    if (used[e]) continue;
    const v = out[e].from;
    if (excessDegree(v) - (excessUsed.get(v) ?? 0) <= 0) continue;
    excessUsed.set(v, (excessUsed.get(v) ?? 0) + 1);
    const path = walk(v);
    result.push(path);
    const end = out[path[path.length - 1]].to;
    excessUsed.set(end, (excessUsed.get(end) ?? 0) - 1);
  }
  if (left > 0) result.forEach(maximize);
  for (let i = 0; i < order.length && left > 0; i++) {
    const e = order[i];
    if (used[e]) continue;
    const v = out[e].from;
    let excess = 0;
    for (let j = i; j < order.length && minId[order[j]] === minId[e]; j++) {
      if (used[order[j]]) continue;
      if (out[order[j]].from === v) excess++;
      if (out[order[j]].to === v) excess--;
    }
    if (excess === 1 || out[e].to === v) {
      const path = walk(v);
      maximize(path);
      result.push(path);
    }
  }
  return result.sort((a, b) => minId[a[0]] - minId[b[0]] || a[0] - b[0]);
}

/** The simplified line (S2PolylineLayer: one walk over all edges), or null when nothing is left. */
export function simplifyLine(points: Vec[], r: number): Value {
  const { sites, out } = build(points, false, r);
  if (out.length === 0) return null;
  // S2's graph numbers edges by (source, destination); the walk's tie-breaks use those numbers.
  out.sort((a, b) => a.from - b.from || a.to - b.to);
  const found = walks(out);
  // Several walks are an error of S2's polyline layer; what Kusto returns then is not documented.
  if (found.length !== 1) throw new NotReproduced("a line that snaps into several pieces");
  const path = [out[found[0][0]].from, ...found[0].map((e) => out[e].to)];
  return { type: "LineString", coordinates: path.map((v) => lngLatOf(sites[v])) };
}

/** S2PolygonLayer's SiblingPairs::DISCARD: an edge and a reverse edge cancel, pair by pair. */
function discardSiblingPairs(out: OutEdge[]): OutEdge[] {
  // Repeated edges keep the union of their input ids in S2: not reproduced.
  const keys = new Set(out.map((e) => `${e.from}>${e.to}`));
  if (keys.size !== out.length) throw new NotReproduced("a ring that snaps onto itself twice");
  const byKey = new Map(out.map((e) => [`${e.from}>${e.to}`, e]));
  const gone = new Set<OutEdge>();
  for (const e of out) {
    const sibling = byKey.get(`${e.to}>${e.from}`);
    if (sibling && !gone.has(e)) {
      gone.add(e);
      gone.add(sibling);
    }
  }
  return out.filter((e) => !gone.has(e));
}

/** The simplified ring as a GeoJSON Polygon, or null when nothing is left. */
export function simplifyRing(ring: Vec[], r: number, signedArea: (ring: Vec[]) => number): Value {
  const built = build(ring.slice(0, -1), true, r);
  const { sites } = built;
  const out = discardSiblingPairs(built.out);
  if (out.length === 0) return null;
  const next = successors(out);
  const loop = [out[0]];
  for (let e = next.get(out[0].to); e && e !== out[0]; e = next.get(e.to)) loop.push(e);
  if (loop.length !== out.length || loop[loop.length - 1].to !== loop[0].from) throw new NotReproduced("a ring that snaps into several loops");
  // CanonicalizeLoopOrder: the loop ends with its highest minimum input edge id (wrapping around).
  const ids = loop.map((e) => Math.min(...e.inputs));
  let pos = 0;
  let gap = false;
  for (let i = 1; i < ids.length; i++) {
    const cmp = ids[i] - ids[pos];
    if (cmp < 0) gap = true;
    else if (cmp > 0 || !gap) {
      pos = i;
      gap = false;
    }
  }
  const start = (pos + 1) % loop.length;
  const rotated = [...loop.slice(start), ...loop.slice(0, start)];
  const vertices = rotated.map((e) => sites[e.from]);
  if (signedArea([...vertices, vertices[0]]) <= 0) throw new NotReproduced("a ring whose simplification turns clockwise");
  const coords = vertices.map(lngLatOf);
  return { type: "Polygon", coordinates: [[...coords, coords[0]]] };
}
