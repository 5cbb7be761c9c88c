/**
 * Kusto's geospatial cell functions: H3, S2 and geohash cells of points, their polygons, centers,
 * hierarchy and neighbors, and coverings of polygons and lines (the geo_*cell* and geo_*geohash*
 * pages). geo_info_from_ip_address() is refused: its answer comes from a GeoIP database that
 * the embedded engine does not have.
 */
import type { FnImpl } from "../functions";
import { unsupported } from "../syntax";
import { H3_FUNCTIONS } from "./cells-h3";
import { S2_FUNCTIONS } from "./cells-s2";
import { GEOHASH_FUNCTIONS } from "./geohash";

export const GEO_CELL_FUNCTIONS: Record<string, FnImpl> = {
  ...H3_FUNCTIONS,
  ...S2_FUNCTIONS,
  ...GEOHASH_FUNCTIONS,
  geo_info_from_ip_address: ({ call }) => unsupported(call, "function geo_info_from_ip_address() (needs a GeoIP location database, which the embedded engine does not have)"),
};
