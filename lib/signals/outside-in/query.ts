import type { DashboardConfig } from "@/lib/config/schema";
import { kql, kqlList } from "@/lib/kql/literal";
import { availabilityTestNames, canaryNames, CPU_METRICS, PROFILE_METRICS } from "@/lib/telemetry/contract";

export { canaryNames };
import { profileFilter } from "../availability/query";
import type { CatalogQuery } from "../runtime/types";

export const OUTSIDE_IN_QUERY_IDS = {
  tests: "outsideIn:tests",
  recent: "outsideIn:recent",
  window: "outsideIn:slo-window",
  frontDoorLogs: "outsideIn:fresh-frontdoor-logs",
  frontDoorMetrics: "outsideIn:fresh-frontdoor-metrics",
  regionMetrics: "outsideIn:fresh-region-metrics",
  canary: "outsideIn:fresh-canary",
} as const;

export function testNames(config: DashboardConfig): string[] {
  const names = availabilityTestNames(config);
  return [names.global, ...names.regions.map((r) => r.name)];
}

/** Runs, failed runs and the newest run per test: `Name, runs, failed, newest`. The same text serves the range, the last round and the SLO window. */
export function testsQuery(config: DashboardConfig): string {
  return kql`AppAvailabilityResults
| where Name in ${testNames(config)}
| summarize runs = count(), failed = countif(Success == false), newest = max(TimeGenerated) by Name`;
}

/** Newest Front Door access-log row: `newest`. */
export function frontDoorLogsQuery(config: DashboardConfig): string {
  return `AzureDiagnostics
| where Category == "FrontDoorAccessLog" and ${profileFilter(config)}
| summarize newest = max(TimeGenerated)`;
}

/** Newest Front Door profile metric row: `newest`. */
export function frontDoorMetricsQuery(config: DashboardConfig): string {
  return `AzureMetrics
| where MetricName in ${kqlList(PROFILE_METRICS)} and ${profileFilter(config)}
| summarize newest = max(TimeGenerated)`;
}

/** Newest CPU metric row per compute resource: `resourceId, newest`. */
export function regionMetricsQuery(config: DashboardConfig): string {
  const ids = config.regions.flatMap((r) => r.computeResourceIds.map((id) => id.toLowerCase()));
  return kql`AzureMetrics
| where MetricName in ${CPU_METRICS} and tolower(_ResourceId) in ${ids}
| summarize newest = max(TimeGenerated) by resourceId = tolower(_ResourceId)`;
}

/** Newest canary lag sample: `newest`. */
export function canaryQuery(config: DashboardConfig): string {
  return kql`AppMetrics
| where Name in ${canaryNames(config)}
| summarize newest = max(TimeGenerated)`;
}

export function outsideInQueries(config: DashboardConfig): CatalogQuery[] {
  const q: CatalogQuery[] = [
    { id: OUTSIDE_IN_QUERY_IDS.tests, kql: testsQuery(config) },
    { id: OUTSIDE_IN_QUERY_IDS.frontDoorLogs, kql: frontDoorLogsQuery(config) },
    { id: OUTSIDE_IN_QUERY_IDS.frontDoorMetrics, kql: frontDoorMetricsQuery(config) },
  ];
  if (config.regions.some((r) => r.computeResourceIds.length > 0)) q.push({ id: OUTSIDE_IN_QUERY_IDS.regionMetrics, kql: regionMetricsQuery(config) });
  if (canaryNames(config).length > 0) q.push({ id: OUTSIDE_IN_QUERY_IDS.canary, kql: canaryQuery(config) });
  return q;
}
