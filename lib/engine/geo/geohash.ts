/**
 * Geohash functions (geo-point-to-geohash and geo-geohash-* pages): Niemeyer's geohash, base-32
 * characters each adding 5 bits that alternately halve the longitude and the latitude range,
 * longitude first. A point on a cell's lower bound belongs to that cell, as the algorithm's "≥ mid
 * goes up" rule gives.
 */
import type { Value } from "../../dataset/columns";
import type { FnImpl } from "../functions";
import { finite, intIn, pointGeoJson, polygonGeoJson, validLngLat } from "./geojson";

const ALPHABET = "0123456789bcdefghjkmnpqrstuvwxyz";
const MAX_LENGTH = 18; // the pages' accuracy range is [1, 18]

interface Box {
  minLng: number;
  maxLng: number;
  minLat: number;
  maxLat: number;
}

export function encodeGeohash(lng: number, lat: number, length: number): string {
  const box: Box = { minLng: -180, maxLng: 180, minLat: -90, maxLat: 90 };
  let out = "";
  let even = true;
  for (let c = 0; c < length; c++) {
    let idx = 0;
    for (let b = 0; b < 5; b++, even = !even) {
      const [lo, hi, v] = even ? ([box.minLng, box.maxLng, lng] as const) : ([box.minLat, box.maxLat, lat] as const);
      const mid = (lo + hi) / 2;
      const up = v >= mid;
      idx = idx * 2 + (up ? 1 : 0);
      // Plain assignments: Turbopack's minifier folded the object's initial values into a
      // destructuring target here (`[-180,180]=…`), which does not parse.
      if (even && up) box.minLng = mid;
      else if (even) box.maxLng = mid;
      else if (up) box.minLat = mid;
      else box.maxLat = mid;
    }
    out += ALPHABET[idx];
  }
  return out;
}

/**
 * The cell of a geohash, or null when it is empty, longer than 18 characters or has a character
 * outside the geohash alphabet. Upper-case letters are refused too: the alphabet is lower-case
 * and the pages only ever show lower-case geohashes.
 */
export function decodeGeohash(hash: Value): Box | null {
  if (typeof hash !== "string" || hash.length === 0 || hash.length > MAX_LENGTH) return null;
  const box: Box = { minLng: -180, maxLng: 180, minLat: -90, maxLat: 90 };
  let even = true;
  for (const ch of hash) {
    const idx = ALPHABET.indexOf(ch);
    if (idx < 0) return null;
    for (let b = 4; b >= 0; b--, even = !even) {
      const up = ((idx >> b) & 1) === 1;
      if (even) {
        const mid = (box.minLng + box.maxLng) / 2;
        if (up) box.minLng = mid;
        else box.maxLng = mid;
      } else {
        const mid = (box.minLat + box.maxLat) / 2;
        if (up) box.minLat = mid;
        else box.maxLat = mid;
      }
    }
  }
  return box;
}

/** The south-west, south-east, north-east, north-west corners, closed (the geo-geohash-to-polygon page's order). */
function boxPolygon(b: Box): Value {
  return polygonGeoJson([
    [b.minLng, b.minLat],
    [b.maxLng, b.minLat],
    [b.maxLng, b.maxLat],
    [b.minLng, b.maxLat],
  ]);
}

/**
 * The geohashes of the same length around a cell, in the order the geo-geohash-neighbors page
 * shows for "sunny": south-west, north-west, south-east, north, west, north-east, east, south.
 * Across the antimeridian the longitude wraps; beyond a pole there is no cell, so a polar cell has
 * fewer neighbors.
 */
const NEIGHBOR_STEPS: [number, number][] = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [0, 1],
  [-1, 0],
  [1, 1],
  [1, 0],
  [0, -1],
];

export function geohashNeighbors(hash: Value): string[] | null {
  const b = decodeGeohash(hash);
  if (!b) return null;
  const len = (hash as string).length;
  const w = b.maxLng - b.minLng;
  const h = b.maxLat - b.minLat;
  const cLng = (b.minLng + b.maxLng) / 2;
  const cLat = (b.minLat + b.maxLat) / 2;
  const out: string[] = [];
  for (const [dx, dy] of NEIGHBOR_STEPS) {
    const lat = cLat + dy * h;
    if (lat < -90 || lat > 90) continue;
    let lng = cLng + dx * w;
    if (lng > 180) lng -= 360;
    if (lng < -180) lng += 360;
    const n = encodeGeohash(lng, lat, len);
    if (n !== hash && !out.includes(n)) out.push(n);
  }
  return out;
}

export const GEOHASH_FUNCTIONS: Record<string, FnImpl> = {
  // geo_point_to_geohash(longitude, latitude [, accuracy = 5]): "" for an invalid point or accuracy.
  geo_point_to_geohash: ({ g: [lngG, latG, accG] }) => (i) => {
    const lng = finite(lngG(i));
    const lat = finite(latG(i));
    const acc = accG ? intIn(accG(i), 1, MAX_LENGTH) : 5;
    return validLngLat(lng, lat) && acc !== null ? encodeGeohash(lng, lat as number, acc) : "";
  },
  geo_geohash_to_polygon: ({ g: [h] }) => (i) => {
    const b = decodeGeohash(h(i));
    return b ? boxPolygon(b) : null;
  },
  geo_geohash_to_central_point: ({ g: [h] }) => (i) => {
    const b = decodeGeohash(h(i));
    return b ? pointGeoJson((b.minLng + b.maxLng) / 2, (b.minLat + b.maxLat) / 2) : null;
  },
  geo_geohash_neighbors: ({ g: [h] }) => (i) => geohashNeighbors(h(i)),
};
