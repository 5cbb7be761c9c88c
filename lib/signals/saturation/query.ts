import type { DashboardConfig } from "@/lib/config/schema";
import { kql } from "@/lib/kql/literal";
import { CPU_METRICS } from "@/lib/telemetry/contract";
import type { CatalogQuery } from "../runtime/types";

export const CPU_QUERY_ID = "saturation:cpu";
export const RU_QUERY_ID = "saturation:cosmos-ru";

/** Compute CPU metric names: App Service plan and AKS node CPU (the telemetry contract's). */
export { CPU_METRICS };

/** Lower-cased ids: Azure upper-cases parts of _ResourceId, so both sides compare in lower case. */
export function computeResourceIds(config: DashboardConfig): string[] {
  return config.regions.flatMap((r) => r.computeResourceIds.map((id) => id.toLowerCase()));
}

/** Per-minute average CPU of every configured compute resource: `TimeGenerated, resourceId, cpu`. */
export function cpuQuery(config: DashboardConfig): string {
  return kql`AzureMetrics
| where MetricName in ${CPU_METRICS} and tolower(_ResourceId) in ${computeResourceIds(config)}
| summarize cpu = avg(Average) by resourceId = tolower(_ResourceId), TimeGenerated = bin(TimeGenerated, 1m)`;
}

/** Per-minute Σ RequestCharge and 429 count per Cosmos region: `TimeGenerated, RegionName, charge, throttled`. */
export function ruQuery(config: DashboardConfig): string {
  const regionNames = config.regions.map((r) => r.cosmosRegionName);
  return kql`CDBDataPlaneRequests
| where RegionName in ${regionNames}
| summarize charge = sum(RequestCharge), throttled = countif(StatusCode == 429) by RegionName, TimeGenerated = bin(TimeGenerated, 1m)`;
}

export function saturationQueries(config: DashboardConfig): CatalogQuery[] {
  const queries = [{ id: RU_QUERY_ID, kql: ruQuery(config) }];
  if (computeResourceIds(config).length > 0) queries.unshift({ id: CPU_QUERY_ID, kql: cpuQuery(config) });
  return queries;
}
