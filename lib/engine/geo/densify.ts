/**
 * geo_line_densify / geo_polygon_densify: planar (lng/lat straight-line) edges turned into chains of
 * geodesic edges no farther than `tolerance` meters from them. The 1-degree examples of the pages
 * (a [50,50]–[51,51] edge split in 8, [10,10]–[11,10] in 4, a meridian edge kept whole) are the
 * power-of-two bisection of S2's S2EdgeTessellator over the Plate Carrée projection, which Kusto
 * uses: an edge is kept when the distance between the planar and the geodesic edge, measured at
 * fractions t0 and 1−t0 of both and scaled, is within the tolerance; else it is halved in the plane.
 * New vertices are the planar midpoints, so they print exactly (50.125).
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import type { FnImpl } from "../functions";
import { toBool, toNumber } from "../value-ops";
import { readLines, readPolygons, type LngLat } from "./shape-read";
import { dot, EARTH_RADIUS_M, interpolate, sub, toVec, type Vec } from "./sphere";

// The evaluation fraction and tolerance scale of the tessellator (the values S2 documents: the
// point where the two worst-case error models agree, and the first model's value there).
const T0 = 0.31215691082248312;
const SCALE = 0.83829992569888509;

const chord2 = (a: Vec, b: Vec) => {
  const d = sub(a, b);
  return dot(d, d);
};

function withinTolerance(pa: LngLat, pb: LngLat, a: Vec, b: Vec, maxChord2: number): boolean {
  // Edges longer than 90 degrees are always split.
  if (dot(a, b) < -1e-14) return false;
  for (const t of [T0, 1 - T0]) {
    const geodesic = interpolate(a, b, t);
    const planar = toVec(pa[0] + t * (pb[0] - pa[0]), pa[1] + t * (pb[1] - pa[1]));
    if (chord2(geodesic, planar) > maxChord2) return false;
  }
  return true;
}

function appendEdge(pa: LngLat, pb: LngLat, maxChord2: number, out: LngLat[], depth = 0): void {
  const a = toVec(pa[0], pa[1]);
  const b = toVec(pb[0], pb[1]);
  if (depth >= 45 || withinTolerance(pa, pb, a, b, maxChord2)) {
    out.push(pb);
    return;
  }
  const mid: LngLat = [(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2];
  appendEdge(pa, mid, maxChord2, out, depth + 1);
  appendEdge(mid, pb, maxChord2, out, depth + 1);
}

function densifyChain(coords: LngLat[], maxChord2: number, name: string): LngLat[] {
  const out: LngLat[] = [coords[0]];
  for (let k = 1; k < coords.length; k++) {
    // An edge spanning more than 180° of longitude: whether Kusto wraps it (preserve_crossing) is
    // not shown by any example, so it is refused rather than guessed.
    if (Math.abs(coords[k][0] - coords[k - 1][0]) > 180) throw new KqlUnsupportedError(`${name}() of an edge spanning more than 180 degrees of longitude`);
    appendEdge(coords[k - 1], coords[k], maxChord2, out);
  }
  return out;
}

/** The squared chord of the scaled tolerance, or null when the tolerance is outside [0.1, 10000] m (the pages). */
function toleranceChord2(v: Value | undefined): number | null {
  const t = v === undefined ? 10 : toNumber(v);
  if (t === null || t < 0.1 || t > 10000) return null;
  const theta = (SCALE * t) / EARTH_RADIUS_M;
  return (2 * Math.sin(theta / 2)) ** 2;
}

const typeOf = (v: Value) => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, Value>).type : undefined);

function preserveCrossing(v: Value | undefined): boolean {
  return v !== undefined && toBool(v) === true;
}

export const DENSIFY_FUNCTIONS: Record<string, FnImpl> = {
  geo_line_densify: ({ g: [line, tolerance, crossing] }) => (i) => {
    const v = line(i);
    const lines = readLines(v);
    const c2 = toleranceChord2(tolerance?.(i));
    if (!lines || c2 === null) return null;
    if (crossing && preserveCrossing(crossing(i))) throw new KqlUnsupportedError("geo_line_densify() with preserve_crossing = true");
    const out = lines.map((l) => densifyChain(l.coords, c2, "geo_line_densify"));
    return typeOf(v) === "LineString" ? { type: "LineString", coordinates: out[0] } : { type: "MultiLineString", coordinates: out };
  },
  geo_polygon_densify: ({ g: [polygon, tolerance, crossing] }) => (i) => {
    const v = polygon(i);
    const polygons = readPolygons(v);
    const c2 = toleranceChord2(tolerance?.(i));
    if (!polygons || c2 === null) return null;
    if (crossing && preserveCrossing(crossing(i))) throw new KqlUnsupportedError("geo_polygon_densify() with preserve_crossing = true");
    const out = polygons.map((p) => p.coords.map((ring) => densifyChain(ring, c2, "geo_polygon_densify")));
    return typeOf(v) === "MultiPolygon" ? { type: "MultiPolygon", coordinates: out } : { type: "Polygon", coordinates: out[0] };
  },
};
