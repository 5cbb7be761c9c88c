/**
 * DuckDB's answers for queries of the fifth published set (queries-fifth.ts), written by hand from the
 * Kusto reference's semantics like cases.ts. What they exercise beyond the earlier cases: a
 * Bicep workbook's count and three named percentiles of todouble() by bin(5m); p99 by operation and
 * bin(5m) over CDBDataPlaneRequests; countif over an `in` list and `==`, then round(x, 2) of a ratio;
 * format_datetime(..., "yyyy-MM-dd") as a key with min(toint(bool)); countif and avg with no key;
 * `countif(...) * 100.0 / count()` by key with `order by` and `take 50`; percentile(…, 95) by bin and by
 * AppRoleName ordered descending; AzureMetrics' avg(Average) by MetricName and bin; and a workbook's
 * `let data = ...; data | union (data | where ... | summarize count_ = sum(count_) | extend ...)`, whose
 * sum over no row is the summarize page's documented default 0; an int key with bin(5m), a 30-second
 * bin, round(percentile(...), 0) with take 20, top 10 by a real column, summarize by tostring(bool), and a
 * datatable of defaults filtered by `!in` a tabular let, unioned and ordered by non-ASCII text.
 */
import type { Expectation } from "./duck";
import { before } from "./cases";

export const CASES_FIFTH: [string, string, Expectation, string][] = [
  [
    "Front Door Traffic Analytics: Request Volume (5-min bins)",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS Requests
     FROM AzureDiagnostics WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' GROUP BY 1`,
    {},
    "two == filters joined by and, count() by bin(5m) (render leaves rows unsorted)",
  ],
  [
    "Front Door Traffic Analytics: Latency Percentiles (P50, P95, P99)",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated,
        quantile_disc(CAST(timeTaken_s AS DOUBLE), 0.50) AS P50, quantile_disc(CAST(timeTaken_s AS DOUBLE), 0.95) AS P95,
        quantile_disc(CAST(timeTaken_s AS DOUBLE), 0.99) AS P99
     FROM AzureDiagnostics WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' GROUP BY 1`,
    {},
    "three named percentile() of todouble(text) by bin(5m)",
  ],
  [
    "Cosmos slowest operations (p99 by 5 minutes)",
    `SELECT OperationName, time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, quantile_disc(DurationMs, 0.99) AS p99
     FROM CDBDataPlaneRequests GROUP BY 1, 2`,
    {},
    "percentile(DurationMs, 99) by a key and bin(5m): the keys come first, in the by clause's order",
  ],
  [
    "Front Door cache hit ratio in Log Analytics",
    `SELECT TimeGenerated, TotalRequests, CacheHits, CacheMisses, round(100.0::DOUBLE * CacheHits / TotalRequests, 2) AS HitRatio
     FROM (SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, count(*) AS TotalRequests,
             count(*) FILTER (WHERE cacheStatus_s IN ('HIT', 'PARTIAL_HIT', 'REMOTE_HIT')) AS CacheHits,
             count(*) FILTER (WHERE cacheStatus_s = 'MISS') AS CacheMisses
           FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' GROUP BY 1)`,
    {},
    "countif over an in-list and ==, by bin(1h), then round(100.0 * a / b, 2) (a leading // comment line)",
  ],
  [
    "Daily availability test summary",
    // toint(bool) is an int (0/1); min of it is an int; format_datetime "yyyy-MM-dd" is the date's text.
    `SELECT strftime(TimeGenerated, '%Y-%m-%d') AS Date, min(CAST(Success AS INTEGER)) AS Success, avg(DurationMs) AS AvgDurationMs,
        min(DurationMs) AS MinDurationMs, max(DurationMs) AS MaxDurationMs
     FROM AppAvailabilityResults WHERE TimeGenerated > ${before(24 * 7)} GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["Date"] },
    "project, then format_datetime as a summarize key, min(toint(bool)) named as the bool column it shadows",
  ],
  [
    "Availability tests over 24 hours",
    `SELECT count(*) AS Total, count(*) FILTER (WHERE Success = false) AS Failed, avg(DurationMs) AS AvgDuration
     FROM AppAvailabilityResults WHERE TimeGenerated > ${before(24)}`,
    {},
    "count, countif(== false) and avg with no key (one row)",
  ],
  [
    "Translator: request performance",
    `SELECT Name, avg(DurationMs) AS AvgDuration, quantile_disc(DurationMs, 0.95) AS P95, count(*) AS Count,
        count(*) FILTER (WHERE Success = false) * 100.0::DOUBLE / count(*) AS FailureRate
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1 ORDER BY Count DESC`,
    { orderedBy: ["Count"], limit: 50 },
    "countif(...) * 100.0 / count() (long × real / long is real) by key, order desc, take 50",
  ],
  [
    "Translator: app health",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS TotalRequests,
        count(*) FILTER (WHERE Success = false) AS FailedRequests, avg(DurationMs) AS AvgDuration, quantile_disc(DurationMs, 0.95) AS P95Duration
     FROM AppRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1 ORDER BY 1 DESC`,
    { orderedBy: ["TimeGenerated"] },
    "ago(1h), four aggregates by bin(5m), order by the bin descending",
  ],
  [
    "Translator: app insights",
    `SELECT AppRoleName, count(*) AS Requests, count(*) FILTER (WHERE Success = false) AS Failures, avg(DurationMs) AS AvgDuration,
        quantile_disc(DurationMs, 0.95) AS P95
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1 ORDER BY Requests DESC`,
    { orderedBy: ["Requests"] },
    "four aggregates by AppRoleName, order desc",
  ],
  [
    "Translator: error rate",
    `SELECT TimeGenerated, Total, Errors, round(Errors * 100.0::DOUBLE / Total, 2) AS ErrorRate
     FROM (SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, count(*) AS Total, count(*) FILTER (WHERE Success = false) AS Errors
           FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1)
     ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
    "count and countif by bin(1h), extend round(a * 100.0 / b, 2), order desc",
  ],
  [
    "Operations workbook: Front Door Metrics",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS RequestCount,
        quantile_disc(CAST(timeTaken_s AS DOUBLE), 0.95) AS P95Latency
     FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' AND TimeGenerated > ${before(24)} GROUP BY 1`,
    {},
    "a one-line workbook query: == and > ago(1d) in one where, count and percentile by bin(5m)",
  ],
  [
    "App Service performance metrics",
    `SELECT MetricName, time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, avg(Average) AS avg_Average
     FROM AzureMetrics WHERE ResourceProvider = 'MICROSOFT.WEB' AND TimeGenerated > ${before(1)} GROUP BY 1, 2`,
    {},
    "AzureMetrics: avg(Average) named avg_Average, by MetricName and bin(5m)",
  ],
  [
    "SRTP servizienti: Panoramica delle richieste delivery-status con status code",
    // No request of this data is a delivery-status GET: `data` is empty, and sum() over no row is the
    // summarize page's default 0 (coalesce here), so the answer is the one "Total Errors" row.
    `WITH data AS (SELECT ResultCode AS StatusCode, count(*) AS count_ FROM AppRequests
                   WHERE TimeGenerated > ${before(24)} AND AppRoleName = 'rtp-sender'
                     AND regexp_matches(Name, '(?i)(^|[^a-z0-9])get($|[^a-z0-9])') AND contains(lower(Name), 'delivery-status')
                   GROUP BY 1)
     SELECT StatusCode, count_ FROM data
     UNION ALL SELECT 'Total Errors' AS StatusCode, coalesce(sum(count_), 0) AS count_ FROM data WHERE StatusCode NOT IN ('200')
     ORDER BY count_ DESC`,
    { orderedBy: ["count_"] },
    "let of a tabular expression used twice, union with a summarize over it, sum() over no row (0), extend, order desc",
  ],
  [
    "Error budget burn: Cosmos status codes per 5 minutes",
    `SELECT StatusCode, time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS count_
     FROM CDBDataPlaneRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2`,
    {},
    "count() by an int column and bin(5m): the int key stays an int",
  ],
  [
    "Game day traffic shift per origin (30s bins)",
    `SELECT originName_s, time_bucket(INTERVAL 30 second, TimeGenerated) AS TimeGenerated, count(*) AS Requests
     FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' AND TimeGenerated > ${before(0.5)} GROUP BY 1, 2`,
    {},
    "bin(TimeGenerated, 30s): a sub-minute bin, by origin",
  ],
  [
    "p99 runbook: dependency tail",
    `SELECT Target, Name, quantile_disc(DurationMs, 0.50) AS P50, quantile_disc(DurationMs, 0.99) AS P99,
        count(*) FILTER (WHERE Success = false) AS Failures, count(*) AS Count
     FROM AppDependencies WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2 ORDER BY P99 DESC`,
    { orderedBy: ["P99"] },
    "two percentiles, countif and count by two keys over AppDependencies, order by a percentile desc",
  ],
  [
    "Success rate per endpoint – last 6h",
    `SELECT Name, AppRoleName, Total, Failed, round((1.0::DOUBLE - Failed::DOUBLE / Total::DOUBLE) * 100, 2) AS SuccessRate
     FROM (SELECT Name, AppRoleName, count(*) AS Total, count(*) FILTER (WHERE Success = false) AS Failed
           FROM AppRequests WHERE TimeGenerated > ${before(6)} GROUP BY 1, 2)
     WHERE Total > 10 ORDER BY SuccessRate ASC`,
    { orderedBy: ["SuccessRate"] },
    "extend round((1.0 - todouble(a) / todouble(b)) * 100, 2), where on an aggregate, order asc",
  ],
  [
    "Functions lab: success by piechart",
    // tostring() of a bool is "true"/"false"; the by column keeps the name of the column it converts.
    `SELECT CAST(Success AS VARCHAR) AS Success, count(*) AS count_ FROM AppRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1`,
    {},
    "summarize by tostring(bool): the key's text and its column name",
  ],
  [
    "Request latency percentiles – P50 / P95 / P99",
    `SELECT Name, round(quantile_disc(DurationMs, 0.50), 0) AS P50, round(quantile_disc(DurationMs, 0.95), 0) AS P95,
        round(quantile_disc(DurationMs, 0.99), 0) AS P99, count(*) AS RequestCount
     FROM AppRequests WHERE TimeGenerated > ${before(24)} AND Success = true GROUP BY 1 ORDER BY P95 DESC`,
    { orderedBy: ["P95"], limit: 20 },
    "round(percentile(...), 0) by key, where == true, order desc, take 20",
  ],
  [
    "Top 10 slowest or failed requests in 24 hours",
    `SELECT TimeGenerated, Name, Url, DurationMs, ResultCode FROM AppRequests
     WHERE TimeGenerated > ${before(24)} AND (Success = false OR DurationMs > 2000) ORDER BY DurationMs DESC`,
    { orderedBy: ["DurationMs"], limit: 10 },
    "where with or, project, top 10 by a real column desc",
  ],
  [
    "Function executions and failures by role and name",
    `SELECT AppRoleName, Name, count(*) AS Executions, count(*) FILTER (WHERE Success = false) AS Failed, avg(DurationMs) AS AvgMs
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2 HAVING Failed > 0 OR count(*) > 0 ORDER BY Executions DESC`,
    { orderedBy: ["Executions"] },
    "count, countif and avg by two keys, where on two aggregates with or, order desc",
  ],
  [
    "SRTP activator: Esito Salvataggi su MongoDB (rtp-activator → activation)",
    // No dependency of this data is the workbook's MongoDB one: `dati` is empty, so both default rows stay.
    // tostring(bool) is "true"/"false", never 'True': the workbook's case() always takes its else branch.
    `WITH dati AS (SELECT CASE WHEN CAST(Success AS VARCHAR) = 'True' THEN '✅ Successo' ELSE '⚠️ Duplicato (già presente)' END AS Esito,
                          count(*) AS Conteggio
                   FROM AppDependencies WHERE TimeGenerated > ${before(24)} AND AppRoleName = 'rtp-activator' AND Target = 'mongodb | activation'
                   GROUP BY 1),
          defaults AS (SELECT * FROM (VALUES ('✅ Successo', 0::BIGINT), ('⚠️ Duplicato (già presente)', 0::BIGINT)) t(Esito, Conteggio))
     SELECT Esito, Conteggio FROM defaults WHERE Esito NOT IN (SELECT Esito FROM dati)
     UNION ALL SELECT Esito, Conteggio FROM dati
     ORDER BY Esito ASC`,
    { orderedBy: ["Esito"] },
    "a datatable of defaults, `!in` a tabular let, union, order by text with non-ASCII characters",
  ],
];
