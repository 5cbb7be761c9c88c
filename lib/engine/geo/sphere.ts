/**
 * Spherical geometry for Kusto's geospatial shape functions. Their pages say the geodetic datum is
 * a sphere and edges are geodesics on it (Kusto builds on Google's S2 library). The radius is not
 * printed anywhere; it is derived from the documented outputs: geo_distance_2points' example
 * (1546754.35197381 m between its two points) gives R = 6371010.000000 m exactly, the mean Earth
 * radius S2 uses (S2Earth::RadiusMeters). Points are unit 3-vectors; lng/lat are WGS-84 degrees.
 */
export type Vec = [number, number, number];

export const EARTH_RADIUS_M = 6371010;

const RAD = Math.PI / 180;

export function toVec(lng: number, lat: number): Vec {
  const phi = lat * RAD;
  const theta = lng * RAD;
  const c = Math.cos(phi);
  return [c * Math.cos(theta), c * Math.sin(theta), Math.sin(phi)];
}

export function toLngLat(p: Vec): [number, number] {
  return [Math.atan2(p[1], p[0]) / RAD, Math.atan2(p[2], Math.hypot(p[0], p[1])) / RAD];
}

export const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec, k: number): Vec => [a[0] * k, a[1] * k, a[2] * k];
export const norm = (a: Vec) => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec): Vec => {
  const n = norm(a);
  return n === 0 ? a : scale(a, 1 / n);
};

/** Angle between two unit vectors, accurate for tiny and near-antipodal angles alike. */
export function angle(a: Vec, b: Vec): number {
  return Math.atan2(norm(cross(a, b)), dot(a, b));
}

export const validLngLat = (lng: number, lat: number) => Number.isFinite(lng) && Number.isFinite(lat) && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;

/** The point a fraction t of the way along the geodesic a→b (by angle). */
export function interpolate(a: Vec, b: Vec, t: number): Vec {
  if (t === 0) return a;
  if (t === 1) return b;
  const ab = angle(a, b);
  // Orthogonal direction to a in the plane of a and b.
  const dir = normalize(sub(b, scale(a, dot(a, b))));
  const x = t * ab;
  return normalize(add(scale(a, Math.cos(x)), scale(dir, Math.sin(x))));
}

/** The point of the geodesic edge a–b closest to x. */
export function closestOnEdge(x: Vec, a: Vec, b: Vec): Vec {
  const n = cross(a, b);
  const nn = dot(n, n);
  if (nn > 0) {
    // Project x onto the edge's great circle; inside the edge when it lies between a and b.
    const p = normalize(sub(x, scale(n, dot(x, n) / nn)));
    if (dot(cross(a, p), n) > 0 && dot(cross(p, b), n) > 0) return p;
  }
  return angle(x, a) <= angle(x, b) ? a : b;
}

/** Signed area of the spherical triangle abc (positive when counterclockwise). */
export function triangleArea(a: Vec, b: Vec, c: Vec): number {
  return 2 * Math.atan2(dot(a, cross(b, c)), 1 + dot(a, b) + dot(b, c) + dot(c, a));
}

/**
 * The integral of position over a spherical triangle (its centroid times its area): half the sum
 * over its edges of the edge's angle times the edge's unit normal (divergence theorem on the sphere).
 */
export function trueCentroid(a: Vec, b: Vec, c: Vec): Vec {
  let sum: Vec = [0, 0, 0];
  for (const [p, q] of [
    [a, b],
    [b, c],
    [c, a],
  ] as [Vec, Vec][]) {
    const n = cross(p, q);
    const len = norm(n);
    if (len > 0) sum = add(sum, scale(n, angle(p, q) / len));
  }
  return scale(sum, 0.5);
}

// A ring's signed area seen from its first vertex, per ring (rings are parsed once per shape).
const ringFans = new WeakMap<Vec[], number>();

/**
 * Is x inside the ring's smaller region R (either winding order, the pages' rule)? A fan of
 * triangles from a point y over the ring, oriented with R on its left, sums to area(R) when −y is
 * outside R and to area(R) − 4π when −y is inside: so x is in R exactly when the fan from −x comes
 * to area(R) − 4π. (A winding count in the tangent plane at x cannot tell R from the region around
 * x's antipode.) Points on the boundary are left to floating point (the pages: "a polygon doesn't
 * necessarily contain its vertices").
 */
export function ringContains(ring: Vec[], x: Vec): boolean {
  let fromVertex = ringFans.get(ring);
  if (fromVertex === undefined) {
    fromVertex = 0;
    for (let i = 1; i + 1 < ring.length; i++) fromVertex += triangleArea(ring[0], ring[i], ring[i + 1]);
    ringFans.set(ring, fromVertex);
  }
  const sign = fromVertex < 0 ? -1 : 1;
  const area = Math.abs(fromVertex);
  const y: Vec = [-x[0], -x[1], -x[2]];
  let fan = 0;
  for (let i = 0; i + 1 < ring.length; i++) fan += triangleArea(y, ring[i], ring[i + 1]);
  return sign * fan < area - 2 * Math.PI;
}
