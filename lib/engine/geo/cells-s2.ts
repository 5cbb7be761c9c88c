/**
 * S2 cell functions (geo-point-to-s2cell, geo-s2cell-*, geo-polygon-to-s2cells and
 * geo-line-to-s2cells pages) over s2js, a port of Google's S2 library (the Go one): cell ids,
 * tokens, vertices and coverings are S2's own. Tokens are S2 tokens (hex, trailing zeros dropped).
 */
import { s2 } from "s2js";
import type { Value } from "../../dataset/columns";
import type { FnImpl, FnArgs } from "../functions";
import { unsupported } from "../syntax";
import type { Getter } from "../value-ops";
import { coverCellsAtLevel } from "./cells-s2-cover";
import { pathLength, s2Polygon, s2Polyline } from "./cells-s2-shapes";
import { finite, intIn, pointGeoJson, polygonGeoJson, readLines, readPolygons, validLngLat, type LngLat, type Ring } from "./geojson";

const { cellid } = s2;
type CellID = bigint;

const MAX_TOKENS = 65536; // the covering pages' limit: more cells give null
const DEG = 180 / Math.PI;

/** A valid S2 token (at most 16 hex digits, the page's limit) as a cell id; else null. */
export function s2CellOf(token: Value): CellID | null {
  if (typeof token !== "string" || token.length === 0 || token.length > 16 || !/^[0-9a-fA-F]+$/.test(token)) return null;
  const id = cellid.fromToken(token.toLowerCase());
  return cellid.valid(id) ? id : null;
}

function lngLatOf(p: s2.Point): LngLat {
  const ll = s2.LatLng.fromPoint(p);
  return [ll.lng * DEG, ll.lat * DEG];
}

export function s2Token(lng: number, lat: number, level: number): string {
  return cellid.toToken(cellid.parent(cellid.fromLatLng(s2.LatLng.fromDegrees(lat, lng)), level));
}

/** The cell's four vertices in S2's counter-clockwise order, closed (the geo-s2cell-to-polygon page's order). */
function cellPolygon(id: CellID): Value {
  const cell = s2.Cell.fromCellID(id);
  return polygonGeoJson([0, 1, 2, 3].map((k) => lngLatOf(cell.vertex(k))));
}

/**
 * The cells of the same level around a cell, edge and corner neighbors, in the order the
 * geo-s2cell-neighbors page shows for 89c259: by (Δi, Δj) on the cell's face, (+1,+1), (−1,−1),
 * (+1,−1), (0,−1), (0,+1), (+1,0), (−1,0), (−1,+1). The reference does not say how it orders
 * them; this is the one order it shows. Across a face edge the neighbor is found on the adjacent
 * face; at a cube corner two diagonal steps meet the same cell, which is listed once.
 */
const NEIGHBOR_STEPS: [number, number][] = [
  [1, 1],
  [-1, -1],
  [1, -1],
  [0, -1],
  [0, 1],
  [1, 0],
  [-1, 0],
  [-1, 1],
];

export function s2Neighbors(id: CellID): string[] {
  const level = cellid.level(id);
  const { f, i, j } = cellid.faceIJOrientation(id);
  const size = cellid.sizeIJ(level);
  const i0 = i & -size;
  const j0 = j & -size;
  const out: string[] = [];
  const self = cellid.toToken(id);
  for (const [di, dj] of NEIGHBOR_STEPS) {
    // fromFaceIJWrap projects an (i, j) beyond the face onto the neighboring face.
    const t = cellid.toToken(cellid.parent(cellid.fromFaceIJWrap(f, i0 + di * size, j0 + dj * size), level));
    if (t !== self && !out.includes(t)) out.push(t);
  }
  return out;
}

// S2's quadratic projection metrics: the largest cell area and diagonal at level L are these
// constants over 4^L and 2^L (S2's kMaxArea and kMaxDiag).
const MAX_AREA_DERIV = 2.635799;
const MAX_DIAG_DERIV = 2.438654594;

/**
 * Covers shapes with the cells of one level (the pages' "same S2 cell level": what S2's
 * RegionCoverer gives with min = max level), or null past the 65536-token limit. A lower bound on the count
 * (area over the largest cell area, boundary length over the largest diagonal) answers null
 * before an enormous covering (level 30 over a continent) is attempted.
 */
function coverAtLevel(shapes: (s2.Polygon | s2.Polyline)[], level: number, area: number, boundary: number): string[] | null {
  const lowerBound = Math.max((area * 4 ** level) / MAX_AREA_DERIV, (boundary * 2 ** level) / MAX_DIAG_DERIV);
  if (lowerBound > MAX_TOKENS) return null;
  const ids = coverCellsAtLevel(shapes, level, MAX_TOKENS);
  return ids && ids.map(cellid.toToken);
}

/**
 * The S2 polygons of a Polygon/MultiPolygon, or null when one is invalid (the pages answer null
 * for an invalid polygon). Rings are read counter-clockwise whatever their orientation, as s2js
 * does and as the page's clockwise triangle (286 cells at level 5) shows Kusto does too.
 */
function s2Polygons(polygons: Ring[][]): s2.Polygon[] | null {
  const out: s2.Polygon[] = [];
  for (const rings of polygons) {
    const p = s2Polygon(rings);
    if (!p) return null;
    out.push(p);
  }
  return out;
}

function polygonCovering(v: Value, level: number): string[] | null {
  const polygons = readPolygons(v);
  const shapes = polygons && s2Polygons(polygons);
  if (!polygons || !shapes) return null;
  const area = shapes.reduce((s, p) => s + p.area(), 0);
  const boundary = polygons.reduce((s, rings: Ring[]) => s + rings.reduce((t, r) => t + pathLength(r), 0), 0);
  return coverAtLevel(shapes, level, area, boundary);
}

function lineCovering(v: Value, level: number): string[] | null {
  const lines = readLines(v);
  if (!lines) return null;
  const shapes = lines.map(s2Polyline);
  return coverAtLevel(shapes, level, 0, lines.reduce((s, l) => s + pathLength(l), 0));
}

/**
 * The optional buffer radius: 0 (the default) covers the shape itself. A positive radius covers
 * every point within it, a buffered region this engine does not compute: refused by name.
 */
function noRadius(fn: string, { g, call }: FnArgs, at: number): void {
  const r = g[at];
  if (r && !(r.constant && finite(r(0)) === 0)) unsupported(call, `${fn}() with a buffer radius`);
}

function covering(fn: string, cover: (v: Value, level: number) => string[] | null): FnImpl {
  return (a) => {
    noRadius(fn, a, 2);
    const [shape, levelG] = a.g as [Getter, Getter | undefined];
    return (i) => {
      const level = levelG ? intIn(levelG(i), 0, 30) : 11;
      return level === null ? null : cover(shape(i), level);
    };
  };
}

export const S2_FUNCTIONS: Record<string, FnImpl> = {
  // geo_point_to_s2cell(longitude, latitude [, level = 11]): "" for an invalid point or level.
  geo_point_to_s2cell: ({ g: [lngG, latG, levelG] }) => (i) => {
    const lng = finite(lngG(i));
    const lat = finite(latG(i));
    const level = levelG ? intIn(levelG(i), 0, 30) : 11;
    return validLngLat(lng, lat) && level !== null ? s2Token(lng, lat as number, level) : "";
  },
  geo_s2cell_to_polygon: ({ g: [t] }) => (i) => {
    const id = s2CellOf(t(i));
    return id === null ? null : cellPolygon(id);
  },
  geo_s2cell_to_central_point: ({ g: [t] }) => (i) => {
    const id = s2CellOf(t(i));
    if (id === null) return null;
    const [lng, lat] = lngLatOf(cellid.point(id));
    return pointGeoJson(lng, lat);
  },
  geo_s2cell_neighbors: ({ g: [t] }) => (i) => {
    const id = s2CellOf(t(i));
    return id === null ? null : s2Neighbors(id);
  },
  geo_polygon_to_s2cells: covering("geo_polygon_to_s2cells", polygonCovering),
  geo_line_to_s2cells: covering("geo_line_to_s2cells", lineCovering),
};
