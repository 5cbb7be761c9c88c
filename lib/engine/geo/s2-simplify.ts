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

/** The simplified line, or null when nothing is left. */
export function simplifyLine(points: Vec[], r: number): Value {
  const { sites, out } = build(points, false, r);
  if (out.length === 0) return null;
  const next = successors(out);
  const starts = out.filter((e) => !out.some((f) => f.to === e.from));
  if (starts.length !== 1) throw new NotReproduced("a line that snaps into a loop");
  const path = [starts[0].from];
  for (let e = next.get(path[0]); e; e = next.get(e.to)) path.push(e.to);
  if (path.length !== out.length + 1) throw new NotReproduced("a line that snaps into several pieces");
  return { type: "LineString", coordinates: path.map((v) => lngLatOf(sites[v])) };
}

/** S2PolygonLayer's SiblingPairs::DISCARD: an edge and a reverse edge cancel, pair by pair. */
function discardSiblingPairs(out: OutEdge[]): OutEdge[] {
  // Repeated edges keep the union of their input ids in S2: not reproduced.
  const keys = new Set(out.map((e) => `${e.from}>${e.to}`));
  if (keys.size !== out.length) throw new NotReproduced("a ring that snaps onto itself twice");
  const gone = new Set<OutEdge>();
  for (const e of out) {
    if (gone.has(e)) continue;
    const sibling = out.find((f) => !gone.has(f) && f.from === e.to && f.to === e.from);
    if (sibling) {
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
