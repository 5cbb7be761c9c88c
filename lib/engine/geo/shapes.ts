/**
 * Kusto's geospatial shape functions (distances, lines, polygons, WKT), registered into
 * SCALAR_FUNCTIONS with one spread. Model and radius: sphere.ts. Buffers and simplification are
 * not here: their vertices come from S2's buffer operation and its builder's snapping, which are
 * not reproduced, so they stay refused by name.
 */
import type { FnImpl } from "../functions";
import { DENSIFY_FUNCTIONS } from "./densify";
import { DISTANCE_FUNCTIONS } from "./distance";
import { LINE_FUNCTIONS } from "./lines";
import { LINE_UNION_FUNCTIONS } from "./line-union";
import { OVERLAY_FUNCTIONS } from "./overlay";
import { POLYGON_FUNCTIONS } from "./polygons";
import { WKT_FUNCTIONS } from "./wkt";

export const GEO_SHAPE_FUNCTIONS: Record<string, FnImpl> = {
  ...DISTANCE_FUNCTIONS,
  ...LINE_FUNCTIONS,
  ...POLYGON_FUNCTIONS,
  ...DENSIFY_FUNCTIONS,
  ...WKT_FUNCTIONS,
  ...OVERLAY_FUNCTIONS,
  ...LINE_UNION_FUNCTIONS,
};
