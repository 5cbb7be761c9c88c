/**
 * GeoJSON shapes as S2 regions for the S2 covering functions, whose pages say polygon and line
 * edges are geodesics on the sphere. Built here rather than by s2js's GeoJSON reader, which turns
 * an axis-aligned four-vertex polygon into a latitude-longitude rectangle (edges along parallels,
 * not geodesics) and accepts rings whose edges cross.
 */
import { s2 } from "s2js";
import type { LngLat, Ring } from "./geojson";

type Vec = { x: number; y: number; z: number };

export const toPoint = ([lng, lat]: LngLat): s2.Point => s2.Point.fromLatLng(s2.LatLng.fromDegrees(lat, lng));

/** Great-circle length of a path of [lng, lat] degrees, in radians. */
export function pathLength(path: LngLat[]): number {
  let total = 0;
  for (let k = 1; k < path.length; k++) total += toPoint(path[k - 1]).vector.angle(toPoint(path[k]).vector);
  return total;
}

const det = (a: Vec, b: Vec, c: Vec) => a.x * (b.y * c.z - b.z * c.y) - a.y * (b.x * c.z - b.z * c.x) + a.z * (b.x * c.y - b.y * c.x);

/** Whether geodesic edges ab and cd cross at a point interior to both (touching is not crossing). */
function edgesCross(a: Vec, b: Vec, c: Vec, d: Vec): boolean {
  const acb = det(a, b, c);
  const adb = det(a, b, d);
  const cad = det(c, d, a);
  const cbd = det(c, d, b);
  // Both pairs strictly on opposite sides, and the crossing on the near side (not the antipode).
  return acb * adb < 0 && cad * cbd < 0 && Math.sign(acb) === -Math.sign(cad);
}

/** A ring as S2 wants it: no closing repeat, no repeated vertex, counter-clockwise in lng/lat (as s2js reads GeoJSON). */
function loopVertices(ring: Ring): LngLat[] | null {
  const open = ring.slice(0, -1);
  if (new Set(open.map(([x, y]) => `${x},${y}`)).size !== open.length) return null;
  let twiceArea = 0;
  for (let k = 1; k < ring.length; k++) twiceArea += (ring[k][0] - ring[k - 1][0]) * (ring[k][1] + ring[k - 1][1]);
  return twiceArea > 0 ? open.reverse() : open;
}

/**
 * A polygon (outer ring, then holes) as an S2 polygon, or null when it is not a valid one: a
 * repeated vertex, fewer than three distinct vertices, or edges that cross (within a ring or
 * between rings). Crossings are found by comparing every pair of edges.
 */
export function s2Polygon(rings: Ring[]): s2.Polygon | null {
  const loops: s2.Loop[] = [];
  const edges: [Vec, Vec, number, number][] = []; // a, b, ring, index in ring
  for (const [r, ring] of rings.entries()) {
    const vertices = loopVertices(ring);
    if (!vertices || vertices.length < 3) return null;
    const points = vertices.map(toPoint);
    const loop = new s2.Loop(points);
    if (loop.validate() !== null) return null;
    loops.push(loop);
    points.forEach((p, k) => edges.push([p.vector, points[(k + 1) % points.length].vector, r, k]));
  }
  for (let e = 0; e < edges.length; e++) {
    const [a, b, ra, ka] = edges[e];
    for (let f = e + 1; f < edges.length; f++) {
      const [c, d, rc, kc] = edges[f];
      const n = loops[ra].vertices.length;
      if (ra === rc && (kc === ka + 1 || (ka === 0 && kc === n - 1))) continue; // adjacent edges share a vertex
      if (edgesCross(a, b, c, d)) return null;
    }
  }
  return new s2.Polygon(loops);
}

export const s2Polyline = (line: LngLat[]): s2.Polyline => new s2.Polyline(line.map(toPoint));
