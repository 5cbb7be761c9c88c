/**
 * DuckDB's answers for queries of the eleventh published set (queries-eleventh.ts), written by hand from the Kusto
 * reference's semantics like cases.ts. What they exercise beyond the earlier cases: the default names of three unnamed
 * percentile() aggregates (`percentile_DurationMs_50` …) by bin(5m); `countif(toint(ResultCode) >= 500)` then
 * `round(100.0 * a / b, 2)` in an extend after summarize; `where Count > 10` on an aggregate named like the
 * count() function, then `order by P99 desc | take 10`; `countif(Success == false) * 100.0 / count()` inside
 * summarize; `countif(x !in ("HIT", "MISS"))` beside `countif(x == "HIT")`; toint() of the access log's decimal
 * seconds text, which the toint page says truncates to the integer part (`toint(timeTaken_s) * 1000` is 0 for
 * every sub-second request), with percentiles of that int; `order by LatencyMs desc | take 100` of it; hourly sum(Total)
 * by bin(1h) ordered desc; count() by role over `ago(30m)`; max() of `iif(ItemCount > 0, Sum / ItemCount, Sum)` over
 * no row, which is one row holding null; and, over rows that select nothing here, the Front Door category written
 * `FrontdoorAccessLog` (`==` is case-sensitive: no row, where `=~` would match), a summarize with no key whose
 * `where Total > 100` drops its only row, a `union` of two summaries keyed by a constant string, an inner join's
 * repeated key `OperationId1`, and column_ifexists() of absent Cosmos columns with string defaults.
 */
import type { Expectation } from "./duck";
import { before } from "./cases";

/** toint() of Front Door's seconds text: the toint page truncates a decimal value to its integer part. */
const LATENCY_MS = "CAST(trunc(TRY_CAST(timeTaken_s AS DOUBLE)) AS INTEGER) * 1000";

export const CASES_ELEVENTH: [string, string, Expectation, string][] = [
  [
    "AssuranceNet dashboard: API requests (24h) per hour",
    `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, count(*) AS count_
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1`,
    {},
    "count() by bin(1h) over ago(24h), one line with a trailing render",
  ],
  [
    "AssuranceNet dashboard: API latency percentiles (24h) per 5 minutes",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, quantile_disc(DurationMs, 0.5) AS percentile_DurationMs_50,
            quantile_disc(DurationMs, 0.95) AS percentile_DurationMs_95, quantile_disc(DurationMs, 0.99) AS percentile_DurationMs_99
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1`,
    {},
    "three unnamed percentile() aggregates: their default names, by bin(5m)",
  ],
  [
    "AssuranceNet: error rate percentage per 5 minutes",
    `SELECT TimeGenerated, TotalRequests, ErrorRequests, round(100.0::DOUBLE * ErrorRequests / TotalRequests, 2) AS ErrorRate FROM (
       SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS TotalRequests,
              count(*) FILTER (WHERE TRY_CAST(ResultCode AS INTEGER) >= 500) AS ErrorRequests
       FROM AppRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1)`,
    {},
    "countif(toint(ResultCode) >= 500) by bin(5m), round(100.0 * a / b, 2) after summarize, project reorders",
  ],
  [
    "Monitoring course: P50, P95, P99 response times per 5 minutes",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, quantile_disc(DurationMs, 0.5) AS P50,
            quantile_disc(DurationMs, 0.95) AS P95, quantile_disc(DurationMs, 0.99) AS P99, count(*) AS Total
     FROM AppRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "named percentiles and count() by bin(5m), order by time asc",
  ],
  [
    "Monitoring course: top 10 slowest API endpoints",
    `SELECT Name, avg(DurationMs) AS AvgDuration, quantile_disc(DurationMs, 0.99) AS P99, count(*) AS "Count"
     FROM AppRequests WHERE TimeGenerated > ${before(1)} AND Success = true GROUP BY 1 HAVING count(*) > 10 ORDER BY P99 DESC`,
    { orderedBy: ["P99"], limit: 10 },
    "Success == true, an aggregate named Count filtered after summarize, order by P99 desc | take 10",
  ],
  [
    "Monitoring course: request performance by endpoint",
    `SELECT Name, avg(DurationMs) AS AvgDuration, quantile_disc(DurationMs, 0.95) AS P95,
            count(*) FILTER (WHERE Success = false) * 100.0::DOUBLE / count(*) AS FailRate, count(*) AS Total
     FROM AppRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1 ORDER BY Total DESC`,
    { orderedBy: ["Total"] },
    "countif(Success == false) * 100.0 / count() inside summarize, order by a count with ties",
  ],
  [
    "Front Door performance guide: cache hit ratio",
    `SELECT round((Hits * 100.0::DOUBLE) / Total, 2) AS HitRatio, Total, Hits, Misses, Other FROM (
       SELECT count(*) AS Total, count(*) FILTER (WHERE cacheStatus_s = 'HIT') AS Hits, count(*) FILTER (WHERE cacheStatus_s = 'MISS') AS Misses,
              count(*) FILTER (WHERE cacheStatus_s NOT IN ('HIT', 'MISS')) AS Other
       FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' AND TimeGenerated > ${before(24)})`,
    {},
    "countif of ==, and of !in a list, beside count(); round((a * 100.0) / b, 2), project reorders",
  ],
  [
    "Front Door performance guide: latency percentiles of toint(timeTaken_s) * 1000 per 5 minutes",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, quantile_disc(L, 0.5) AS P50, quantile_disc(L, 0.75) AS P75,
            quantile_disc(L, 0.95) AS P95, quantile_disc(L, 0.99) AS P99
     FROM (SELECT TimeGenerated, ${LATENCY_MS} AS L FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' AND TimeGenerated > ${before(1)})
     GROUP BY 1`,
    {},
    "toint() of decimal seconds text truncates (the toint page), times 1000, percentiles of that int by bin(5m)",
  ],
  [
    "Front Door performance guide: slow requests analysis",
    `SELECT TimeGenerated, requestUri_s, LatencyMs, cacheStatus_s, originName_s, httpStatusCode_s FROM (
       SELECT *, ${LATENCY_MS} AS LatencyMs FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' AND TimeGenerated > ${before(1)})
     WHERE LatencyMs > 1000 ORDER BY LatencyMs DESC`,
    { orderedBy: ["LatencyMs"], limit: 100 },
    "where on a truncated toint() times 1000, multi-line project, order by it desc | take 100",
  ],
  [
    "Front Door diagnostic settings (Terraform): hourly request volume from metrics",
    `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, sum(Total) AS total FROM AzureMetrics
     WHERE ResourceProvider = 'MICROSOFT.CDN' AND MetricName = 'RequestCount' GROUP BY 1 ORDER BY 1 DESC`,
    { orderedBy: ["TimeGenerated"] },
    "sum(Total) of the edge's RequestCount by bin(1h), order by time desc",
  ],
  [
    "SRE demo lab troubleshooting: requests of the last 30 minutes by role",
    `SELECT AppRoleName, count(*) AS count_ FROM AppRequests WHERE TimeGenerated > ${before(0.5)} GROUP BY 1`,
    {},
    "count() by role over ago(30m)",
  ],
  [
    "SRE demo lab troubleshooting: an alert rule's disk metric run by hand (iif over ItemCount)",
    `SELECT max(CASE WHEN ItemCount > 0 THEN Sum / ItemCount ELSE Sum END) AS DiskPercentUsed FROM AppMetrics WHERE Name = 'sre_demo_disk_percent_used'`,
    {},
    "max() of iif(ItemCount > 0, Sum / ItemCount, Sum) over no row: one row holding a null real",
  ],
  [
    "Uniconnect notes: failed requests by name and result code (az CLI)",
    `SELECT Name, ResultCode, count(*) AS n FROM AppRequests WHERE Success = false GROUP BY 1, 2 ORDER BY n DESC`,
    { orderedBy: ["n"] },
    "Success == false, count() by two keys, order by it desc (ties in any order)",
  ],
  [
    "APIM LLM metrics check: AppMetrics sums by name over 15 minutes",
    `SELECT Name, sum(Sum) AS v FROM AppMetrics WHERE TimeGenerated > ${before(0.25)} GROUP BY 1`,
    {},
    "sum(Sum) by Name over ago(15m)",
  ],
  [
    "Groundwork alert: request surface availability per mille (!contains or startswith, long division)",
    `SELECT 1000 * count(*) FILTER (WHERE Success = true) // count(*) AS SuccessPerMille FROM AppRequests
     WHERE NOT contains(lower(Url), '/deployments/') OR starts_with(lower(Name), 'get')`,
    {},
    "1000 * countif() / count(): a long divided by a long is a long (truncated), after !contains or startswith (case-insensitive)",
  ],
  [
    "Groundwork alert: dependency failures per mille (long division)",
    `SELECT 1000 * count(*) FILTER (WHERE Success = false) // count(*) AS FailurePerMille FROM AppDependencies`,
    {},
    "1000 * countif(Success == false) / count() over every dependency row: long division",
  ],
  [
    "Groundwork alert: deployment queue depth (max(Max) of a custom metric)",
    `SELECT max("Max") AS Depth FROM AppMetrics WHERE Name = 'groundwork_queue_depth'`,
    {},
    "max(Max) of a metric the demo does not emit: one row holding null",
  ],
  [
    "Container app latency runbook: average dependency duration by Type and Target",
    `SELECT Type, Target, avg(DurationMs) AS avg_DurationMs FROM AppDependencies GROUP BY 1, 2`,
    {},
    "avg() by the standard column Type and Target: the default name avg_DurationMs",
  ],
  [
    "Tiles query pack: Front Door metrics per hour (case() keys, sumif/maxif, iif means)",
    `SELECT TimeGenerated, RequestCount, OriginRequestCount,
            CASE WHEN ResponseSizeCount > 0 THEN ResponseSizeTotal / ResponseSizeCount ELSE 0.0::DOUBLE END AS MeanResponseSize,
            CASE WHEN TotalLatencyCount > 0 THEN TotalLatencyTotal / TotalLatencyCount ELSE 0.0::DOUBLE END AS MeanTotalLatency, MaxTotalLatency,
            CASE WHEN OriginLatencyCount > 0 THEN OriginLatencyTotal / OriginLatencyCount ELSE 0.0::DOUBLE END AS MeanOriginLatency, MaxOriginLatency
     FROM (SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated,
                  coalesce(sum(Total) FILTER (WHERE MetricName = 'RequestCount'), 0) AS RequestCount,
                  coalesce(sum(Total) FILTER (WHERE MetricName = 'OriginRequestCount'), 0) AS OriginRequestCount,
                  coalesce(sum(Total) FILTER (WHERE MetricName = 'ResponseSize'), 0) AS ResponseSizeTotal,
                  coalesce(sum("Count") FILTER (WHERE MetricName = 'ResponseSize'), 0) AS ResponseSizeCount,
                  coalesce(sum(Total) FILTER (WHERE MetricName = 'TotalLatency'), 0) AS TotalLatencyTotal,
                  coalesce(sum("Count") FILTER (WHERE MetricName = 'TotalLatency'), 0) AS TotalLatencyCount,
                  max(Maximum) FILTER (WHERE MetricName = 'TotalLatency') AS MaxTotalLatency,
                  coalesce(sum(Total) FILTER (WHERE MetricName = 'OriginLatency'), 0) AS OriginLatencyTotal,
                  coalesce(sum("Count") FILTER (WHERE MetricName = 'OriginLatency'), 0) AS OriginLatencyCount,
                  max(Maximum) FILTER (WHERE MetricName = 'OriginLatency') AS MaxOriginLatency
           FROM AzureMetrics WHERE ResourceProvider = 'MICROSOFT.CDN'
             AND MetricName IN ('RequestCount', 'OriginRequestCount', 'ResponseSize', 'TotalLatency', 'OriginLatency') GROUP BY 1)
     ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
    "case() as a key, sumif over no matching row (0) and maxif over none (null) by bin(60m), iif(count > 0, a / b, 0.0)",
  ],
  [
    "Health model signal: failed application requests (countif over five minutes)",
    `SELECT count(*) FILTER (WHERE Success = false) AS Value FROM AppRequests WHERE TimeGenerated > ${before(5 / 60)}`,
    {},
    "countif(Success == false) over ago(5m), no key: one row",
  ],
  [
    "Log Analytics API script: hourly traffic volume",
    `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, count(*) AS request_count FROM AppRequests
     WHERE TimeGenerated > ${before(24 * 7)} GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "count() by bin(1h) over ago(7d), order by the bin asc",
  ],
  [
    "Log Analytics API script: requests by country",
    `SELECT ClientCountryOrRegion, count(*) AS request_count FROM AppRequests WHERE TimeGenerated > ${before(24 * 30)} GROUP BY 1 ORDER BY 2 DESC`,
    { orderedBy: ["request_count"] },
    "count() by ClientCountryOrRegion, order by it desc",
  ],
  [
    "Log Analytics API script: requests by region within country (asc then desc)",
    `SELECT ClientCountryOrRegion, ClientStateOrProvince, count(*) AS request_count FROM AppRequests WHERE TimeGenerated > ${before(24 * 30)}
     GROUP BY 1, 2 ORDER BY ClientCountryOrRegion ASC, request_count DESC`,
    { orderedBy: ["ClientCountryOrRegion", "request_count"] },
    "order by a string key asc, then a count desc",
  ],
  [
    "Platform handbook: application performance per 5 minutes",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS RequestCount, avg(DurationMs) AS AvgDuration,
            quantile_disc(DurationMs, 0.95) AS P95Duration, quantile_disc(DurationMs, 0.99) AS P99Duration,
            100.0::DOUBLE * count(*) FILTER (WHERE Success = false) / count(*) AS FailureRate
     FROM AppRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1 ORDER BY 1 DESC`,
    { orderedBy: ["TimeGenerated"] },
    "100.0 * countif() / count() inside summarize beside avg and percentiles, by bin(5m) desc",
  ],
  [
    "Platform handbook: dependency performance by type, target and name",
    `SELECT DependencyType, Target, Name, count(*) AS CallCount, avg(DurationMs) AS AvgDuration,
            100.0::DOUBLE * count(*) FILTER (WHERE Success = false) / count(*) AS FailureRate
     FROM AppDependencies WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2, 3 ORDER BY FailureRate DESC`,
    { orderedBy: ["FailureRate"] },
    "three keys, a failure rate inside summarize, order by it desc (ties in any order)",
  ],
  [
    "Platform documentation (French): API 5xx errors per hour and result code",
    `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, ResultCode, count(*) AS count_ FROM AppRequests
     WHERE TimeGenerated > ${before(24)} AND starts_with(ResultCode, '5') GROUP BY 1, 2`,
    {},
    "startswith \"5\" on the string ResultCode, count() by bin(1h) and the code",
  ],
  [
    "Controlled-failure lab: server errors counted for the scheduled query alert",
    `SELECT count(*) AS ErrorCount FROM AppRequests WHERE starts_with(ResultCode, '5')`,
    {},
    "count() of startswith \"5\" with no key: one row",
  ],
];

export const EMPTY_CASES_ELEVENTH: [string, string, string][] = [
  [
    "Front Door diagnostic settings (Terraform): 4xx/5xx error breakdown",
    `SELECT httpStatusCode_s, requestUri_s, count(*) AS count_ FROM AzureDiagnostics
     WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontdoorAccessLog' AND TRY_CAST(httpStatusCode_s AS INTEGER) >= 400
     GROUP BY 1, 2 ORDER BY count_ DESC`,
    "the category written FrontdoorAccessLog: == is case-sensitive, so no row of FrontDoorAccessLog",
  ],
  [
    "Front Door performance guide: cache miss analysis",
    `SELECT requestUri_s, count(*) AS MissCount FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' AND cacheStatus_s = 'MISS'
     GROUP BY 1 ORDER BY MissCount DESC LIMIT 50`,
    "cacheStatus_s == \"MISS\" (the demo's edge caches nothing: CONFIG_NOCACHE)",
  ],
  [
    "Monitoring course: HTTP 500 error-rate log alert",
    `SELECT * FROM (
       SELECT count(*) AS Total, count(*) FILTER (WHERE TRY_CAST(ResultCode AS INTEGER) >= 500) AS Failed,
              100.0::DOUBLE * count(*) FILTER (WHERE TRY_CAST(ResultCode AS INTEGER) >= 500) / count(*) AS FailRate
       FROM AppRequests WHERE TimeGenerated > ${before(0.25)})
     WHERE Total > 100 AND FailRate > 5`,
    "a summarize without a key is one row; where Total > 100 drops it",
  ],
  [
    "SRE workshop, PostgreSQL: union of dependency and availability signals, a constant as a summarize key",
    `SELECT * FROM (
       SELECT 'PostgreSQL dependencies' AS Signal, time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated,
              sum(coalesce(ItemCount, 1)) AS Samples, coalesce(sum(coalesce(ItemCount, 1)) FILTER (WHERE Success = false), 0) AS Failures
       FROM AppDependencies WHERE AppRoleName = 'orders-api' AND DependencyType = 'PostgreSQL' GROUP BY 1, 2
       UNION ALL
       SELECT 'Database availability' AS Signal, time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated,
              sum(coalesce(ItemCount, 1)) AS Samples, coalesce(sum(coalesce(ItemCount, 1)) FILTER (WHERE Success = false), 0) AS Failures
       FROM AppAvailabilityResults WHERE AppRoleName = 'orders-api' AND Name = 'orders-api-postgresql' GROUP BY 1, 2)
     WHERE TimeGenerated > ${before(0.75)} ORDER BY TimeGenerated`,
    "a union of two summaries keyed by a constant string (Signal) and a bin, sumif of tolong(coalesce(ItemCount, 1))",
  ],
  [
    "Monitoring course: slow requests joined with SQL dependency failures",
    `SELECT r.TimeGenerated AS RequestTime, r.OperationId, r.Name AS RequestName, r.DurationMs AS RequestDuration,
            d.OperationId AS OperationId1, d.Target AS SqlTarget, d.ResultCode AS SqlResult
     FROM AppRequests r JOIN AppDependencies d ON r.OperationId = d.OperationId
     WHERE r.TimeGenerated > ${before(1)} AND r.DurationMs > 3000 AND d.TimeGenerated > ${before(1)} AND d.DependencyType = 'SQL' AND d.Success = false
     ORDER BY RequestTime DESC LIMIT 50`,
    "join kind=inner of two projections on OperationId: the right key kept as OperationId1",
  ],
  [
    "Cosmos runbook (BSS lab) step 2: throttled requests by collection and operation per 5 minutes",
    `SELECT 'unknown' AS Collection, 'unknown' AS Operation, time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS Requests,
            count(*) FILTER (WHERE 0 = 429) AS Throttles, avg(0.0::DOUBLE) AS AvgRU, quantile_disc(0.0::DOUBLE, 0.95) AS P95DurationMs
     FROM AzureDiagnostics WHERE TimeGenerated > ${before(0.5)} AND ResourceProvider = 'MICROSOFT.DOCUMENTDB' AND Category = 'DataPlaneRequests'
     GROUP BY 1, 2, 3 ORDER BY TimeGenerated DESC`,
    "column_ifexists() of absent Cosmos columns, one nested in another's default, as keys and converted values",
  ],
];
