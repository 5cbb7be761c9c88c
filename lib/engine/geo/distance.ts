/**
 * Distances, directions and nearest points on the sphere (see sphere.ts for the model): meters on a
 * sphere of radius 6371010 m, geodesic edges. Invalid coordinates or shapes give null (each page's
 * "Returns" section).
 */
import type { FnImpl } from "../functions";
import { KqlUnsupportedError } from "../errors";
import { toBool, toNumber, type Getter } from "../value-ops";
import { pointGeoJson } from "./geojson";
import { readLines, readPolygons, type Polygon } from "./shape-read";
import { angle, closestOnEdge, EARTH_RADIUS_M, ringContains, toLngLat, toVec, validLngLat, type Vec } from "./sphere";

/** The point read from two getters (lng, lat), or null when either is missing or out of range. */
/**
 * use_spheroid (geo_distance_2points and geo_line_locate_point pages): false, the default, measures on the
 * sphere; true on the WGS-84 spheroid, whose geodesic algorithm the pages do not name, so true is refused.
 */
export function sphereOnly(fn: string, spheroid: Getter | undefined, i: number): void {
  if (spheroid && toBool(spheroid(i)) === true) throw new KqlUnsupportedError(`${fn}() with use_spheroid = true`, undefined, "the spheroid's geodesic algorithm is not documented");
}

export function pointArg(lng: Getter, lat: Getter, i: number): Vec | null {
  const x = toNumber(lng(i));
  const y = toNumber(lat(i));
  return x === null || y === null || !validLngLat(x, y) ? null : toVec(x, y);
}

/** Initial bearing from a to b, clockwise from true north, in [0, 2π); null when a equals b. */
function azimuth(lng1: number, lat1: number, lng2: number, lat2: number): number | null {
  const p1 = (lat1 * Math.PI) / 180;
  const p2 = (lat2 * Math.PI) / 180;
  const dl = ((lng2 - lng1) * Math.PI) / 180;
  const y = Math.sin(dl) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
  if (Math.abs(x) < 1e-15 && Math.abs(y) < 1e-15) return null;
  const a = Math.atan2(y, x);
  return a < 0 ? a + 2 * Math.PI : a;
}

function coords(g: Getter[], i: number): number[] | null {
  const out: number[] = [];
  for (let k = 0; k < g.length; k += 2) {
    const x = toNumber(g[k](i));
    const y = toNumber(g[k + 1](i));
    if (x === null || y === null || !validLngLat(x, y)) return null;
    out.push(x, y);
  }
  return out;
}

/** The closest point of a set of edge chains to x, and its angular distance. */
export function closestOnChains(x: Vec, chains: Vec[][]): { point: Vec; distance: number } {
  let best: Vec = chains[0][0];
  let bestD = Infinity;
  for (const chain of chains)
    for (let k = 0; k + 1 < chain.length; k++) {
      const p = closestOnEdge(x, chain[k], chain[k + 1]);
      const d = angle(x, p);
      if (d < bestD) {
        bestD = d;
        best = p;
      }
    }
  return { point: best, distance: bestD };
}

export function polygonContains(polygons: Polygon[], x: Vec): boolean {
  // Shell and holes: inside when inside an odd number of the polygon's rings.
  return polygons.some((p) => p.rings.reduce((n, r) => n + (ringContains(r, x) ? 1 : 0), 0) % 2 === 1);
}

const allRings = (polygons: Polygon[]) => polygons.flatMap((p) => p.rings);

export const DISTANCE_FUNCTIONS: Record<string, FnImpl> = {
  geo_distance_2points: ({ g }) => (i) => {
    sphereOnly("geo_distance_2points", g[4], i);
    const c = coords(g.slice(0, 4), i);
    return c && angle(toVec(c[0], c[1]), toVec(c[2], c[3])) * EARTH_RADIUS_M;
  },
  geo_point_in_circle: ({ g }) => (i) => {
    const c = coords(g.slice(0, 4), i);
    const r = toNumber(g[4](i));
    if (!c || r === null || r <= 0) return null; // "Valid value must be positive" (the page)
    return angle(toVec(c[0], c[1]), toVec(c[2], c[3])) * EARTH_RADIUS_M <= r;
  },
  geo_azimuth: ({ g }) => (i) => {
    const c = coords(g, i);
    return c && azimuth(c[0], c[1], c[2], c[3]);
  },
  // The clockwise angle from line [p1, p2] to line [p2, p3] at p2 (geo_angle page), in [0, 2π].
  geo_angle: ({ g }) => (i) => {
    const c = coords(g, i);
    if (!c) return null;
    const back = azimuth(c[2], c[3], c[0], c[1]);
    const ahead = azimuth(c[2], c[3], c[4], c[5]);
    if (back === null || ahead === null) return null;
    const a = ahead - back;
    return a < 0 ? a + 2 * Math.PI : a;
  },
  geo_distance_point_to_line: ({ g: [lng, lat, line] }) => (i) => {
    const x = pointArg(lng, lat, i);
    const lines = readLines(line(i));
    return x && lines && closestOnChains(x, lines.map((l) => l.points)).distance * EARTH_RADIUS_M;
  },
  geo_closest_point_on_line: ({ g: [lng, lat, line] }) => (i) => {
    const x = pointArg(lng, lat, i);
    const lines = readLines(line(i));
    return x && lines && pointGeoJson(...toLngLat(closestOnChains(x, lines.map((l) => l.points)).point));
  },
  geo_distance_point_to_polygon: ({ g: [lng, lat, polygon] }) => (i) => {
    const x = pointArg(lng, lat, i);
    const polygons = readPolygons(polygon(i));
    if (!x || !polygons) return null;
    return polygonContains(polygons, x) ? 0 : closestOnChains(x, allRings(polygons)).distance * EARTH_RADIUS_M;
  },
  geo_closest_point_on_polygon: ({ g: [lng, lat, polygon] }) => (i) => {
    const x = pointArg(lng, lat, i);
    const polygons = readPolygons(polygon(i));
    if (!x || !polygons) return null;
    // A point inside is its own closest point (the page: "the point itself ... if it is inside").
    if (polygonContains(polygons, x)) return pointGeoJson(toNumber(lng(i)) as number, toNumber(lat(i)) as number);
    return pointGeoJson(...toLngLat(closestOnChains(x, allRings(polygons)).point));
  },
  geo_point_in_polygon: ({ g: [lng, lat, polygon] }) => (i) => {
    const x = pointArg(lng, lat, i);
    const polygons = readPolygons(polygon(i));
    return x && polygons ? polygonContains(polygons, x) : null;
  },
};
