/**
 * DuckDB's answers for queries of the seventh published set (queries-seventh.ts), written by hand from the
 * Kusto reference's semantics like cases.ts. What they exercise beyond the earlier cases: case() over
 * case-insensitive `contains` joined with `or`; a strict datetime range (`>` and `<`) with case() over `==`
 * and a projection that reorders the summarize's columns; count() and dcount() by a key cut by `top 20`;
 * `toint()` of the string ResultCode `>= 400` beside `Success == false` under `or` (null where the text is
 * not a number); `has` with a needle that starts with a slash; `let` strings compared in a parenthesised
 * `(a == b or c == d) and (...)` whose line starts with a tab, and `tostring()` of a dynamic property the rows
 * do not have (empty); `iff()` over an aggregate; `sum(ItemCount)` of an int column by a key, `top 10`;
 * `order by` a column named `Count` without asc/desc (desc); the AMBA dashboard's avgif() per resource, its
 * isnan()/iff() ladder and a summarize of a summarize answering 'No data' when no resource matches; and,
 * over no rows, datetime_part("hour"), endswith, `=~`, `now(-6h)`, arg_max(TimeGenerated, Total) and the
 * activity log's parse_json(Properties).resource.
 */
import type { Expectation } from "./duck";
import { before } from "./cases";

const UA = (needle: string) => `contains(lower(userAgent_s), '${needle}')`;

/**
 * The AMBA dashboard's health tile: avgif per resource of each KPI; a KPI with no value to average is NaN,
 * which the tile's iff(isnan(kpi), 0.0, kpi) turns into 0.0, so iff(kpi > t, 1, 0) is 0, as coalesce(..., false)
 * over SQL's NULL here; then sum and count over the resources, 'No data' when none.
 */
function ambaHealth(needle: string, column: string, kpis: [string, number][]): string {
  const avgs = kpis.map(([m], k) => `avg(${column}) FILTER (WHERE MetricName = '${m}') AS kpi${k + 1}`).join(", ");
  const flags = kpis.map(([, t], k) => `(CASE WHEN coalesce(kpi${k + 1} > ${t}, false) THEN 1 ELSE 0 END)`).join(" + ");
  return `WITH k AS (SELECT _ResourceId, ${avgs} FROM AzureMetrics
       WHERE contains(lower(_ResourceId), '${needle}') AND MetricName IN (${kpis.map(([m]) => `'${m}'`).join(", ")}) GROUP BY 1),
     h AS (SELECT ${flags} AS health FROM k)
     SELECT CASE WHEN count(*) = 0 THEN 'No data' WHEN sum(health) = 0 THEN 'Healthy' WHEN sum(health) = 1 THEN 'Warning' ELSE 'Unhealthy' END AS health FROM h`;
}

export const CASES_SEVENTH: [string, string, Expectation, string][] = [
  [
    "AFD Grafana dashboard notes: Top Client IPs",
    `SELECT clientIp_s AS ClientIP, count(*) AS Requests, count(DISTINCT requestUri_s) AS UniqueURLs
     FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' AND TimeGenerated > ${before(6)}
     GROUP BY 1 ORDER BY Requests DESC`,
    { orderedBy: ["Requests"], limit: 20 },
    "count() and dcount() by a key, top 20 by it desc, project renaming the key",
  ],
  [
    "AFD Grafana dashboard notes: User Agent Distribution",
    // contains is case-insensitive (string-operators page): "bot" or "Bot" is one test, "Mobile" matches "mobile".
    `SELECT CASE WHEN ${UA("bot")} OR ${UA("bot")} THEN 'Bot'
        WHEN ${UA("mobile")} OR ${UA("android")} OR ${UA("iphone")} THEN 'Mobile'
        WHEN ${UA("curl")} OR ${UA("wget")} THEN 'CLI Tool' ELSE 'Browser' END AS UserAgentType, count(*) AS "Count"
     FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog' AND TimeGenerated > ${before(6)} GROUP BY 1`,
    {},
    "case() over case-insensitive contains joined by or, count() by it, project Count = count_",
  ],
  [
    "AFD Grafana dashboard notes: Cache Hit Ratio",
    `SELECT time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated,
        CASE WHEN cacheStatus_s = 'HIT' THEN 'Hit' WHEN cacheStatus_s = 'MISS' THEN 'Miss' ELSE 'Other' END AS CacheStatus, count(*) AS "Count"
     FROM AzureDiagnostics WHERE Category = 'FrontDoorAccessLog'
        AND TimeGenerated > TIMESTAMP '2026-11-20 13:00:00' AND TimeGenerated < TIMESTAMP '2026-11-20 15:00:00'
     GROUP BY 1, 2`,
    {},
    "a strict datetime range, case() over ==, count() by bin(1m) and the case, project reordering",
  ],
  [
    "KQL day 1 notes: availability result locations",
    `SELECT Location FROM AppAvailabilityResults`,
    {},
    "project of one column, every row",
  ],
  [
    "DevOps monitoring lab workbook: performance overview",
    `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, count(*) AS RequestCount, avg(DurationMs) AS AvgDuration,
        count(*) FILTER (WHERE Success = false) AS FailedCount
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1`,
    {},
    "count, avg and countif(Success==false) by bin(1h), after a leading comment",
  ],
  [
    "DevOps monitoring lab workbook: dependency calls",
    `SELECT Type, Target, avg(DurationMs) AS AvgDuration, count(*) AS "Count"
     FROM AppDependencies WHERE TimeGenerated > ${before(24)} GROUP BY 1, 2 ORDER BY "Count" DESC`,
    { orderedBy: ["Count"] },
    "avg and count by the Type standard column and Target, order by Count desc",
  ],
  [
    "SRE Agent demo (Japanese): request metrics check",
    `SELECT Name, avg(DurationMs) AS AvgDurationMs, sum(ItemCount)::BIGINT AS "Count"
     FROM AppRequests WHERE TimeGenerated > ${before(5 / 60)} GROUP BY 1 ORDER BY "Count" DESC`,
    { orderedBy: ["Count"], limit: 10 },
    "avg and sum of an int column by a key over the last 5 minutes, top 10 by the sum",
  ],
  [
    "Cosmos DB Log Analytics notes: metric rows per metric name",
    `SELECT MetricName, count(*) AS "Count" FROM AzureMetrics GROUP BY 1`,
    {},
    "count() named Count by MetricName",
  ],
  [
    "Cosmos DB Log Analytics notes: data-plane requests per resource type and id",
    // order by without asc/desc sorts descending (sort operator page).
    `SELECT RequestResourceType, RequestResourceId, count(*) AS "Count" FROM CDBDataPlaneRequests GROUP BY 1, 2 ORDER BY "Count" DESC`,
    { orderedBy: ["Count"] },
    "count() by two keys, order by Count (desc by default)",
  ],
  [
    "MCP KQL dashboard pack: 1, live request stream",
    `SELECT TimeGenerated, Name, ResultCode, Success, DurationMs, OperationName, AppRoleName
     FROM AppRequests WHERE TimeGenerated > ${before(0.5)} ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
    "the last 30 minutes of raw rows, project of seven columns, order desc",
  ],
  [
    "MCP KQL dashboard pack: 2, error summary by endpoint",
    // toint() of a text that is not a number is null, and `null or false` selects nothing, as SQL's NULL OR FALSE.
    `SELECT Name, ResultCode, count(*) AS failures FROM AppRequests
     WHERE TimeGenerated > ${before(24)} AND (Success = false OR TRY_CAST(ResultCode AS INTEGER) >= 400)
     GROUP BY 1, 2 ORDER BY failures DESC`,
    { orderedBy: ["failures"] },
    "Success == false or toint(ResultCode) >= 400, count() by two keys, order desc",
  ],
  [
    "MCP KQL dashboard pack: 3, slow requests (P95)",
    `SELECT Name, quantile_disc(DurationMs, 0.50) AS p50, quantile_disc(DurationMs, 0.95) AS p95, quantile_disc(DurationMs, 0.99) AS p99
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1 ORDER BY p95 DESC`,
    { orderedBy: ["p95"] },
    "three named percentiles by Name, order by one of them desc",
  ],
  [
    "MCP KQL dashboard pack: 7, health checks",
    // has "/health": the needle's last character is alphanumeric, so the match must end at a term boundary
    // (has operator page: whole terms); its first character '/' is itself a separator.
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, AppRoleName, count(*) AS hits, count(*) FILTER (WHERE Success = false) AS failures
     FROM AppRequests WHERE TimeGenerated > ${before(24)} AND regexp_matches(Name, '/health($|[^A-Za-z0-9])', 'i')
     GROUP BY 1, 2 ORDER BY 1 DESC`,
    { orderedBy: ["TimeGenerated"] },
    "has with a needle starting with '/', count and countif by bin(5m) and a key, order desc",
  ],
  [
    "MCP KQL dashboard pack: 11, filter by a Graph session or tool",
    // The let strings equal their placeholders, so both parenthesised ors hold on every row; the rows carry no
    // mcp.* property, and tostring() of the missing dynamic value is the empty string.
    `SELECT TimeGenerated, Name, ResultCode, Success, DurationMs, '' AS ToolName, '' AS GraphSessionId
     FROM AppRequests WHERE TimeGenerated > ${before(24)} ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
    "let strings in (a == b or c == d) and (...) on a tab-indented line, tostring() of a missing property",
  ],
  [
    "MCP KQL dashboard pack: 14, silent outage detector",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS calls, CASE WHEN count(*) = 0 THEN 1 ELSE 0 END AS gap
     FROM AppRequests WHERE TimeGenerated > ${before(24)} GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "count() by bin(5m), order asc, then iff() over the count",
  ],
  [
    "MCP KQL dashboard pack: quick sanity query",
    `SELECT count(*) AS count_ FROM AppRequests WHERE TimeGenerated > ${before(10 / 60)}`,
    {},
    "count() of the last 10 minutes, no key",
  ],
  [
    "Grafana quick start (Chinese/English): recent requests",
    `SELECT TimeGenerated, Name, ResultCode, DurationMs, Success FROM AppRequests ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"], limit: 20 },
    "project, order by TimeGenerated desc, take 20",
  ],
  [
    "Grafana quick start (Chinese/English): request trend every 5 minutes",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS request_count FROM AppRequests GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "count() named request_count by bin(5m), order asc",
  ],
  [
    "AMBA infrastructure dashboards: Web Apps",
    ambaHealth("/microsoft.web/sites/", "Total", [["HttpResponseTime", 5], ["CpuTime", 120], ["PrivateBytes", 1200000000], ["RequestsInApplicationQueue", 10]]),
    {},
    "has over _ResourceId, avgif per resource, isnan()/iff() ladder, a summarize of a summarize over no row: 'No data'",
  ],
  [
    "AMBA infrastructure dashboards: AKS",
    ambaHealth("/microsoft.containerservice/managedclusters/", "Average", [
      ["node_cpu_usage_percentage", 95], ["node_memory_working_set_percentage", 100], ["node_disk_usage_percentage", 80], ["cluster_autoscaler_unschedulable_pods_count", 0],
    ]),
    {},
    "the same ladder over avgif(Average), 'No data' when no cluster reports",
  ],
  [
    "Log Analytics troubleshooting notes (Portuguese): cenário 1 refined",
    `SELECT TimeGenerated, Name, DurationMs, ResultCode FROM AppRequests WHERE ResultCode = '500' ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
    "== on the string ResultCode with a string literal, project, order desc",
  ],
  [
    "Log Analytics troubleshooting notes (Portuguese): cenário 2, error rate",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, count(*) AS Total, count(*) FILTER (WHERE Success = false) AS Failed,
        (count(*) FILTER (WHERE Success = false))::DOUBLE / count(*) AS ErrorRate
     FROM AppRequests GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "count and countif by bin(5m), then todouble(long) / long",
  ],
  [
    "Log Analytics troubleshooting notes (Portuguese): cenário 3, latency",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, avg(DurationMs) AS avg_DurationMs,
        quantile_disc(DurationMs, 0.95) AS percentile_DurationMs_95, quantile_disc(DurationMs, 0.99) AS percentile_DurationMs_99
     FROM AppRequests GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
    "unnamed avg and two unnamed percentile() of one column: their default names, by bin(5m)",
  ],
  [
    "Log Analytics troubleshooting notes (Portuguese): cenário 4, slowest endpoint",
    `SELECT Name, count(*) AS RequestCount, avg(DurationMs) AS AvgDuration, quantile_disc(DurationMs, 0.95) AS P95Duration
     FROM AppRequests GROUP BY 1 ORDER BY P95Duration DESC`,
    { orderedBy: ["P95Duration"] },
    "count, avg and percentile by Name, order by the percentile desc",
  ],
  [
    "Log Analytics troubleshooting notes (Portuguese): cenário 5, slow dependency",
    `SELECT Target, DependencyType, avg(DurationMs) AS AvgDuration, quantile_disc(DurationMs, 0.95) AS P95Duration
     FROM AppDependencies GROUP BY 1, 2 ORDER BY P95Duration DESC`,
    { orderedBy: ["P95Duration"] },
    "avg and percentile of 20k dependency rows by Target and DependencyType",
  ],
  [
    "Operations reports (Python): requests and route latency",
    `SELECT Name AS route, count(*) AS requests, count(*) FILTER (WHERE Success = false) AS errors,
        quantile_disc(DurationMs, 0.50) AS p50Ms, quantile_disc(DurationMs, 0.95) AS p95Ms, quantile_disc(DurationMs, 0.99) AS p99Ms,
        max(TimeGenerated) AS sourceTimestamp
     FROM AppRequests GROUP BY 1 ORDER BY requests DESC`,
    { orderedBy: ["requests"], limit: 50 },
    "a key renamed in by (route=Name), three percentiles, max(TimeGenerated), top 50, over continued lines",
  ],
  [
    "Operations reports (Python): dependencies and stage latency",
    `SELECT Name AS dependency, Target AS target, Type AS dependencyType, count(*) AS calls, count(*) FILTER (WHERE Success = false) AS failures,
        quantile_disc(DurationMs, 0.50) AS p50Ms, quantile_disc(DurationMs, 0.95) AS p95Ms, quantile_disc(DurationMs, 0.99) AS p99Ms,
        max(TimeGenerated) AS sourceTimestamp
     FROM AppDependencies GROUP BY 1, 2, 3 ORDER BY calls DESC`,
    { orderedBy: ["calls"], limit: 50 },
    "three renamed keys (one the Type standard column), percentiles and max by them, top 50",
  ],
  [
    "Observability page: which services are reporting traces",
    `SELECT AppRoleName, count(*) AS Requests, count(*) FILTER (WHERE Success = false) AS Failed FROM AppRequests GROUP BY 1`,
    {},
    "a pipe on the table's line, an aggregate list continued on the next line",
  ],
  [
    "Observability page: dependencies by type",
    // round() rounds half away from zero (round page), as DuckDB's round of a DOUBLE.
    `SELECT AppRoleName, DependencyType, Target, count(*) AS Calls, round(avg(DurationMs), 1) AS AvgMs FROM AppDependencies GROUP BY 1, 2, 3`,
    {},
    "round(avg(), 1) by three keys",
  ],
  [
    "Agent observability dashboard (C#): request volume",
    `SELECT time_bucket(INTERVAL 30 minute, TimeGenerated) AS Bucket, count(*) AS Requests FROM AppDependencies GROUP BY 1 ORDER BY 1`,
    { orderedBy: ["Bucket"] },
    "a bin named in by (Bucket=bin(TimeGenerated, 30m)), order by it asc",
  ],
  [
    "Agent observability dashboard (C#): workflow interactions",
    // The simulator's dependency rows carry no copilot_chat.*, github.copilot.*, gen_ai.*, tool.name or session.id
    // property (its Properties are region and entity keys): RepoBySession is empty, so the leftouter join keeps every
    // row with no RepoUrl, and each coalesce() of strings takes its first non-empty value (coalesce page): Name for
    // ToolName, the literals for the others.
    `SELECT TimeGenerated, 'unknown' AS Repository, 'copilot' AS Agent, Name AS ToolName, 'unknown' AS Model, DurationMs, Success
     FROM AppDependencies ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"], limit: 50 },
    "a let of a summarize by a tostring() key, leftouter join on it with no right row, coalesce() of strings, top 50 by desc",
  ],
];

/** Queries of the seventh set that select no row of this deployment's data (see empty-cases.ts): same columns, no row. */
export const EMPTY_CASES_SEVENTH: [string, string, string][] = [
  [
    "SOC home lab hunt 2: admin activity outside business hours",
    // contains is case-insensitive; datetime_part("hour") is an int (datetime-part page).
    `SELECT TimeGenerated, Caller, OperationNameValue, ResourceGroup, hour(TimeGenerated)::INTEGER AS Hour FROM AzureActivity
     WHERE (contains(lower(OperationNameValue), 'write') OR contains(lower(OperationNameValue), 'delete')) AND (hour(TimeGenerated) < 7 OR hour(TimeGenerated) > 19)
     ORDER BY TimeGenerated DESC`,
    "contains ... or contains on a continued line, datetime_part(\"hour\") as an int, where on it",
  ],
  [
    "SOC home lab rule 4: suspicious Azure resource operations",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, Caller, CallerIpAddress, count(*) AS FailureCount,
        'Impact' AS MitreTactic, 'T1485 - Data Destruction' AS MitreTechnique
     FROM AzureActivity WHERE (contains(lower(OperationNameValue), 'delete') OR contains(lower(OperationNameValue), 'write')) AND ActivityStatusValue = 'Failure'
     GROUP BY 1, 2, 3 HAVING count(*) >= 1`,
    "count() by two keys and bin(5m) written over two lines, where on the count, extend of constants, project",
  ],
  [
    "reprise99 Sentinel-Queries: AzureLogAnalytics-DetectwhenWorkspaceKeysareRead",
    `SELECT TimeGenerated, Caller AS Actor, json_extract_string(Properties, '$.resource') AS "Log Analytics Workspace Name", CallerIpAddress AS "Actor IP Address",
        SubscriptionId AS "Azure Subscription Id", ResourceGroup AS "Azure Resource Group"
     FROM AzureActivity WHERE OperationNameValue = 'MICROSOFT.OPERATIONALINSIGHTS/WORKSPACES/SHAREDKEYS/ACTION' AND ActivityStatusValue = 'Success'`,
    "tostring(parse_json(Properties).resource) of a string column, project to names with spaces (['...'])",
  ],
  [
    "Azure scenarios batch 5: who deleted resources",
    // endswith is case-insensitive.
    `SELECT TimeGenerated, Caller, OperationNameValue, ResourceGroup, _ResourceId FROM AzureActivity
     WHERE ends_with(lower(OperationNameValue), 'delete') AND ActivityStatusValue = 'Success'`,
    "endswith and == joined by and",
  ],
  [
    "VM API runbook: availability test failures",
    // =~ is a case-insensitive equality.
    `SELECT TimeGenerated, Name, Location, Message, DurationMs FROM AppAvailabilityResults
     WHERE TimeGenerated > ${before(0.5)} AND lower(Name) = 'wt-mdt-healthz' AND Success = false ORDER BY TimeGenerated DESC`,
    "=~, == false, project, order desc",
  ],
  [
    "Observability lab UD17 (Italian): product requests",
    `SELECT TimeGenerated, AppRoleName, Name, Url, ResultCode, Success, DurationMs, OperationId FROM AppRequests
     WHERE TimeGenerated > ${before(2)} AND regexp_matches(Url, '/products($|[^A-Za-z0-9])', 'i') ORDER BY TimeGenerated DESC`,
    "has with a path needle over Url",
  ],
  [
    "Observability lab UD17 (Italian): frontend to backend dependencies",
    `SELECT TimeGenerated, AppRoleName, Name, Target, Data, ResultCode, Success, DurationMs, OperationId FROM AppDependencies
     WHERE TimeGenerated > ${before(2)} AND (regexp_matches(Data, '/api/products($|[^A-Za-z0-9])', 'i') OR regexp_matches(Name, '/api/products($|[^A-Za-z0-9])', 'i'))
     ORDER BY TimeGenerated DESC`,
    "has ... or has over two columns",
  ],
  [
    "AMBA infrastructure dashboards: Response Time",
    `SELECT _ResourceId, arg_max(Total, TimeGenerated) AS kpi1 FROM AzureMetrics
     WHERE contains(lower(_ResourceId), '/microsoft.web/sites/') AND MetricName IN ('HttpResponseTime') GROUP BY 1`,
    "in () of one value, arg_max(TimeGenerated, Total) by a key, extend, project",
  ],
  [
    "Cosmos DB Cassandra API monitoring page: server side timeout due to high latency",
    // now(-6h) is six hours before now (now() page); startswith is case-insensitive.
    `SELECT time_bucket(INTERVAL 10 minute, TimeGenerated) AS TimeGenerated, count(*) AS count_ FROM CDBDataPlaneRequests
     WHERE TimeGenerated >= ${before(6)} AND starts_with(lower(AccountName), 'azure') AND StatusCode = 408 GROUP BY 1`,
    "now(-6h), startswith, == on an int column, count() by bin(10m)",
  ],
  [
    "Observability page: a distributed trace spanning services",
    // No operation of the demo has requests and dependencies from two roles.
    `SELECT OperationId, list(DISTINCT AppRoleName) AS Services, count(*) AS Spans
     FROM (SELECT OperationId, AppRoleName FROM AppRequests UNION ALL SELECT OperationId, AppRoleName FROM AppDependencies)
     GROUP BY 1 HAVING count(DISTINCT AppRoleName) > 1`,
    "union of two tables, make_set() and count() by OperationId, where array_length() > 1",
  ],
];
