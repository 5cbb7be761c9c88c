/**
 * geo_intersection_2polygons and geo_union_polygons_array: polygon overlays whose vertex order is
 * the one Kusto prints. Kusto runs S2's boolean operation; its output loops are assembled from the
 * kept pieces of A's edges then B's, each piece numbered in that order, and every loop is rotated
 * so that its highest-numbered piece comes last (S2Builder's CanonicalizeLoopOrder), loops sorted by
 * their first piece. Unions of an array follow S2Polygon::DestructiveUnion: repeatedly the two
 * polygons with the fewest vertices (ties in insertion order) are united, the result queued again.
 * A union goes back into the queue under the sum of its operands' vertex counts (S2's estimate).
 * Where boundaries pinch at a vertex, S2's left-turn map continues each incoming edge with the next
 * outgoing edge clockwise, so each loop keeps its own wedge. These rules reproduce the pages'
 * intersection and union outputs vertex for vertex, including the geohash and S2 cell 3×3 unions,
 * and agree with libs2's DestructiveUnion on random unions of grid cells. Inputs with holes or
 * clockwise shells, results with holes (or a loop through a vertex twice), and intersections
 * touching at several isolated points are refused: their assembly is not reproduced.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import type { FnImpl } from "../functions";
import { edgesCross, edgesMeet } from "./edges";
import { readPolygons, type Polygon } from "./shape-read";
import { cutEdge, midpoint, sharedEdge, signedArea } from "./pieces";
import { angle, cross, dot, normalize, ringContains, scale, sub, toLngLat, toVec, type Vec } from "./sphere";

/** An S2 polygon without holes: closed counterclockwise loops, in S2's order. */
type Loops = Vec[][];

interface NumberedPiece {
  a: Vec;
  b: Vec;
  id: number;
}

const SAME = 1e-13;

function loopsOf(polygons: Polygon[], name: string): Loops {
  return polygons.map((p) => {
    if (p.rings.length > 1) throw new KqlUnsupportedError(`${name}() of polygons with holes`);
    if (signedArea(p.rings[0]) < 0) throw new KqlUnsupportedError(`${name}() of a clockwise shell`);
    return p.rings[0];
  });
}

const inside = (loops: Loops, x: Vec) => loops.some((l) => ringContains(l, x));

/**
 * The kept pieces of `from`'s edges (inside `other` for an intersection, outside for a union),
 * numbered from `next`. An edge both shapes have in the opposite direction separates them and goes;
 * one they have in the same direction bounds the result once, kept from A (`isA`).
 */
function keptPieces(from: Loops, other: Loops, keepInside: boolean, next: number, isA: boolean, name: string): NumberedPiece[] {
  const out: NumberedPiece[] = [];
  for (const loop of from)
    for (let e = 1; e < loop.length; e++) {
      const shared = sharedEdge(loop[e - 1], loop[e], other);
      if (shared !== 0) {
        if (shared === 1 && isA) out.push({ a: loop[e - 1], b: loop[e], id: next++ });
        continue;
      }
      // S2BooleanOperation hands S2Builder whole input edges: the kept pieces of one edge share its number.
      const kept = cutEdge(loop[e - 1], loop[e], other, name, true).filter((piece) => inside(other, midpoint(piece)) === keepInside);
      for (const piece of kept) out.push({ a: piece[0], b: piece[1], id: next });
      if (kept.length > 0) next++;
    }
  return out;
}

/** Rotates a loop so its highest-numbered piece (the last of a run of equals) comes last. */
function canonicalRotation(loop: NumberedPiece[]): NumberedPiece[] {
  let pos = 0;
  let sawGap = false;
  for (let i = 1; i < loop.length; i++) {
    const cmp = loop[i].id - loop[pos].id;
    if (cmp < 0) sawGap = true;
    else if (cmp > 0 || !sawGap) {
      pos = i;
      sawGap = false;
    }
  }
  const start = (pos + 1) % loop.length;
  return [...loop.slice(start), ...loop.slice(0, start)];
}

/** Of the candidates (ids, with far ends `to`), the one whose edge from v comes first turning clockwise from v→from. */
function firstClockwise(v: Vec, from: Vec, to: Vec[], ids: number[], name: string): number {
  const tangent = (p: Vec) => normalize(sub(p, scale(v, dot(v, p))));
  const t0 = tangent(from);
  let best = -1;
  let bestAngle = Infinity;
  to.forEach((p, k) => {
    const t = tangent(p);
    const ccw = Math.atan2(dot(v, cross(t0, t)), dot(t0, t));
    const cw = ccw >= 0 ? 2 * Math.PI - ccw : -ccw;
    if (Math.abs(cw - bestAngle) < 1e-12 || cw < 1e-12) throw new KqlUnsupportedError(`${name}() of shapes whose boundaries overlap at a vertex`);
    if (cw < bestAngle) {
      bestAngle = cw;
      best = ids[k];
    }
  });
  return best;
}

function assemble(pieces: NumberedPiece[], name: string, union: boolean): Loops {
  const used = new Array<boolean>(pieces.length).fill(false);
  const loops: NumberedPiece[][] = [];
  for (let s = 0; s < pieces.length; s++) {
    if (used[s]) continue;
    const loop = [pieces[s]];
    used[s] = true;
    for (let cur = s; ; ) {
      const end = pieces[cur].b;
      const next = pieces.map((p, j) => j).filter((j) => (j === s || !used[j]) && angle(pieces[j].a, end) < SAME);
      if (next.length === 0) throw new KqlUnsupportedError(`${name}() of shapes whose boundaries touch`);
      // Boundaries pinched at a vertex: S2's left-turn map continues each incoming edge with the
      // outgoing edge next clockwise from it, so each loop keeps its own interior wedge.
      // Checked against S2 for unions only: a pinched intersection stays refused.
      if (next.length > 1 && !union) throw new KqlUnsupportedError(`${name}() of shapes whose boundaries touch`);
      const chosen = next.length === 1 ? next[0] : firstClockwise(end, pieces[cur].a, next.map((j) => pieces[j].b), next, name);
      if (chosen === s) break;
      cur = chosen;
      used[cur] = true;
      loop.push(pieces[cur]);
    }
    loops.push(canonicalRotation(loop));
  }
  loops.sort((x, y) => x[0].id - y[0].id);
  // Two loops led by pieces of one input edge: S2 orders them by its graph's edge numbering, not reproduced.
  if (loops.some((l, k) => k > 0 && loops[k - 1][0].id === l[0].id)) throw new KqlUnsupportedError(`${name}() whose loops start on one input edge`);
  return loops.map((l) => {
    const ring = [...l.map((p) => p.a), l[0].a];
    // A loop through one vertex twice goes round a hole that touches the shell: S2 splits it into a
    // shell and a hole, which are not reproduced.
    const revisits = l.some((p, i) => l.some((q, j) => j > i && angle(p.a, q.a) < SAME));
    if (revisits || signedArea(ring) < 0) throw new KqlUnsupportedError(`${name}() whose result has a hole`);
    return ring;
  });
}

function overlay(a: Loops, b: Loops, union: boolean, name: string): Loops {
  const fromA = keptPieces(a, b, !union, 0, true, name);
  const fromB = keptPieces(b, a, !union, fromA.length, false, name);
  return assemble([...fromA, ...fromB], name, union);
}

/** Points where the two boundaries meet without crossing (shared vertices, a vertex on an edge). */
function touchPoints(a: Loops, b: Loops): Vec[] {
  const out: Vec[] = [];
  for (const la of a)
    for (let i = 1; i < la.length; i++)
      for (const lb of b)
        for (let j = 1; j < lb.length; j++) {
          const [p, q, r, s] = [la[i - 1], la[i], lb[j - 1], lb[j]];
          if (!edgesCross(p, q, r, s) && edgesMeet(p, q, r, s)) for (const v of [p, q, r, s]) if (edgesMeet(v, v, r, s) && edgesMeet(v, v, p, q)) out.push(v);
        }
  return out;
}

const ringCoords = (ring: Vec[]) => ring.map((p) => toLngLat(p));

function geoJson(loops: Loops): Value {
  return loops.length === 1 ? { type: "Polygon", coordinates: [ringCoords(loops[0])] } : { type: "MultiPolygon", coordinates: loops.map((l) => [ringCoords(l)]) };
}

function intersection(pa: Polygon[], pb: Polygon[]): Value {
  const name = "geo_intersection_2polygons";
  const a = loopsOf(pa, name);
  const b = loopsOf(pb, name);
  const loops = overlay(a, b, false, name);
  const touches = touchPoints(a, b).filter((t) => !loops.some((l) => l.some((v) => angle(v, t) < SAME)));
  if (touches.length === 0) return loops.length > 0 ? geoJson(loops) : { type: "GeometryCollection", geometries: [] };
  if (touches.some((t) => angle(t, touches[0]) >= SAME)) throw new KqlUnsupportedError(`${name}() of polygons touching at several points`);
  // The shared point is an input vertex: printed as given.
  const vertex = [...pa, ...pb].flatMap((p) => p.coords[0]).find(([lng, lat]) => angle(touches[0], toVec(lng, lat)) < SAME);
  const point = { type: "Point", coordinates: vertex ?? toLngLat(touches[0]) };
  // A point beside polygons: a collection, the point first (the page's third example).
  return loops.length > 0 ? { type: "GeometryCollection", geometries: [point, geoJson(loops)] } : point;
}

function unionAll(shapes: Loops[], name: string): Loops {
  // S2Polygon::DestructiveUnion's queue: ordered by vertex count, equal counts in insertion order.
  // A union goes back in under the sum of its operands' counts, not its own (S2 estimates it so).
  const count = (l: Loops) => l.reduce((n, loop) => n + loop.length - 1, 0);
  const queue = shapes.map((loops) => ({ loops, n: count(loops) }));
  const insert = (e: { loops: Loops; n: number }) => {
    const at = queue.findIndex((q) => q.n > e.n);
    queue.splice(at < 0 ? queue.length : at, 0, e);
  };
  queue.sort((x, y) => x.n - y.n);
  while (queue.length > 1) {
    const first = queue.shift() as { loops: Loops; n: number };
    const second = queue.shift() as { loops: Loops; n: number };
    const loops = overlay(first.loops, second.loops, true, name);
    insert({ loops, n: first.n + second.n });
  }
  return queue[0].loops;
}

export const OVERLAY_FUNCTIONS: Record<string, FnImpl> = {
  geo_intersection_2polygons: ({ g: [a, b] }) => (i) => {
    const pa = readPolygons(a(i));
    const pb = readPolygons(b(i));
    return pa && pb && intersection(pa, pb);
  },
  geo_union_polygons_array: ({ g: [arr] }) => (i) => {
    const v = arr(i);
    if (!Array.isArray(v)) return null;
    const name = "geo_union_polygons_array";
    if (v.length === 0) throw new KqlUnsupportedError(`${name}() of an empty array`);
    const shapes: Loops[] = [];
    for (const item of v) {
      const p = readPolygons(item);
      if (!p) return null;
      shapes.push(loopsOf(p, name));
    }
    return geoJson(unionAll(shapes, name));
  },
};
