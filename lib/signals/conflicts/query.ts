import type { DashboardConfig } from "@/lib/config/schema";
import { kql } from "@/lib/kql/literal";
import { CONFLICT_DEPTH_METRIC } from "@/lib/telemetry/contract";
import type { CatalogQuery } from "../runtime/types";

export const CONFLICT_QUERY_ID = "conflicts:depth";
export const CONFLICT_METRIC = CONFLICT_DEPTH_METRIC;

/** Depth samples of every region's conflict feeds: `TimeGenerated, region, container, depth`. */
export function conflictDepthQuery(_config: DashboardConfig): string {
  return kql`AppMetrics
| where Name == ${CONFLICT_METRIC}
| project TimeGenerated, region = tostring(Properties.region), container = tostring(Properties.container), depth = iff(ItemCount > 1, Sum / ItemCount, Sum)
| where isnotnull(depth)`;
}

export function conflictQueries(config: DashboardConfig): CatalogQuery[] {
  return [{ id: CONFLICT_QUERY_ID, kql: conflictDepthQuery(config) }];
}
