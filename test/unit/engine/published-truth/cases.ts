/**
 * The SQL (DuckDB) that answers the same question as each checked published query, written by hand
 * from the Kusto reference's semantics (cited where a translation is not the obvious one). The data:
 * two simulated hours of the demo ending at TO; ago() is relative to TO, as in the engine's run.
 */
import type { Expectation } from "./duck";

export const TO = new Date("2026-11-20T15:00:00Z");

/** SQL literal of an instant `hours` before the window's end. */
export const before = (hours: number) => `TIMESTAMP '${new Date(TO.getTime() - hours * 3600_000).toISOString().replace("T", " ").replace("Z", "")}'`;

/** name → [the SQL that answers the same question, how the rows are compared, the construct it proves]. */
export const CASES: [string, string, Expectation, string][] = [
  [
    "Front Door backend requests",
    `SELECT time_bucket(INTERVAL 2 minute, TimeGenerated) AS TimeGenerated,
        regexp_replace(regexp_replace(originName_s, '^(.+).z[0-9]{1,2}\\.web\\.core\\.windows\\.net:443$', '\\1'), '^(.+).cloudapp.azure.com:443$', '\\1') AS Backend,
        count(*) AS Requests
     FROM AzureDiagnostics
     WHERE OperationName = 'Microsoft.Cdn/Profiles/AccessLog/Write' AND TimeGenerated >= TIMESTAMP '2026-11-20 13:00:00' AND TimeGenerated <= TIMESTAMP '2026-11-20 15:00:00'
     GROUP BY 1, 2 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "where ==, datetime range, replace_regex, count() by bin(2m) and a renamed key, order asc",
  ],
  [
    "Front Door requests",
    // A 5-minute bin holding no OriginRequestCount row: Kusto's avg is sum / count, NaN for nothing to
    // average (the summarize page's avg of an empty input; published queries guard avgif with isnan()),
    // where SQL's avg of nothing is NULL: the SQL says NaN for it.
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated,
        coalesce(avg(Total) FILTER (WHERE MetricName = 'RequestCount'), 'NaN'::DOUBLE) AS RequestCount,
        coalesce(avg(Total) FILTER (WHERE MetricName = 'OriginRequestCount'), 'NaN'::DOUBLE) AS OriginRequestCount
     FROM AzureMetrics
     WHERE TimeGenerated >= TIMESTAMP '2026-11-20 13:00:00' AND TimeGenerated <= TIMESTAMP '2026-11-20 15:00:00' AND ResourceProvider = 'MICROSOFT.CDN'
     GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "avgif by bin(5m)",
  ],
  [
    "Operations performance",
    `SELECT OperationName, _ResourceId, sum(ItemCount) AS RequestsCount, avg(DurationMs) AS AverageDuration,
        quantile_disc(DurationMs, 0.50) AS percentile_DurationMs_50, quantile_disc(DurationMs, 0.95) AS percentile_DurationMs_95,
        quantile_disc(DurationMs, 0.99) AS percentile_DurationMs_99
     FROM AppRequests GROUP BY 1, 2 ORDER BY RequestsCount DESC`,
    { orderedBy: ["RequestsCount"] },
    "sum, avg, percentiles(50, 95, 99) by two keys, order desc",
  ],
  [
    "Top 10 countries by traffic",
    "SELECT ClientCountryOrRegion, count(*) AS CountByCountry FROM AppRequests GROUP BY 1 ORDER BY 2 DESC",
    { orderedBy: ["CountByCountry"], limit: 10 },
    "top 10 by count()",
  ],
  [
    "Failed operations",
    `SELECT OperationName, _ResourceId, sum(ItemCount) AS failedCount, count(DISTINCT UserId) AS impactedUsers
     FROM AppRequests WHERE Success = false GROUP BY 1, 2 ORDER BY failedCount DESC`,
    { orderedBy: ["failedCount"] },
    "where on a bool, dcount (exact) by two keys",
  ],
  [
    "[Azure Front Door Standard/Premium] Request errors by user agent",
    `SELECT userAgent_s AS UserAgent, httpStatusCode_s AS StatusCode, Resource, ResourceId, count(*) AS RequestCount
     FROM AzureDiagnostics
     WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' AND TRY_CAST(httpStatusCode_s AS INTEGER) >= 400
     GROUP BY 1, 2, 3, 4 ORDER BY RequestCount DESC`,
    { orderedBy: ["RequestCount"] },
    "toint(string) >= 400, count() by four renamed keys",
  ],
  [
    "[Azure Front Door Standard/Premium] Top 10 client IPs and http versions",
    `SELECT clientIp_s AS ClientIP, httpVersion_s AS HttpVersion, Resource, count(*) AS RequestCount
     FROM AzureDiagnostics WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog'
     GROUP BY 1, 2, 3 ORDER BY RequestCount DESC`,
    { orderedBy: ["RequestCount"], limit: 10 },
    "top 10 then order desc over thousands of groups (ties at the cut)",
  ],
  [
    "[Azure Front Door Standard/Premium] Request errors by host and path",
    // parse_url's Host is the name without port; its Path keeps its leading slash (Kusto's output in
    // microsoft/Kusto-Query-Language#112; lib/engine/functions-text.ts says why not the page's example).
    `SELECT regexp_extract(requestUri_s, '^[A-Za-z][A-Za-z0-9+.-]*://([^:/?#]*)', 1) AS Host,
        regexp_extract(requestUri_s, '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*([^?#]*)', 1) AS Path,
        httpStatusCode_s AS StatusCode, ResourceId, count(*) AS RequestCount
     FROM AzureDiagnostics
     WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' AND TRY_CAST(httpStatusCode_s AS INTEGER) >= 400
     GROUP BY 1, 2, 3, 4 ORDER BY RequestCount DESC`,
    { orderedBy: ["RequestCount"] },
    "parseurl(), tostring() of a dynamic property as a group key",
  ],
  [
    "[Azure Front Door Standard/Premium] Top 10 URL request count (egress by URL)",
    `SELECT requestUri_s, sum(TRY_CAST(responseBytes_s AS INTEGER)) AS ResponseBytes
     FROM AzureDiagnostics WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' GROUP BY 1`,
    {},
    "sum(toint(string))",
  ],
  [
    "Top 10 URL request count",
    `SELECT requestUri_s, count(*) AS UserRequestCount
     FROM AzureDiagnostics WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' GROUP BY 1 ORDER BY 2 DESC`,
    { orderedBy: ["UserRequestCount"], limit: 10 },
    "order by without a direction is descending; limit",
  ],
  [
    "[Azure Front Door Standard/Premium] Unique IP request count",
    `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, count(DISTINCT clientIp_s) AS dcount_clientIp_s
     FROM AzureDiagnostics WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' GROUP BY 1`,
    {},
    "dcount (exact) by bin(1h)",
  ],
  [
    "operations longer than 3 ms",
    // toint() of a real truncates (toint-function page: toint(2.3) is 2), as trunc() does; a CAST would round.
    `SELECT ClientIpAddress, TimeGenerated, count(*) AS count_ FROM CDBDataPlaneRequests WHERE trunc(DurationMs) > 3 GROUP BY 1, 2`,
    {},
    "toint(real) > 3, count() by a datetime key (thousands of groups)",
  ],
  [
    "P99/P50 latencies, charge and response length",
    `SELECT OperationName, RequestResourceType, UserAgent, CollectionName, time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated,
        quantile_disc(ResponseLength, 0.50) AS percentile_ResponseLength_50, quantile_disc(ResponseLength, 0.99) AS percentile_ResponseLength_99, max(ResponseLength) AS max_ResponseLength,
        quantile_disc(RequestCharge, 0.50) AS percentile_RequestCharge_50, quantile_disc(RequestCharge, 0.99) AS percentile_RequestCharge_99, max(RequestCharge) AS max_RequestCharge,
        quantile_disc(DurationMs, 0.50) AS percentile_DurationMs_50, quantile_disc(DurationMs, 0.99) AS percentile_DurationMs_99, max(DurationMs) AS max_DurationMs,
        count(*) AS count_
     FROM CDBDataPlaneRequests WHERE TimeGenerated >= ${before(48)} GROUP BY 1, 2, 3, 4, 5`,
    {},
    "percentile(todouble(x), 50/99) and max by five keys",
  ],
  [
    "Discover available platform metrics",
    `SELECT ResourceProvider, Resource, MetricName, UnitName, count(*) AS Records, max(TimeGenerated) AS LatestRecord
     FROM AzureMetrics WHERE TimeGenerated > ${before(7 * 24)} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3`,
    { orderedBy: ["ResourceProvider", "Resource", "MetricName"] },
    "max(datetime) by four keys, order by three keys asc",
  ],
  [
    "Find the slowest Cosmos DB operations",
    `SELECT AccountName, DatabaseName, CollectionName, OperationName, count(*) AS Requests, round(avg(DurationMs), 2) AS AverageDurationMs,
        round(quantile_disc(DurationMs, 0.95), 2) AS P95DurationMs, round(max(DurationMs), 2) AS MaximumDurationMs
     FROM CDBDataPlaneRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2, 3, 4 ORDER BY P95DurationMs DESC`,
    { orderedBy: ["P95DurationMs"], limit: 20 },
    "round() of aggregates, top 20 by a percentile",
  ],
  [
    "Throttling cross-check against provisioned throughput",
    `SELECT CollectionName, time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS Total,
        count(*) FILTER (WHERE StatusCode = 429) AS Throttled, avg(RequestCharge) AS AvgRU, max(RequestCharge) AS MaxRU
     FROM CDBDataPlaneRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2 ORDER BY Throttled DESC`,
    { orderedBy: ["Throttled"] },
    "countif on an int column, avg and max by bin(5m), ago(1h)",
  ],
  [
    "Requests by status code per 10 minutes",
    `SELECT StatusCode, time_bucket(INTERVAL 10 minute, TimeGenerated) AS TimeGenerated, count(*) AS requestcount
     FROM CDBDataPlaneRequests WHERE TimeGenerated >= ${before(2)} GROUP BY 1, 2`,
    {},
    "count() by an int key and bin(10m)",
  ],
  [
    "Requests by client IP and region",
    `SELECT ClientIpAddress, RegionName, count(*) AS count_ FROM CDBDataPlaneRequests WHERE AccountName = upper('cosmos-payments') GROUP BY 1, 2`,
    {},
    "== toupper(literal)",
  ],
  [
    "Dependency performance towards Cosmos",
    // contains is case-insensitive (string-operators page).
    `SELECT DependencyType, Target, avg(DurationMs) AS AvgDurationMs, 100.0::DOUBLE * count(*) FILTER (WHERE Success = false) / count(*) AS FailureRate
     FROM AppDependencies WHERE TimeGenerated > ${before(0.25)} AND lower(Target) LIKE '%cosmos%' GROUP BY 1, 2`,
    {},
    "contains, ago(15m), a ratio of countif to count",
  ],
  [
    "Failed requests by operation and result code",
    `SELECT OperationName, ResultCode, count(*) AS Count, round(avg(DurationMs), 1) AS AvgDuration
     FROM AppRequests WHERE TimeGenerated >= TIMESTAMP '2026-11-20 13:00:00' AND TimeGenerated <= TIMESTAMP '2026-11-20 15:00:00' AND Success = false
     GROUP BY 1, 2 ORDER BY Count DESC`,
    { orderedBy: ["Count"], limit: 10 },
    "datetime('...') literals, round(avg, 1), order desc then take 10",
  ],
  [
    "Dependency failures by target",
    `SELECT Target, DependencyType, count(*) AS calls, count(*) FILTER (WHERE Success = false) AS failures, round(avg(DurationMs), 1) AS avg_ms
     FROM AppDependencies WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2 ORDER BY calls DESC`,
    { orderedBy: ["calls"] },
    "countif(bool == false), round(avg, 1)",
  ],
  [
    "Request count trend",
    "SELECT time_bucket(INTERVAL 30 minute, TimeGenerated) AS TimeGenerated, _ResourceId, sum(ItemCount) AS totalCount FROM AppRequests GROUP BY 1, 2",
    {},
    "sum(int) by bin(30m) and a key",
  ],
  [
    "Response time trend",
    `SELECT time_bucket(INTERVAL 10 minute, TimeGenerated) AS TimeGenerated, _ResourceId, avg(DurationMs) AS avgRequestDuration
     FROM AppRequests WHERE TimeGenerated > ${before(12)} GROUP BY 1, 2`,
    {},
    "avg by bin(10m), ago(12h)",
  ],
  [
    "Response time buckets",
    // Sorted by a column project-away then drops: every output column is the sort key, so the order is checked row by row.
    `SELECT PerformanceBucket, requestCount FROM (
       SELECT PerformanceBucket, sum(ItemCount) AS requestCount, avg(DurationMs) AS avgDuration FROM AppRequests GROUP BY 1) ORDER BY avgDuration ASC`,
    { orderedBy: ["PerformanceBucket", "requestCount"] },
    "order by a column, then project-away of it",
  ],
  [
    "Failed requests – top 10",
    "SELECT Name, sum(ItemCount) AS failedCount FROM AppRequests WHERE Success = false GROUP BY 1 ORDER BY 2 DESC",
    { orderedBy: ["failedCount"], limit: 10 },
    "top 10 by a sum desc",
  ],
  [
    "[Azure Front Door Standard/Premium] Requests to origin by route",
    `SELECT time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated, Resource, routingRuleName_s AS RouteName, originName_s AS originName, ResourceId, count(*) AS RequestCount
     FROM AzureDiagnostics WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' GROUP BY 1, 2, 3, 4, 5`,
    {},
    "count() by bin(1m) and four keys, two renamed",
  ],
  [
    "Common categories in Azure diagnostics",
    "SELECT Category, count(*) AS countLogsPerCategory FROM AzureDiagnostics GROUP BY 1 ORDER BY 2 DESC",
    { orderedBy: ["countLogsPerCategory"] },
    "sort by without a direction is descending",
  ],
  [
    "long-running operations",
    "SELECT time_bucket(INTERVAL 5 second, TimeGenerated) AS TimeGenerated, count(*) AS count_ FROM CDBDataPlaneRequests GROUP BY 1",
    {},
    "project, then count() by bin(5s)",
  ],
  [
    "maximum throughput of a partition",
    `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, PartitionId, max(RequestCharge) AS max_RequestCharge
     FROM CDBDataPlaneRequests WHERE TimeGenerated >= ${before(2)} GROUP BY 1, 2`,
    {},
    "max by bin(1h) and a key",
  ],
  [
    "Operations longer than 3 ms (workbook)",
    // take 100 without a sort: any 100 of the groups, so the engine's rows must be 100 distinct ones of DuckDB's.
    `SELECT ClientIpAddress, TimeGenerated, count(*) AS count_ FROM CDBDataPlaneRequests
     WHERE AccountName = upper('cosmos-payments') AND trunc(DurationMs) > 3 GROUP BY 1, 2`,
    { limit: 100 },
    "take 100 of thousands of groups",
  ],
  [
    "Operation count and request charge in the last hour",
    `SELECT OperationName, count(*) AS OperationCount, sum(RequestCharge) AS TotalRequestCharged
     FROM CDBDataPlaneRequests WHERE TimeGenerated >= ${before(1)} GROUP BY 1 ORDER BY 3 DESC`,
    { orderedBy: ["TotalRequestCharged"] },
    "sum(todouble(real)), order desc",
  ],
  [
    "Top 10 most expensive Cosmos operations by RU",
    `SELECT OperationName, DatabaseName, CollectionName, sum(RequestCharge) AS TotalRU
     FROM CDBDataPlaneRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2, 3 ORDER BY 4 DESC`,
    { orderedBy: ["TotalRU"], limit: 10 },
    "top 10 by a sum of reals",
  ],
  [
    "user agents running operations",
    "SELECT OperationName, UserAgent, count(*) AS count_ FROM CDBDataPlaneRequests GROUP BY 1, 2",
    {},
    "count() by two keys",
  ],
  [
    "distribution of operations",
    `SELECT OperationName, RequestResourceType, time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, count(*) AS count
     FROM CDBDataPlaneRequests WHERE TimeGenerated >= ${before(2)} GROUP BY 1, 2, 3`,
    {},
    "count = count() (a column named like the function) by bin(1h)",
  ],
  [
    "Cosmos DB health status",
    // On this data the lookup matches no metric (no ServiceAvailability/ServerSideLatency rows, and the
    // second leg's extract never equals "DOCUMENTDB"): the answer is the datatable's one row, the other
    // columns null, or "" for strings (Kusto's string has no null).
    `WITH thresholds(MetricName, YellowThreshold, RedThreshold) AS (VALUES ('ServiceAvailability', 100.0::DOUBLE, 100.0::DOUBLE), ('ServerSideLatency', 20.0::DOUBLE, 40.0::DOUBLE)),
     perNode AS (
       SELECT TimeGenerated, ResourceGroup, coalesce(regexp_extract(Resource, '([a-z0-9-]*)(-)([a-z0-9]*)$', 3), '') AS Resource, MetricName, avg(Maximum) AS Value, '' AS Namespace
       FROM AzureMetrics WHERE TimeGenerated > ${before(72)} GROUP BY TimeGenerated, ResourceGroup, AzureMetrics.Resource, MetricName),
     cosmos AS (
       SELECT TimeGenerated, '' AS ResourceGroup, '' AS Resource, MetricName, Average AS Value, 'AzureMetrics' AS Namespace
       FROM AzureMetrics WHERE TimeGenerated > ${before(72)} AND regexp_extract(ResourceId, '(PROVIDERS/MICROSOFT.)([A-Z]*/[A-Z]*)', 2) = 'DOCUMENTDB'),
     looked AS (
       SELECT u.*, t.YellowThreshold, t.RedThreshold FROM (SELECT * FROM perNode UNION ALL SELECT * FROM cosmos) u JOIN thresholds t USING (MetricName))
     SELECT TimeGenerated, ResourceGroup, Resource, MetricName, Value, Namespace, YellowThreshold, RedThreshold,
        CASE WHEN Value > YellowThreshold AND Value < RedThreshold THEN 1 ELSE 0 END AS IsYellow,
        CASE WHEN Value > RedThreshold THEN 1 ELSE 0 END AS IsRed
     FROM looked
     UNION ALL SELECT NULL, '', '', '', NULL, '', NULL, NULL, 0, 0`,
    {},
    "summarize by datetime, extract(), union, lookup kind=inner against a datatable, iff",
  ],
];
