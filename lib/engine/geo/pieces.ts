/**
 * Cutting geodesic edges where other shapes' edges cross them: the pieces from which polygon
 * measures (union of a MultiPolygon's parts) and overlays (intersection, union) are built.
 */
import { KqlUnsupportedError } from "../errors";
import type { Polygon } from "./shape-read";
import { crossingPoint, edgesCross, edgesOverlap } from "./edges";
import { add, angle, normalize, triangleArea, type Vec } from "./sphere";

export type Piece = [Vec, Vec];

function onEdge(x: Vec, a: Vec, b: Vec): boolean {
  return Math.abs(angle(a, x) + angle(x, b) - angle(a, b)) < 1e-14 && angle(a, x) > 1e-15 && angle(x, b) > 1e-15;
}

const same = (p: Vec, q: Vec) => angle(p, q) < 1e-15;

/**
 * Whether a→b is also an edge of `others` (same endpoints), in the same direction (1) or the
 * opposite one (−1); 0 when it is not. Adjacent cells share their edges this way.
 */
export function sharedEdge(a: Vec, b: Vec, others: Vec[][]): -1 | 0 | 1 {
  for (const ring of others)
    for (let k = 1; k < ring.length; k++) {
      if (same(a, ring[k - 1]) && same(b, ring[k])) return 1;
      if (same(a, ring[k]) && same(b, ring[k - 1])) return -1;
    }
  return 0;
}

/**
 * The edge a→b cut at every point where an edge of `others` crosses or touches it, in order from a.
 * An edge that `others` also has whole (shared) is left whole; a partial collinear overlap is refused
 * unless `allowShared` is false, in which case any overlap is.
 */
export function cutEdge(a: Vec, b: Vec, others: Vec[][], name: string, allowShared = false): Piece[] {
  const cuts: Vec[] = [];
  for (const ring of others)
    for (let k = 1; k < ring.length; k++) {
      const [c, d] = [ring[k - 1], ring[k]];
      const whole = (same(a, c) && same(b, d)) || (same(a, d) && same(b, c));
      if (whole && allowShared) continue;
      if (edgesOverlap(a, b, c, d)) throw new KqlUnsupportedError(`${name}() of shapes whose edges overlap`);
      if (edgesCross(a, b, c, d)) cuts.push(crossingPoint(a, b, c, d));
      else for (const v of [c, d]) if (onEdge(v, a, b)) cuts.push(v);
    }
  // A crossing computed within rounding of an endpoint is that endpoint, not a new vertex.
  const inner = cuts.filter((p) => angle(a, p) > 1e-14 && angle(p, b) > 1e-14);
  inner.sort((p, q) => angle(a, p) - angle(a, q));
  const pieces: Piece[] = [];
  let from = a;
  for (const p of [...inner, b]) {
    if (angle(from, p) > 0) pieces.push([from, p]);
    from = p;
  }
  return pieces;
}

export const midpoint = ([a, b]: Piece) => normalize(add(a, b));

export function signedArea(ring: Vec[]): number {
  let s = 0;
  for (let i = 1; i + 1 < ring.length; i++) s += triangleArea(ring[0], ring[i], ring[i + 1]);
  return s;
}

/** Rings oriented so their polygon's interior is on the left: shells counterclockwise, holes clockwise. */
export function oriented(p: Polygon): Vec[][] {
  return p.rings.map((r, k) => {
    const ccw = signedArea(r) > 0;
    return ccw === (k === 0) ? r : [...r].reverse();
  });
}

