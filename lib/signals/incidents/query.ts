import { DRILL_EVENT, DRILL_PHASES } from "@/lib/telemetry/contract";
import type { DashboardConfig, ReplicationPairConfig } from "@/lib/config/schema";
import { kql } from "@/lib/kql/literal";
import { COUNTED_ACCESS_ROWS, IS_BAD_STATUS, ORIGIN, RAW_ORIGIN_KEY } from "../origin-health/query";
import { lagQuery } from "../replication-lag/query";
import { CPU_QUERY_ID, saturationQueries } from "../saturation/query";
import { allOriginHosts } from "../runtime/fragments";
import { EDGE_ERROR_RATIO, EVICTED_SHARE } from "./evaluate";
import type { CatalogQuery } from "../runtime/types";

/**
 * KQL of the incident signal (shared/SIGNALS.md 3.4). The bins query runs once per incident over
 * the incident's own window and returns only the 10 s bins that can move evictedAt or recoveredAt:
 * edge error ratio ≥ 0.01, or the failed origin serving ≥ 1 % of edge requests.
 */
export function incidentBinsQuery(origin: string): string {
  return [
    COUNTED_ACCESS_ROWS,
    `| summarize n = count(), bad = countif(${IS_BAD_STATUS}) by ${RAW_ORIGIN_KEY}, binStart = bin(TimeGenerated, 10s)`,
    `| extend origin = ${ORIGIN}`,
    kql`| summarize edgeTotal = sum(n), edgeBad = sum(bad), originTotal = sum(iff(origin == ${origin.toLowerCase()}, n, 0)) by binStart`,
    kql`| where edgeBad >= ${EDGE_ERROR_RATIO} * edgeTotal or originTotal >= ${EVICTED_SHARE} * edgeTotal`,
  ].join("\n");
}

/** Every 10 s bin around an incident, unfiltered (burn-rate detection and failback need the clean bins too): `binStart, edgeTotal, edgeBad, originTotal`. */
export function incidentShareQuery(origin: string): string {
  return [
    COUNTED_ACCESS_ROWS,
    `| summarize n = count(), bad = countif(${IS_BAD_STATUS}) by ${RAW_ORIGIN_KEY}, binStart = bin(TimeGenerated, 10s)`,
    `| extend origin = ${ORIGIN}`,
    kql`| summarize edgeTotal = sum(n), edgeBad = sum(bad), originTotal = sum(iff(origin == ${origin.toLowerCase()}, n, 0)) by binStart`,
  ].join("\n");
}

/** The last drill end per region: `region, lastEnd`. */
export function lastDrillsQuery(): string {
  return kql`AppEvents
| where Name == ${DRILL_EVENT}
| where tolower(tostring(Properties.phase)) == ${DRILL_PHASES[1]}
| summarize lastEnd = max(TimeGenerated) by region = tostring(Properties.region)`;
}

/**
 * The newest lag sample of a pair at or before `atOrBefore` (the incident start): `TimeGenerated,
 * lagSeconds`. The bound is in the KQL, not left to the query window: the gateway snaps windows to
 * whole bins, so a window ending just after the start would also hold the samples of the next minute
 * (in a drill the region keeps replicating) and `top 1` would pick one of those. Without `atOrBefore`
 * (the catalog's listing) the newest sample in the window. Reuses the replication-lag signal's
 * sample query so both read lag the same way.
 */
export function lagAtQuery(config: DashboardConfig, pair: ReplicationPairConfig, atOrBefore?: Date): string {
  const bound = atOrBefore ? `\n${kql`| where TimeGenerated <= ${atOrBefore}`}` : "";
  return `${lagQuery(config, pair)}${bound}\n| top 1 by TimeGenerated desc`;
}

/** Drill markers: `TimeGenerated, region, phase` (the app writes Properties.region and Properties.phase). */
export function drillMarkersQuery(): string {
  return kql`AppEvents
| where Name == ${DRILL_EVENT}
| project TimeGenerated, region = tostring(Properties.region), phase = tolower(tostring(Properties.phase))
| where phase in ${DRILL_PHASES}`;
}

export const INCIDENT_QUERY_IDS = {
  bins: "incidents:bins",
  lag: "incidents:lag-at-start",
  drills: "incidents:drill-markers",
  share: "incidents:share-bins",
  lastDrills: "incidents:last-drills",
  survivorCpu: "incidents:survivor-cpu",
  survivorRu: "incidents:survivor-cosmos-ru",
} as const;

export function incidentQueries(config: DashboardConfig): CatalogQuery[] {
  const [firstOrigin] = allOriginHosts(config);
  return [
    { id: INCIDENT_QUERY_IDS.bins, kql: incidentBinsQuery(firstOrigin) },
    ...config.replication.map((pair) => ({
      id: `${INCIDENT_QUERY_IDS.lag}:${pair.tier}:${pair.source}->${pair.target}`,
      kql: lagAtQuery(config, pair),
    })),
    { id: INCIDENT_QUERY_IDS.drills, kql: drillMarkersQuery() },
    { id: INCIDENT_QUERY_IDS.share, kql: incidentShareQuery(firstOrigin) },
    { id: INCIDENT_QUERY_IDS.lastDrills, kql: lastDrillsQuery() },
    // The survivor's load during an incident: the saturation signal's own per-minute queries.
    ...saturationQueries(config).map((q) => ({ ...q, id: q.id === CPU_QUERY_ID ? INCIDENT_QUERY_IDS.survivorCpu : INCIDENT_QUERY_IDS.survivorRu })),
  ];
}
