/**
 * DuckDB's answers for queries of the sixth published set (queries-sixth.ts), written by hand from the
 * Kusto reference's semantics like cases.ts. What they exercise beyond the earlier cases: a column named
 * `count` and one named `Count` beside count(); three named percentiles with countif and
 * round(a * 100.0 / b, 2); the default names of unnamed aggregates (`avg_DurationMs`, `max_DurationMs`,
 * `percentile_DurationMs_99`) and `order by` one of them; a summarize of a summarize with `top` over
 * its default name `max_perMinute`; dcountif/dcount of a guid-like string by five keys and a `1min`
 * bin, with `1.0 * a / b` ratios ordered with ties; a project, order desc and take 100 of raw rows; a
 * take 10 without order; column_ifexists() of two columns that do not exist beside two that do,
 * over every access-log row; and two alert queries that filter on an aggregate after toint()/todouble() of
 * the access log's text columns.
 */
import type { Expectation } from "./duck";
import { before } from "./cases";

export const CASES_SIXTH: [string, string, Expectation, string][] = [
  [
    "OTel reference: Application Insights - Performance Summary",
    `SELECT Name, count(*) AS "Count", avg(DurationMs) AS AvgDuration, quantile_disc(DurationMs, 0.50) AS P50,
        quantile_disc(DurationMs, 0.95) AS P95, quantile_disc(DurationMs, 0.99) AS P99,
        count(*) FILTER (WHERE Success = false) AS Failures,
        round(count(*) FILTER (WHERE Success = false) * 100.0::DOUBLE / count(*), 2) AS FailureRate
     FROM AppRequests WHERE TimeGenerated > ${before(24 * 7)} GROUP BY 1 ORDER BY "Count" DESC`,
    { orderedBy: ["Count"] },
    "a column named Count, three percentiles, countif and round(a * 100.0 / b, 2), order desc",
  ],
  [
    "OTel reference: Application Insights - Dependencies",
    `SELECT Target, Type, Name, count(*) AS "Count", avg(DurationMs) AS AvgDuration, max(DurationMs) AS MaxDuration
     FROM AppDependencies WHERE TimeGenerated > ${before(24 * 7)} GROUP BY 1, 2, 3 ORDER BY "Count" DESC`,
    { orderedBy: ["Count"] },
    "three keys, one of them the Type standard column",
  ],
  [
    "SRE guide: Is the API receiving traffic?",
    `SELECT Name, ResultCode, count(*) AS count_ FROM AppRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2 ORDER BY count_ DESC`,
    { orderedBy: ["count_"] },
    "count() by two string keys, order by its default name count_ (a leading // comment)",
  ],
  [
    "SRE guide: Request latency percentiles by endpoint",
    `SELECT Name, quantile_disc(DurationMs, 0.50) AS p50, quantile_disc(DurationMs, 0.95) AS p95, quantile_disc(DurationMs, 0.99) AS p99, count(*) AS "count"
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1`,
    {},
    "a column named count (a function's name) beside three named percentiles, by a key on the next line",
  ],
  [
    "SRE guide: Request trend over time (5-min buckets)",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, Name, count(*) AS count_
     FROM AppRequests WHERE TimeGenerated > ${before(6)} GROUP BY 1, 2`,
    {},
    "count() by bin(5m) and a key",
  ],
  [
    "Observability skill: request performance",
    `SELECT Name, avg(DurationMs) AS avg_DurationMs, count(*) AS count_ FROM AppRequests WHERE TimeGenerated > ${before(1)}
     GROUP BY 1 ORDER BY avg_DurationMs DESC`,
    { orderedBy: ["avg_DurationMs"], limit: 10 },
    "avg() and count() unnamed, order by avg_DurationMs desc, take 10 (one line)",
  ],
  [
    "Platform workbook: requests, failures and p95 per service",
    `SELECT AppRoleName, count(*) AS requests, count(*) FILTER (WHERE Success = false) AS failures, quantile_disc(DurationMs, 0.95) AS p95_ms
     FROM AppRequests GROUP BY 1 ORDER BY requests DESC`,
    { orderedBy: ["requests"] },
    "count, countif and percentile by AppRoleName, no time filter (the query's timespan bounds it)",
  ],
  [
    "App Service guide: requests by result code",
    `SELECT ResultCode, count(*) AS count_ FROM AppRequests GROUP BY 1`,
    {},
    "count() by ResultCode",
  ],
  [
    "Deployment guide: average and maximum duration by request name",
    `SELECT Name, avg(DurationMs) AS avg_DurationMs, max(DurationMs) AS max_DurationMs FROM AppRequests GROUP BY 1`,
    {},
    "two unnamed aggregates of one column: avg_DurationMs and max_DurationMs",
  ],
  [
    "Monitoring skill: average duration by request name",
    `SELECT Name, avg(DurationMs) AS avg_DurationMs FROM AppRequests GROUP BY 1 ORDER BY avg_DurationMs DESC`,
    { orderedBy: ["avg_DurationMs"] },
    "order by an unnamed aggregate's default name",
  ],
  [
    "Logs query perf test: average duration per 10 minutes and resource",
    `SELECT time_bucket(INTERVAL 10 minute, TimeGenerated) AS TimeGenerated, _ResourceId, avg(DurationMs) AS avgRequestDuration
     FROM AppRequests GROUP BY 1, 2`,
    {},
    "avg by bin(10m) and _ResourceId",
  ],
  [
    "Runbook: p99 latency by request name",
    `SELECT Name, quantile_disc(DurationMs, 0.99) AS percentile_DurationMs_99 FROM AppRequests GROUP BY 1`,
    {},
    "an unnamed percentile(): its default name percentile_DurationMs_99",
  ],
  [
    "MCP tool example: failures by role",
    `SELECT AppRoleName, count(*) AS failures FROM AppRequests WHERE Success = false GROUP BY 1`,
    {},
    "where on a bool, count() by AppRoleName",
  ],
  [
    "Test harness plan: totals, failures, mean and failure rate by name",
    `SELECT Name, count(*) AS Total, count(*) FILTER (WHERE Success = false) AS Failed, avg(DurationMs) AS MeanMs,
        100.0::DOUBLE * count(*) FILTER (WHERE Success = false) / count(*) AS FailureRate
     FROM AppRequests GROUP BY 1`,
    {},
    "100.0 * long / long after summarize is real",
  ],
  [
    "Pulumi reproduction: request count",
    `SELECT count(*) AS "Count" FROM AppRequests`,
    {},
    "count() with no key, named Count",
  ],
  [
    "Front Door guide: busiest clients' peak requests per minute",
    `WITH m AS (SELECT clientIp_s, time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated, count(*) AS perMinute
                FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' GROUP BY 1, 2)
     SELECT clientIp_s, max(perMinute) AS max_perMinute FROM m GROUP BY 1 ORDER BY max_perMinute DESC`,
    { orderedBy: ["max_perMinute"], limit: 10 },
    "a summarize of a summarize, then top 10 by the default name max_perMinute (ties cut anywhere)",
  ],
  [
    "Cosmos training module: throttled share per operation and minute",
    // dcount is exact here and HyperLogLog in Kusto (see published-truth.test.ts); dcountif likewise.
    `SELECT DatabaseName, CollectionName, OperationName, RequestResourceType, time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated,
        count(DISTINCT ActivityId) FILTER (WHERE StatusCode = 429) AS throttledOperations, count(DISTINCT ActivityId) AS totalOperations,
        sum(RequestCharge) AS totalConsumedRUPerMinute,
        1.0::DOUBLE * sum(RequestCharge) / count(DISTINCT ActivityId) AS averageRUPerOperation,
        1.0::DOUBLE * count(DISTINCT ActivityId) FILTER (WHERE StatusCode = 429) / count(DISTINCT ActivityId) AS fractionOf429s
     FROM CDBDataPlaneRequests WHERE TimeGenerated >= ${before(24)} GROUP BY 1, 2, 3, 4, 5 ORDER BY fractionOf429s DESC`,
    { orderedBy: ["fractionOf429s"] },
    "dcountif and dcount by four keys and bin(1min), two 1.0 * a / b ratios, order desc over ties",
  ],
  [
    "OTel reference: Application Insights - All Requests",
    `SELECT TimeGenerated, Name, Url, DurationMs, ResultCode, Success, OperationId FROM AppRequests
     WHERE TimeGenerated > ${before(24 * 7)} ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"], limit: 100 },
    "project of raw rows, order by TimeGenerated desc, take 100",
  ],
  [
    "SRE guide: Find a failed request",
    `SELECT TimeGenerated, Name, DurationMs, OperationId FROM AppRequests WHERE TimeGenerated > ${before(24)} AND Success = false`,
    { limit: 10 },
    "take 10 without a sort: any ten of the failed requests",
  ],
  [
    "Container app runbook: Front Door access and WAF rows with column_ifexists",
    // column_ifexists of a column the table does not have is its default, here "" (the page's "Otherwise, it returns the defaultValue column").
    `SELECT TimeGenerated, Category, requestUri_s AS RequestUri, httpStatusCode_s AS Status, '' AS Action, '' AS Details
     FROM AzureDiagnostics WHERE TimeGenerated > ${before(24)} AND ResourceProvider = 'MICROSOFT.CDN'
       AND Category IN ('FrontDoorAccessLog', 'FrontDoorWebApplicationFirewallLog')
     ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
    "tostring(column_ifexists()) of two existing and two absent columns, an in-list, every access-log row ordered desc",
  ],
  [
    "FrontLens alert: Front Door 5xx error rate",
    `SELECT TimeGenerated, 100.0::DOUBLE * errors / total AS errorRatePct
     FROM (SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS total,
             count(*) FILTER (WHERE TRY_CAST(httpStatusCode_s AS INTEGER) >= 500) AS errors
           FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' GROUP BY 1)
     WHERE total > 20`,
    {},
    "toint() of the status text in an extend, countif over it by bin(5m), where on an aggregate, then a ratio of two longs",
  ],
  [
    "FrontLens alert: Front Door p95 latency",
    `SELECT TimeGenerated, p95ms FROM (SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated,
             quantile_disc(CAST(timeTaken_s AS DOUBLE) * 1000.0::DOUBLE, 0.95) AS p95ms, count(*) AS n
           FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' GROUP BY 1)
     WHERE n > 20`,
    {},
    "percentile of an extended todouble(text) * 1000.0, filtered on a count, projected away",
  ],
  [
    "Monitoring dashboard: Cosmos DB Requests (5-min)",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS RequestCount FROM CDBDataPlaneRequests GROUP BY 1`,
    {},
    "count() by bin(5m) over Cosmos rows, render leaves rows as summarize made them",
  ],
  [
    "Health-check skill: request volume and latency (24h)",
    `SELECT count(*) AS total, count(*) FILTER (WHERE Success = false) AS failed, quantile_disc(DurationMs, 0.95) AS p95
     FROM AppRequests WHERE TimeGenerated > ${before(24)}`,
    {},
    "count, countif and percentile with no key (one line of a skill's step)",
  ],
  [
    "Health-check skill: per-endpoint latency (24h)",
    `SELECT OperationName, quantile_disc(DurationMs, 0.95) AS P95, count(*) AS "Count" FROM AppRequests WHERE TimeGenerated > ${before(24)}
     GROUP BY 1 HAVING count(*) > 10 ORDER BY P95 DESC`,
    { orderedBy: ["P95"], limit: 10 },
    "where on an aggregate's column after summarize, order by a percentile desc, take 10",
  ],
  [
    "Health-check skill: HTTP errors (24h)",
    `SELECT ResultCode, count(*) AS "Count" FROM AppRequests WHERE TimeGenerated > ${before(24)} AND TRY_CAST(ResultCode AS INTEGER) >= 400
     GROUP BY 1 ORDER BY "Count" DESC`,
    { orderedBy: ["Count"], limit: 10 },
    "toint() of the string ResultCode >= 400 joined by and with a time filter",
  ],
  [
    "Health-check skill: error rate trend (7d)",
    `SELECT time_bucket(INTERVAL 1 day, TimeGenerated) AS TimeGenerated, count(*) AS Total, count(*) FILTER (WHERE Success = false) AS Failed,
        round(CAST(count(*) FILTER (WHERE Success = false) AS DOUBLE) / CAST(count(*) AS DOUBLE) * 100, 2) AS ErrorRate
     FROM AppRequests WHERE TimeGenerated > ${before(24 * 7)} GROUP BY 1 ORDER BY 1 DESC`,
    { orderedBy: ["TimeGenerated"] },
    "bin(1d), round(todouble(a) / todouble(b) * 100, 2)",
  ],
  [
    "Health-check skill: dependency health (24h)",
    `SELECT DependencyType, Target, count(*) AS "Count", count(*) FILTER (WHERE Success = false) AS FailureCount
     FROM AppDependencies WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2 ORDER BY "Count" DESC`,
    { orderedBy: ["Count"], limit: 10 },
    "count and countif by two keys, order desc, take 10",
  ],
  [
    "Operations workbook: availability (readiness check)",
    `SELECT time_bucket(INTERVAL 15 minute, TimeGenerated) AS TimeGenerated, Location,
        100.0::DOUBLE * count(*) FILTER (WHERE Success = true) / count(*) AS availability
     FROM AppAvailabilityResults GROUP BY 1, 2`,
    {},
    "100.0 * countif(Success == true) / count() by bin(15m) and Location",
  ],
  [
    "Banking alert: service availability",
    `SELECT (CAST(count(*) FILTER (WHERE Success = true) AS DOUBLE) / count(*)) * 100 AS Availability FROM AppAvailabilityResults`,
    {},
    "(todouble(countif(...)) / count()) * 100 with no key",
  ],
  [
    "Cosmos DB monitor page: data-plane logs by account",
    `SELECT AccountName, count(*) AS count_ FROM CDBDataPlaneRequests GROUP BY 1`,
    {},
    "Microsoft's Cosmos monitor page: count() by AccountName",
  ],
  [
    "Cosmos DB monitor page: data-plane logs by operation (pie chart)",
    `SELECT OperationName, count(*) AS count_ FROM CDBDataPlaneRequests GROUP BY 1`,
    {},
    "count() by OperationName, render piechart",
  ],
];

/** Queries of the sixth set whose filters select no row here (see empty-cases.ts). */
export const EMPTY_CASES_SIXTH: [string, string, string][] = [
  [
    "KQL patterns: Example 4, summarize with bin() for threshold alert",
    `SELECT TimeGenerated, AppRoleName, AvgDuration, P95Duration, RequestCount
     FROM (SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, AppRoleName, avg(DurationMs) AS AvgDuration,
             quantile_disc(DurationMs, 0.95) AS P95Duration, count(*) AS RequestCount
           FROM AppRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2)
     WHERE AvgDuration > 500 OR P95Duration > 2000`,
    "a post-aggregation where joining two aggregates with or, then project (comment lines after the query)",
  ],
  [
    "Monitoring dashboard: Cosmos DB Errors (5-min)",
    // The demo's two hours before TO hold no throttled (429) or failed Cosmos request.
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS Errors FROM CDBDataPlaneRequests WHERE StatusCode >= 400 GROUP BY 1`,
    ">= on the int StatusCode, count() by bin(5m)",
  ],
  [
    "OTel reference: OpenTelemetry - Distributed Traces",
    // A leftouter join's right columns that clash with the left's are suffixed 1 (Name1, DurationMs1: join page).
    `SELECT r.TimeGenerated, r.Name AS RequestName, r.Url AS RequestUrl, r.DurationMs AS RequestDuration, d.Name AS DependencyName,
        d.Target AS DependencyTarget, d.DurationMs AS DependencyDuration, r.OperationId
     FROM (SELECT * FROM AppRequests WHERE TimeGenerated > ${before(24 * 7)} AND AppRoleName = 'pulse-360-portal') r
     LEFT JOIN (SELECT * FROM AppDependencies WHERE TimeGenerated > ${before(24 * 7)} AND AppRoleName = 'pulse-360-portal') d ON r.OperationId = d.OperationId
     ORDER BY 1 DESC LIMIT 50`,
    "join kind=leftouter on OperationId, the right side's Name1 and DurationMs1 projected",
  ],
  [
    "Agent latency script: agent latency, 10-min buckets",
    `SELECT time_bucket(INTERVAL 10 minute, TimeGenerated) AS TimeGenerated, quantile_disc(Sum, 0.5) AS p50, quantile_disc(Sum, 0.95) AS p95,
        quantile_disc(Sum, 0.99) AS p99, max(Sum) AS maxv, count(*) AS n
     FROM AppMetrics WHERE TimeGenerated > ${before(2)} AND Name = 'AgentRequest.Duration' GROUP BY 1 ORDER BY 1 DESC`,
    "percentiles of AppMetrics' Sum by bin(10m) (one line)",
  ],
  [
    "Graph inbox diagnosis: Graph dependency calls",
    // has: a whole term, case-insensitive; graph.microsoft.com is three terms in a row.
    `SELECT TimeGenerated, Data, DurationMs, ResultCode FROM AppDependencies
     WHERE TimeGenerated > TIMESTAMP '2026-09-02 13:54:00' AND regexp_matches(lower(Target), '(^|[^a-z0-9])graph\\.microsoft\\.com($|[^a-z0-9])')
     ORDER BY 1`,
    "has over a dotted term, a datetime literal in the past",
  ],
];
