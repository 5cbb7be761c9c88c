import type { DashboardConfig, RegionConfig } from "@/lib/config/schema";

/**
 * KQL fragments shared by the catalog. They contain no values: anything from the configuration
 * enters through the `kql` template in the query builders.
 */

/** Front Door Standard/Premium writes the status as a string: 0 = origin timeout, 499 = client closed. */
export const ACCESS_LOG_STATUS = "toint(httpStatusCode_s)";

/** The access log's originName_s carries ":443"; the config names hosts without port. */
export const ACCESS_LOG_ORIGIN = 'tolower(replace_regex(originName_s, @":\\d+$", ""))';

/** The region value the application writes in Properties.region (defaults to the region id). */
export function appRegionOf(region: RegionConfig): string {
  return region.appRegion ?? region.id;
}

/** Lower-case origin host → region id, for mapping access/probe log rows to regions. */
export function originRegionMap(config: DashboardConfig): Map<string, string> {
  const map = new Map<string, string>();
  for (const region of config.regions) for (const host of region.frontDoorOrigins) map.set(host.toLowerCase(), region.id);
  return map;
}

/** Every configured origin host, lower-case, for `in` filters. */
export function allOriginHosts(config: DashboardConfig): string[] {
  return config.regions.flatMap((r) => r.frontDoorOrigins.map((h) => h.toLowerCase()));
}
