/**
 * geo_line_simplify, geo_polygon_simplify, geo_simplify_polygons_array: Kusto's pages promise "no
 * two vertices with distance less than tolerance" and that a high tolerance makes a shape disappear
 * (null). That is S2Builder snapping with a snap radius of `tolerance` meters and edge-chain
 * simplification: the lines' supported range, [0, ~7,800,000 m), is S2Builder's maximum snap radius
 * of 70 degrees (7,783,678 m on R = 6,371,010 m), and the pages' example of a two-vertex line 15.7 km
 * long with a 100 km tolerance gives null where Douglas–Peucker would keep both ends.
 *
 * A shape that certainly snaps to a single point gives null at once (every input vertex within the
 * snap radius of every other: the first vertex S2Builder considers is the only site, every edge
 * snaps to a degenerate edge, and the line and polygon layers discard those). One LineString or one
 * counterclockwise ring without holes goes through S2Builder's algorithm as s2-snap.ts, s2-chains.ts
 * and s2-simplify.ts reproduce it (with libs2 0.10 this construction prints the pages' examples
 * vertex for vertex). MultiLineStrings, MultiPolygons, holes, clockwise rings, arrays of several
 * polygons that do not collapse, and the rare steps those files refuse are refused by name.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import type { FnImpl } from "../functions";
import { toNumber } from "../value-ops";
import { edgesMeet, edgesOverlap } from "./edges";
import { signedArea } from "./pieces";
import { NotReproduced } from "./s2-snap";
import { simplifyLine, simplifyRing } from "./s2-simplify";
import { readLines, readPolygons } from "./shape-read";
import { angle, EARTH_RADIUS_M, type Vec } from "./sphere";

/** S2Builder::SnapFunction::kMaxSnapRadius, 70 degrees, in meters on the engine's sphere. */
export const MAX_SNAP_RADIUS_M = ((70 * Math.PI) / 180) * EARTH_RADIUS_M;
/** The pages' rounded upper bound ("~7,800,000 meters"). */
const PAGE_LIMIT_M = 7_800_000;
// Distances this close to the snap radius are left to S2's exact predicates: not decided here.
const MARGIN = 1e-9;
const PAIR_LIMIT = 3000;

/**
 * The tolerance in meters, or null when the pages call it invalid (negative, not a number, beyond
 * the range). Between S2's exact limit and the pages' "~7,800,000" the boundary is not documented:
 * refused rather than guessed.
 */
function snapTolerance(v: Value | undefined, name: string, lo: number, hi: number): number | null {
  const t = v === undefined ? 10 : toNumber(v);
  if (t === null || !Number.isFinite(t) || t < lo) return null;
  if (hi === MAX_SNAP_RADIUS_M && t >= MAX_SNAP_RADIUS_M) {
    if (t > PAGE_LIMIT_M) return null;
    throw new KqlUnsupportedError(`${name}() with a tolerance between 7,783,678 m (S2's maximum snap radius) and the documented ~7,800,000 m`);
  }
  return t > hi ? null : t;
}

/** True when every vertex is within the snap radius of every other, with room for rounding. */
function collapses(points: Vec[], toleranceM: number): boolean {
  const radius = (toleranceM / EARTH_RADIUS_M) * (1 - MARGIN);
  if (points.length === 0) return true;
  // Most shapes are decided from the first vertex alone (triangle inequality): no pair loop.
  let far = 0;
  for (const p of points) far = Math.max(far, angle(points[0], p));
  if (far < radius / 2) return true;
  if (!(far < radius)) return false;
  // Undecided: every pair is compared, up to a size where that costs too much (then not claimed).
  if (points.length > PAIR_LIMIT) return false;
  for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) if (!(angle(points[i], points[j]) < radius)) return false;
  return true;
}

/**
 * A ring that crosses or touches itself is invalid on the pages ("LinearRings must not cross"), but
 * whether Kusto checks it before simplifying is not shown: such a ring is refused, not simplified.
 */
function selfMeets(ring: Vec[]): boolean {
  const n = ring.length - 1;
  // Sweep the edges' boxes (endpoints widened by the arc's bulge) along x: only overlapping boxes are tested.
  const boxes = Array.from({ length: n }, (_, i) => {
    const [a, b] = [ring[i], ring[i + 1]];
    const pad = 1 - Math.cos(angle(a, b) / 2) + 1e-12;
    return { i, lo: [0, 1, 2].map((d) => Math.min(a[d], b[d]) - pad), hi: [0, 1, 2].map((d) => Math.max(a[d], b[d]) + pad) };
  }).sort((p, q) => p.lo[0] - q.lo[0]);
  for (let u = 0; u < n; u++)
    for (let w = u + 1; w < n && boxes[w].lo[0] <= boxes[u].hi[0]; w++) {
      const [p, q] = [boxes[u], boxes[w]];
      if (p.lo[1] > q.hi[1] || q.lo[1] > p.hi[1] || p.lo[2] > q.hi[2] || q.lo[2] > p.hi[2]) continue;
      const [i, j] = p.i < q.i ? [p.i, q.i] : [q.i, p.i];
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      if (adjacent ? edgesOverlap(ring[i], ring[i + 1], ring[j], ring[j + 1]) : edgesMeet(ring[i], ring[i + 1], ring[j], ring[j + 1])) return true;
    }
  return false;
}

/**
 * Null when the shape collapses; else S2Builder's answer where s2-simplify.ts reproduces it (one
 * line, one counterclockwise ring), refused by name otherwise.
 */
function simplified(points: Vec[], toleranceM: number, name: string, what: string, general?: (r: number) => Value): Value {
  if (collapses(points, toleranceM)) return null;
  if (general && toleranceM > 0) {
    try {
      return general(toleranceM / EARTH_RADIUS_M);
    } catch (e) {
      if (!(e instanceof NotReproduced)) throw e;
      throw new KqlUnsupportedError(`${name}() of ${what} whose snapping S2 settles in a way not reproduced here: ${e.message}`);
    }
  }
  throw new KqlUnsupportedError(`${name}() of ${what} that the tolerance does not collapse to a point (only a single line or counterclockwise ring without holes is simplified here)`);
}

export const SIMPLIFY_FUNCTIONS: Record<string, FnImpl> = {
  geo_line_simplify: ({ g: [line, tolerance] }) => (i) => {
    const lines = readLines(line(i));
    const t = snapTolerance(tolerance?.(i), "geo_line_simplify", 0, MAX_SNAP_RADIUS_M);
    if (!lines || t === null) return null;
    const single = lines.length === 1 ? lines[0].points : null;
    return simplified(lines.flatMap((l) => l.points), t, "geo_line_simplify", "a line", single ? (r) => simplifyLine(single, r) : undefined);
  },
  // This page alone documents the range [0.1, 10000] m.
  geo_polygon_simplify: ({ g: [polygon, tolerance] }) => (i) => {
    const polygons = readPolygons(polygon(i));
    const t = snapTolerance(tolerance?.(i), "geo_polygon_simplify", 0.1, 10000);
    if (!polygons || t === null) return null;
    const ring = polygons.length === 1 && polygons[0].rings.length === 1 && signedArea(polygons[0].rings[0]) > 0 && !selfMeets(polygons[0].rings[0]) ? polygons[0].rings[0] : null;
    return simplified(polygons.flatMap((p) => p.rings.flat()), t, "geo_polygon_simplify", "a polygon", ring ? (r) => simplifyRing(ring, r, signedArea) : undefined);
  },
  geo_simplify_polygons_array: ({ g: [polygons, tolerance] }) => (i) => {
    const arr = polygons(i);
    const t = snapTolerance(tolerance?.(i), "geo_simplify_polygons_array", 0, MAX_SNAP_RADIUS_M);
    if (!Array.isArray(arr) || t === null) return null;
    const points: Vec[] = [];
    // One invalid member makes the whole result null (the page's second example).
    for (const item of arr) {
      const p = readPolygons(item);
      if (!p) return null;
      for (const polygon of p) for (const ring of polygon.rings) points.push(...ring);
    }
    // An empty array gives S2Builder no edges: the empty result a collapse gives, so null.
    return simplified(points, t, "geo_simplify_polygons_array", "polygons");
  },
};
