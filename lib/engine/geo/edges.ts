/**
 * Edge predicates on the sphere shared by the lines and polygons functions: whether two geodesic
 * edges meet, and where.
 */
import { angle, cross, dot, normalize, add, type Vec } from "./sphere";

const orient = (a: Vec, b: Vec, c: Vec) => Math.sign(dot(cross(a, b), c));

/** Is x on the geodesic edge a–b (to floating-point precision)? */
function onEdge(x: Vec, a: Vec, b: Vec): boolean {
  return Math.abs(angle(a, x) + angle(x, b) - angle(a, b)) < 1e-14;
}

/** Do the edges a–b and c–d share at least one point (crossing, touching or overlapping)? */
export function edgesMeet(a: Vec, b: Vec, c: Vec, d: Vec): boolean {
  const acb = -orient(a, b, c);
  const bda = orient(a, b, d);
  const cbd = -orient(c, d, b);
  const dac = orient(c, d, a);
  if (acb !== 0 && bda !== 0 && cbd !== 0 && dac !== 0) return acb === bda && acb === cbd && acb === dac;
  // A vertex on the other edge's great circle: they meet only if some vertex lies on the other edge.
  return onEdge(c, a, b) || onEdge(d, a, b) || onEdge(a, c, d) || onEdge(b, c, d);
}

const VERTEX = 1e-15;

/** Do a–b and c–d cross at one interior point (no shared vertex, not collinear)? */
export function edgesCross(a: Vec, b: Vec, c: Vec, d: Vec): boolean {
  // A shared vertex is a touch, whatever the rounding of the sign tests says.
  if (angle(a, c) < VERTEX || angle(a, d) < VERTEX || angle(b, c) < VERTEX || angle(b, d) < VERTEX) return false;
  const acb = -orient(a, b, c);
  const bda = orient(a, b, d);
  const cbd = -orient(c, d, b);
  const dac = orient(c, d, a);
  return acb !== 0 && acb === bda && acb === cbd && acb === dac;
}

/** True when a–b and c–d lie on one great circle and share a stretch (two distinct common points). */
export function edgesOverlap(a: Vec, b: Vec, c: Vec, d: Vec): boolean {
  if (orient(a, b, c) !== 0 || orient(a, b, d) !== 0) return false;
  const common = [a, b].filter((p) => onEdge(p, c, d)).concat([c, d].filter((p) => onEdge(p, a, b)));
  return common.some((p) => common.some((q) => angle(p, q) > 1e-14));
}

/** The crossing point of two edges known to cross: the intersection of their great circles nearer to both. */
export function crossingPoint(a: Vec, b: Vec, c: Vec, d: Vec): Vec {
  const p = normalize(cross(cross(a, b), cross(c, d)));
  return dot(p, add(a, b)) >= 0 ? p : [-p[0], -p[1], -p[2]];
}
