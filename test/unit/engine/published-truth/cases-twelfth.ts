/**
 * DuckDB's answers for queries of the twelfth published set (queries-twelfth.ts), written by hand from the Kusto
 * reference's semantics like cases.ts. What they exercise beyond the earlier cases: the count operator's column
 * `Count`, the default names of unnamed
 * aggregates with no key (`count_`, `dcount_Resource`, `min_TimeGenerated`, `max_TimeGenerated`, `max_Maximum`),
 * max() over no row (one row holding null), `order by avg_Average desc` on a default name, `top 10 by Rows` over fewer
 * rows, two unnamed aggregates by two keys (`count_`, `avg_DurationMs`), `round(percentile(DurationMs, 95), 1)` by the
 * Type column and Target with `take 15`, Cosmos keys written `tostring(RequestResourceId)` (named after the column), `where FailCount > 10` after a summarize without a key, an `extend` that
 * redefines Name with `iff(… and not(… startswith …), …)` before summarizing by it, `by Release = AppVersion` with
 * percentiles rounded to 0 and first/last seen, a union of two filtered tables projected and cut by
 * `top 50 by TimeGenerated desc`, and the Front Door egress report's
 * `format_datetime(endofday(bin(TimeGenerated, 1d)), 'yyyy-MM-dd')` as a key with `sum(tolong(requestBytes_s))`; and,
 * over rows that select nothing here, `has` on a metric name, `summarize by` a value column, a bin and a resource with
 * no aggregate, `in ('401', '403')`, `contains` a resource-id segment, a by-expression named like an extended column, and a keyless avg() over no row
 * (one row of null) that `where AvgCPU > 80` drops.
 */
import type { Expectation } from "./duck";
import { before } from "./cases";

/** Kusto's `has` (a whole term, case-insensitive) for a term of letters only, as a DuckDB regular expression. */
const has = (column: string, term: string) => `regexp_matches(${column}, '(^|[^[:alnum:]])${term}($|[^[:alnum:]])', 'i')`;

export const CASES_TWELFTH: [string, string, Expectation, string][] = [
  ["Disk monitoring dashboard: total data volume", `SELECT count(*) AS count_ FROM AzureMetrics`, {}, "count() with no key, its default name"],
  [
    "Disk monitoring dashboard: active VMs, dcount(Resource)",
    `SELECT count(DISTINCT Resource) AS dcount_Resource FROM AzureMetrics`,
    {},
    "dcount() with no key: the default name dcount_Resource",
  ],
  [
    "Disk monitoring dashboard: disk metrics, MetricName has \"Disk\"",
    `SELECT count(DISTINCT MetricName) AS dcount_MetricName FROM AzureMetrics WHERE ${has("MetricName", "disk")}`,
    {},
    "dcount() of the rows `has` keeps, none here: one row holding 0",
  ],
  [
    "Disk monitoring dashboard: collection period, min and max of TimeGenerated",
    `SELECT min(TimeGenerated) AS min_TimeGenerated, max(TimeGenerated) AS max_TimeGenerated FROM AzureMetrics`,
    {},
    "min() and max() of a datetime with no key, their default names",
  ],
  [
    "Disk monitoring dashboard: peak read IOPS, max(Maximum) over no row",
    `SELECT max(Maximum) AS max_Maximum FROM AzureMetrics WHERE MetricName = 'Disk Read Operations/Sec'`,
    {},
    "max() with no key over no row: one row holding null",
  ],
  [
    "Disk monitoring KQL lab: verify data collection",
    `SELECT count(*) AS TotalRows, min(TimeGenerated) AS MinTime, max(TimeGenerated) AS MaxTime,
            count(DISTINCT MetricName) AS UniqueMetrics, count(DISTINCT Resource) AS UniqueResources FROM AzureMetrics`,
    {},
    "five named aggregates with no key",
  ],
  [
    "Disk monitoring KQL lab: VM and disk inventory from metrics",
    `SELECT Resource, count(DISTINCT MetricName) AS MetricTypes, min(TimeGenerated) AS FirstSeen, max(TimeGenerated) AS LastSeen,
            count(*) AS DataPoints FROM AzureMetrics GROUP BY 1 ORDER BY DataPoints DESC`,
    { orderedBy: ["DataPoints"] },
    "dcount, min, max and count by Resource, order by a count with ties",
  ],
  [
    "AI platform dashboard: resource performance overview, order by avg_Average",
    `SELECT Resource, avg(Average) AS avg_Average FROM AzureMetrics GROUP BY 1 ORDER BY avg_Average DESC`,
    { orderedBy: ["avg_Average"] },
    "order by the default name of avg(Average)",
  ],
  [
    "Workspace quick start: count records by metric name",
    `SELECT MetricName, count(*) AS count_ FROM AzureMetrics GROUP BY 1`,
    {},
    "count() by MetricName",
  ],
  [
    "Customer-data platform audit: AzureMetrics rows by ResourceId, top 10",
    `SELECT ResourceId, count(*) AS Rows FROM AzureMetrics GROUP BY 1 ORDER BY Rows DESC`,
    { orderedBy: ["Rows"], limit: 10 },
    "top 10 by Rows desc over fewer rows than 10, ties in any order",
  ],
  [
    "Bicep alert: 5xx requests, ResultCode startswith \"5\"",
    `SELECT count(*) AS count_ FROM AppRequests WHERE TimeGenerated > ${before(5 / 60)} AND starts_with(ResultCode, '5')`,
    {},
    "startswith \"5\" over the last 5 minutes, count() with no key",
  ],
  [
    "Squad runbook: 5xx by 5 minutes and Url",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, Url, count(*) AS count_ FROM AppRequests
     WHERE TimeGenerated > ${before(1)} AND starts_with(ResultCode, '5') GROUP BY 1, 2`,
    {},
    "count() by bin(5m) and Url of the 5xx",
  ],
  [
    "Alerting guide: HTTP 500 requests, AggregatedValue = count()",
    `SELECT count(*) AS AggregatedValue FROM AppRequests WHERE TimeGenerated > ${before(0.25)} AND ResultCode = '500'`,
    {},
    "== '500' on the string ResultCode, a named count with no key",
  ],
  [
    "Service Bus starters: failed requests by name and result code",
    `SELECT Name, ResultCode, count(*) AS count_ FROM AppRequests WHERE TimeGenerated > ${before(1)} AND Success = false
     GROUP BY 1, 2 ORDER BY count_ DESC`,
    { orderedBy: ["count_"] },
    "`and` in the time filter, order by count_ desc",
  ],
  [
    "AI assistant workbook (release): requests by release and service, percentiles and first/last seen by AppVersion",
    `SELECT AppVersion AS Release, AppRoleName AS Service, count(*) AS Requests,
            count(*) FILTER (WHERE TRY_CAST(ResultCode AS INTEGER) >= 500) AS ServerErrors,
            round(quantile_disc(DurationMs, 0.5), 0) AS P50ms, round(quantile_disc(DurationMs, 0.95), 0) AS P95ms,
            min(TimeGenerated) AS FirstSeen, max(TimeGenerated) AS LastSeen
     FROM AppRequests WHERE Name <> 'GET /api/health/live' GROUP BY 1, 2 ORDER BY LastSeen DESC`,
    { orderedBy: ["LastSeen"] },
    "renamed keys (Release = AppVersion), round(percentile(), 0), first/last seen, order by LastSeen desc",
  ],
  [
    "AI assistant workbook (requests-time): requests over time by result code",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, ResultCode, count(*) AS Requests FROM AppRequests
     WHERE Name <> 'GET /api/health/live' GROUP BY 1, 2`,
    {},
    "!= on Name, count() by bin(5m) and ResultCode",
  ],
  [
    "AI assistant workbook (requests): requests by route, Name redefined by iff() with not(startswith)",
    `SELECT Name, ResultCode, count(*) AS Requests, count(*) FILTER (WHERE Success = false) AS Failed,
            round(quantile_disc(DurationMs, 0.5), 0) AS P50ms, round(quantile_disc(DurationMs, 0.95), 0) AS P95ms
     FROM (SELECT CASE WHEN starts_with(lower(Name), 'get /') AND NOT starts_with(lower(Name), 'get /api') THEN 'GET (pages and assets)' ELSE Name END AS Name,
                  ResultCode, Success, DurationMs FROM AppRequests WHERE Name <> 'GET /api/health/live')
     GROUP BY 1, 2 ORDER BY Requests DESC`,
    { orderedBy: ["Requests"] },
    "extend Name = iff(startswith and not(startswith), …, Name) then summarize by the new Name (startswith is case-insensitive)",
  ],
  [
    "AI assistant workbook (failed-ops): failed requests and steps, a union of two filtered tables, top 50",
    `SELECT TimeGenerated, Type AS Kind, Name, ResultCode AS Code, round(DurationMs, 0) AS DurationMs, AppVersion AS Release, OperationId AS TraceId FROM (
       SELECT TimeGenerated, Type, Name, ResultCode, DurationMs, AppVersion, OperationId FROM AppRequests WHERE Success = false AND Name <> 'GET /api/health/live'
       UNION ALL
       SELECT TimeGenerated, Type, Name, ResultCode, DurationMs, AppVersion, OperationId FROM AppDependencies WHERE Success = false AND OperationName <> 'GET /api/health')
     ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"], limit: 50 },
    "union of two filtered tables, project with renames and round(DurationMs, 0), top 50 by TimeGenerated desc",
  ],
  [
    "Front Door egress report: bytes by format_datetime(endofday(bin(TimeGenerated, 1d))) and host",
    `SELECT strftime(date_trunc('day', TimeGenerated) + INTERVAL 1 day - INTERVAL 1 microsecond, '%Y-%m-%d') AS Date, hostName_s AS Hostname,
            sum(TRY_CAST(requestBytes_s AS BIGINT)) AS RequestBytes, sum(TRY_CAST(responseBytes_s AS BIGINT)) AS ResponseBytes
     FROM AzureDiagnostics WHERE ResourceProvider = 'MICROSOFT.CDN' AND Category = 'FrontDoorAccessLog' GROUP BY 1, 2`,
    {},
    "format_datetime(endofday(bin(TimeGenerated, 1d)), 'yyyy-MM-dd') as a key, sum(tolong()) of the access log's byte strings",
  ],
  [
    "Insurance agent README: dependency calls and mean duration by role and target",
    `SELECT AppRoleName, Target, count(*) AS count_, avg(DurationMs) AS avg_DurationMs FROM AppDependencies WHERE TimeGenerated > ${before(1)} GROUP BY 1, 2`,
    {},
    "two unnamed aggregates (count_, avg_DurationMs) by two keys, a where on its own line",
  ],
  [
    "Health report skill: dependency health, round(percentile(DurationMs, 95), 1) by Type and Target, take 15",
    `SELECT Type, Target, count(*) AS "Count", count(*) FILTER (WHERE Success = false) AS FailureCount, round(avg(DurationMs), 1) AS AvgDuration,
            round(quantile_disc(DurationMs, 0.95), 1) AS P95Duration
     FROM AppDependencies WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2 ORDER BY "Count" DESC`,
    { orderedBy: ["Count"], limit: 15 },
    "round(avg(), 1) and round(percentile(), 1) by the Type column and Target, order by a column named Count, take 15",
  ],
  [
    "Container Apps logging guide: recent API calls and their status",
    `SELECT TimeGenerated, Name, ResultCode, DurationMs FROM AppRequests WHERE TimeGenerated > ${before(1)} ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
    "project four columns, order by TimeGenerated desc, every row of the hour",
  ],
  [
    "Container Apps logging guide: dependency calls, take 50 after a sort",
    `SELECT TimeGenerated, Name, Data, Success, DurationMs FROM AppDependencies WHERE TimeGenerated > ${before(24)} ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"], limit: 50 },
    "project with a bool column, order by TimeGenerated desc | take 50: the 50 latest",
  ],
  [
    "Front Door demo runbook: access-log rows by status code, sort by count_ desc",
    `SELECT httpStatusCode_s, count(*) AS count_ FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' GROUP BY 1 ORDER BY count_ DESC`,
    { orderedBy: ["count_"] },
    "count() by the access log's status-code string, sort by count_ desc",
  ],
  [
    "Python metrics provider: AzureMetrics rows of the last hour, count()",
    `SELECT count(*) AS count_ FROM AzureMetrics WHERE TimeGenerated > ${before(1)}`,
    {},
    "count() with no key over ago(1h): the minute at the hour's start is not after it",
  ],
  [
    "Java query SDK skill: batch query, AzureActivity | count",
    `SELECT count(*) AS "Count" FROM AzureActivity`,
    {},
    "the count operator: one row, its column named Count",
  ],
  [
    "Platform telemetry workbook: HTTP request latency, avg and P95 by 5 minutes",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, avg(DurationMs) AS AvgDurationMs, quantile_disc(DurationMs, 0.95) AS P95DurationMs
     FROM AppRequests WHERE TimeGenerated > ${before(1)} GROUP BY 1`,
    {},
    "avg and percentile by bin(5m) over ago(1h)",
  ],
  [
    "Cosmos monitoring blog: top 20 queries by RU, keys tostring(RequestResourceId) and tostring(ClientIpAddress)",
    `SELECT RequestResourceId, ClientIpAddress, sum(RequestCharge) AS TotalRU, avg(RequestCharge) AS AvgRU, max(RequestCharge) AS MaxRU, count(*) AS "Count"
     FROM CDBDataPlaneRequests WHERE TimeGenerated > ${before(24)} AND OperationName = 'Query' GROUP BY 1, 2 ORDER BY TotalRU DESC`,
    { orderedBy: ["TotalRU"], limit: 20 },
    "keys written tostring(column) take the column's name; sum, avg, max and a count named Count; top 20 by TotalRU",
  ],
];

export const EMPTY_CASES_TWELFTH: [string, string, string][] = [
  [
    "Java query SDK skill: activity count by resource group, top 10 by count_",
    `SELECT ResourceGroup, count(*) AS count_ FROM AzureActivity GROUP BY 1 ORDER BY count_ DESC`,
    "top 10 by the default name count_ (no Activity-log row in these two hours)",
  ],
  [
    "SQL CPU alert: avg(Average) with no key, then where AvgCPU > 80",
    `SELECT * FROM (SELECT avg(Average) AS AvgCPU FROM AzureMetrics WHERE TimeGenerated > ${before(10 / 60)} AND ResourceProvider = 'MICROSOFT.SQL'
       AND MetricName = 'cpu_percent') WHERE AvgCPU > 80`,
    "avg() with no key over no row is one row of null, which `where AvgCPU > 80` drops",
  ],
  [
    "Container Apps logging guide: 401 and 403 responses, an in-list of strings",
    `SELECT TimeGenerated, Name, Url, ResultCode, AppRoleInstance FROM AppRequests WHERE TimeGenerated > ${before(24)} AND ResultCode IN ('401', '403')
     ORDER BY TimeGenerated DESC`,
    "in ('401', '403') on the string ResultCode (the demo answers no 401 or 403)",
  ],
  [
    "Elastic pool scale-down rule: min(Maximum) of DTU by resource and 10 minutes",
    `SELECT Resource, time_bucket(INTERVAL 10 minute, TimeGenerated) AS TimeGenerated, min(Maximum) AS AggregatedValue FROM AzureMetrics
     WHERE ResourceProvider = 'MICROSOFT.SQL' AND contains(lower(ResourceId), '/elasticpools/') AND MetricName = 'dtu_consumption_percent' GROUP BY 1, 2`,
    "contains '/ELASTICPOOLS/' on the resource id, min(Maximum) by resource and bin(10m)",
  ],
  [
    "Service Bus starters: failed dependencies by name, result code and target",
    `SELECT Name, ResultCode, Target, count(*) AS count_ FROM AppDependencies WHERE TimeGenerated > ${before(1)} AND Success = false GROUP BY 1, 2, 3`,
    "count() of the failed dependencies by three keys (no Cosmos call of the demo fails)",
  ],
  [
    "Disk monitoring KQL lab: list all disk metric types",
    `SELECT MetricName, count(*) AS Rows FROM AzureMetrics WHERE ${has("MetricName", "disk")} OR ${has("MetricName", "iops")} OR ${has("MetricName", "bandwidth")}
     GROUP BY 1 ORDER BY Rows DESC`,
    "three `has` terms joined by or, over a multi-line where",
  ],
  [
    "Terraform log alert modules: azureFunction http5xx, summarize by Average, bin(1min), Resource",
    `SELECT DISTINCT Average, time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated, Resource FROM AzureMetrics
     WHERE TimeGenerated > ${before(1 / 60)} AND MetricName = 'http5xx' AND contains(lower(ResourceProvider), 'microsoft.web/sites')`,
    "summarize by a value column, a bin and a resource with no aggregate; `contains` a type path",
  ],
  [
    "Agent framework lab: invoke_agent requests, Name has 'invoke_agent'",
    `SELECT Name, Success, DurationMs, AppRoleName FROM AppRequests WHERE TimeGenerated > ${before(0.25)} AND ${has("Name", "invoke_agent")} LIMIT 5`,
    "has of a term with an underscore, project, take 5",
  ],
  [
    "AI assistant workbook (modes): questions by mode, a by-expression named like an extended column",
    `SELECT time_bucket(INTERVAL 15 minute, TimeGenerated) AS TimeGenerated, 'live' AS Mode, count(*) AS Questions FROM AppRequests
     WHERE Name = 'POST /api/compare' GROUP BY 1, 2`,
    "by bin(15m), Mode = iff(isempty(Mode), \"live\", Mode) after extend Mode = tostring(Properties[\"demo.mode\"])",
  ],
];
