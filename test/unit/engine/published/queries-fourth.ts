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
 *   (joins AppExceptions), and "Show how many requests are in each performance-bucket" and "Create a
 *   pie chart of the top 10 countries by traffic" and "Show me the top 10 failed requests", whose text is already in queries.ts (AzureMonitorCommunity).
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
 * - Billing and Usage queries (`_IsBillable`, `_BilledSize`, `Usage`): another change adds those.
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
];
