import type { DashboardConfig } from "@/lib/config/schema";
import { kql, Timespan } from "@/lib/kql/literal";
import { allOriginHosts } from "../runtime/fragments";
import { ORIGIN_ERROR_RATIO } from "./blindness";
import type { CatalogQuery } from "../runtime/types";

/**
 * KQL of the origin-health signal (shared/SIGNALS.md 3.3). The KQL aggregates to probe slots and
 * 10 s bins and returns only the rows that can matter (failed slots, error bins), so a 30-day range
 * stays at a few thousand rows; the sample rule itself runs in TypeScript. Constant fragments are
 * plain text; every configured value enters through the `kql` template.
 */

// The probe log's POP column is `POP_s` in Microsoft's sample; third-party queries use `pop_s`.
export const PROBE_POP = 'coalesce(column_ifexists("POP_s", ""), column_ifexists("pop_s", ""))';
// The access log names the origin with ":443"; hosts in the config have no port. Applied after a
// first summarize by the raw `originName_s`, so the regex runs per group, not per request.
export const ORIGIN = 'tolower(replace_regex(originName_s, @":\\d+$", ""))';
// Status is a string (0 = origin timeout, 499 = client closed).
const STATUS_TEXT = 'column_ifexists("httpStatusCode_s", "")';
const STATUS = `toint(${STATUS_TEXT})`;

/** Bad = 5xx or 0 (origin timeout). Callers have already dropped 499 (client closed). */
export const IS_BAD_STATUS = "(status == 0 or (status >= 500 and status < 600))";

/** Access-log rows with `status`, 499s (client closed) and unparseable statuses removed. */
export const COUNTED_ACCESS_ROWS = `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| extend status = ${STATUS}
| where isnotnull(status) and status != 499`;

/** Counted access-log rows with `origin` normalised per row (for callers that filter rows by origin). */
export const ACCESS_LOG_ROWS = `${COUNTED_ACCESS_ROWS}
| extend origin = tolower(replace_regex(column_ifexists("originName_s", ""), @":\\d+$", ""))`;

/** The raw origin column as a group key (absent in a workspace without access logs yet). */
export const RAW_ORIGIN_KEY = 'originName_s = column_ifexists("originName_s", "")';

function onlyConfiguredOrigins(config: DashboardConfig): string {
  return kql`| where origin in ${allOriginHosts(config)}`;
}

/** Per origin and probe slot with a logged failure: distinct failing POPs and failures. */
export function failedProbeSlotsQuery(config: DashboardConfig): string {
  const slot = Timespan.seconds(config.frontDoor.probeIntervalSeconds);
  return [
    "AzureDiagnostics",
    '| where Category == "FrontDoorHealthProbeLog"',
    `${kql`| summarize failures = count() by slot = bin(TimeGenerated, ${slot})`}, pop = ${PROBE_POP}, ${RAW_ORIGIN_KEY}`,
    `| extend origin = ${ORIGIN}`,
    onlyConfiguredOrigins(config),
    "| summarize failures = sum(failures) by origin, slot, pop",
    '| summarize failedPops = countif(pop != ""), failures = sum(failures) by origin, slot',
  ].join("\n");
}

/**
 * Per origin: POPs known to probe it (distinct POPs in its probe or access logs) and its access-log
 * request count, oldest and newest row (no traffic at all → its health is unknown).
 */
export function originPopsQuery(config: DashboardConfig): string {
  return [
    "AzureDiagnostics",
    '| where Category in ("FrontDoorHealthProbeLog", "FrontDoorAccessLog")',
    `| summarize requests = countif(Category == "FrontDoorAccessLog"), oldest = min(TimeGenerated), newest = max(TimeGenerated) by Category, ${RAW_ORIGIN_KEY}, probePop = ${PROBE_POP}, accessPop = column_ifexists("pop_s", "")`,
    `| extend origin = ${ORIGIN}, pop = iff(Category == "FrontDoorAccessLog", accessPop, probePop)`,
    onlyConfiguredOrigins(config),
    "| summarize requests = sum(requests), oldest = min(oldest), newest = max(newest) by origin, pop",
    '| summarize knownPops = countif(pop != ""), requests = sum(requests), oldest = min(oldest), newest = max(newest) by origin',
  ].join("\n");
}

/**
 * 10 s bins in which an origin's own error ratio (5xx or 0, 499 excluded) was ≥ 0.05. A bin can only
 * qualify if it holds a bad row, so a cheap first pass (status text only) finds those bins and the
 * exact per-origin counts are computed for them alone: a 30-day range groups a few hundred bins, not
 * every 10 s bin of the month.
 */
export function originErrorBinsQuery(config: DashboardConfig): string {
  return [
    "let badBins = AzureDiagnostics",
    '| where Category == "FrontDoorAccessLog"',
    `| where ${STATUS_TEXT} == "0" or ${STATUS_TEXT} startswith "5"`,
    "| summarize by binStart = bin(TimeGenerated, 10s);",
    // The same rows as COUNTED_ACCESS_ROWS, with the (selective) bad-bin test first so the status
    // is parsed for the few bins that can qualify, not for every request of the range.
    "AzureDiagnostics",
    '| where Category == "FrontDoorAccessLog"',
    "| where bin(TimeGenerated, 10s) in (badBins)",
    `| extend status = ${STATUS}`,
    "| where isnotnull(status) and status != 499",
    `| summarize requests = count(), bad = countif(${IS_BAD_STATUS}) by ${RAW_ORIGIN_KEY}, binStart = bin(TimeGenerated, 10s)`,
    `| extend origin = ${ORIGIN}`,
    onlyConfiguredOrigins(config),
    "| summarize requests = sum(requests), bad = sum(bad) by origin, binStart",
    kql`| where bad >= ${ORIGIN_ERROR_RATIO} * requests`,
  ].join("\n");
}

/**
 * Whether the probe log reaches the workspace at all: probe rows of the configured origins over a
 * long look-back (`rows`, `newest`). Run only when the analysis window holds none: Front Door logs
 * failed probes only, so an empty window is normal, and this tells "no probe failed" from "probe
 * logging not exported" as far as the data can.
 */
export function probeLogSeenQuery(config: DashboardConfig): string {
  return [
    "AzureDiagnostics",
    '| where Category == "FrontDoorHealthProbeLog"',
    `| summarize rows = count(), newest = max(TimeGenerated) by ${RAW_ORIGIN_KEY}`,
    `| extend origin = ${ORIGIN}`,
    onlyConfiguredOrigins(config),
    "| summarize rows = sum(rows), newest = max(newest)",
  ].join("\n");
}

/** Requests per origin host (499 excluded; "" for cache hits), for traffic shares over the window. */
export function trafficShareQuery(): string {
  return [
    COUNTED_ACCESS_ROWS,
    `| summarize requests = count() by ${RAW_ORIGIN_KEY}`,
    `| extend origin = ${ORIGIN}`,
    "| summarize requests = sum(requests) by origin",
  ].join("\n");
}

export const ORIGIN_HEALTH_QUERY_IDS = {
  failedSlots: "origin-health:failed-probe-slots",
  pops: "origin-health:origin-pops",
  errorBins: "origin-health:origin-error-bins",
  trafficShare: "origin-health:traffic-share",
  probeLogSeen: "origin-health:probe-log-seen",
} as const;

export function originHealthQueries(config: DashboardConfig): CatalogQuery[] {
  return [
    { id: ORIGIN_HEALTH_QUERY_IDS.failedSlots, kql: failedProbeSlotsQuery(config) },
    { id: ORIGIN_HEALTH_QUERY_IDS.pops, kql: originPopsQuery(config) },
    { id: ORIGIN_HEALTH_QUERY_IDS.errorBins, kql: originErrorBinsQuery(config) },
    { id: ORIGIN_HEALTH_QUERY_IDS.trafficShare, kql: trafficShareQuery() },
    { id: ORIGIN_HEALTH_QUERY_IDS.probeLogSeen, kql: probeLogSeenQuery(config) },
  ];
}
