/**
 * DuckDB's answers for queries of the tenth published set (queries-tenth.ts), written by hand from the Kusto
 * reference's semantics like cases.ts. What they exercise beyond the earlier cases: a `join kind=leftouter` of two
 * `let` summaries keyed by a named bin (`TimeBucket = bin(TimeGenerated, 15m)`) whose right side selects nothing
 * (the right key repeated as TimeBucket1, its string column "" and its count and make_set null); `top 10` then
 * `project`; `order by TimeGenerated desc | take 5` after `project`; `countif(ItemCount > 1)` and `countif(ItemCount ==
 * 1)` beside `sum(ItemCount)`; `round(100.0 * todouble(a) / todouble(b), 2)` and `iif(b == 0, 1, b)` as a divisor
 * after summarize; `tostring(split(Url, "?")[0])` as a key; `take 20` of fewer rows; `toint(ResultCode) >= 500` over
 * five minutes; `avg(Total)` by metric, bin and resource of App Service plans; the az CLI one-liners' percentiles and
 * countif by bin(5m) and by Target; and, over no rows, `let` datetimes written with a space before the Z and `has` of a
 * term with underscores, a `join
 * kind=leftouter` of two AzureMetrics summaries with `coalesce` and `iff` in the divisor, `where` on an aggregate,
 * and a `where` over a ratio of two counts.
 */
import type { Expectation } from "./duck";
import { before } from "./cases";

const MINUTES = (m: number) => before(m / 60);

export const CASES_TENTH: [string, string, Expectation, string][] = [
  [
    "Monitoring guide, evidence map: request timeline joined with monitoring changes per 15 minutes",
    `SELECT a.TimeBucket, a.AppRoleName, a.RequestCount, b.TimeBucket AS TimeBucket1, coalesce(b.ResourceGroup, '') AS ResourceGroup, b.Changes, b.Operations
     FROM (SELECT time_bucket(INTERVAL 15 minute, TimeGenerated) AS TimeBucket, AppRoleName, sum(ItemCount) AS RequestCount
           FROM AppRequests WHERE TimeGenerated > ${before(6)} GROUP BY 1, 2) a
     LEFT JOIN (SELECT time_bucket(INTERVAL 15 minute, TimeGenerated) AS TimeBucket, ResourceGroup, count(*) AS Changes, list(DISTINCT OperationNameValue) AS Operations
           FROM AzureActivity WHERE TimeGenerated > ${before(6)}
             AND regexp_matches(lower(OperationNameValue), '(^|[^a-z0-9])(components/write|sites/config/write|webapps/write)($|[^a-z0-9])')
           GROUP BY 1, 2) b ON a.TimeBucket = b.TimeBucket
     ORDER BY a.TimeBucket`,
    { orderedBy: ["TimeBucket"] },
    "join kind=leftouter of two let summaries on a named bin, the right side empty: TimeBucket1, \"\" and nulls",
  ],
  [
    "Monitoring guide, Application Insights gaps: effective sampling with sampled rows",
    `SELECT *, round(100.0::DOUBLE * Recorded / EstimatedActual, 2) AS EffectiveSamplingPercent FROM (
       SELECT count(*) AS Recorded, sum(ItemCount) AS EstimatedActual, count(*) FILTER (WHERE ItemCount > 1) AS SampledRows
       FROM AppRequests WHERE TimeGenerated > ${before(1)})`,
    {},
    "count, sum(ItemCount) and countif(ItemCount > 1), then round(100.0 * todouble(a) / todouble(b), 2)",
  ],
  [
    "Monitoring guide, Application Insights gaps: requests per 5 minutes and role",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, AppRoleName, sum(ItemCount) AS RequestCount
     FROM AppRequests WHERE TimeGenerated > ${before(6)} GROUP BY 1, 2 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "sum(ItemCount) by bin(5m) and role, order by time asc (two roles tie at each bin)",
  ],
  [
    "Monitoring guide, Application Insights gaps: dependency counts and last seen by target and type",
    `SELECT Target, DependencyType, count(*) AS "Count", max(TimeGenerated) AS LastSeen
     FROM AppDependencies WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2 ORDER BY "Count" DESC`,
    { orderedBy: ["Count"] },
    "count() and max(TimeGenerated) by target and type, order by count desc",
  ],
  [
    "Monitoring guide, Application Insights gaps: recorded vs estimated requests",
    `SELECT *, round(100.0::DOUBLE * Recorded / Estimated, 2) AS EffectiveSamplingPercent FROM (
       SELECT count(*) AS Recorded, sum(ItemCount) AS Estimated FROM AppRequests WHERE TimeGenerated > ${before(1)})`,
    {},
    "the same ratio without the sampled-row count",
  ],
  [
    "Monitoring guide, missing telemetry: services by last request seen",
    `SELECT AppRoleName, max(TimeGenerated) AS LastSeen, sum(ItemCount) AS Requests
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1 ORDER BY LastSeen`,
    { orderedBy: ["LastSeen"] },
    "max(TimeGenerated) and sum(ItemCount) by role, order by the datetime asc",
  ],
  [
    "Monitoring guide, missing telemetry: sampling with iif over a zero estimate",
    `SELECT *, round(100.0::DOUBLE * RecordedRows / CASE WHEN EstimatedActual = 0 THEN 1 ELSE EstimatedActual END, 2) AS EffectiveSamplingPercent FROM (
       SELECT count(*) AS RecordedRows, sum(ItemCount) AS EstimatedActual, count(*) FILTER (WHERE ItemCount = 1) AS SampledRows
       FROM AppRequests WHERE TimeGenerated > ${before(24)})`,
    {},
    "countif(ItemCount == 1), then iif(b == 0, 1, b) as the divisor of a rounded ratio",
  ],
  [
    "Monitoring guide, slow queries: AzureDiagnostics rows by category in 1 hour",
    `SELECT Category, count(*) AS "Count" FROM AzureDiagnostics WHERE TimeGenerated > ${before(1)} GROUP BY 1 ORDER BY 2 DESC`,
    { orderedBy: ["Count"] },
    "count() by Category over the last hour, order by count desc",
  ],
  [
    "Monitoring guide, slow queries: AzureDiagnostics rows by category in 24 hours",
    `SELECT Category, count(*) AS "Count" FROM AzureDiagnostics WHERE TimeGenerated > ${before(24)} GROUP BY 1 ORDER BY 2 DESC`,
    { orderedBy: ["Count"] },
    "the same over the whole window",
  ],
  [
    "Monitoring guide, slow queries: requests by role in 30 minutes",
    `SELECT AppRoleName, sum(ItemCount) AS Requests FROM AppRequests WHERE TimeGenerated > ${MINUTES(30)} GROUP BY 1`,
    {},
    "sum(ItemCount) by role over ago(30m)",
  ],
  [
    "Monitoring guide, slow queries: requests by URL, take 20",
    `SELECT Url, sum(ItemCount) AS Requests FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1`,
    { limit: 20 },
    "sum(ItemCount) by Url, take 20 of fewer rows",
  ],
  [
    "Monitoring guide, slow queries: requests by route (URL before ?), take 20",
    `SELECT split_part(Url, '?', 1) AS Route, sum(ItemCount) AS Requests FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1`,
    { limit: 20 },
    'tostring(split(Url, "?")[0]) as the key, take 20',
  ],
  [
    "App Service guide, Java tutorial: request percentiles by name",
    `SELECT Name, count(*) AS RequestCount, quantile_disc(DurationMs, 0.50) AS P50, quantile_disc(DurationMs, 0.95) AS P95, quantile_disc(DurationMs, 0.99) AS P99
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1 ORDER BY P95 DESC`,
    { orderedBy: ["P95"] },
    "count and three named percentiles by Name over lines of their own, order by P95 desc",
  ],
  [
    "App Service guide, Node.js tutorial: error rate per 5 minutes",
    `SELECT *, (failed * 100.0::DOUBLE) / total AS errorRate FROM (
       SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS total, count(*) FILTER (WHERE Success = false) AS failed
       FROM AppRequests WHERE TimeGenerated > ${before(6)} GROUP BY 1)`,
    {},
    "count and countif by bin(5m), then (failed * 100.0) / total",
  ],
  [
    "App Service guide, Node.js tutorial: top 10 slowest requests",
    `SELECT TimeGenerated, Name, DurationMs, ResultCode, Success FROM AppRequests WHERE TimeGenerated > ${before(1)} ORDER BY DurationMs DESC`,
    { orderedBy: ["DurationMs"], limit: 10 },
    "top 10 by DurationMs desc, then project",
  ],
  [
    "App Service guide, Node.js tutorial: latest 5 requests",
    `SELECT TimeGenerated, Name, DurationMs, ResultCode, Success FROM AppRequests WHERE TimeGenerated > ${MINUTES(10)} ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"], limit: 5 },
    "project, order by TimeGenerated desc, take 5 over ago(10m)",
  ],
  [
    "App Service guide, Node.js tutorial: latest 5 dependencies",
    `SELECT TimeGenerated, Name, Target, DurationMs, Success FROM AppDependencies WHERE TimeGenerated > ${MINUTES(30)} ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"], limit: 5 },
    "the same over AppDependencies and ago(30m)",
  ],
  [
    "Functions guide, alerts: 5xx count in 5 minutes (toint of ResultCode)",
    `SELECT count(*) AS failures FROM AppRequests WHERE TimeGenerated > ${MINUTES(5)} AND TRY_CAST(ResultCode AS INTEGER) >= 500`,
    {},
    "toint() of the string ResultCode >= 500 over ago(5m), count() named",
  ],
  [
    "PaaS troubleshooting labs, App Service memory pressure: memory and CPU per 5 minutes",
    `SELECT MetricName, time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, Resource, avg(Total) AS AvgValue
     FROM AzureMetrics WHERE ResourceProvider = 'MICROSOFT.WEB' AND MetricName IN ('MemoryPercentage', 'CpuPercentage')
     GROUP BY 1, 2, 3 ORDER BY 2`,
    { orderedBy: ["TimeGenerated"] },
    "avg(Total) by metric, bin(5m) and resource of two App Service metrics, order by time asc",
  ],
  [
    "Functions guide (az CLI), deployment: requests and failures in 30 minutes",
    `SELECT count(*) AS total, count(*) FILTER (WHERE Success = false) AS failed FROM AppRequests WHERE TimeGenerated > ${MINUTES(30)}`,
    {},
    "count() and countif() over ago(30m), one line as the shell passes it",
  ],
  [
    "Functions guide (az CLI), components reference: p50, p95 and max duration per 5 minutes",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, quantile_disc(DurationMs, 0.50) AS p50, quantile_disc(DurationMs, 0.95) AS p95,
        max(DurationMs) AS maxDuration
     FROM AppRequests WHERE TimeGenerated > ${before(2)} GROUP BY 1 ORDER BY 1 DESC`,
    { orderedBy: ["TimeGenerated"] },
    "two percentiles and max by bin(5m), order by time desc",
  ],
  [
    "Functions guide (az CLI), components reference: totals, failures and p95 per 5 minutes",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS total, count(*) FILTER (WHERE Success = false) AS failed,
        quantile_disc(DurationMs, 0.95) AS p95
     FROM AppRequests WHERE TimeGenerated > ${before(2)} GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "count, countif and percentile by bin(5m), order by time asc",
  ],
  [
    "Functions guide (az CLI), components reference: dependency failures and p95 by target",
    `SELECT Target, count(*) FILTER (WHERE Success = false) AS failed, quantile_disc(DurationMs, 0.95) AS p95
     FROM AppDependencies WHERE TimeGenerated > ${before(2)} GROUP BY 1 ORDER BY failed DESC`,
    { orderedBy: ["failed"] },
    "countif and percentile by Target, order by the count desc",
  ],
  [
    "Monitoring guide (az CLI), Application Insights gaps: requests and last seen by role in 15 minutes",
    `SELECT AppRoleName, sum(ItemCount) AS "Count", max(TimeGenerated) AS LastSeen FROM AppRequests WHERE TimeGenerated > ${MINUTES(15)} GROUP BY 1`,
    {},
    "sum(ItemCount) named Count and max(TimeGenerated) by role",
  ],
  [
    "Monitoring guide (az CLI), lab 1: AzureMetrics records by provider",
    `SELECT ResourceProvider, count(*) AS Records FROM AzureMetrics WHERE TimeGenerated > ${MINUTES(30)} GROUP BY 1`,
    {},
    "count() by ResourceProvider over ago(30m)",
  ],
];

/** Published queries of the tenth set that select no row of this data, with DuckDB's (empty) answer. */
export const EMPTY_CASES_TENTH: [string, string, string][] = [
  [
    "Monitoring guide AGENTS.md: basic log query (Application Gateway access log per 5 minutes)",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS count_ FROM AzureDiagnostics
     WHERE TimeGenerated > ${before(1)} AND Category = 'ApplicationGatewayAccessLog' GROUP BY 1`,
    "another service's category: count() by bin(5m) of no rows",
  ],
  [
    "Monitoring guide, App Service alerts and metrics: average response time per 15 minutes",
    `SELECT time_bucket(INTERVAL 15 minute, TimeGenerated) AS TimeGenerated, avg(Average) AS avg_Average FROM AzureMetrics
     WHERE MetricName = 'AverageResponseTime' GROUP BY 1`,
    "a metric the demo's plans do not emit: avg(Average) by bin(15m)",
  ],
  [
    "Monitoring guide, App Service alerts and metrics: 5xx error rate from two let summaries joined leftouter",
    `SELECT r.TimeGenerated, r.TotalRequests, coalesce(e.TotalErrors, 0) AS TotalErrors,
        CAST(coalesce(e.TotalErrors, 0) AS DOUBLE) / CASE WHEN r.TotalRequests = 0 THEN 1 ELSE CAST(r.TotalRequests AS DOUBLE) END * 100 AS ErrorRate
     FROM (SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, sum(Total) AS TotalRequests FROM AzureMetrics
           WHERE TimeGenerated > ${before(1)} AND MetricName = 'Requests' GROUP BY 1) r
     LEFT JOIN (SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, sum(Total) AS TotalErrors FROM AzureMetrics
           WHERE TimeGenerated > ${before(1)} AND MetricName = 'Http5xx' GROUP BY 1) e ON r.TimeGenerated = e.TimeGenerated
     ORDER BY r.TimeGenerated`,
    "join kind=leftouter of two let summaries, coalesce(x, 0) and iff(t == 0, 1, todouble(t)) in the divisor",
  ],
  [
    "Monitoring guide, App Service alerts and metrics: memory peaks above 85 %",
    `SELECT * FROM (
       SELECT Resource, time_bucket(INTERVAL 15 minute, TimeGenerated) AS TimeGenerated, avg(Average) AS AvgMemory, max(Maximum) AS PeakMemory
       FROM AzureMetrics WHERE TimeGenerated > ${before(2)} AND MetricName = 'MemoryPercentage' GROUP BY 1, 2)
     WHERE PeakMemory > 85 ORDER BY PeakMemory DESC`,
    "avg and max by resource and bin(15m), where on the max, order by it desc",
  ],
  [
    "Functions guide, alerts: failure ratio by operation with a let lookback",
    `SELECT * FROM (
       SELECT OperationName, count(*) AS total_requests, count(*) FILTER (WHERE TRY_CAST(ResultCode AS INTEGER) >= 500) AS failed_requests,
          CAST(count(*) FILTER (WHERE TRY_CAST(ResultCode AS INTEGER) >= 500) AS DOUBLE) / CAST(count(*) AS DOUBLE) AS failure_ratio
       FROM AppRequests WHERE TimeGenerated > ${MINUTES(5)} GROUP BY 1)
     WHERE total_requests >= 50 AND failure_ratio > 0.05`,
    "a let timespan in ago(), toreal(a) / toreal(b), two wheres on aggregates",
  ],
  [
    "Environment runbook: traces spanning multiple services",
    `SELECT * FROM (
       SELECT OperationId, list(DISTINCT AppRoleName) AS roles, count(*) AS spans FROM (
         SELECT OperationId, AppRoleName FROM AppRequests WHERE TimeGenerated > ${MINUTES(60)}
         UNION ALL SELECT OperationId, AppRoleName FROM AppDependencies WHERE TimeGenerated > ${MINUTES(60)})
       GROUP BY 1)
     WHERE len(roles) > 1 ORDER BY spans DESC LIMIT 5`,
    "union of two tables, make_set(AppRoleName) and count() by OperationId, where array_length(set) > 1 (each operation stays in one role here)",
  ],
  [
    "Proxy diagnostics (Terraform): CPU and memory utilisation",
    `SELECT MetricName, time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, avg(Average) AS avg_Average FROM AzureMetrics
     WHERE ResourceProvider = 'MICROSOFT.WEB' AND MetricName IN ('CpuTime', 'MemoryWorkingSet') GROUP BY 1, 2 ORDER BY 2 DESC`,
    "two App Service metrics the demo's plans do not emit: avg(Average) by metric and bin(5m), order by time desc",
  ],
  [
    "Functions guide (az CLI), durable replay storm lab: orchestrator executions per 2 minutes",
    `SELECT time_bucket(INTERVAL 2 minute, TimeGenerated) AS TimeGenerated, count(*) AS executions, round(avg(DurationMs), 1) AS avg_ms,
        round(quantile_disc(DurationMs, 0.95), 1) AS p95_ms, round(max(DurationMs), 1) AS max_ms
     FROM AppRequests WHERE TimeGenerated >= TIMESTAMP '2026-04-07 12:28:00' AND TimeGenerated < TIMESTAMP '2026-04-07 13:02:00'
       AND AppRoleName = 'func-durable-lab' AND regexp_matches(lower(OperationName), '(^|[^a-z0-9])replay_storm_orchestrator($|[^a-z0-9])')
     GROUP BY 1 ORDER BY 1`,
    "let datetimes with a space before Z as bounds, `has` of a term with underscores, rounded aggregates by bin(2m)",
  ],
];
