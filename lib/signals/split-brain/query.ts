import type { DashboardConfig } from "@/lib/config/schema";
import { kql } from "@/lib/kql/literal";
import type { CatalogQuery } from "../runtime/types";

export const WRITES_QUERY_ID = "split-brain:multi-region-writes";
export const WRITE_COUNT_QUERY_ID = "split-brain:write-count";

/**
 * The configured write calls, one row each: `TimeGenerated, entityId, region`. The one definition of
 * "a write" that the races, the write count and the per-region writes chart all start from.
 */
export function configuredWrites(config: DashboardConfig): string {
  const { dependencyTypes, names, entityKey } = config.splitBrain;
  return kql`AppDependencies
| where DependencyType in ${dependencyTypes} and Name in ${names}
| project TimeGenerated, entityId = tostring(Properties[${entityKey}]), region = tostring(Properties.region)
| where isnotempty(entityId) and isnotempty(region)`;
}

/**
 * The configured write calls of every entity written from two or more regions in the window, one
 * row per entity with its write times and regions (aligned lists). Races are found in TypeScript:
 * clustering by the race window cannot be expressed with clock-aligned bins.
 */
export function multiRegionWritesQuery(config: DashboardConfig): string {
  // Almost every entity is written once: find the few written from two regions with a cheap
  // min/max per entity first, then build the write lists for those alone (a 30-day range holds
  // ~200 k entities; lists for all of them cost 3-4x the whole query).
  return `let writes = ${configuredWrites(config)};
let multiRegion = writes
| summarize firstRegion = min(region), lastRegion = max(region) by entityId
| where firstRegion != lastRegion
| project entityId;
writes
| where entityId in (multiRegion)
| summarize regionCount = dcount(region), times = make_list(TimeGenerated), regions = make_list(region) by entityId
| where regionCount >= 2`;
}

/** How many configured writes the window holds: tells "no races" from "no write telemetry". */
export function writeCountQuery(config: DashboardConfig): string {
  return `${configuredWrites(config)}
| summarize writes = count(), newest = max(TimeGenerated)`;
}

export function splitBrainQueries(config: DashboardConfig): CatalogQuery[] {
  return [
    { id: WRITES_QUERY_ID, kql: multiRegionWritesQuery(config) },
    { id: WRITE_COUNT_QUERY_ID, kql: writeCountQuery(config) },
  ];
}
