/**
 * Kusto's geospatial cell functions: H3, S2 and geohash cells of points, their polygons, centers,
 * hierarchy and neighbors, and coverings of polygons and lines (the geo_*cell* and geo_*geohash*
 * pages). Refused by name: a buffer radius in geo_polygon_to_h3cells (the enlarged polygon it
 * fills is not computed here) and geo_info_from_ip_address(), whose answer comes from a GeoIP
 * database that the embedded engine does not have.
 */
import type { FnImpl } from "../functions";
import type { KNode } from "../kusto";
import { allTokens, unsupported } from "../syntax";
import { H3_FUNCTIONS } from "./cells-h3";
import { S2_FUNCTIONS } from "./cells-s2";
import { GEOHASH_FUNCTIONS } from "./geohash";

const GEO_INFO_REFUSAL = "function geo_info_from_ip_address() (needs a GeoIP location database, which the embedded engine does not have)";

/** geo_polygon_to_h3cells' third argument is a buffer radius: the polygon it buffers is not computed here. */
const RADIUS_FUNCTIONS = new Set(["geo_polygon_to_h3cells"]);

export const GEO_CELL_FUNCTIONS: Record<string, FnImpl> = {
  ...H3_FUNCTIONS,
  ...S2_FUNCTIONS,
  ...GEOHASH_FUNCTIONS,
  geo_info_from_ip_address: ({ call }) => unsupported(call, GEO_INFO_REFUSAL),
};

/**
 * For the walk that lists every unsupported construct before a query runs (support.ts): what a
 * call of this family cannot answer exactly, judged from its syntax. A radius other than a
 * literal 0 is refused there, even one that evaluates to 0: the walk sees no values.
 */
export function geoCellRefusal(name: string, args: KNode[]): string | undefined {
  if (name === "geo_info_from_ip_address") return GEO_INFO_REFUSAL;
  const radius = args[2];
  if (RADIUS_FUNCTIONS.has(name) && radius && Number(allTokens(radius).join("")) !== 0) return `${name}() with a buffer radius`;
  return undefined;
}
