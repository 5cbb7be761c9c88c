import { SQL_LAG_METRIC } from "@/lib/telemetry/contract";
import type { DashboardConfig, ReplicationPairConfig } from "@/lib/config/schema";
import { kql } from "@/lib/kql/literal";
import { appRegionOf } from "../runtime/fragments";
import type { CatalogQuery } from "../runtime/types";

/** Stable id of a pair's query: `replication-lag:<tier>:<source>-><target>`. */
export function lagQueryId(pair: ReplicationPairConfig): string {
  return `replication-lag:${pair.tier}:${pair.source}->${pair.target}`;
}

function regionValue(config: DashboardConfig, id: string): string {
  const region = config.regions.find((r) => r.id === id);
  return region ? appRegionOf(region) : id;
}

/**
 * Lag samples of one pair and direction, in seconds: `TimeGenerated, lagSeconds`.
 * SQL: the primary database's `replication_lag_seconds` metric (AzureMetrics flattens partners,
 * so the pair is identified by its primary). Cosmos: the app's canary metric in milliseconds.
 */
export function lagQuery(config: DashboardConfig, pair: ReplicationPairConfig): string {
  const source = pair.lagSource;
  if (source.kind === "sqlMetric") {
    return kql`AzureMetrics
| where MetricName == ${SQL_LAG_METRIC} and _ResourceId =~ ${source.primaryDatabaseResourceId}
| project TimeGenerated, lagSeconds = coalesce(Maximum, Average)
| where isnotnull(lagSeconds)`;
  }
  return kql`AppMetrics
| where Name == ${source.metricName}
| where tostring(Properties.sourceRegion) == ${regionValue(config, pair.source)} and tostring(Properties.targetRegion) == ${regionValue(config, pair.target)}
| project TimeGenerated, lagSeconds = iff(ItemCount > 1, Sum / ItemCount, Sum) / 1000.0
| where isnotnull(lagSeconds)`;
}

export function replicationQueries(config: DashboardConfig): CatalogQuery[] {
  return config.replication.map((pair) => ({ id: lagQueryId(pair), kql: lagQuery(config, pair) }));
}
