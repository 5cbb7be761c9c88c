/**
 * GeoJSON values as the geo functions read and write them (geospatial pages of the reference):
 * coordinates are [longitude, latitude] in degrees on the WGS-84 ranges, polygons are arrays of
 * closed rings, and an input that is no valid shape of the expected kind reads as null.
 */
import type { Value } from "../../dataset/columns";
import { toLong, toNumber } from "../value-ops";

export type LngLat = [number, number];
export type Ring = LngLat[];

/** A finite number, or null (a null or non-numeric argument makes the function's result empty). */
export function finite(v: Value): number | null {
  const n = toNumber(v);
  return n === null || !Number.isFinite(n) ? null : n;
}

/** An integer argument within [lo, hi]; anything else (null, out of range) is null. */
export function intIn(v: Value, lo: number, hi: number): number | null {
  if (v === null) return null;
  const n = toLong(v);
  return n === null || n < lo || n > hi ? null : n;
}

/** Longitude in [-180, 180] and latitude in [-90, 90], as the point functions' pages require. */
export function validLngLat(lng: number | null, lat: number | null): lng is number {
  return lng !== null && lat !== null && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;
}

export const pointGeoJson = (lng: number, lat: number): Value => ({ type: "Point", coordinates: [lng, lat] });

/** A polygon of one ring, closed (its last vertex repeats the first), as GeoJSON requires. */
export function polygonGeoJson(ring: Ring): Value {
  const closed = ring.length > 0 && (ring[0][0] !== ring[ring.length - 1][0] || ring[0][1] !== ring[ring.length - 1][1]) ? [...ring, ring[0]] : ring;
  return { type: "Polygon", coordinates: [closed.map(([x, y]) => [x, y])] };
}

function position(v: Value): LngLat | null {
  if (!Array.isArray(v) || v.length < 2 || v.length > 3) return null;
  const lng = typeof v[0] === "number" ? v[0] : null;
  const lat = typeof v[1] === "number" ? v[1] : null;
  return validLngLat(lng, lat) ? [lng, lat as number] : null;
}

function positions(v: Value, min: number): LngLat[] | null {
  if (!Array.isArray(v) || v.length < min) return null;
  const out: LngLat[] = [];
  for (const p of v) {
    const q = position(p);
    if (!q) return null;
    out.push(q);
  }
  return out;
}

/** A GeoJSON linear ring: at least 4 positions, closed, and at least 3 distinct vertices. */
function ring(v: Value): Ring | null {
  const r = positions(v, 4);
  if (!r) return null;
  const [first, last] = [r[0], r[r.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) return null;
  if (new Set(r.map(([x, y]) => `${x},${y}`)).size < 3) return null;
  return r;
}

function polygonRings(v: Value): Ring[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  const rings: Ring[] = [];
  for (const r of v) {
    const q = ring(r);
    if (!q) return null;
    rings.push(q);
  }
  return rings;
}

const bag = (v: Value): Record<string, Value> | null => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, Value>) : null);

/** A Polygon or MultiPolygon as a list of polygons (each a list of rings, the outer one first); else null. */
export function readPolygons(v: Value): Ring[][] | null {
  const o = bag(v);
  if (!o) return null;
  if (o.type === "Polygon") {
    const p = polygonRings(o.coordinates);
    return p ? [p] : null;
  }
  if (o.type === "MultiPolygon" && Array.isArray(o.coordinates) && o.coordinates.length > 0) {
    const out: Ring[][] = [];
    for (const c of o.coordinates) {
      const p = polygonRings(c);
      if (!p) return null;
      out.push(p);
    }
    return out;
  }
  return null;
}

/** A LineString or MultiLineString as a list of lines (each at least two positions); else null. */
export function readLines(v: Value): LngLat[][] | null {
  const o = bag(v);
  if (!o) return null;
  if (o.type === "LineString") {
    const l = positions(o.coordinates, 2);
    return l ? [l] : null;
  }
  if (o.type === "MultiLineString" && Array.isArray(o.coordinates) && o.coordinates.length > 0) {
    const out: LngLat[][] = [];
    for (const c of o.coordinates) {
      const l = positions(c, 2);
      if (!l) return null;
      out.push(l);
    }
    return out;
  }
  return null;
}
