/**
 * geo_point_buffer, geo_line_buffer, geo_polygon_buffer. Their pages' tolerance rules ("no lower
 * than 0.0001% of the radius", "bigger than radius ... lowered") are S2BufferOperation's
 * error_fraction bounds [1e-6, 1]: the polygons are S2's buffer construction, whose vertices come
 * from its circle approximation, its sweep and a final S2Builder snap. None of the pages prints a
 * buffer's coordinates ("[ ... ]"), so no construction here could be checked against Kusto's: a
 * valid buffer is refused, naming the function. What the pages do document is exact here: an
 * invalid shape, point, radius or tolerance gives null.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import type { FnImpl } from "../functions";
import { toNumber } from "../value-ops";
import { readLines, readPolygons } from "./shape-read";
import { validLngLat } from "./sphere";

// S2BufferOperation::Options::kMinErrorFraction: the pages' "0.0001% of the radius".
const MIN_TOLERANCE_FRACTION = 1e-6;

/** Radius and tolerance are valid: the radius positive, the tolerance at least 1e-6 of it. */
function validRadius(radius: Value, tolerance: Value | undefined): boolean {
  const r = toNumber(radius);
  const t = tolerance === undefined ? 10 : toNumber(tolerance);
  return r !== null && t !== null && Number.isFinite(r) && Number.isFinite(t) && r > 0 && t >= r * MIN_TOLERANCE_FRACTION;
}

function refuse(name: string, what: string): never {
  throw new KqlUnsupportedError(`${name}() of a valid ${what} (S2BufferOperation's vertices are not reproduced, and no page prints them)`);
}

export const BUFFER_FUNCTIONS: Record<string, FnImpl> = {
  geo_point_buffer: ({ g: [lng, lat, radius, tolerance] }) => (i) => {
    const x = toNumber(lng(i));
    const y = toNumber(lat(i));
    if (x === null || y === null || !validLngLat(x, y) || !validRadius(radius(i), tolerance?.(i))) return null;
    return refuse("geo_point_buffer", "point");
  },
  geo_line_buffer: ({ g: [line, radius, tolerance] }) => (i) => {
    if (!readLines(line(i)) || !validRadius(radius(i), tolerance?.(i))) return null;
    return refuse("geo_line_buffer", "line");
  },
  geo_polygon_buffer: ({ g: [polygon, radius, tolerance] }) => (i) => {
    if (!readPolygons(polygon(i)) || !validRadius(radius(i), tolerance?.(i))) return null;
    return refuse("geo_polygon_buffer", "polygon");
  },
};
