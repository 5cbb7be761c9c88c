/**
 * DuckDB's answers for queries of the ninth published set (queries-ninth.ts), written by hand from the Kusto
 * reference's semantics like cases.ts (its AzureActivity queries: cases-ninth-activity.ts). What they exercise beyond
 * the earlier cases: `iff(TimeGenerated >
 * ago(24h), "current", "baseline")` as a group key ordered by two keys ascending; `round(100.0 * a / b, 2)` after
 * summarize and `where` on it against an extended constant; `top 20 by DurationMs desc` then `project` renaming and
 * `round(DurationMs, 2)`; max() of two columns by bin(10m) and an `in` list; `union withsource=TableName` of two
 * tables by `_ResourceId` and the source column; countif of `toint(ResultCode)` ranges (null for text that is not a
 * number); `iff(total > 0, failed * 100.0 / total, 0.0)` after summarize; a summarize of a summarize whose inner one
 * selects nothing (one row of nulls named max_count_ and percentile_count__NN); and, over no rows, a `where x > 1.0 or
 * y > 1000` over two aggregates,
 * `=~` joined by `or`, `order by Resource, TimeGenerated` (both desc by default), an `in` list of metric names and
 * `countif(Success == true) * 100.0 / count()`. The Usage queries (billingCasesNinth) run in billing-truth.test.ts.
 */
import type { Expectation } from "./duck";
import { before } from "./cases";

export const CASES_NINTH: [string, string, Expectation, string][] = [
  [
    "Town Crier SRE: 3a endpoint latency, current vs baseline",
    `SELECT Name, CASE WHEN TimeGenerated > ${before(24)} THEN 'current' ELSE 'baseline' END AS period,
        quantile_disc(DurationMs, 0.50) AS p50, quantile_disc(DurationMs, 0.95) AS p95, quantile_disc(DurationMs, 0.99) AS p99, count(*) AS count_
     FROM AppRequests WHERE TimeGenerated > ${before(24 * 8)} GROUP BY 1, 2 ORDER BY Name, period`,
    { orderedBy: ["Name", "period"] },
    "let datetimes, iff() of a datetime comparison as a key, named percentiles over two lines, order by two keys asc",
  ],
  [
    "Town Crier SRE: 4a dependency overview",
    `SELECT Type, Target, calls, failures, avgDuration, p99Duration, round(100.0::DOUBLE * failures / calls, 2) AS failureRate FROM (
       SELECT Type, Target, count(*) AS calls, count(*) FILTER (WHERE Success = false) AS failures, avg(DurationMs) AS avgDuration,
          quantile_disc(DurationMs, 0.99) AS p99Duration
       FROM AppDependencies WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2)
     ORDER BY calls DESC`,
    { orderedBy: ["calls"] },
    "count, countif, avg and percentile by the Type column and Target, round(100.0 * a / b, 2)",
  ],
  [
    "Town Crier SRE: 6 synthetic availability",
    `SELECT Name, Location, runs, failures, avgDuration, round(100.0::DOUBLE * failures / runs, 2) AS failureRate FROM (
       SELECT Name, Location, count(*) AS runs, count(*) FILTER (WHERE Success = false) AS failures, avg(DurationMs) AS avgDuration
       FROM AppAvailabilityResults WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2)
     ORDER BY failureRate DESC`,
    { orderedBy: ["failureRate"] },
    "aggregates over two lines by test and location, a rounded failure rate, order by it desc (ties)",
  ],
  [
    "Logic Apps monitoring: error rate over time",
    `SELECT * FROM (
       SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS TotalRequests,
          count(*) FILTER (WHERE Success = false) AS FailedRequests,
          round(100.0::DOUBLE * count(*) FILTER (WHERE Success = false) / count(*), 2) AS ErrorRate, 5.0::DOUBLE AS Threshold
       FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1)
     WHERE ErrorRate > Threshold ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
    "round() of countif() * 100.0 / count() inside summarize, extend a real constant, where one column > another, project, order desc",
  ],
  [
    "Logic Apps monitoring: dependency duration chart",
    `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, DependencyType, avg(DurationMs) AS AvgDuration
     FROM AppDependencies WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2`,
    {},
    "avg() by bin(1h) and DependencyType",
  ],
  [
    "MCP workshop: top 20 slowest requests across all services",
    `SELECT TimeGenerated, AppRoleName AS service, Name, round(DurationMs, 2) AS duration_ms, ResultCode
     FROM AppRequests WHERE TimeGenerated > ${before(1)} AND Success = true ORDER BY DurationMs DESC`,
    { orderedBy: ["duration_ms"], limit: 20 },
    "where Success == true, top 20 by DurationMs desc, then project with renames and round(DurationMs, 2)",
  ],
  [
    "Cassandra advanced queries: payload size and RU of read operations",
    `SELECT time_bucket(INTERVAL 10 minute, TimeGenerated) AS TimeGenerated, OperationName, max(ResponseLength) AS maxResponseLength, max(RequestCharge) AS maxRU
     FROM CDBDataPlaneRequests WHERE OperationName IN ('Read', 'Query') GROUP BY 1, 2`,
    {},
    "an in-list, max() of two columns by bin(10m) and OperationName (a leading comment line)",
  ],
  [
    "Cassandra advanced queries: payload size and RU of write operations",
    `SELECT time_bucket(INTERVAL 10 minute, TimeGenerated) AS TimeGenerated, OperationName, max(ResponseLength) AS maxResponseLength, max(RequestCharge) AS maxRU
     FROM CDBDataPlaneRequests WHERE OperationName IN ('Create', 'Upsert', 'Delete', 'Execute') GROUP BY 1, 2`,
    {},
    "a four-value in-list, max() of two columns by bin(10m) and OperationName",
  ],
  [
    "WAF DDoS page: requests per client per 5 minutes, max and percentiles",
    // == is case-sensitive: "FrontdoorAccessLog" is no category of this log, so the inner summarize has no row and the
    // outer one, without a key, answers one row of nulls (max and percentile of nothing).
    `SELECT max(count_) AS max_count_, quantile_disc(count_, 0.99) AS percentile_count__99, quantile_disc(count_, 0.95) AS percentile_count__95 FROM (
       SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS t, clientIp_s, count(*) AS count_ FROM AzureDiagnostics
       WHERE Category = 'FrontdoorAccessLog' GROUP BY 1, 2)`,
    {},
    "a summarize of a summarize: max(count_) and two percentiles of count_ named max_count_ and percentile_count__NN, over no row",
  ],
  [
    "MCP server alert rules: error rate",
    `SELECT CASE WHEN count(*) > 0 THEN count(*) FILTER (WHERE Success = false) * 100.0::DOUBLE / count(*) ELSE 0.0::DOUBLE END AS errorRate FROM AppRequests`,
    {},
    "iff(total > 0, (failed * 100.0) / total, 0.0) after summarize, project of one column (a trailing line break)",
  ],
  [
    "ETL monitoring: 11 metric records by resource",
    `SELECT Resource, count(*) AS MetricCount FROM AzureMetrics WHERE TimeGenerated > ${before(24)} GROUP BY 1`,
    {},
    "count() by Resource, project, a trailing comment line after the last operator",
  ],
  [
    "Diagnostic settings notes: last record per resource and table",
    `SELECT _ResourceId, TableName, max(TimeGenerated) AS LastSeen FROM (
       SELECT _ResourceId, 'AzureDiagnostics' AS TableName, TimeGenerated FROM AzureDiagnostics
       UNION ALL SELECT _ResourceId, 'AzureMetrics' AS TableName, TimeGenerated FROM AzureMetrics)
     WHERE TimeGenerated > ${before(24 * 7)} GROUP BY 1, 2`,
    {},
    "union withsource=TableName of two named tables, max(TimeGenerated) by _ResourceId and the source column",
  ],
  [
    "check-prod skill: 3 request health",
    // toint() of text that is not a number is null (toint page), and a comparison with null is false: such rows count in neither.
    `SELECT quantile_disc(DurationMs, 0.95) AS P95, count(*) AS Total,
        count(*) FILTER (WHERE TRY_CAST(ResultCode AS BIGINT) >= 400 AND TRY_CAST(ResultCode AS BIGINT) < 500) AS Err4xx,
        count(*) FILTER (WHERE TRY_CAST(ResultCode AS BIGINT) >= 500) AS Err5xx
     FROM AppRequests WHERE TimeGenerated > ${before(24)}`,
    {},
    "percentile and countif over toint(ResultCode) ranges joined by and",
  ],
];

/** Queries of the ninth set whose filters select nothing in this deployment's data (see empty-cases.ts). */
export const EMPTY_CASES_NINTH: [string, string, string][] = [
  [
    "Logic Apps monitoring: slow or failing dependencies",
    `SELECT * FROM (
       SELECT DependencyType, Name, Target, count(*) AS CallCount, count(*) FILTER (WHERE Success = false) AS FailureCount,
          avg(DurationMs) AS AvgDuration, quantile_disc(DurationMs, 0.95) AS P95Duration, quantile_disc(DurationMs, 0.99) AS P99Duration,
          round(100.0::DOUBLE * count(*) FILTER (WHERE Success = false) / count(*), 2) AS FailureRate
       FROM AppDependencies WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2, 3)
     WHERE FailureRate > 1.0 OR P95Duration > 1000 ORDER BY FailureRate DESC, P95Duration DESC`,
    "a where over two aggregates joined by or, order by two columns desc",
  ],
  [
    "MCP workshop: security function endpoint performance",
    `SELECT Name, avg(DurationMs) AS avg_duration, quantile_disc(DurationMs, 0.95) AS p95_duration,
        round(count(*) FILTER (WHERE Success = true) * 100.0::DOUBLE / count(*), 2) AS success_rate, count(*) AS request_count
     FROM AppRequests WHERE contains(lower(AppRoleName), 'func') AND TimeGenerated > ${before(1)} GROUP BY 1 ORDER BY request_count DESC`,
    "contains (case-insensitive), round(countif(Success == true) * 100.0 / count(), 2)",
  ],
  [
    "Flagship KQL library: 17 Front Door backend health",
    `SELECT * FROM (
       SELECT Resource, time_bucket(INTERVAL 15 minute, TimeGenerated) AS TimeGenerated, avg(Average) AS avgHealth FROM AzureMetrics
       WHERE (lower(ResourceProvider) = 'microsoft.cdn' OR lower(ResourceProvider) = 'microsoft.network') AND MetricName = 'BackendHealthPercentage'
          AND TimeGenerated > ${before(24)} GROUP BY 1, 2)
     WHERE avgHealth < 100 ORDER BY TimeGenerated DESC`,
    "=~ joined by or, avg by a key and bin(15m), where on the aggregate",
  ],
  [
    "Flagship KQL library: 22 MySQL connection trend",
    `SELECT Resource, time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, avg(Average) AS avgConnections, max(Maximum) AS maxConnections
     FROM AzureMetrics WHERE lower(ResourceProvider) = 'microsoft.dbformysql' AND MetricName = 'active_connections' AND TimeGenerated > ${before(24)}
     GROUP BY 1, 2 ORDER BY Resource DESC, TimeGenerated DESC`,
    "=~, avg and max by a key and bin(1h), order by two columns (each desc by default)",
  ],
  [
    "ETL monitoring: 10 storage latency analysis",
    `SELECT MetricName, time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, avg(Average) AS AvgLatency FROM AzureMetrics
     WHERE ResourceProvider = 'MICROSOFT.STORAGE' AND MetricName IN ('SuccessE2ELatency', 'SuccessServerLatency') GROUP BY 1, 2`,
    "an in-list of metric names, avg by MetricName and bin(5m)",
  ],
];

/**
 * Ninth-set Usage queries over billing-truth.test.ts' rows and Usage (its `WITH Usage AS (...)`, 90 minutes across a
 * midnight ending 2026-11-21T00:30Z: startofday(ago(1d)) = 2026-11-20; ago(7d) and ago(30d) keep every row).
 */
export function billingCasesNinth(usage: string): [string, string, Expectation][] {
  const hourly = (key: string) =>
    `${usage} SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, ${key}, sum(Quantity) / 1000 AS TotalVolumeGB FROM Usage
     WHERE TimeGenerated > TIMESTAMP '2026-11-20 00:00:00' AND IsBillable GROUP BY 1, 2`;
  return [
    ["PaaS HOL: usage by solution, hourly timechart", hourly("Solution"), {}],
    ["PaaS HOL: usage by data type, hourly", hourly("DataType"), {}],
    [
      "SA workshop: ingestion volume by table",
      `${usage} SELECT DataType, round(sum(Quantity) / 1024, 3) AS TotalGB, round(sum(Quantity) / 1024 / 7, 3) AS AvgDailyGB FROM Usage
       WHERE IsBillable GROUP BY 1 ORDER BY TotalGB DESC`,
      { orderedBy: ["TotalGB"] },
    ],
    [
      "XFF guide: daily ingestion by table",
      `${usage} SELECT DataType, round(avg(DailyGB), 3) AS AvgDailyGB, round(max(DailyGB), 3) AS MaxDailyGB FROM (
         SELECT DataType, time_bucket(INTERVAL 1 day, TimeGenerated) AS d, round(sum(Quantity) / 1024.0, 3) AS DailyGB FROM Usage WHERE IsBillable GROUP BY 1, 2)
       GROUP BY 1 ORDER BY AvgDailyGB DESC`,
      { orderedBy: ["AvgDailyGB"] },
    ],
    [
      "FinOps blog: ingestion by table over 30 days",
      `${usage} SELECT DataType, sum(Quantity) / 1000 AS IngestedGB FROM Usage WHERE IsBillable GROUP BY 1 ORDER BY IngestedGB DESC`,
      { orderedBy: ["IngestedGB"] },
    ],
  ];
}
