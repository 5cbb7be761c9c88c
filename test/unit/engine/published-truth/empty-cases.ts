/** Published queries whose filters select nothing in this deployment's data, with their SQL (see cases.ts). */
import { before } from "./cases";

const GRAFANA_WINDOW = "TimeGenerated >= TIMESTAMP '2026-11-20 13:00:00' AND TimeGenerated <= TIMESTAMP '2026-11-20 15:00:00'";

/**
 * Published queries whose filters select no row of this deployment's data (no CatalogService, no
 * Event Hub, no SQL cpu_percent metric, no such host): both engines must answer no rows with the same
 * columns. Weaker than cases.ts (only the shape and the emptiness are compared); they are here
 * for the constructs no query with data exercises: startswith, case(), between, parse, join.
 */
export const EMPTY_CASES: [string, string, string][] = [
  [
    "HTTP requests against the CatalogService",
    // startswith is case-insensitive (string-operators page).
    `SELECT time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated, count(*) AS RequestCount, avg(DurationMs) AS AvgDuration
     FROM AppRequests WHERE ${GRAFANA_WINDOW} AND starts_with(lower(AppRoleInstance), 'catalogservice') AND OperationName <> 'GET /health/liveness'
     GROUP BY 1 ORDER BY 1`,
    "startswith, != on a string, count() and avg by bin(1m)",
  ],
  [
    "Front Door errors and latency by environment",
    `SELECT CASE WHEN contains(lower(requestUri_s), 'uat.') THEN 'UAT' WHEN contains(lower(requestUri_s), 'test.') THEN 'TEST' ELSE 'PROD' END AS Environment,
        count(*) AS Total,
        count(*) FILTER (WHERE TRY_CAST(httpStatusCode_s AS INTEGER) BETWEEN 400 AND 499) AS Err4xx,
        count(*) FILTER (WHERE TRY_CAST(httpStatusCode_s AS INTEGER) BETWEEN 500 AND 599) AS Err5xx,
        round(avg(TRY_CAST(timeTaken_s AS DOUBLE)), 1) AS AvgMs, max(TRY_CAST(timeTaken_s AS DOUBLE)) AS MaxMs
     FROM AzureDiagnostics
     WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' AND contains(lower(requestUri_s), 'redberry.app.euccz.org')
     GROUP BY 1`,
    "contains, case(), countif(toint(x) between (a..b)), todouble(string)",
  ],
  [
    "Event Hub messages and lag",
    // isnan() of a minute's null avgif is taken as false (the row is kept); no minute exists here either way.
    `WITH lag AS (
       SELECT time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated, CAST(trunc(avg("Max")) AS INTEGER) AS EventHubLag
       FROM AppMetrics WHERE ${GRAFANA_WINDOW} AND Name = 'EventHubLag' GROUP BY 1),
     messages AS (
       SELECT time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated,
          avg(Total) FILTER (WHERE MetricName = 'IncomingMessages') AS IncomingMessages, avg(Total) FILTER (WHERE MetricName = 'OutgoingMessages') AS OutgoingMessages
       FROM AzureMetrics WHERE ResourceProvider = 'MICROSOFT.EVENTHUB' AND ${GRAFANA_WINDOW} GROUP BY 1)
     SELECT m.TimeGenerated, m.IncomingMessages, m.OutgoingMessages, l.EventHubLag FROM messages m LEFT JOIN lag l ON l.TimeGenerated = m.TimeGenerated
     WHERE NOT coalesce(isnan(m.IncomingMessages), false) AND NOT coalesce(isnan(m.OutgoingMessages), false) ORDER BY 1`,
    "join kind=leftouter on a bin, toint(avg()), isnan",
  ],
  [
    "Avg CPU usage",
    // parse's leading * is the shortest run before the first "/microsoft.sql/servers/" (parse-operator page).
    `SELECT regexp_extract(_ResourceId, '/microsoft\\.sql/servers/(.*)$', 1) AS Resource, MetricName,
        max(Maximum) AS CPU_Maximum_last15mins, min(Minimum) AS CPU_Minimum_last15mins, avg(Average) AS CPU_Average_last15mins
     FROM AzureMetrics WHERE ResourceProvider = 'MICROSOFT.SQL' AND TimeGenerated >= ${before(1)} AND MetricName IN ('cpu_percent') GROUP BY 1, 2`,
    "parse with * and a literal, in (), max/min/avg by the parsed column",
  ],
];
