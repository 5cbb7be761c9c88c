/**
 * DuckDB's answers for queries of the fourth published set (queries-fourth.ts), written by hand from
 * the Kusto reference's semantics like cases.ts; each exercises a construct the first cases do not:
 * sumif/dcountif by key, top over a two-row result, percentiles with and without a key, startofday(now())
 * and a strict upper bound, !startswith (case-insensitive), a three-key count ordered with ties, sum by
 * bin(5m) over AppDependencies, top 20 with ties at the cut; todouble of a text column under avg and
 * percentile, round(), and a datatable left-outer-joined with an aggregate (nulls, coalesce, case, datetime_diff).
 */
import type { Expectation } from "./duck";
import { before } from "./cases";

export const CASES_FOURTH: [string, string, Expectation, string][] = [
  [
    "Failed operations in the past day and how many users were impacted (dcountif)",
    // dcountif is an estimate in Kusto; the engine counts exactly (see published-truth.test.ts).
    `SELECT OperationName, sum(ItemCount) FILTER (WHERE NOT Success) AS failedCount,
        count(DISTINCT UserId) FILTER (WHERE NOT Success) AS impactedUsers
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1`,
    {},
    "sumif and dcountif over a bool predicate, by key",
  ],
  [
    "What are the top 3 failed response codes in the last week?",
    `SELECT ResultCode, sum(ItemCount) AS _count FROM AppRequests
     WHERE TimeGenerated > ${before(24 * 7)} AND Success = false GROUP BY 1 ORDER BY _count DESC`,
    { orderedBy: ["_count"], limit: 3 },
    "top 3 of fewer groups, then sort desc; sum of an int column is a long",
  ],
  [
    "Calculate request count and duration by operations",
    `SELECT OperationName, sum(ItemCount) AS RequestsCount, avg(DurationMs) AS AverageDuration,
        quantile_disc(DurationMs, 0.50) AS percentile_DurationMs_50, quantile_disc(DurationMs, 0.95) AS percentile_DurationMs_95,
        quantile_disc(DurationMs, 0.99) AS percentile_DurationMs_99
     FROM AppRequests GROUP BY 1 ORDER BY RequestsCount DESC`,
    { orderedBy: ["RequestsCount"] },
    "percentiles(50, 95, 99) named percentile_DurationMs_NN, by one key",
  ],
  [
    "Calculate request duration 50, 95 and 99 percentiles",
    `SELECT quantile_disc(DurationMs, 0.50) AS percentile_DurationMs_50, quantile_disc(DurationMs, 0.95) AS percentile_DurationMs_95,
        quantile_disc(DurationMs, 0.99) AS percentile_DurationMs_99
     FROM AppRequests WHERE TimeGenerated > ${before(24)}`,
    {},
    "percentiles over the whole table (no key): nearest rank",
  ],
  [
    "How many requests were handled hourly, today",
    // now() is the query's time (the window's end); startofday(now()) is that day's midnight UTC.
    `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, sum(ItemCount) AS count_
     FROM AppRequests WHERE TimeGenerated > TIMESTAMP '2026-11-20 00:00:00' AND TimeGenerated < ${before(0)}
     GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "startofday(now()) and < now(), sum by bin(1h), sort asc",
  ],
  [
    'Count requests per operation name, except operation names starting with "sub"',
    // !startswith is case-insensitive (the string-operators page).
    `SELECT OperationName, count(*) AS count_ FROM AppRequests WHERE NOT starts_with(lower(OperationName), 'sub') GROUP BY 1`,
    {},
    "!startswith (case-insensitive), count() by key",
  ],
  [
    "Count requests from each city",
    `SELECT ClientCity, ClientStateOrProvince, ClientCountryOrRegion, count(*) AS count_
     FROM AppRequests GROUP BY 1, 2, 3 ORDER BY count_ DESC`,
    { orderedBy: ["count_"] },
    "count() by three keys, two of them empty strings, order by the default column name count_",
  ],
  [
    "Chart dependencies count over time for the last 6 hours",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, sum(ItemCount) AS count_
     FROM AppDependencies WHERE TimeGenerated > ${before(6)} GROUP BY 1`,
    {},
    "sum(ItemCount) by bin(5m) over AppDependencies (render leaves rows unsorted)",
  ],
  [
    "Front Door top client IPs",
    `SELECT clientIp_s, count(*) AS RequestCount FROM AzureDiagnostics
     WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' AND TimeGenerated > ${before(24)}
     GROUP BY 1 ORDER BY RequestCount DESC`,
    { orderedBy: ["RequestCount"], limit: 20 },
    "top 20 by count() with ties at the cut, over 170k access-log rows",
  ],
  [
    "Front Door average and P95 latency",
    // todouble of a text column: TRY_CAST (an empty or non-numeric string is null, which avg and percentile skip).
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, avg(TRY_CAST(timeTaken_s AS DOUBLE)) AS AvgLatency,
        quantile_disc(TRY_CAST(timeTaken_s AS DOUBLE), 0.50) AS P50, quantile_disc(TRY_CAST(timeTaken_s AS DOUBLE), 0.95) AS P95,
        quantile_disc(TRY_CAST(timeTaken_s AS DOUBLE), 0.99) AS P99
     FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' GROUP BY 1`,
    {},
    "avg and percentile(50, 95, 99) of todouble(string) by bin(5m), over 170k rows",
  ],
  [
    "Front Door error rate (4xx + 5xx)",
    // Kusto's round() rounds half away from zero, as DuckDB's round on a DOUBLE.
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated,
        round(100.0 * count(*) FILTER (WHERE TRY_CAST(httpStatusCode_s AS INTEGER) >= 400) / count(*), 2) AS ErrorRate
     FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' GROUP BY 1`,
    {},
    "countif(toint(string) >= 400), long / long as real, round(x, 2)",
  ],
  [
    "22. Observed diagnostic activity and freshness",
    // datetime_diff('minute', a, b) counts minute boundaries crossed, as DuckDB's date_diff; now() is the window's end.
    // leftouter: the two categories this deployment does not write keep their row with nulls; coalesce makes the count 0.
    `WITH agg AS (
       SELECT Category, count(*) FILTER (WHERE TimeGenerated > ${before(24)}) AS Events24h, max(TimeGenerated) AS LastEvent,
         count(DISTINCT ResourceId) AS Resources
       FROM AzureDiagnostics WHERE TimeGenerated > ${before(24 * 7)} GROUP BY Category)
     SELECT e.Category, coalesce(a.Events24h, 0) AS Events24h, a.Resources, a.LastEvent,
       date_diff('minute', a.LastEvent, ${before(0)}) AS IngestionLagMinutes,
       CASE WHEN a.Events24h > 0 THEN 'Observed' WHEN e.Category = 'FrontDoorAccessLog' THEN 'Verify diagnostics or expected traffic'
         ELSE 'No matching events; verify diagnostics, but this can be healthy' END AS Interpretation
     FROM (VALUES ('FrontDoorAccessLog'), ('FrontDoorWebApplicationFirewallLog'), ('FrontDoorHealthProbeLog')) e(Category)
     LEFT JOIN agg a ON e.Category = a.Category`,
    {},
    "datatable leftouter join an aggregate, null-preserving case(), coalesce, datetime_diff('minute', now(), ...)",
  ],
  [
    "30-day SLI summary",
    `SELECT count(*) AS TotalChecks, count(*) FILTER (WHERE Success) AS SuccessfulChecks, count(*) FILTER (WHERE NOT Success) AS FailedChecks,
        count(*) FILTER (WHERE Success AND DurationMs < 500.0) AS ChecksUnderLatencyTarget,
        quantile_disc(DurationMs, 0.50) AS P50DurationMs, quantile_disc(DurationMs, 0.95) AS P95DurationMs, quantile_disc(DurationMs, 0.99) AS P99DurationMs,
        round(100.0 * count(*) FILTER (WHERE Success) / count(*), 3) AS AvailabilityPercent,
        round(100.0 * count(*) FILTER (WHERE Success AND DurationMs < 500.0) / count(*) FILTER (WHERE Success), 3) AS LatencyCompliancePercent,
        round(100.0 * count(*) FILTER (WHERE NOT Success) / count(*), 3) AS SyntheticErrorRatePercent
     FROM AppAvailabilityResults WHERE TimeGenerated >= ${before(24 * 30)}`,
    {},
    "let-bound thresholds, countif with a compound predicate, percentiles and round(x, 3) over AppAvailabilityResults",
  ],
  [
    "Availability test results - last 24h",
    `SELECT Name, Location, count(*) AS Total, count(*) FILTER (WHERE Success) AS Passed, count(*) FILTER (WHERE NOT Success) AS Failed,
        round(CAST(count(*) FILTER (WHERE Success) AS DOUBLE) / CAST(count(*) AS DOUBLE) * 100, 2) AS AvailabilityPct
     FROM AppAvailabilityResults WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2 ORDER BY AvailabilityPct ASC`,
    { orderedBy: ["AvailabilityPct"] },
    "countif by test and location, todouble ratio, round, order asc with ties",
  ],
  [
    "Response time degradation - availability tests",
    `SELECT Name, Location, round(quantile_disc(DurationMs, 0.50), 0) AS P50, round(quantile_disc(DurationMs, 0.95), 0) AS P95,
        round(quantile_disc(DurationMs, 0.99), 0) AS P99
     FROM AppAvailabilityResults WHERE TimeGenerated > ${before(24)} AND Success = true GROUP BY 1, 2 ORDER BY P95 DESC`,
    { orderedBy: ["P95"] },
    "round(percentile(x, p), 0) by two keys, order desc with ties",
  ],
  [
    "Cosmos RU per 5 minutes by operation",
    `SELECT OperationName, time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, sum(RequestCharge) AS TotalRU,
        avg(RequestCharge) AS AvgRU, max(RequestCharge) AS MaxRU
     FROM CDBDataPlaneRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2 ORDER BY TotalRU DESC`,
    { orderedBy: ["TotalRU"] },
    "sum/avg/max of a real by key and bin(5m) after ago(1h), order desc",
  ],
  [
    "Cosmos P50, P95, and P99 latency over time",
    `SELECT time_bucket(INTERVAL 15 minute, TimeGenerated) AS TimeGenerated, quantile_disc(DurationMs, 0.50) AS P50,
        quantile_disc(DurationMs, 0.95) AS P95, quantile_disc(DurationMs, 0.99) AS P99
     FROM CDBDataPlaneRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "percentile(50, 95, 99) by bin(15m) over Cosmos request durations, order asc",
  ],
];
