/**
 * Polygon measures and polygon/line overlays on the sphere. A MultiPolygon's parts may overlap:
 * the pages measure their union ("polygons_union_area"), so area, perimeter and centroid are taken
 * over the union's boundary: every ring edge is cut where other parts' edges cross it, and the
 * pieces not inside another part are kept. Area and centroid are then the surface integrals over
 * those oriented boundary pieces (a fan from one origin over closed boundary cycles).
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import type { FnImpl } from "../functions";
import { polygonContains } from "./distance";
import { pointGeoJson } from "./geojson";
import { readLines, readPolygons, type Polygon } from "./shape-read";
import { add, angle, EARTH_RADIUS_M, norm, normalize, toLngLat, triangleArea, trueCentroid, type Vec } from "./sphere";
import { edgesCross, edgesMeet } from "./edges";
import { linesMeet } from "./lines";
import { cutEdge, midpoint, oriented, type Piece } from "./pieces";

/** The oriented boundary pieces of the union of the polygons. */
function unionBoundary(polygons: Polygon[], name: string): Piece[] {
  const out: Piece[] = [];
  polygons.forEach((p, k) => {
    const others = polygons.filter((_, j) => j !== k);
    const otherRings = others.flatMap((o) => o.rings);
    for (const ring of oriented(p))
      for (let e = 1; e < ring.length; e++)
        for (const piece of others.length ? cutEdge(ring[e - 1], ring[e], otherRings, name) : [[ring[e - 1], ring[e]] as Piece])
          if (!others.length || !polygonContains(others, midpoint(piece))) out.push(piece);
  });
  return out;
}

function measures(polygons: Polygon[], name: string): { area: number; perimeter: number; centroid: Vec } {
  const pieces = unionBoundary(polygons, name);
  const origin = normalize(pieces.reduce<Vec>((s, [a]) => add(s, a), [0, 0, 0]));
  let area = 0;
  let perimeter = 0;
  let centroid: Vec = [0, 0, 0];
  for (const [a, b] of pieces) {
    area += triangleArea(origin, a, b);
    centroid = add(centroid, trueCentroid(origin, a, b));
    perimeter += angle(a, b);
  }
  return { area, perimeter, centroid };
}

/** Clips lines to a polygon: the maximal runs of line pieces inside it, in line order. */
function clipLines(lines: Vec[][], polygons: Polygon[]): Vec[][] {
  const rings = polygons.flatMap((p) => p.rings);
  const runs: Vec[][] = [];
  for (const line of lines) {
    let run: Vec[] | null = null;
    for (let e = 1; e < line.length; e++)
      for (const piece of cutEdge(line[e - 1], line[e], rings, "geo_intersection_line_with_polygon")) {
        if (polygonContains(polygons, midpoint(piece))) {
          if (!run) runs.push((run = [piece[0]]));
          run.push(piece[1]);
        } else run = null;
      }
  }
  return runs;
}

function touchesBoundary(lines: Vec[][], rings: Vec[][]): boolean {
  for (const l of lines)
    for (let i = 1; i < l.length; i++)
      for (const r of rings) for (let j = 1; j < r.length; j++) if (edgesMeet(l[i - 1], l[i], r[j - 1], r[j]) && !edgesCross(l[i - 1], l[i], r[j - 1], r[j])) return true;
  return false;
}

const coordsOf = (chain: Vec[]) => chain.map((p) => toLngLat(p));

function polygonsMeet(a: Polygon[], b: Polygon[]): boolean {
  const ra = a.flatMap((p) => p.rings);
  const rb = b.flatMap((p) => p.rings);
  return linesMeet(ra, rb) || ra.some((r) => polygonContains(b, r[0])) || rb.some((r) => polygonContains(a, r[0]));
}

export const POLYGON_FUNCTIONS: Record<string, FnImpl> = {
  geo_polygon_area: ({ g: [polygon] }) => (i) => {
    const p = readPolygons(polygon(i));
    return p && measures(p, "geo_polygon_area").area * EARTH_RADIUS_M ** 2;
  },
  geo_polygon_perimeter: ({ g: [polygon] }) => (i) => {
    const p = readPolygons(polygon(i));
    return p && measures(p, "geo_polygon_perimeter").perimeter * EARTH_RADIUS_M;
  },
  geo_polygon_centroid: ({ g: [polygon] }) => (i) => {
    const p = readPolygons(polygon(i));
    if (!p) return null;
    const c = measures(p, "geo_polygon_centroid").centroid;
    return norm(c) === 0 ? null : pointGeoJson(...toLngLat(normalize(c)));
  },
  geo_intersects_2polygons: ({ g: [a, b] }) => (i) => {
    const pa = readPolygons(a(i));
    const pb = readPolygons(b(i));
    return pa && pb && polygonsMeet(pa, pb);
  },
  geo_intersects_line_with_polygon: ({ g: [line, polygon] }) => (i) => {
    const l = readLines(line(i));
    const p = readPolygons(polygon(i));
    if (!l || !p) return null;
    const chains = l.map((x) => x.points);
    return linesMeet(chains, p.flatMap((x) => x.rings)) || chains.some((c) => polygonContains(p, c[0]));
  },
  geo_intersection_line_with_polygon: ({ g: [line, polygon] }) => (i) => {
    const l = readLines(line(i));
    const p = readPolygons(polygon(i));
    if (!l || !p) return null;
    const chains = l.map((x) => x.points);
    // Where the line only touches the boundary (no crossing), whether the point belongs to the
    // result depends on S2's semi-open containment and output assembly: refused.
    if (touchesBoundary(chains, p.flatMap((x) => x.rings))) throw new KqlUnsupportedError("geo_intersection_line_with_polygon() of a line touching a polygon's boundary");
    const runs = clipLines(chains, p);
    if (runs.length === 0) return { type: "GeometryCollection", geometries: [] } as Value;
    return runs.length === 1 ? { type: "LineString", coordinates: coordsOf(runs[0]) } : { type: "MultiLineString", coordinates: runs.map(coordsOf) };
  },
};
