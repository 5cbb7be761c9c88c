/**
 * Kusto's geospatial shape functions (distances, lines, polygons, WKT), registered into
 * SCALAR_FUNCTIONS with one spread. Model and radius: sphere.ts. Buffers and simplification give
 * Kusto's null for invalid input (and for a shape the tolerance collapses), and refuse, by name,
 * any input whose answer needs S2's buffer operation or its builder's snapping (not reproduced).
 */
import type { FnImpl } from "../functions";
import { BUFFER_FUNCTIONS } from "./buffers";
import { DENSIFY_FUNCTIONS } from "./densify";
import { DISTANCE_FUNCTIONS } from "./distance";
import { LINE_FUNCTIONS } from "./lines";
import { LINE_UNION_FUNCTIONS } from "./line-union";
import { OVERLAY_FUNCTIONS } from "./overlay";
import { POLYGON_FUNCTIONS } from "./polygons";
import { SIMPLIFY_FUNCTIONS } from "./simplify";
import { WKT_FUNCTIONS } from "./wkt";

export const GEO_SHAPE_FUNCTIONS: Record<string, FnImpl> = {
  ...DISTANCE_FUNCTIONS,
  ...LINE_FUNCTIONS,
  ...POLYGON_FUNCTIONS,
  ...DENSIFY_FUNCTIONS,
  ...WKT_FUNCTIONS,
  ...OVERLAY_FUNCTIONS,
  ...LINE_UNION_FUNCTIONS,
  ...SIMPLIFY_FUNCTIONS,
  ...BUFFER_FUNCTIONS,
};
