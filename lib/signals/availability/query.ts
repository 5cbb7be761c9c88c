import type { DashboardConfig } from "@/lib/config/schema";
import { kql, kqlList, kqlString } from "@/lib/kql/literal";
import { PROFILE_METRICS } from "@/lib/telemetry/contract";
import { ACCESS_LOG_STATUS } from "../runtime/fragments";
import type { CatalogQuery } from "../runtime/types";

export const EDGE_QUERY_ID = "availability:edge-requests";
export const METRICS_QUERY_ID = "availability:profile-metrics";

export function profileFilter(config: DashboardConfig): string {
  const id = config.frontDoor.profileResourceId;
  // Without a profile id every Front Door in the workspace counts.
  return id ? kql`_ResourceId =~ ${id}` : kql`ResourceProvider =~ ${"MICROSOFT.CDN"}`;
}

/**
 * Edge requests in the window from the Front Door access log: `total, bad`.
 * bad = 5xx or 0 (origin timeout); 499 (client closed) is left out of both counts. The same text
 * runs for the 5m, 30m, 1h and 6h windows; only the timespan differs.
 */
export function edgeRequestsQuery(config: DashboardConfig): string {
  return `${edgeRows(config)}
| summarize total = count(), bad = countif(${EDGE_BAD})`;
}

/** A bad edge request (5xx or 0); the rows of `edgeRows` have `status`. */
export const EDGE_BAD = "status >= 500 or status == 0";

/** The counted edge requests of the profile, one row each with `status` (499 left out). */
export function edgeRows(config: DashboardConfig): string {
  return `AzureDiagnostics
| where Category == "FrontDoorAccessLog" and ${profileFilter(config)}
| extend status = ${ACCESS_LOG_STATUS}
| where isnotnull(status) and status != 499`;
}

/**
 * Per-minute request count and 5xx percentage of the Front Door profile from AzureMetrics, for the
 * long windows (30-day SLI, 3d burn, downtime minutes): `TimeGenerated, requests, errorPercent`.
 */
export function profileMetricsQuery(config: DashboardConfig): string {
  const [requests, errors] = PROFILE_METRICS;
  return `AzureMetrics
| where MetricName in ${kqlList(PROFILE_METRICS)} and ${profileFilter(config)}
| summarize requests = sumif(Total, MetricName == ${kqlString(requests)}), errorPercent = maxif(Average, MetricName == ${kqlString(errors)}) by TimeGenerated = bin(TimeGenerated, 1m)`;
}

export function availabilityQueries(config: DashboardConfig): CatalogQuery[] {
  return [
    { id: EDGE_QUERY_ID, kql: edgeRequestsQuery(config) },
    { id: METRICS_QUERY_ID, kql: profileMetricsQuery(config) },
  ];
}
