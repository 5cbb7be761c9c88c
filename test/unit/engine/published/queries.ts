/**
 * Real queries published for the contract tables, copied as published. Selection: every query of
 * the sources below that reads only contract tables in the shape this deployment writes them (Front
 * Door Standard/Premium in AzureDiagnostics, Cosmos in resource-specific CDBDataPlaneRequests,
 * workspace-based Application Insights, AzureMetrics). Left out: classic Front Door/CDN queries
 * (MICROSOFT.NETWORK, AzureCdnAccessLog: columns such as isReceivedFromClient_b do not exist for
 * Standard/Premium), legacy Cosmos AzureDiagnostics queries, and joins with other tables
 * (AppExceptions, CDBQueryRuntimeStatistics, ...). Grafana's `$__timeFilter(TimeGenerated)` macro is
 * replaced by the filter Grafana expands it to.
 */
export interface PublishedQuery {
  source: string;
  name: string;
  query: string;
}

const MCO = "Azure/Mission-Critical-Online@d4a1f97 src/infra/monitoring";
const AMC = "microsoft/AzureMonitorCommunity@d747e49 Azure Services";
const CDB = "MicrosoftDocs/azure-databases-docs articles/cosmos-db/monitor-logs-basic-queries.md (resource-specific tab)";
const ADQ = "MicrosoftDocs/azure-monitor-docs articles/azure-monitor/reference/queries/azurediagnostics.md";
const GRAFANA_TIME = "TimeGenerated >= datetime(2026-11-20T13:00:00Z) and TimeGenerated <= datetime(2026-11-20T15:00:00Z)";

export const PUBLISHED: PublishedQuery[] = [
  {
    source: `${MCO}/grafana/config/dashboard_queries/frontDoor_BackendRequests.kql`,
    name: "Front Door backend requests",
    query: `AzureDiagnostics
| where OperationName == "Microsoft.Cdn/Profiles/AccessLog/Write"
| where ${GRAFANA_TIME}
| extend originName_s=replace_regex(originName_s, @"^(.+).z[0-9]{1,2}\\.web\\.core\\.windows\\.net:443$", @"\\1")
| extend originName_s=replace_regex(originName_s, @"^(.+).cloudapp.azure.com:443$", @"\\1")
| summarize Requests=count() by bin(TimeGenerated, 2m), Backend=originName_s
| order by TimeGenerated asc`,
  },
  {
    source: `${MCO}/grafana/config/dashboard_queries/frontDoor_Requests.kql`,
    name: "Front Door requests",
    query: `AzureMetrics
| where ${GRAFANA_TIME}
| where ResourceProvider == "MICROSOFT.CDN"
| summarize RequestCount=avgif(Total, MetricName=="RequestCount"), OriginRequestCount=avgif(Total, MetricName=="OriginRequestCount") by bin(TimeGenerated, 5m)
| order by TimeGenerated asc`,
  },
  {
    source: `${MCO}/grafana/config/dashboard_queries/cosmosdb.kql`,
    name: "Cosmos DB RU",
    query: `AzureMetrics
| where ${GRAFANA_TIME}
| where ResourceProvider == "MICROSOFT.DOCUMENTDB"
| summarize NormalizedRUConsumption=avgif(Total, MetricName=="NormalizedRUConsumption"), AutoscaleMaxThroughput=avgif(Average, MetricName=="AutoscaleMaxThroughput"), ProvisionedThroughput=avgif(Total, MetricName=="ProvisionedThroughput") by bin(TimeGenerated, 5m)
| extend NormalizedRUConsumption=(NormalizedRUConsumption/100)*ProvisionedThroughput
| order by TimeGenerated asc`,
  },
  {
    source: `${MCO}/grafana/config/dashboard_queries/httpRequests.kql`,
    name: "HTTP requests against the CatalogService",
    query: `// HTTP requests against the CatalogService
AppRequests
| where ${GRAFANA_TIME}
| where AppRoleInstance startswith "catalogservice"
| where OperationName != "GET /health/liveness" 
| summarize RequestCount=count(), AvgDuration=avg(DurationMs) by bin(TimeGenerated, 1m)
| order by TimeGenerated asc`,
  },
  {
    source: `${MCO}/queries/stamp/CatalogServiceSlo.kql`,
    name: "CatalogService SLO",
    query: `let _interval = 30d;
let _approlename = 'CatalogService';
let _timeslice = 10s;
let _region = toscalar(AppRequests
| where AppRoleName startswith _approlename
| take 1
| extend region = extract(@"^.+-(.+)$", 1, AppRoleName) // extract region name from appRoleName which is like CatalogService-uksouth
| project region);
let dataset=AppRequests
| where TimeGenerated > ago(_interval)
| where AppRoleName startswith _approlename
| where OperationName != "GET /health/liveness"
| summarize p99ProcessingTime = percentile(DurationMs,99), failureCount=countif(Success != true), count() by bin(TimeGenerated, _timeslice);
dataset
| where p99ProcessingTime > 500 or failureCount > 0
| summarize SloFailedCount=count()
| extend SloFailedTime = SloFailedCount*_timeslice
| extend SloPercent = 100 - SloFailedTime/_interval * 100
| extend Name = _approlename
| extend Region = _region`,
  },
  {
    source: `${MCO}/queries/stamp/CatalogServiceHealthStatus.kql`,
    name: "CatalogService health status",
    query: `let _maxAge = 2d; // Only include data from the last two days
let _timespanStart = ago(_maxAge); // Start time for the timespan
let _timespanEnd = now(-2m); // there is some ingestion lag, so we account for this by stripping the last 2m
// For the timeframe, compare the averages to the following threshold values:
let Thresholds=datatable(MetricName: string, YellowThreshold: double, RedThreshold: double) [
    // Failed requests. Anything non-200. We allow a few more than 0 for user-caused errors like 404s. 
    "failureCount", 10, 50,
    // Average duration of the request, in ms
    "avgProcessingTime", 150, 500
    ];
//
// Calculate average processing time for each request
let avgProcessingTime = AppRequests
| where AppRoleName startswith "CatalogService"
| where OperationName != "GET /health/liveness" // Since the liveness requests don't do any processing, including them would skew the results. 
| make-series Value = avg(DurationMs) default=0 on TimeGenerated from _timespanStart to _timespanEnd step 1m
| mv-expand TimeGenerated, Value
| extend TimeGenerated = todatetime(TimeGenerated), Value=toreal(Value), MetricName= 'avgProcessingTime';
// Calculate failed requests
let failureCount = AppRequests
| where AppRoleName startswith "CatalogService"
| where OperationName != "GET /health/liveness" // Since the liveness requests don't do any processing, including them would skew the results. 
| make-series Value=countif(Success != true) default=0 on TimeGenerated from _timespanStart to _timespanEnd step 1m
| mv-expand TimeGenerated, Value
| extend TimeGenerated = todatetime(TimeGenerated), Value=toreal(Value), MetricName= 'failureCount';
// Union all together and join with the thresholds
avgProcessingTime
| union failureCount
| lookup kind = inner Thresholds on MetricName
| extend IsYellow = iff(todouble(Value) > YellowThreshold and todouble(Value) < RedThreshold, 1, 0)
| extend IsRed = iff(todouble(Value) > RedThreshold, 1, 0)
| project-reorder TimeGenerated, MetricName, Value, IsYellow, IsRed, YellowThreshold, RedThreshold
| extend ComponentName="CatalogService"`,
  },
  {
    source: `${MCO}/queries/global/CosmosDBHealthStatus.kql`,
    name: "Cosmos DB health status",
    query: `// Return the health status of CosmosDB
let _ResourceType = "DOCUMENTDB"; // Azure resource type to filter on
let _Interval = 3d;
let Thresholds=datatable(MetricName: string, YellowThreshold: double, RedThreshold: double) [
    // Disk Usage:
    "ServiceAvailability", 100, 100, 
    // Network errors in:
    "ServerSideLatency", 20, 40,
    ];
//
AzureMetrics
| where TimeGenerated > ago(_Interval)
| summarize Value=avg(Maximum) by TimeGenerated, ResourceGroup, Resource, MetricName // We're averaging the metrics from all services per node
| extend Resource = extract("([a-z0-9-]*)(-)([a-z0-9]*)$", 3, Resource) // Add a column for the name of the cluster node
| union (
    AzureMetrics
    | where TimeGenerated > ago(_Interval)
    | where extract("(PROVIDERS/MICROSOFT.)([A-Z]*/[A-Z]*)", 2, ResourceId) == _ResourceType
    | project TimeGenerated, MetricName, Namespace = "AzureMetrics", Value=Average
    )
| lookup kind=inner Thresholds on MetricName
| extend IsYellow = iff(Value > YellowThreshold and Value < RedThreshold, 1, 0)
| extend IsRed = iff(Value > RedThreshold, 1, 0)
| union (datatable(IsYellow: long, IsRed: long)[0, 0]) // Needed to ensure there is at least one result row to parse in the dashboard`,
  },
  {
    source: `${AMC}/Application Insights/Queries/Performance/Operations performance.kql`,
    name: "Operations performance",
    query: `AppRequests
| summarize RequestsCount=sum(ItemCount), AverageDuration=avg(DurationMs), percentiles(DurationMs, 50, 95, 99) by OperationName, _ResourceId // you can replace 'OperationName' with another value to segment by a different property
| order by RequestsCount desc // order from highest to lower (descending)`,
  },
  {
    source: `${AMC}/Application Insights/Queries/Performance/Request count trend.kql`,
    name: "Request count trend",
    query: `AppRequests
| summarize totalCount=sum(ItemCount) by bin(TimeGenerated, 30m), _ResourceId
| render timechart`,
  },
  {
    source: `${AMC}/Application Insights/Queries/Performance/Response time buckets.kql`,
    name: "Response time buckets",
    query: `AppRequests
| summarize requestCount=sum(ItemCount), avgDuration=avg(DurationMs) by PerformanceBucket
| order by avgDuration asc // sort by average request duration
| project-away avgDuration // no need to display avgDuration, we used it only for sorting results
| render barchart`,
  },
  {
    source: `${AMC}/Application Insights/Queries/Performance/Response time trend.kql`,
    name: "Response time trend",
    query: `AppRequests
| where TimeGenerated > ago(12h) 
| summarize avgRequestDuration=avg(DurationMs) by bin(TimeGenerated, 10m), _ResourceId // use a time grain of 10 minutes
| render timechart`,
  },
  {
    source: `${AMC}/Application Insights/Queries/Performance/Top 10 countries by traffic.kql`,
    name: "Top 10 countries by traffic",
    query: `AppRequests
| summarize CountByCountry=count() by ClientCountryOrRegion
| top 10 by CountByCountry
| render piechart`,
  },
  {
    source: `${AMC}/Application Insights/Queries/Reports failures/Failed operations.kql`,
    name: "Failed operations",
    query: `AppRequests
| where Success == false
| summarize failedCount=sum(ItemCount), impactedUsers=dcount(UserId) by OperationName, _ResourceId
| order by failedCount desc`,
  },
  {
    source: `${AMC}/Application Insights/Queries/Reports failures/Failed requests  top 10.kql`,
    name: "Failed requests – top 10",
    query: `AppRequests
| where Success == false
| summarize failedCount=sum(ItemCount) by Name
| top 10 by failedCount desc
| render barchart`,
  },
  {
    source: `${AMC}/Application Insights/Queries/Reports failures/Failing dependencies.kql`,
    name: "Failing dependencies",
    query: `AppDependencies
| where Success == false
| summarize totalCount=sum(ItemCount) by DependencyType
| top 5 by totalCount desc`,
  },
  {
    source: `${AMC}/CDN profiles/Queries/Usage/Top 10 URL request count.kql`,
    name: "Top 10 URL request count",
    query: `AzureDiagnostics
 | where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
 | summarize UserRequestCount = count() by requestUri_s
 | order by UserRequestCount
 | limit 10`,
  },
  {
    source: ADQ,
    name: "[Azure Front Door Standard/Premium] Requests to origin by route",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| summarize RequestCount = count() by bin(TimeGenerated, 1m), Resource, RouteName = routingRuleName_s, originName = originName_s, ResourceId`,
  },
  {
    source: ADQ,
    name: "[Azure Front Door Standard/Premium] Request errors by user agent",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| where toint(httpStatusCode_s) >= 400
| summarize RequestCount = count() by UserAgent = userAgent_s, StatusCode = httpStatusCode_s , Resource, ResourceId
| order by RequestCount desc`,
  },
  {
    source: ADQ,
    name: "[Azure Front Door Standard/Premium] Top 10 client IPs and http versions",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| summarize RequestCount = count() by ClientIP = clientIp_s, HttpVersion = httpVersion_s, Resource
|top 10 by RequestCount 
| order by RequestCount desc`,
  },
  {
    source: ADQ,
    name: "[Azure Front Door Standard/Premium] Request errors by host and path",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| where toint(httpStatusCode_s) >= 400
| extend ParsedUrl = parseurl(requestUri_s)
| summarize RequestCount = count() by Host = tostring(ParsedUrl.Host), Path = tostring(ParsedUrl.Path), StatusCode = httpStatusCode_s, ResourceId
| order by RequestCount desc`,
  },
  {
    source: ADQ,
    name: "[Azure Front Door Standard/Premium] Top 10 URL request count (egress by URL)",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| summarize ResponseBytes = sum(toint(responseBytes_s)) by requestUri_s`,
  },
  {
    source: ADQ,
    name: "[Azure Front Door Standard/Premium] Unique IP request count",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| summarize dcount(clientIp_s) by bin(TimeGenerated, 1h)
| render timechart`,
  },
  {
    source: ADQ,
    name: "Find In AzureDiagnostics",
    query: `// This query requires a parameter to run. Enter value in SearchValue to find in table.
let SearchValue =  "<SearchValue>";//Please update term you would like to find in the table.
AzureDiagnostics
| where ResourceProvider == "Microsoft.ContainerService"
| where * contains tostring(SearchValue)
| take 1000`,
  },
  { source: CDB, name: "operations longer than 3 ms", query: "CDBDataPlaneRequests \n| where toint(DurationMs) > 3\n| summarize count() by ClientIpAddress, TimeGenerated" },
  { source: CDB, name: "user agents running operations", query: "CDBDataPlaneRequests\n| summarize count() by OperationName, UserAgent" },
  { source: CDB, name: "long-running operations", query: "CDBDataPlaneRequests\n| project TimeGenerated , DurationMs \n| summarize count() by bin(TimeGenerated, 5s)\n| render timechart" },
  {
    source: CDB,
    name: "operations taking most RU/s",
    query:
      "CDBDataPlaneRequests\n| where TimeGenerated >= ago(2h) \n| summarize max(ResponseLength), max(RequestLength), max(RequestCharge), count = count() by OperationName, RequestResourceType, UserAgent, CollectionName, bin(TimeGenerated, 1h)",
  },
  {
    source: CDB,
    name: "distribution of operations",
    query: "CDBDataPlaneRequests\n| where TimeGenerated >= ago(2h) \n| summarize count = count()  by OperationName, RequestResourceType, bin(TimeGenerated, 1h)",
  },
  { source: CDB, name: "maximum throughput of a partition", query: "CDBDataPlaneRequests\n| where TimeGenerated >= ago(2h) \n| summarize max(RequestCharge) by bin(TimeGenerated, 1h), PartitionId" },
  {
    source: CDB,
    name: "P99/P50 latencies, charge and response length",
    query:
      "CDBDataPlaneRequests\n| where TimeGenerated >= ago(2d)\n| summarize percentile(todouble(ResponseLength), 50), percentile(todouble(ResponseLength), 99), max(ResponseLength), percentile(todouble(RequestCharge), 50), percentile(todouble(RequestCharge), 99), max(RequestCharge), percentile(todouble(DurationMs), 50), percentile(todouble(DurationMs), 99), max(DurationMs),count() by OperationName, RequestResourceType, UserAgent, CollectionName, bin(TimeGenerated, 1h)",
  },
];
