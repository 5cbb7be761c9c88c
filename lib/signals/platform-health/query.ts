import type { DashboardConfig } from "@/lib/config/schema";
import { kql, kqlList } from "@/lib/kql/literal";
import { PLATFORM_HEALTH_CATEGORIES } from "@/lib/telemetry/contract";
import type { CatalogQuery } from "../runtime/types";

export const PLATFORM_QUERY_ID = "platformHealth:activity-log";

/**
 * How far before the range the activity log is read: Service Health writes an event's first
 * communication at its start, so an outage that began days before the range is still found.
 */
export const PLATFORM_LOOKBACK_MS = 3 * 86_400_000;

/** Every resource whose Resource Health counts: the regions' compute and SQL, the Front Door profile, and the extra ids. */
export function watchedResourceIds(config: DashboardConfig): string[] {
  const ids = [
    ...config.regions.flatMap((r) => [...r.computeResourceIds, ...r.sqlDatabaseResourceIds]),
    ...(config.frontDoor.profileResourceId ? [config.frontDoor.profileResourceId] : []),
    ...config.platformHealth.resourceIds,
  ];
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/**
 * Azure's own health reports from the Activity log: Service Health communications (one row per
 * update, grouped by tracking id in TypeScript) and Resource Health transitions of the watched
 * resources. Service Health's region and impactedServices are lists inside strings, so the region
 * and service filter runs on the few rows in TypeScript (evaluate.ts), not as substring matches here.
 * Properties_d keys are read with brackets: `title` is a Kusto keyword.
 */
export function platformHealthQuery(config: DashboardConfig): string {
  const ids = watchedResourceIds(config);
  return `AzureActivity
| where CategoryValue in ${kqlList(PLATFORM_HEALTH_CATEGORIES)}
${kql`| where CategoryValue == ${PLATFORM_HEALTH_CATEGORIES[0]} or tolower(_ResourceId) in ${ids}`}
| project TimeGenerated, category = CategoryValue, activityStatus = ActivityStatusValue, level = Level, resourceId = tolower(_ResourceId),
    title = tostring(Properties_d["title"]), trackingId = tostring(Properties_d["trackingId"]), incidentType = tostring(Properties_d["incidentType"]),
    impactStart = todatetime(Properties_d["impactStartTime"]), impactMitigation = todatetime(Properties_d["impactMitigationTime"]),
    regionText = tostring(Properties_d["region"]), service = tostring(Properties_d["service"]), impactedServices = tostring(Properties_d["impactedServices"]),
    stage = tostring(Properties_d["stage"]), currentHealth = tostring(Properties_d["currentHealthStatus"]), cause = tostring(Properties_d["cause"])
| order by TimeGenerated asc`;
}

export function platformHealthQueries(config: DashboardConfig): CatalogQuery[] {
  return [{ id: PLATFORM_QUERY_ID, kql: platformHealthQuery(config) }];
}
