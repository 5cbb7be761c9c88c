/**
 * S2 cell functions (geo-point-to-s2cell, geo-s2cell-*, geo-polygon-to-s2cells and
 * geo-line-to-s2cells pages) over s2js, a port of Google's S2 library (the Go one): cell ids,
 * tokens, vertices and coverings are S2's own. Tokens are S2 tokens (hex, trailing zeros dropped).
 */
import { s2 } from "s2js";
import type { Value } from "../../dataset/columns";
import type { FnImpl } from "../functions";
import { S2_COVERING_FUNCTIONS } from "./cells-s2-cover";
import { finite, intIn, pointGeoJson, polygonGeoJson, validLngLat, type LngLat } from "./geojson";

const { cellid } = s2;
type CellID = bigint;

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
  ...S2_COVERING_FUNCTIONS,
};
