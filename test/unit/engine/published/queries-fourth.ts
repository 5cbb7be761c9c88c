/**
 * A fourth set of real published queries for the contract tables, copied as published (comments
 * included), from sources the first three sets did not use. Same selection rule as queries.ts,
 * queries-more.ts and queries-third.ts: every query of a source that reads only contract tables and
 * columns those tables have in a workspace like this deployment's. Template parameters of
 * infrastructure code (Terraform `${var...}`, Bicep `${...}`) are replaced by a value, noted next to
 * each query.
 *
 * Left out of the same sources:
 * - osalzberg/Agentic-work's AppRequests examples: "Find which exceptions led to failed requests"
 *   (joins AppExceptions); "Show how many requests are in each performance-bucket", "Create a pie chart
 *   of the top 10 countries by traffic" and "Show me the top 10 failed requests", whose text is already
 *   in queries.ts (AzureMonitorCommunity).
 * - Its AppDependencies examples: "Count dependency failures by type" (groups by ExceptionType, a
 *   column AppDependencies does not have: Log Analytics fails it too).
 * - The all-tables edition (GitHub file 41472076249): its AppTraces, AppExceptions, AppPageViews,
 *   AppPerformanceCounters and AppEvents queries and its joins with them; only its AppRequests
 *   variants that differ from the per-table file are here.
 * - The Terraform alert pack (GitHub file 67143929711): its Perf, KubeNodeInventory, KubePodInventory,
 *   StorageBlobLogs and Databricks queries.
 * - The XFF notes (GitHub file 56755816666): "Access Log Overview" (httpStatusCode_d, timeTaken_d:
 *   Standard/Premium access logs write httpStatusCode_s/timeTaken_s), "WAF Blocked Requests" (WAF
 *   columns without column_ifexists, and this deployment writes no WAF log).
 * - The Front Door analytics queries (GitHub file 68977420919): "Requests by Client Country"
 *   (clientCountry_s), "Bandwidth" (responseSize_s) and the six WAF-log queries (WAF columns without
 *   column_ifexists).
 * - The Front Door security catalog (GitHub file 58951288830): queries 1-6b, 23, 24 (WAF-log columns
 *   without column_ifexists) and 7-10, 13, 15, 16, 20, 25, 27, 28 (httpStatusCode_d, timeTaken_d,
 *   sentBytes_d, clientCountry_s: Standard/Premium access logs write httpStatusCode_s/timeTaken_s).
 * - The PostgreSQL runbook (GitHub file 70198661059): "Sanitized provider failures" (AppExceptions). The
 *   availability notes (GitHub file 52488138868): the KubePodInventory, KubeEvents, KubeNodeInventory and
 *   ContainerLog queries.
 * - The Cosmos monitoring blog (GitHub file 60041869040): its CDBQueryRuntimeStatistics join and its
 *   CDBPartitionKeyRUConsumption query; the Cosmos skill (GitHub file 57147925515): its step-4 query
 *   (PartitionKeyRangeId, not a column of the contract's CDBDataPlaneRequests); the course lab (GitHub
 *   file 53779644011): its StorageBlobLogs, AppServicePlatformLogs and App Service queries.
 * - Azure/Mission-Critical-Connected@2c9f5a5: its queries over contract tables have the same text as
 *   Mission-Critical-Online's, already in queries.ts (the Grafana ones once `$__timeFilter` is expanded);
 *   the rest read AppExceptions, Perf, InsightsMetrics or stored functions.
 * - Billing and Usage queries (`_IsBillable`, `_BilledSize`, `Usage`): Microsoft's are in queries-billing.ts.
 */
import type { PublishedQuery } from "./queries";

const gh = (id: string, note = "") => `public GitHub file, code index id ${id}${note ? ` (${note})` : ""}`;
const AGENTIC = "osalzberg/Agentic-work@5b049f4 app_insights_capsule/kql_examples";
const REQUESTS = `${AGENTIC}/app_requests_kql_examples.md`;
const DEPENDENCIES = `${AGENTIC}/app_dependencies_kql_examples.md`;
const ALL_TABLES = gh("41472076249", "'KQL Examples for Application Insights Data in Log Analytics Workspaces', all-tables edition");
const AMBA_TF = gh("67143929711", "Terraform AMBA baseline alert pack, azurerm_monitor_scheduled_query_rules_alert_v2");
const COSMOS_WB_BICEP = gh("39968080015", "Bicep 'Cosmos DB – Deep Dive' workbook; ${cosmosAccountId} = the demo's Cosmos account id");
const XFF = gh("56755816666", "'XFF Monitoring — Azure Front Door', KQL Queries for Front Door");
const OVERPROVISIONED = gh("52704876294", "Cosmos DB operations guide, 'Identify Over-Provisioned Containers'");
const ORIGIN_HEALTH = gh("53787127888", "blog post, Front Door origin health in Log Analytics");
const AFD_ANALYTICS = gh("68977420919", "'Analytics KQL Queries' for Azure Front Door, behind an Azure Workbook dashboard");
const PG_RUNBOOK = gh("70198661059", "runbook 'PostgreSQL dependency failure', reference queries");
const SLI_DOC = gh("67205688964", "'Website SLIs and SLOs', KQL over AppAvailabilityResults");
const AVAILABILITY_DOC = gh("52488138868", "'Container, AKS & Availability Monitoring', availability queries");
const COSMOS_BLOG = gh("60041869040", "blog post on monitoring Azure Cosmos DB, 'Querying Diagnostic Logs with KQL'");
const COSMOS_RUNBOOK = gh("57147925515", "agent skill 'Investigate Cosmos DB Issues', step 3");
const COSMOS_LAB = gh("53779644011", "course lab 10.4.3, Cosmos DB (CDBDataPlaneRequests)");
const COSMOS_PITFALLS = gh("52008304981", "architecture pitfalls note, Cosmos RU detection query");
const AFD_SECURITY = gh("58951288830", "skill 'azure-front-door-security-troubleshooting', query catalog (numbered as published)");

export const PUBLISHED_FOURTH: PublishedQuery[] = [
  {
    source: REQUESTS,
    name: "How many requests failed over the last day",
    query: `AppRequests
| where TimeGenerated > ago(1d)
| summarize failedCount=sumif(ItemCount, Success == false)`,
  },
  {
    source: REQUESTS,
    name: "Chart failed requests over the last hour",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| summarize failedCount=sumif(ItemCount, Success == false) by bin(TimeGenerated, 1m)
| render timechart`,
  },
  {
    source: REQUESTS,
    name: "How many requests over the last day?",
    query: `AppRequests
| where TimeGenerated > ago(1d)
| summarize failedCount=sum(ItemCount)`,
  },
  {
    source: REQUESTS,
    name: "What are the top 3 failed response codes in the last week?",
    query: `AppRequests
| where TimeGenerated > ago(7d)
| where Success == false
| summarize _count=sum(ItemCount) by ResultCode
| top 3 by _count
| sort by _count desc`,
  },
  {
    source: REQUESTS,
    name: "Which operations failed in the last day",
    query: `AppRequests
| where TimeGenerated > ago(1d)
| summarize failedCount=sumif(ItemCount, Success == false) by OperationName`,
  },
  {
    source: REQUESTS,
    name: "Failed operations in the past day and how many users were impacted",
    query: `AppRequests
| where TimeGenerated > ago(1d)
| where Success == false
| summarize failedCount=sum(ItemCount), impactedUsers=dcount(UserId) by OperationName
| order by impactedUsers`,
  },
  {
    source: REQUESTS,
    name: "Chart Request count over the last day",
    query: `AppRequests
| where TimeGenerated > ago(1d)
| summarize totalCount=sum(ItemCount) by bin(TimeGenerated, 30m)
| render timechart`,
  },
  {
    source: REQUESTS,
    name: "Calculate request count and duration by operations",
    query: `AppRequests
| summarize RequestsCount=sum(ItemCount), AverageDuration=avg(DurationMs), percentiles(DurationMs, 50, 95, 99) by OperationName
| order by RequestsCount desc // order from highest to lower (descending)`,
  },
  {
    source: REQUESTS,
    name: "Chart request duration in the last 4 hours (10-minute bins)",
    query: `AppRequests
| where TimeGenerated > ago(4h)
| summarize avg(DurationMs) by bin(TimeGenerated, 10m)
| render timechart`,
  },
  {
    source: REQUESTS,
    name: "Create a timechart of request counts, yesterday",
    query: `AppRequests
| where TimeGenerated > startofday(now()-24h) and TimeGenerated < endofday(now()-24h)
| summarize count_=sum(ItemCount) by bin(TimeGenerated, 1h)
| render timechart`,
  },
  {
    source: REQUESTS,
    name: "How many requests were handled hourly, today",
    query: `AppRequests
| where TimeGenerated > startofday(now()) and TimeGenerated < now()
| summarize count_=sum(ItemCount) by bin(TimeGenerated, 1h)
| sort by TimeGenerated asc`,
  },
  {
    source: REQUESTS,
    name: "Calculate request duration 50, 95 and 99 percentiles",
    query: `AppRequests
| where TimeGenerated > ago(1d)
| summarize percentiles(DurationMs, 50, 95, 99)`,
  },
  {
    source: REQUESTS,
    name: "Show all requests containing \"term\"",
    query: `AppRequests
| where Name contains "term"`,
  },
  {
    source: REQUESTS,
    name: "What are the result codes of requests containing \"term\"",
    query: `AppRequests
| where Name contains "term"
| summarize count() by ResultCode`,
  },
  {
    source: REQUESTS,
    name: "List requests to url with \"value\"",
    query: `AppRequests
| where Url contains "Value"`,
  },
  {
    source: REQUESTS,
    name: "Requests named abc",
    query: `AppRequests
| where Name == "abc"`,
  },
  {
    source: REQUESTS,
    name: "Show all requests from new to old",
    query: `AppRequests
| order by TimeGenerated desc`,
  },
  {
    source: REQUESTS,
    name: "Show all requests from old to new",
    query: `AppRequests
| order by TimeGenerated asc`,
  },
  {
    source: REQUESTS,
    name: "Count the total number of requests every half hour",
    query: `AppRequests
| summarize totalCount=sum(ItemCount) by bin(TimeGenerated, 30m)`,
  },
  {
    source: REQUESTS,
    name: "Show requests of operations with abc",
    query: `AppRequests
| where OperationName contains "abc"`,
  },
  {
    source: REQUESTS,
    name: "Show requests of role name admin",
    query: `AppRequests
| where AppRoleName == "admin"`,
  },
  {
    source: REQUESTS,
    name: "All requests related to operation \"123\"",
    query: `AppRequests
| where OperationId == "123"`,
  },
  {
    source: REQUESTS,
    name: "Find requests with operation name other than \"abc\"",
    query: `AppRequests
| where OperationName != "abc"`,
  },
  {
    source: REQUESTS,
    name: "Find all requests with operation name that doesn't start with \"qwe\"",
    query: `AppRequests
| where OperationName !startswith "qwe"`,
  },
  {
    source: REQUESTS,
    name: "Count requests per operation name, except operation names starting with \"sub\"",
    query: `AppRequests
| where OperationName !startswith "sub"
| summarize count() by OperationName`,
  },
  {
    source: REQUESTS,
    name: "What are the top 5 operations?",
    query: `AppRequests
| summarize count() by OperationName
| top 5 by count_`,
  },
  {
    source: REQUESTS,
    name: "Count requests by client IP",
    query: `AppRequests
| summarize count() by ClientIP
| order by count_ desc`,
  },
  {
    source: REQUESTS,
    name: "Count requests from each city",
    query: `AppRequests
| summarize count() by ClientCity, ClientStateOrProvince, ClientCountryOrRegion
| order by count_ desc`,
  },
  {
    source: REQUESTS,
    name: "Requests by source country today",
    query: `AppRequests
| where TimeGenerated > ago(1d)
| summarize count() by ClientCountryOrRegion
| order by count_ desc`,
  },
  {
    source: REQUESTS,
    name: "Show requests that returned 500 in the last 12 hours",
    query: `AppRequests
| where TimeGenerated > ago(12h)
| where ResultCode == 500`,
  },
  {
    source: REQUESTS,
    name: "Show all requests that didn't return 200 in the last hour",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| where ResultCode != 200`,
  },
  {
    source: REQUESTS,
    name: "Count requests by URL",
    query: `AppRequests
| summarize count() by Url`,
  },
  {
    source: DEPENDENCIES,
    name: "Failed browser dependency count by target in the past day",
    query: `AppDependencies
| where TimeGenerated > ago(1d)
| where ClientType == "Browser"
| summarize failedCount=sumif(ItemCount, Success == false) by Target`,
  },
  {
    source: DEPENDENCIES,
    name: "Chart dependencies count over time for the last 6 hours",
    query: `AppDependencies
| where TimeGenerated > ago(6h)
| summarize count_=sum(ItemCount) by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: DEPENDENCIES,
    name: "What dependencies failed in browser calls the last hour and how many users were impacted? Group by target",
    query: `AppDependencies
| where TimeGenerated > ago(1h)
| summarize failedCount=sumif(ItemCount, Success == false), impactedUsers=dcountif(UserId, Success == false) by Target
| order by failedCount desc`,
  },
  {
    source: DEPENDENCIES,
    name: "Count failed dependencies by result code",
    query: `AppDependencies
| where TimeGenerated > ago(24h)
| where Success == false
| summarize _count=sum(ItemCount) by ResultCode
| sort by _count desc`,
  },
  {
    source: ALL_TABLES,
    name: "Failed operations in the past day and how many users were impacted (dcountif)",
    query: `AppRequests
| where TimeGenerated > ago(1d)
| summarize failedCount=sumif(ItemCount, Success == false), impactedUsers=dcountif(UserId, Success == false) by OperationName`,
  },
  {
    source: ALL_TABLES,
    name: "Chart request duration in the last 4 hours (5-minute bins)",
    query: `AppRequests
| where TimeGenerated > ago(4h)
| summarize avg(DurationMs) by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: ALL_TABLES,
    name: "Count requests per operation name, except operation names starting with \"subscription\"",
    query: `AppRequests
| where OperationName !startswith "subscription"
| summarize count() by OperationName`,
  },
  {
    source: `${AMBA_TF} (\${var.thresholds.sql_dtu_percent} = 80)`,
    name: "[AMBA] SQL DTU/CPU",
    query: `// AMBA: SQL DTU/CPU utilization
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.SQL"
| where MetricName == "dtu_consumption_percent" or MetricName == "cpu_percent"
| summarize AvgDTU = avg(Average) by Resource, MetricName
| where AvgDTU > 80`,
  },
  {
    source: AMBA_TF,
    name: "[AMBA] SQL Deadlocks Detected",
    query: `// AMBA: SQL deadlock detection
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.SQL"
| where MetricName == "deadlock"
| summarize TotalDeadlocks = sum(Total) by Resource
| where TotalDeadlocks > 0`,
  },
  {
    source: `${AMBA_TF} (\${var.thresholds.sql_failed_connections} = 5)`,
    name: "[AMBA] SQL Failed Connections",
    query: `// AMBA: SQL failed connections
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.SQL"
| where MetricName == "connection_failed"
| summarize TotalFailed = sum(Total) by Resource
| where TotalFailed > 5`,
  },
  {
    source: `${AMBA_TF} (\${var.thresholds.appservice_http_5xx_count} = 10)`,
    name: "[AMBA] App Service HTTP 5xx Errors",
    query: `// AMBA: App Service HTTP 5xx errors
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.WEB"
| where MetricName == "Http5xx"
| summarize Total5xx = sum(Total) by Resource
| where Total5xx > 10`,
  },
  {
    source: `${AMBA_TF} (\${var.thresholds.appservice_response_time_sec} = 5)`,
    name: "[AMBA] App Service Response Time",
    query: `// AMBA: App Service high response time
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.WEB"
| where MetricName == "HttpResponseTime"
| summarize AvgResponseSec = avg(Average) by Resource
| where AvgResponseSec > 5`,
  },
  {
    source: AMBA_TF,
    name: "[AMBA] App Service CPU > 85%",
    query: `// AMBA: App Service CPU utilization
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.WEB"
| where MetricName == "CpuPercentage"
| summarize AvgCPU = avg(Average) by Resource
| where AvgCPU > 85`,
  },
  {
    source: AMBA_TF,
    name: "[AMBA] Storage Account Availability < 99.9%",
    query: `// AMBA: Storage availability
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.STORAGE"
| where MetricName == "Availability"
| summarize AvgAvail = avg(Average) by Resource
| where AvgAvail < 99.9`,
  },
  {
    source: AMBA_TF,
    name: "[AMBA] Key Vault Availability < 99%",
    query: `// AMBA: Key Vault availability
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.KEYVAULT"
| where MetricName == "Availability"
| summarize AvgAvail = avg(Average) by Resource
| where AvgAvail < 99`,
  },
  {
    source: AMBA_TF,
    name: "[AMBA] Key Vault High Latency",
    query: `// AMBA: Key Vault latency
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.KEYVAULT"
| where MetricName == "ServiceApiLatency"
| summarize AvgLatencyMs = avg(Average) by Resource
| where AvgLatencyMs > 1000`,
  },
  {
    source: AMBA_TF,
    name: "[AMBA] Event Hub Throttled Requests",
    query: `// AMBA: Event Hub throttling
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.EVENTHUB"
| where MetricName == "ThrottledRequests"
| summarize TotalThrottled = sum(Total) by Resource
| where TotalThrottled > 0`,
  },
  {
    source: `${AMBA_TF} (\${var.thresholds.cosmosdb_ru_percent} = 80)`,
    name: "[AMBA] Cosmos DB RU Consumption",
    query: `// AMBA: Cosmos DB RU consumption
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.DOCUMENTDB"
| where MetricName == "NormalizedRUConsumption"
| summarize AvgRU = avg(Maximum) by Resource
| where AvgRU > 80`,
  },
  {
    source: AMBA_TF,
    name: "[AMBA] Cosmos DB Rate Limited (429)",
    query: `// AMBA: Cosmos DB throttling (429)
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.DOCUMENTDB"
| where MetricName == "TotalRequestUnits"
| where Average == 429
| summarize Throttled = count() by Resource
| where Throttled > 0`,
  },
  {
    source: AMBA_TF,
    name: "[AMBA] Load Balancer Health Probe Down",
    query: `// AMBA: Load Balancer health probe failures
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.NETWORK"
| where MetricName == "DipAvailability"
| summarize AvgHealth = avg(Average) by Resource
| where AvgHealth < 90`,
  },
  {
    source: AMBA_TF,
    name: "[AMBA] Load Balancer SNAT Port Exhaustion",
    query: `// AMBA: Load Balancer SNAT exhaustion
AzureMetrics
| where TimeGenerated > ago(15m)
| where ResourceProvider == "MICROSOFT.NETWORK"
| where MetricName == "SnatConnectionCount"
| where Average > 0
| summarize FailedSnat = sumif(Total, Average == 2) by Resource
| where FailedSnat > 0`,
  },
  {
    source: COSMOS_WB_BICEP,
    name: "Requests & Request Units",
    query: `AzureMetrics | where tolower(ResourceId) == tolower("/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-payments-data/providers/microsoft.documentdb/databaseaccounts/cosmos-payments") | where MetricName in ("TotalRequests","TotalRequestUnits") | summarize Value=sum(Total) by MetricName, bin(TimeGenerated, 5m) | render timechart`,
  },
  {
    source: COSMOS_WB_BICEP,
    name: "Server-side latency (Direct vs Gateway)",
    query: `AzureMetrics | where tolower(ResourceId) == tolower("/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-payments-data/providers/microsoft.documentdb/databaseaccounts/cosmos-payments") | where MetricName in ("ServerSideLatencyDirect","ServerSideLatencyGateway") | summarize AvgLatencyMs=avg(Average) by MetricName, bin(TimeGenerated, 5m) | render timechart`,
  },
  {
    source: COSMOS_WB_BICEP,
    name: "Normalized RU consumption (%)",
    query: `AzureMetrics | where tolower(ResourceId) == tolower("/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-payments-data/providers/microsoft.documentdb/databaseaccounts/cosmos-payments") | where MetricName == "NormalizedRUConsumption" | summarize MaxPct=max(Maximum) by bin(TimeGenerated, 5m) | render timechart`,
  },
  {
    source: COSMOS_WB_BICEP,
    name: "429 rate-limited requests",
    query: `AzureMetrics | where tolower(ResourceId) == tolower("/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-payments-data/providers/microsoft.documentdb/databaseaccounts/cosmos-payments") | where MetricName == "RateLimitedRequests" | summarize Throttles=sum(Total) by bin(TimeGenerated, 5m) | render columnchart`,
  },
  {
    source: XFF,
    name: "Front Door XFF chain analysis",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN"
    and Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(24h)
| extend xffChain = column_ifexists("xForwardedFor_s", "")
| where isnotempty(xffChain)
| extend clientFromXff = tostring(split(xffChain, ",")[0])
| project TimeGenerated, clientIp_s, socketIp_s, xffChain, clientFromXff, requestUri_s
| order by TimeGenerated desc`,
  },
  {
    source: XFF,
    name: "Front Door top client IPs",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN"
    and Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(24h)
| summarize RequestCount = count() by clientIp_s
| top 20 by RequestCount desc`,
  },
  {
    source: OVERPROVISIONED,
    name: "Containers with NormalizedRUConsumption consistently < 30% (over-provisioned)",
    query: `// Containers with NormalizedRUConsumption consistently < 30% (over-provisioned)
AzureMetrics
| where ResourceProvider == "MICROSOFT.DOCUMENTDB"
| where MetricName == "NormalizedRUConsumption"
| where TimeGenerated > ago(7d)
| summarize AvgNormalizedRU = avg(Maximum), MaxNormalizedRU = max(Maximum) by Resource
| where MaxNormalizedRU < 30
| order by AvgNormalizedRU asc`,
  },
  {
    source: ORIGIN_HEALTH,
    name: "Front Door origin health percentage from AzureMetrics",
    query: `AzureMetrics
| where ResourceProvider == "MICROSOFT.CDN"
| where MetricName == "OriginHealthPercentage"
| project TimeGenerated, Total, Count, Average, Minimum, Maximum`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door request volume over time",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize RequestCount = count() by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door requests by HTTP status code",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize Count = count() by httpStatusCode_s
| sort by Count desc
| render piechart`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door top requested URLs",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize Count = count() by requestUri_s
| top 20 by Count`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door cache hit/miss ratio",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize Count = count() by cacheStatus_s
| render piechart`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door cache hit rate over time",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize
    Total = count(),
    Hits = countif(cacheStatus_s == "HIT" or cacheStatus_s == "REMOTE_HIT" or cacheStatus_s == "PARTIAL_HIT")
  by bin(TimeGenerated, 5m)
| extend HitRate = round(100.0 * Hits / Total, 2)
| project TimeGenerated, HitRate
| render timechart`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door cache miss URLs (candidates for caching)",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where cacheStatus_s == "MISS"
| summarize MissCount = count() by requestUri_s
| top 20 by MissCount`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door average and P95 latency",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize
    AvgLatency = avg(todouble(timeTaken_s)),
    P50 = percentile(todouble(timeTaken_s), 50),
    P95 = percentile(todouble(timeTaken_s), 95),
    P99 = percentile(todouble(timeTaken_s), 99)
  by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door latency by origin",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize AvgLatency = avg(todouble(timeTaken_s)), P95 = percentile(todouble(timeTaken_s), 95) by originName_s
| sort by AvgLatency asc`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door slow requests (> 2s)",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where todouble(timeTaken_s) > 2
| project TimeGenerated, requestUri_s, timeTaken_s, httpStatusCode_s, originName_s, cacheStatus_s
| sort by todouble(timeTaken_s) desc
| take 50`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door health probe failures by origin",
    query: `AzureDiagnostics
| where Category == "FrontDoorHealthProbeLog"
| summarize FailedProbes = count() by originName_s
| render barchart`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door health probe failure details",
    query: `AzureDiagnostics
| where Category == "FrontDoorHealthProbeLog"
| project TimeGenerated, originName_s, result_s, httpStatusCode_s
| sort by TimeGenerated desc
| take 50`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door origin response time",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where isnotempty(originName_s)
| summarize AvgOriginLatency = avg(todouble(timeTaken_s)) by originName_s, bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: AFD_ANALYTICS,
    name: "Front Door error rate (4xx + 5xx)",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize
    Total = count(),
    Errors = countif(toint(httpStatusCode_s) >= 400)
  by bin(TimeGenerated, 5m)
| extend ErrorRate = round(100.0 * Errors / Total, 2)
| project TimeGenerated, ErrorRate
| render timechart`,
  },
  {
    source: AFD_SECURITY,
    name: "11. Distributed request pattern that can evade per-IP controls",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(1h)
| extend Path = tostring(parse_url(requestUri_s).Path)
| summarize DistinctIPs = dcount(clientIp_s), TotalRequests = count() by Path, userAgent_s
| where DistinctIPs > 100 and TotalRequests > 500
| sort by TotalRequests desc`,
  },
  {
    source: AFD_SECURITY,
    name: "12. Unusual HTTP methods",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(24h)
| where httpMethod_s !in ("GET", "POST", "HEAD", "OPTIONS")
| extend Path = tostring(parse_url(requestUri_s).Path)
| summarize Count = count(), Clients = dcount(clientIp_s) by httpMethod_s, Path
| sort by Count desc`,
  },
  {
    source: AFD_SECURITY,
    name: "14. Query-string churn with cache-miss evidence",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(1h)
| extend Path = tostring(parse_url(requestUri_s).Path),
    Query = extract(@"\\?(.*)$", 1, requestUri_s)
| where isnotempty(Query)
| summarize DistinctQueries = dcount(Query), Requests = count(),
    OriginTrips = countif(cacheStatus_s in~ ("MISS", "CACHE_NOCONFIG", "PRIVATE_NOSTORE"))
    by clientIp_s, Path
| where DistinctQueries > 200 and OriginTrips > 100
| sort by OriginTrips desc`,
  },
  {
    source: AFD_SECURITY,
    name: "17. Origin failures by result type",
    query: `AzureDiagnostics
| where Category == "FrontDoorHealthProbeLog"
| where TimeGenerated > ago(24h)
| where isnotempty(result_s) and result_s !~ "Success"
| extend LatencyMs = toreal(totalLatencyMilliseconds_s)
| summarize FailureCount = count(), AvgLatencyMs = avg(LatencyMs)
    by originName_s, pop_s, result_s, httpStatusCode_s
| sort by FailureCount desc`,
  },
  {
    source: AFD_SECURITY,
    name: "18. Recent origin health failures",
    query: `AzureDiagnostics
| where Category == "FrontDoorHealthProbeLog"
| where TimeGenerated > ago(1h)
| where isnotempty(result_s) and result_s !~ "Success"
| project TimeGenerated, originName_s, pop_s, result_s, httpStatusCode_s, totalLatencyMilliseconds_s
| sort by TimeGenerated desc
| take 200`,
  },
  {
    source: AFD_SECURITY,
    name: "19. DNS latency anomaly on health probes",
    query: `AzureDiagnostics
| where Category == "FrontDoorHealthProbeLog"
| where TimeGenerated > ago(24h)
| extend DNSLatencyMicroseconds = toreal(DNSLatencyMicroseconds_s)
| where DNSLatencyMicroseconds > 500000
| project TimeGenerated, originName_s, pop_s, DNSLatencyMicroseconds, result_s
| sort by DNSLatencyMicroseconds desc
| take 200`,
  },
  {
    source: AFD_SECURITY,
    name: "21. TLS JA4 fingerprint reuse across rotating IPs",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(6h)
| extend LegacyJA4 = tostring(column_ifexists("clientJA4FingerPrint_s", "")),
    CurrentJA4 = tostring(column_ifexists("sslJA4_s", ""))
| extend JA4 = iff(isnotempty(LegacyJA4), LegacyJA4, CurrentJA4)
| where isnotempty(JA4)
| summarize DistinctIPs = dcount(clientIp_s), RequestCount = count()
    by JA4Hash = hash_sha256(JA4)
| where DistinctIPs > 10
| sort by DistinctIPs desc
| take 200`,
  },
  {
    source: AFD_SECURITY,
    name: "22. Observed diagnostic activity and freshness",
    query: `let Expected = datatable(Category:string)
    ["FrontDoorAccessLog", "FrontDoorWebApplicationFirewallLog", "FrontDoorHealthProbeLog"];
Expected
| join kind=leftouter (
    AzureDiagnostics
    | where TimeGenerated > ago(7d)
    | summarize Events24h = countif(TimeGenerated > ago(24h)),
        LastEvent = max(TimeGenerated),
        Resources = dcount(ResourceId) by Category
) on Category
| extend Interpretation = case(Events24h > 0, "Observed",
    Category == "FrontDoorAccessLog", "Verify diagnostics or expected traffic",
    "No matching events; verify diagnostics, but this can be healthy")
| project Category, Events24h = coalesce(Events24h, 0), Resources, LastEvent,
    IngestionLagMinutes = datetime_diff("minute", now(), LastEvent), Interpretation`,
  },
  {
    source: AFD_SECURITY,
    name: "26. Deprecated client TLS protocols",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(24h)
| where securityProtocol_s in~ ("SSLv3", "TLSv1", "TLSv1.1")
| summarize Requests = count(), Clients = dcount(clientIp_s)
    by hostName_s, securityProtocol_s, bin(TimeGenerated, 1h)
| sort by Requests desc`,
  },
  {
    source: PG_RUNBOOK,
    name: "PostgreSQL dependency failures",
    query: `AppDependencies
| where TimeGenerated > ago(1h)
| where AppRoleName == "orders-api" and DependencyType == "PostgreSQL"
| extend Samples = tolong(coalesce(ItemCount, 1))
| summarize
    Calls = sum(Samples),
    Failures = sumif(Samples, Success == false),
    P95Ms = round(percentile(DurationMs, 95), 1)
  by bin(TimeGenerated, 1m), Name, Target, ResultCode
| extend FailureRate = round(100.0 * todouble(Failures) / todouble(Calls), 1)
| order by TimeGenerated asc`,
  },
  {
    source: PG_RUNBOOK,
    name: "orders-api-postgresql availability",
    query: `AppAvailabilityResults
| where TimeGenerated > ago(1h)
| where AppRoleName == "orders-api" and Name == "orders-api-postgresql"
| extend Samples = tolong(coalesce(ItemCount, 1))
| summarize Checks = sum(Samples), Failed = sumif(Samples, Success == false)
    by bin(TimeGenerated, 1m), Message
| order by TimeGenerated asc`,
  },
  {
    source: PG_RUNBOOK,
    name: "Customer-visible request impact",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| where AppRoleName == "orders-api"
| extend Samples = tolong(coalesce(ItemCount, 1))
| summarize
    Requests = sum(Samples),
    Failed = sumif(Samples, Success == false),
    P95Ms = round(percentile(DurationMs, 95), 1)
  by bin(TimeGenerated, 1m), Name, ResultCode
| extend FailureRate = round(100.0 * todouble(Failed) / todouble(Requests), 1)
| order by TimeGenerated asc`,
  },
  {
    source: SLI_DOC,
    name: "30-day SLI summary",
    query: `let EvaluationWindow = 30d;
let LatencyTargetMs = 500.0;
AppAvailabilityResults
| where TimeGenerated >= ago(EvaluationWindow)
| summarize
    TotalChecks = count(),
    SuccessfulChecks = countif(Success == true),
    FailedChecks = countif(Success == false),
    ChecksUnderLatencyTarget = countif(Success == true and DurationMs < LatencyTargetMs),
    P50DurationMs = percentile(DurationMs, 50),
    P95DurationMs = percentile(DurationMs, 95),
    P99DurationMs = percentile(DurationMs, 99)
| extend
    AvailabilityPercent = round(100.0 * SuccessfulChecks / TotalChecks, 3),
    LatencyCompliancePercent = round(100.0 * ChecksUnderLatencyTarget / SuccessfulChecks, 3),
    SyntheticErrorRatePercent = round(100.0 * FailedChecks / TotalChecks, 3)`,
  },
  {
    source: SLI_DOC,
    name: "Error-budget status",
    query: `let EvaluationWindow = 30d;
let AvailabilityObjective = 0.999;
AppAvailabilityResults
| where TimeGenerated >= ago(EvaluationWindow)
| summarize TotalChecks = count(), FailedChecks = countif(Success == false)
| extend AllowedFailedChecks = TotalChecks * (1.0 - AvailabilityObjective)
| extend RemainingFailedChecks = AllowedFailedChecks - FailedChecks
| extend RemainingBudgetPercent = round(
    100.0 * RemainingFailedChecks / AllowedFailedChecks,
    2)
| project TotalChecks, FailedChecks, AllowedFailedChecks,
    RemainingFailedChecks, RemainingBudgetPercent`,
  },
  {
    source: AVAILABILITY_DOC,
    name: "Availability test results - last 24h",
    query: `AppAvailabilityResults
| where TimeGenerated > ago(24h)
| summarize
    Total = count(),
    Passed = countif(Success == true),
    Failed = countif(Success == false)
  by Name, Location
| extend AvailabilityPct = round(todouble(Passed) / todouble(Total) * 100, 2)
| order by AvailabilityPct asc`,
  },
  {
    source: AVAILABILITY_DOC,
    name: "Failed availability tests - last 6h",
    query: `AppAvailabilityResults
| where TimeGenerated > ago(6h)
| where Success == false
| project
    TimeGenerated,
    TestName = Name,
    Location,
    Duration = DurationMs,
    Message
| order by TimeGenerated desc`,
  },
  {
    source: AVAILABILITY_DOC,
    name: "Availability trend - last 7 days",
    query: `AppAvailabilityResults
| where TimeGenerated > ago(7d)
| summarize
    Total = count(),
    Passed = countif(Success == true)
  by Name, bin(TimeGenerated, 1d)
| extend AvailabilityPct = round(todouble(Passed) / todouble(Total) * 100, 2)
| render timechart`,
  },
  {
    source: AVAILABILITY_DOC,
    name: "Response time degradation - availability tests",
    query: `AppAvailabilityResults
| where TimeGenerated > ago(24h)
| where Success == true
| summarize
    P50 = round(percentile(DurationMs, 50), 0),
    P95 = round(percentile(DurationMs, 95), 0),
    P99 = round(percentile(DurationMs, 99), 0)
  by Name, Location
| order by P95 desc`,
  },
  {
    source: COSMOS_BLOG,
    name: "Throttled requests (429s) over time",
    query: `// Throttled requests (429s) over time
CDBDataPlaneRequests
| where TimeGenerated > ago(7d)
| where StatusCode == 429
| summarize ThrottledCount = count() by bin(TimeGenerated, 1h)
| order by TimeGenerated asc
| render timechart`,
  },
  {
    source: COSMOS_BLOG,
    name: "Cosmos P50, P95, and P99 latency over time",
    query: `// P50, P95, and P99 latency over time
CDBDataPlaneRequests
| where TimeGenerated > ago(24h)
| summarize
    P50 = percentile(DurationMs, 50),
    P95 = percentile(DurationMs, 95),
    P99 = percentile(DurationMs, 99)
    by bin(TimeGenerated, 15m)
| order by TimeGenerated asc
| render timechart`,
  },
  {
    source: COSMOS_BLOG,
    name: "Failed operations grouped by error type",
    query: `// Failed operations grouped by error type
CDBDataPlaneRequests
| where TimeGenerated > ago(24h)
| where StatusCode >= 400
| summarize Count = count() by StatusCode, OperationName
| order by Count desc`,
  },
  {
    source: COSMOS_RUNBOOK,
    name: "Cosmos failed requests per 5 minutes by status and operation",
    query: `CDBDataPlaneRequests
| where TimeGenerated > ago(1h)
| where StatusCode >= 400
| summarize Count = count(), AvgDuration = avg(DurationMs), P95Duration = percentile(DurationMs, 95) by StatusCode, OperationName, bin(TimeGenerated, 5m)
| order by Count desc`,
  },
  {
    source: COSMOS_RUNBOOK,
    name: "Cosmos RU per 5 minutes by operation",
    query: `CDBDataPlaneRequests
| where TimeGenerated > ago(1h)
| summarize TotalRU = sum(RequestCharge), AvgRU = avg(RequestCharge), MaxRU = max(RequestCharge) by OperationName, bin(TimeGenerated, 5m)
| order by TotalRU desc`,
  },
  {
    source: COSMOS_LAB,
    name: "Q3.4 average read latency for the Flask app (Windows user-agent)",
    query: `CDBDataPlaneRequests | where OperationName == "Read" | where UserAgent contains "Windows" | summarize AverageReadTimeWindows = avg(DurationMs)`,
  },
  {
    source: COSMOS_LAB,
    name: "Q3.5 slowest read in the last hour",
    query: `CDBDataPlaneRequests | where TimeGenerated > ago(1h) | where OperationName == "Read" | order by DurationMs desc | take 1`,
  },
  {
    source: COSMOS_LAB,
    name: "Q3.7 pie chart of requests by client IP over 3 days",
    query: `CDBDataPlaneRequests | where TimeGenerated > ago(3d) | summarize count() by ClientIpAddress | render piechart`,
  },
  {
    source: COSMOS_PITFALLS,
    name: "Cosmos operations consistently above 50 RU",
    query: `CDBDataPlaneRequests | where RequestCharge > 50 | summarize count() by OperationName`,
  },
];
