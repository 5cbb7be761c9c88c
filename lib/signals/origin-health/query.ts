import type { DashboardConfig } from "@/lib/config/schema";
import { kql, Timespan } from "@/lib/kql/literal";
import { allOriginHosts } from "../runtime/fragments";
import type { CatalogQuery } from "../runtime/types";

/**
 * KQL of the origin-health signal (shared/SIGNALS.md 3.3). The KQL aggregates to probe slots and
 * 10 s bins and returns only the rows that can matter (failed slots, error bins), so a 30-day range
 * stays at a few thousand rows; the sample rule itself runs in TypeScript. Constant fragments are
 * plain text; every configured value enters through the `kql` template.
 */

// The probe log's POP column is `POP_s` in Microsoft's sample; third-party queries use `pop_s`.
export const PROBE_POP = 'coalesce(column_ifexists("POP_s", ""), column_ifexists("pop_s", ""))';
// The access log names the origin with ":443"; hosts in the config have no port.
export const ORIGIN = 'tolower(replace_regex(column_ifexists("originName_s", ""), @":\\d+$", ""))';
// Status is a string (0 = origin timeout, 499 = client closed).
const STATUS = 'toint(column_ifexists("httpStatusCode_s", ""))';

/** Bad = 5xx or 0 (origin timeout). Callers have already dropped 499 (client closed). */
export const IS_BAD_STATUS = "(status == 0 or (status >= 500 and status < 600))";

/** Access-log rows with `status` (499s removed) and `origin` (lower-case host, no port). */
export const ACCESS_LOG_ROWS = `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| extend status = ${STATUS}
| where isnotnull(status) and status != 499
| extend origin = ${ORIGIN}`;

function onlyConfiguredOrigins(config: DashboardConfig): string {
  return kql`| where origin in ${allOriginHosts(config)}`;
}

/** Per origin and probe slot with a logged failure: distinct failing POPs and failures. */
export function failedProbeSlotsQuery(config: DashboardConfig): string {
  const slot = Timespan.seconds(config.frontDoor.probeIntervalSeconds);
  return [
    "AzureDiagnostics",
    '| where Category == "FrontDoorHealthProbeLog"',
    `| extend origin = ${ORIGIN}, pop = ${PROBE_POP}`,
    onlyConfiguredOrigins(config),
    kql`| summarize failures = count() by origin, slot = bin(TimeGenerated, ${slot}), pop`,
    '| summarize failedPops = countif(pop != ""), failures = sum(failures) by origin, slot',
  ].join("\n");
}

/**
 * Per origin: POPs known to probe it (distinct POPs in its probe or access logs) and its access-log
 * request count and newest row (no traffic at all → its health is unknown).
 */
export function originPopsQuery(config: DashboardConfig): string {
  return [
    "AzureDiagnostics",
    '| where Category in ("FrontDoorHealthProbeLog", "FrontDoorAccessLog")',
    `| extend origin = ${ORIGIN}`,
    onlyConfiguredOrigins(config),
    `| extend pop = iff(Category == "FrontDoorAccessLog", column_ifexists("pop_s", ""), ${PROBE_POP})`,
    '| summarize requests = countif(Category == "FrontDoorAccessLog"), newest = max(TimeGenerated) by origin, pop',
    '| summarize knownPops = countif(pop != ""), requests = sum(requests), newest = max(newest) by origin',
  ].join("\n");
}

/** 10 s bins in which an origin's own error ratio (5xx or 0, 499 excluded) was ≥ 0.05. */
export function originErrorBinsQuery(config: DashboardConfig): string {
  return [
    ACCESS_LOG_ROWS,
    onlyConfiguredOrigins(config),
    `| summarize requests = count(), bad = countif(${IS_BAD_STATUS}) by origin, binStart = bin(TimeGenerated, 10s)`,
    "| where bad >= 0.05 * requests",
  ].join("\n");
}

/** Requests per origin host (499 excluded; "" for cache hits), for traffic shares over the window. */
export function trafficShareQuery(): string {
  return `${ACCESS_LOG_ROWS}\n| summarize requests = count() by origin`;
}

export const ORIGIN_HEALTH_QUERY_IDS = {
  failedSlots: "origin-health:failed-probe-slots",
  pops: "origin-health:origin-pops",
  errorBins: "origin-health:origin-error-bins",
  trafficShare: "origin-health:traffic-share",
} as const;

export function originHealthQueries(config: DashboardConfig): CatalogQuery[] {
  return [
    { id: ORIGIN_HEALTH_QUERY_IDS.failedSlots, kql: failedProbeSlotsQuery(config) },
    { id: ORIGIN_HEALTH_QUERY_IDS.pops, kql: originPopsQuery(config) },
    { id: ORIGIN_HEALTH_QUERY_IDS.errorBins, kql: originErrorBinsQuery(config) },
    { id: ORIGIN_HEALTH_QUERY_IDS.trafficShare, kql: trafficShareQuery() },
  ];
}
