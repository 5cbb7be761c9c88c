/**
 * H3 cell functions (geo-point-to-h3cell, geo-h3cell-* and geo-polygon-to-h3cells pages) over
 * h3-js, Uber's reference H3 library compiled to JavaScript: indexes, boundaries, rings and the
 * polygon fill are H3's own. Tokens are H3 index strings (15 hex digits).
 */
import type { Value } from "../../dataset/columns";
import type { FnImpl } from "../functions";
import { unsupported } from "../syntax";
import { finite, intIn, pointGeoJson, polygonGeoJson, readPolygons, validLngLat, type LngLat } from "./geojson";

type H3 = typeof import("h3-js");
let loaded: H3 | undefined;
/**
 * h3-js reserves a 32 MB heap as it loads. The engine is bundled into the server's routes too (twice:
 * route handlers and pages), which run no KQL while the query worker is on, so a static import cost
 * the server 64 MB of resident memory for nothing: it loads on the first H3 call instead. A plain
 * require() keeps it a bundled module (Turbopack, esbuild's worker bundle) that runs when first called.
 */
function lib(): H3 {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (above)
  return (loaded ??= require("h3-js") as H3);
}

const MAX_POLYGON_TOKENS = 61680; // geo-polygon-to-h3cells: more cells give null
const MAX_CHILD_DEPTH = 5; // geo-h3cell-children: "can't be more than 5" levels below the cell
const MAX_RING_DISTANCE = 142; // geo-h3cell-rings: distance in [0, 142]

/** A valid H3 cell token, or null (h3's own validity check: mode, resolution, digits, pentagons). */
export function h3CellOf(token: Value): string | null {
  return typeof token === "string" && lib().isValidCell(token) ? token : null;
}

/** The boundary as [lng, lat] vertices, counter-clockwise as H3 gives them, closed. */
function cellPolygon(cell: string): Value {
  return polygonGeoJson(lib().cellToBoundary(cell, true).slice(0, -1) as LngLat[]);
}

/** Rough area of a polygon in km² (planar, scaled by latitude): only for the "too many cells" bound. */
function roughAreaKm2(rings: LngLat[][]): number {
  const km = 111.32;
  let area = 0;
  rings.forEach((ring, k) => {
    let a = 0;
    for (let v = 1; v < ring.length; v++) {
      const [x1, y1] = ring[v - 1];
      const [x2, y2] = ring[v];
      a += (x1 * y2 - x2 * y1) * Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
    }
    area += (k === 0 ? 1 : -1) * Math.abs(a / 2) * km * km;
  });
  return Math.max(0, area);
}

/**
 * Cells whose centers lie inside the polygon (the page: "represented by the cells whose centroids
 * are inside the polygon", edges straight lines), as H3's polygonToCells gives them; a
 * multipolygon gives the distinct cells of its polygons. Null past 61680 cells; a polygon whose
 * area alone needs far more is answered before filling it.
 */
const cross = (o: LngLat, a: LngLat, b: LngLat) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/**
 * Whether two edges of the polygon's rings cross (the page's edges are straight lines, so the
 * test is planar): such a polygon is invalid and answers null. Touching edges do not cross.
 */
function selfCrossing(rings: LngLat[][]): boolean {
  const edges = rings.flatMap((ring, r) => ring.slice(1).map((b, k): [LngLat, LngLat, number, number, number] => [ring[k], b, r, k, ring.length - 1]));
  for (let e = 0; e < edges.length; e++) {
    const [a, b, ra, ka, n] = edges[e];
    for (let f = e + 1; f < edges.length; f++) {
      const [c, d, rc, kc] = edges[f];
      if (ra === rc && (kc === ka + 1 || (ka === 0 && kc === n - 1))) continue;
      if (cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0) return true;
    }
  }
  return false;
}

function polygonCells(v: Value, res: number): string[] | null {
  const polygons = readPolygons(v);
  if (!polygons || polygons.some(selfCrossing)) return null;
  const hexArea = lib().getHexagonAreaAvg(res, lib().UNITS.km2);
  const estimate = polygons.reduce((s, rings) => s + roughAreaKm2(rings), 0) / hexArea;
  if (estimate > 2 * MAX_POLYGON_TOKENS) return null;
  const cells = new Set<string>();
  for (const rings of polygons) {
    for (const c of lib().polygonToCells(rings, res, true)) cells.add(c);
    if (cells.size > MAX_POLYGON_TOKENS) return null;
  }
  return [...cells];
}

export const H3_FUNCTIONS: Record<string, FnImpl> = {
  // geo_point_to_h3cell(longitude, latitude [, resolution = 6]): "" for an invalid point or resolution.
  geo_point_to_h3cell: ({ g: [lngG, latG, resG] }) => (i) => {
    const lng = finite(lngG(i));
    const lat = finite(latG(i));
    const res = resG ? intIn(resG(i), 0, 15) : 6;
    return validLngLat(lng, lat) && res !== null ? lib().latLngToCell(lat as number, lng, res) : "";
  },
  geo_h3cell_to_polygon: ({ g: [t] }) => (i) => {
    const c = h3CellOf(t(i));
    return c ? cellPolygon(c) : null;
  },
  geo_h3cell_to_central_point: ({ g: [t] }) => (i) => {
    const c = h3CellOf(t(i));
    if (!c) return null;
    const [lat, lng] = lib().cellToLatLng(c);
    return pointGeoJson(lng, lat);
  },
  geo_h3cell_level: ({ g: [t] }) => (i) => {
    const c = h3CellOf(t(i));
    return c ? lib().getResolution(c) : null;
  },
  // geo_h3cell_parent(h3cell [, resolution]): resolution in [0, 14], at most the cell's; the
  // immediate parent when omitted; "" otherwise (a resolution-0 cell has no immediate parent).
  geo_h3cell_parent: ({ g: [t, resG] }) => (i) => {
    const c = h3CellOf(t(i));
    if (!c) return "";
    const level = lib().getResolution(c);
    const res = resG ? intIn(resG(i), 0, 14) : level - 1;
    return res === null || res < 0 || res > level ? "" : lib().cellToParent(c, res);
  },
  // geo_h3cell_children(h3cell [, resolution]): resolution in [1, 15], at least the cell's and at
  // most 5 below it; the immediate children when omitted; null otherwise.
  geo_h3cell_children: ({ g: [t, resG] }) => (i) => {
    const c = h3CellOf(t(i));
    if (!c) return null;
    const level = lib().getResolution(c);
    const res = resG ? intIn(resG(i), 1, 15) : level + 1;
    return res === null || res < level || res > 15 || res - level > MAX_CHILD_DEPTH ? null : lib().cellToChildren(c, res);
  },
  // The six (five around a pentagon) cells at grid distance 1, in H3's gridDisk order.
  geo_h3cell_neighbors: ({ g: [t] }) => (i) => {
    const c = h3CellOf(t(i));
    return c ? lib().gridDisk(c, 1).filter((n) => n !== c) : null;
  },
  // geo_h3cell_rings(h3cell, distance): an array whose k-th element holds the cells at distance k.
  geo_h3cell_rings: ({ g: [t, dG] }) => (i) => {
    const c = h3CellOf(t(i));
    const d = intIn(dG(i), 0, MAX_RING_DISTANCE);
    return c && d !== null ? lib().gridDiskDistances(c, d) : null;
  },
  geo_polygon_to_h3cells: ({ g: [p, resG, radiusG], call }) => {
    if (radiusG && !(radiusG.constant && finite(radiusG(0)) === 0)) unsupported(call, "geo_polygon_to_h3cells() with a buffer radius");
    return (i) => {
      const res = resG ? intIn(resG(i), 0, 15) : 6;
      return res === null ? null : polygonCells(p(i), res);
    };
  },
};
