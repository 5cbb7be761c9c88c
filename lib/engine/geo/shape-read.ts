/**
 * Reading the GeoJSON shapes Kusto's geo functions take, with the validity rules their pages list:
 * coordinates [lng, lat] with lng in [-180, 180] and lat in [-90, 90]; a LineString has at least two
 * entries; a LinearRing has at least four entries, its first equal to its last, and at least three
 * distinct vertices; edges shorter than 180 degrees. Anything else is invalid and the functions
 * give null, as their pages say.
 */
import type { Value } from "../../dataset/columns";
import { angle, toVec, validLngLat, type Vec } from "./sphere";

export type LngLat = [number, number];

export interface Line {
  coords: LngLat[];
  points: Vec[];
}

export interface Polygon {
  /** Shell then holes; each ring closed (last vertex equals first). */
  rings: Vec[][];
  coords: LngLat[][];
}

function lngLat(v: Value): LngLat | null {
  if (!Array.isArray(v) || v.length < 2) return null;
  const [lng, lat] = v;
  if (typeof lng !== "number" || typeof lat !== "number" || !validLngLat(lng, lat)) return null;
  return [lng, lat];
}

// A dynamic string is not a shape, even when its text is GeoJSON: the analyzer asks for "a dynamic
// bag" (KS235), and a bag is what is read.
function objectOf(v: Value, type: string): Record<string, Value> | null {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return null;
  const o = v as Record<string, Value>;
  return o.type === type ? o : null;
}

function edgesShort(points: Vec[]): boolean {
  for (let i = 0; i + 1 < points.length; i++) if (angle(points[i], points[i + 1]) >= Math.PI - 1e-12) return false;
  return true;
}

function lineOf(v: Value): Line | null {
  if (!Array.isArray(v) || v.length < 2) return null;
  const coords: LngLat[] = [];
  for (const c of v) {
    const p = lngLat(c);
    if (!p) return null;
    coords.push(p);
  }
  const points = coords.map(([lng, lat]) => toVec(lng, lat));
  return edgesShort(points) ? { coords, points } : null;
}

const same = (a: LngLat, b: LngLat) => a[0] === b[0] && a[1] === b[1];

function ringOf(v: Value): { ring: Vec[]; coords: LngLat[] } | null {
  if (!Array.isArray(v) || v.length < 4) return null;
  const coords: LngLat[] = [];
  for (const c of v) {
    const p = lngLat(c);
    if (!p) return null;
    coords.push(p);
  }
  if (!same(coords[0], coords[coords.length - 1])) return null;
  // "LinearRing vertices must be distinct with at least three coordinates" (the pages): a repeated
  // vertex, even a consecutive one, makes the ring invalid.
  const distinct = new Set(coords.slice(0, -1).map((c) => `${c[0]},${c[1]}`));
  if (distinct.size !== coords.length - 1) return null;
  const ring = coords.map(([lng, lat]) => toVec(lng, lat));
  return edgesShort(ring) ? { ring, coords } : null;
}

function polygonOf(v: Value): Polygon | null {
  if (!Array.isArray(v) || v.length < 1) return null;
  const rings: Vec[][] = [];
  const coords: LngLat[][] = [];
  for (const r of v) {
    const ring = ringOf(r);
    if (!ring) return null;
    rings.push(ring.ring);
    coords.push(ring.coords);
  }
  return { rings, coords };
}

function parseLines(v: Value, allowMulti: boolean): Line[] | null {
  const single = objectOf(v, "LineString");
  if (single) {
    const line = lineOf(single.coordinates ?? null);
    return line ? [line] : null;
  }
  const multi = allowMulti ? objectOf(v, "MultiLineString") : null;
  if (!multi || !Array.isArray(multi.coordinates) || multi.coordinates.length === 0) return null;
  const lines: Line[] = [];
  for (const c of multi.coordinates) {
    const line = lineOf(c);
    if (!line) return null;
    lines.push(line);
  }
  return lines;
}

function parsePolygons(v: Value): Polygon[] | null {
  const single = objectOf(v, "Polygon");
  if (single) {
    const p = polygonOf(single.coordinates ?? null);
    return p ? [p] : null;
  }
  const multi = objectOf(v, "MultiPolygon");
  if (!multi || !Array.isArray(multi.coordinates) || multi.coordinates.length === 0) return null;
  const out: Polygon[] = [];
  for (const c of multi.coordinates) {
    const p = polygonOf(c);
    if (!p) return null;
    out.push(p);
  }
  return out;
}

// A shape argument is usually one dynamic value for every row (a literal, a let, a lookup row):
// parsed once per object, so `where geo_point_in_polygon(lng, lat, area)` over many rows does not
// rebuild the polygon per row. Engine functions copy a dynamic value before changing it
// (bag_set_key clones), so an object seen again is the same shape.
const lineCache = new WeakMap<object, Line[] | null>();
const singleLineCache = new WeakMap<object, Line[] | null>();
const polygonCache = new WeakMap<object, Polygon[] | null>();

function cached<T>(cache: WeakMap<object, T>, v: Value, parse: (v: Value) => T): T {
  if (v === null || typeof v !== "object") return parse(v);
  const hit = cache.get(v);
  if (hit !== undefined) return hit;
  const parsed = parse(v);
  cache.set(v, parsed);
  return parsed;
}

/** A LineString (or, unless allowMulti is false, a MultiLineString) as its lines; null when invalid. */
export function readLines(v: Value, allowMulti = true): Line[] | null {
  return allowMulti ? cached(lineCache, v, (x) => parseLines(x, true)) : cached(singleLineCache, v, (x) => parseLines(x, false));
}

/** A Polygon or MultiPolygon as its polygons; null when invalid. */
export function readPolygons(v: Value): Polygon[] | null {
  return cached(polygonCache, v, parsePolygons);
}

