/**
 * LineString functions: length, centroid, interpolation along a line, intersections of two lines.
 * Lines are chains of geodesic edges on the sphere of sphere.ts; invalid lines give null.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import type { FnImpl } from "../functions";
import { toNumber } from "../value-ops";
import { pointArg, sphereOnly } from "./distance";
import { crossingPoint, edgesCross, edgesMeet, edgesOverlap } from "./edges";
import { pointGeoJson } from "./geojson";
import { readLines, type Line } from "./shape-read";
import { add, angle, closestOnEdge, EARTH_RADIUS_M, interpolate, normalize, scale, sub, toLngLat, norm, type Vec } from "./sphere";

const chainLength = (points: Vec[]) => points.reduce((s, p, k) => (k === 0 ? 0 : s + angle(points[k - 1], p)), 0);

/**
 * An edge's centroid weighted by its length, as S2's TrueCentroid(a, b): (a + b) scaled by
 * |a − b| / |a + b|. Summed over the edges and normalized, this is the line's centroid.
 */
function edgeCentroid(a: Vec, b: Vec): Vec {
  const s = add(a, b);
  const cos2 = norm(s);
  return cos2 === 0 ? [0, 0, 0] : scale(s, norm(sub(a, b)) / cos2);
}

/** The point a fraction of the way along one line, by length (S2Polyline::Interpolate). */
function along(points: Vec[], fraction: number): Vec {
  const target = fraction * chainLength(points);
  let walked = 0;
  for (let k = 1; k < points.length; k++) {
    const e = angle(points[k - 1], points[k]);
    if (walked + e >= target && e > 0) return interpolate(points[k - 1], points[k], (target - walked) / e);
    walked += e;
  }
  return points[points.length - 1];
}

/** The fraction of the line's length at which its point closest to x lies (S2Polyline::UnInterpolate(Project(x))). */
function locate(points: Vec[], x: Vec): number {
  let best = Infinity;
  let at = 0;
  let walked = 0;
  for (let k = 1; k < points.length; k++) {
    const p = closestOnEdge(x, points[k - 1], points[k]);
    const d = angle(x, p);
    if (d < best) {
      best = d;
      at = walked + angle(points[k - 1], p);
    }
    walked += angle(points[k - 1], points[k]);
  }
  return walked === 0 ? 0 : Math.min(1, at / walked);
}

function oneLine(v: Value): Line | null {
  const lines = readLines(v, false);
  return lines && lines[0];
}

const sameLine = (a: Line[], b: Line[]) => JSON.stringify(a.map((l) => l.coords)) === JSON.stringify(b.map((l) => l.coords));

/**
 * geo_intersection_2lines: one crossing point gives a Point, no common point an empty
 * GeometryCollection, identical lines the line itself (the page's examples). Collinear overlaps and
 * several crossings need Kusto's (S2's) output assembly, which is not reproduced: refused.
 */
function intersection2Lines(a: Line[], b: Line[]): Value {
  if (sameLine(a, b)) return a.length === 1 ? { type: "LineString", coordinates: a[0].coords } : { type: "MultiLineString", coordinates: a.map((l) => l.coords) };
  const points: Vec[] = [];
  for (const la of a)
    for (let i = 1; i < la.points.length; i++)
      for (const lb of b)
        for (let j = 1; j < lb.points.length; j++) {
          const [p, q, r, s] = [la.points[i - 1], la.points[i], lb.points[j - 1], lb.points[j]];
          if (edgesCross(p, q, r, s)) points.push(crossingPoint(p, q, r, s));
          else if (edgesOverlap(p, q, r, s) || edgesMeet(p, q, r, s)) throw new KqlUnsupportedError("geo_intersection_2lines() of lines that touch or overlap");
        }
  if (points.length === 0) return { type: "GeometryCollection", geometries: [] };
  if (points.length > 1) throw new KqlUnsupportedError("geo_intersection_2lines() of lines crossing more than once");
  return pointGeoJson(...toLngLat(points[0]));
}

export function linesMeet(a: Vec[][], b: Vec[][]): boolean {
  for (const pa of a) for (let i = 1; i < pa.length; i++) for (const pb of b) for (let j = 1; j < pb.length; j++) if (edgesMeet(pa[i - 1], pa[i], pb[j - 1], pb[j])) return true;
  return false;
}

export const LINE_FUNCTIONS: Record<string, FnImpl> = {
  geo_line_length: ({ g: [line] }) => (i) => {
    const lines = readLines(line(i));
    return lines && lines.reduce((s, l) => s + chainLength(l.points), 0) * EARTH_RADIUS_M;
  },
  geo_line_centroid: ({ g: [line] }) => (i) => {
    const lines = readLines(line(i));
    if (!lines) return null;
    let c: Vec = [0, 0, 0];
    for (const l of lines) for (let k = 1; k < l.points.length; k++) c = add(c, edgeCentroid(l.points[k - 1], l.points[k]));
    return norm(c) === 0 ? null : pointGeoJson(...toLngLat(normalize(c)));
  },
  geo_line_interpolate_point: ({ g: [line, fraction] }) => (i) => {
    const l = oneLine(line(i));
    const f = toNumber(fraction(i));
    return l && f !== null && f >= 0 && f <= 1 ? pointGeoJson(...toLngLat(along(l.points, f))) : null;
  },
  geo_line_locate_point: ({ g: [line, lng, lat, spheroid] }) => (i) => {
    sphereOnly("geo_line_locate_point", spheroid, i);
    const l = oneLine(line(i));
    const x = pointArg(lng, lat, i);
    return l && x && locate(l.points, x);
  },
  geo_intersects_2lines: ({ g: [a, b] }) => (i) => {
    const la = readLines(a(i));
    const lb = readLines(b(i));
    return la && lb && linesMeet(la.map((l) => l.points), lb.map((l) => l.points));
  },
  geo_intersection_2lines: ({ g: [a, b] }) => (i) => {
    const la = readLines(a(i));
    const lb = readLines(b(i));
    return la && lb && intersection2Lines(la, lb);
  },
};
