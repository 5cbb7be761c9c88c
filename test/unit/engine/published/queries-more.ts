/**
 * More real published queries for the contract tables, copied as published (comments included), with
 * the source each came from. Same selection rule as queries.ts: every query of a source that reads
 * only contract tables and columns that table has in a workspace like this deployment's. Left out:
 * queries over tables outside the contract (CDBQueryRuntimeStatistics, CDBPartitionKeyRUConsumption,
 * AppServiceHTTPLogs, AZKVAuditLogs, ...), classic Front Door/CDN and legacy Cosmos AzureDiagnostics
 * columns, and Front Door WAF-log columns read without column_ifexists (this deployment writes no WAF
 * log, so ruleName_s and friends do not exist, and Log Analytics would fail those queries too).
 *
 * Azure workbook parameters are replaced by what the workbook substitutes, as the portal does before it
 * sends the query: a time-range parameter `{X}` after `TimeGenerated` becomes `> ago(2h)`; a text
 * parameter becomes a value this workspace has (noted next to each query).
 */
import type { PublishedQuery } from "./queries";

const AMD = "MicrosoftDocs/azure-monitor-docs articles/azure-monitor/reference/queries";
const AMC = "microsoft/AzureMonitorCommunity@d747e49";
const WB = "microsoft/Application-Insights-Workbooks@1ea1c77 Workbooks";
const MCO = "Azure/Mission-Critical-Online@d4a1f97 src/infra/monitoring";
const GUIDE = "GitHub, 'Analyze Azure logs and metrics with KQL' (workspace oreilly-laws-general; code index file 71252349412)";
const GRAFANA_TIME = "TimeGenerated >= datetime(2026-11-20T13:00:00Z) and TimeGenerated <= datetime(2026-11-20T15:00:00Z)";

const AZURE_METRICS: PublishedQuery[] = [
  {
    source: `${AMD}/azuremetrics.md`,
    name: "Pie chart of HTTP response codes",
    query: `AzureMetrics 
| where TimeGenerated > ago(12h)  
| where MetricName in ("Http2xx", "Http3xx", "Http4xx", "Http5xx") 
| summarize sum(Total) by MetricName  
| render piechart`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "Line chart of response times",
    query: `AzureMetrics 
| extend timeBin = bin(TimeGenerated, 5m) 
| summarize ResponseTime = sumif(Average, MetricName=="AverageResponseTime") by timeBin, bin(TimeGenerated, 1h) 
| sort by TimeGenerated desc 
| render timechart`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "[Classic] Find In AzureMetrics",
    query: `// This query requires a parameter to run. Enter value in SearchValue to find in table.
let SearchValue =  "<SearchValue>";//Please update term you would like to find in the table.
AzureMetrics
| where * contains tostring(SearchValue)
| take 1000`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "Latest metrics",
    query: `AzureMetrics 
| summarize arg_max(TimeGenerated, UnitName, Total, Count, Maximum, Minimum, Average) by MetricName`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "ExpressRoute Circuit BitsInPerSecond traffic graph",
    query: `AzureMetrics
| where MetricName == "BitsInPerSecond"
| summarize by Average, bin(TimeGenerated, 1h), Resource
| render timechart`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "ExpressRoute Circuit ArpAvailablility graph",
    query: `AzureMetrics
| where MetricName == "ArpAvailability"
| summarize by Average, bin(TimeGenerated, 5m), Resource
| render timechart`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "Avg CPU usage",
    query: `//consistently high averages could indicate a customer needs to move to a larger SKU
AzureMetrics
| where ResourceProvider == "MICROSOFT.SQL" // /DATABASES
| where TimeGenerated >= ago(60min)
| where MetricName in ('cpu_percent') 
| parse _ResourceId with * "/microsoft.sql/servers/" Resource  // subtract Resource name for _ResourceId
| summarize CPU_Maximum_last15mins = max(Maximum), CPU_Minimum_last15mins = min(Minimum), CPU_Average_last15mins = avg(Average) by Resource , MetricName`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "Performance troubleshooting",
    query: `//potentially a query or deadlock on the system that could lead to poor performance
AzureMetrics
| where ResourceProvider == "MICROSOFT.SQL"
| where TimeGenerated >=ago(60min)
| where MetricName in ('deadlock')
| parse _ResourceId with * "/microsoft.sql/servers/" Resource // subtract Resource name for _ResourceId
| summarize Deadlock_max_60Mins = max(Maximum) by Resource, MetricName`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "Loading Data",
    query: `AzureMetrics
| where ResourceProvider == "MICROSOFT.SQL"
| where TimeGenerated >= ago(60min)
| where MetricName in ('log_write_percent')
| parse _ResourceId with * "/microsoft.sql/servers/" Resource// subtract Resource name for _ResourceId
| summarize Log_Maximum_last60mins = max(Maximum), Log_Minimum_last60mins = min(Minimum), Log_Average_last60mins = avg(Average) by Resource, MetricName`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "P2S connection count",
    query: `AzureMetrics 
| where TimeGenerated > ago(30d)
| where MetricName == "P2SConnectionCount"
| summarize by Maximum, bin(TimeGenerated,1h), Resource
| render timechart`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "Gateway throughput",
    query: `AzureMetrics 
| where TimeGenerated > ago(24h)
| where MetricName == "AverageBandwidth"
| summarize by Average, bin(TimeGenerated, 1h), Resource
| render timechart`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "Show logs from AzureMetrics table",
    query: `AzureMetrics
| top 10 by TimeGenerated`,
  },
  {
    source: `${AMD}/azuremetrics.md`,
    name: "Cluster availability (KeepAlive)",
    query: `// To create an alert for this query, click '+ New alert rule'
AzureMetrics 
| where ResourceProvider == "MICROSOFT.KUSTO"
| where TimeGenerated > ago(1d)
| where MetricName == "KeepAlive"
| parse _ResourceId with * "providers/microsoft.kusto/clusters/" cluster_name // Get the cluster name from the ResourceId string
| summarize heartbeat_count = count() by bin(TimeGenerated, 30m), cluster_name // bin is used to set the time grain to 30 minutes
| extend alive=iff(heartbeat_count > 0, true, false)
| sort by TimeGenerated asc // sort the results by time (ascending order)`,
  },
  {
    source: `${AMC} Scenarios/How to run search queries/Queries/Search a table for a specific term.kql`,
    name: "Search a table for a specific term",
    query: `search in (AzureMetrics) "CPU"// search is case-insensitive`,
  },
  {
    source: `${MCO}/grafana/config/dashboard_queries/eventhub.kql ($__timeFilter expanded)`,
    name: "Event Hub messages and lag",
    query: `// This queries the number of incoming and outgoing messages on the Event Hub, as well as the EventHubLag metric as it gets recorded by the BackgroundProcessor
let eventHubLag=
AppMetrics
| where ${GRAFANA_TIME}
| where Name == "EventHubLag"
| summarize EventHubLag=toint(avg(Max)) by bin(TimeGenerated, 1m);
AzureMetrics
| where ResourceProvider == "MICROSOFT.EVENTHUB"
| where ${GRAFANA_TIME}
| summarize IncomingMessages=avgif(Total, MetricName=="IncomingMessages"), OutgoingMessages=avgif(Total, MetricName =="OutgoingMessages") by bin(TimeGenerated, 1m)
| join kind=leftouter eventHubLag on TimeGenerated
| project TimeGenerated, IncomingMessages, OutgoingMessages, EventHubLag
| where isnan(IncomingMessages) == false and isnan(OutgoingMessages) == false
| order by TimeGenerated asc`,
  },
  {
    source: `${MCO}/grafana/config/dashboard_queries/stampname.kql`,
    name: "Stamp name",
    query: `AzureMetrics 
| take 500
| where TimeGenerated > ago(1d)
| extend LocationString = extract("^([A-Z0-9]*)(-)([A-Z0-9]*)", 3, Resource)
| where LocationString != ""
| take 1
| project LocationString = strcat(LocationString, " Stamp")`,
  },
  {
    source: `${MCO}/queries/stamp/EventHubHealthStatus.kql`,
    name: "Event Hub health status",
    query: `// Returns the health status of an event hub. 
// Currently we only look at the processingbacklog, i.e. the number of messages that comes in minus messages that go out. 
let _maxAge = 2d; // Only include data from the last two days
let _timespanStart = ago(_maxAge); // Start time for the timespan
// Examining timeframe from series start to now-2m (ingestion delay)
let _timespanEnd = now(-2m); // there is some ingestion lag, so we account for this by stripping the last 2m
let Thresholds = datatable(MetricName: string, YellowThreshold: double, RedThreshold: double) [
    // Difference between incoming and outgoing messages:
    "ProcessingBacklog", 3, 10
    ];
//
let Timeseries = AzureMetrics
| where TimeGenerated > _timespanStart
| where ResourceProvider == "MICROSOFT.EVENTHUB"
| where MetricName == "IncomingMessages" or MetricName == "OutgoingMessages"
| order by TimeGenerated,ResourceId desc
// Each row is either IncomingMessages or OutgoingMessages. Depending on that, the value we're looking for may be before or after the current row.
| extend ProcessedCount = iff(MetricName=="IncomingMessages", // If this is an 'IncomingMessages' row, then:
                                // The next or previous row on the same time and resource should be the OutgoingMessages count
                                iff(next(MetricName)=="OutgoingMessages" // if next row is 'Outgoing' for same time and resource...
                                        and next(TimeGenerated) == TimeGenerated 
                                        and next(ResourceId) == ResourceId, 
                                    next(Total), // then we want that value
                                    iff(prev(MetricName)=="OutgoingMessages"   // If we're here then it wasnt the next, so maybe the previous row:
                                        and prev(TimeGenerated) == TimeGenerated
                                        and prev(ResourceId) == ResourceId,
                                        prev(Total), // It was the previous, so we take that one
                                        toreal(0) // It wasn't the previous either! oh oh, there were no messages processed
                                    )
                                ),
                                toreal(-1)) // Otherwise this is an 'OutgoingMessage' row and we don't care
| where MetricName == "IncomingMessages"
| extend ProcessingBacklog = iff(Total - ProcessedCount < 0, toreal(0), Total - ProcessedCount);
//
Timeseries
| make-series Value=sum(ProcessingBacklog) default=double(null) on TimeGenerated from _timespanStart to _timespanEnd step 1m
| extend Value = series_fill_forward(Value) // Use the last value for any missing points
| mv-expand TimeGenerated, Value
| extend TimeGenerated = todatetime(TimeGenerated), Value=toreal(Value), MetricName='ProcessingBacklog', ComponentName="EventHub"
| lookup kind=inner Thresholds on MetricName
| extend IsYellow = iff(Value> YellowThreshold and Value < RedThreshold, 1, 0)
| extend IsRed = iff(Value > RedThreshold, 1, 0)`,
  },
  {
    source: GUIDE,
    name: "Discover available platform metrics",
    query: `AzureMetrics
| where TimeGenerated > ago(7d)
| summarize Records = count(), LatestRecord = max(TimeGenerated)
    by ResourceProvider, Resource, MetricName, UnitName
| order by ResourceProvider asc, Resource asc, MetricName asc`,
  },
  {
    source: GUIDE,
    name: "Graph App Service platform metrics",
    query: `AzureMetrics
| where TimeGenerated > ago(24h)
| where ResourceProvider =~ "MICROSOFT.WEB"
| where MetricName in ("Requests", "AverageResponseTime", "CpuTime", "MemoryWorkingSet")
| extend MetricValue = coalesce(Average, Total, Maximum)
| summarize MetricValue = avg(MetricValue)
    by bin(TimeGenerated, 5m), Resource, MetricName, UnitName
| render timechart`,
  },
  {
    source: GUIDE,
    name: "Graph Cosmos DB platform metrics",
    query: `AzureMetrics
| where TimeGenerated > ago(24h)
| where ResourceProvider =~ "MICROSOFT.DOCUMENTDB"
| where MetricName in ("TotalRequests", "TotalRequestUnits", "ServerSideLatency", "NormalizedRUConsumption")
| extend MetricValue = coalesce(Average, Total, Maximum)
| summarize MetricValue = avg(MetricValue)
    by bin(TimeGenerated, 5m), Resource, MetricName, UnitName
| render timechart`,
  },
];

const ACTIVITY: PublishedQuery[] = [
  {
    source: `${AMD}/azureactivity.md`,
    name: "[Classic] Find In AzureActivity",
    query: `// This query requires a parameter to run. Enter value in SearchValue to find in table.
let SearchValue =  "<SearchValue>";//Please update term you would like to find in the table.
AzureActivity
| where ResourceProvider == "MICROSOFT.KEYVAULT"
| where * contains tostring(SearchValue)
| take 1000`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Shut down Virtual Machines",
    query: `// To create an alert for this query, click '+ New alert rule'
AzureActivity
| where TimeGenerated > ago(10m)
| where OperationName == "Deallocate Virtual Machine" and ActivityStatus == "Succeeded" 
`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Latest 50 logs",
    query: `AzureActivity 
| top 50 by TimeGenerated desc `,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Operations' status",
    query: `AzureActivity 
| summarize arg_max(TimeGenerated, *) by OperationName `,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Recent Azure Activity logs",
    query: `AzureActivity 
| where Level == "Error" or Level == "Warning"
| project TimeGenerated, Level, ResourceProvider, ActivityStatus, Caller, Category, Properties, CorrelationId `,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Failed operations (Activity log)",
    query: `AzureActivity 
| where TimeGenerated > ago(1h)  
| where ActivityStatus == "Failed"`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Resources creation",
    query: `AzureActivity
| where OperationNameValue has "Microsoft.Resources/deployments/write"
| where CategoryValue == "Administrative"
| where ActivityStatusValue == "Success"
| project Caller, TimeGenerated, _ResourceId
`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Display top 50 Activity log events",
    query: `AzureActivity
| project TimeGenerated, SubscriptionId, ResourceGroup,ResourceProviderValue,OperationNameValue,CategoryValue,CorrelationId,ActivityStatusValue, ActivitySubstatusValue, Properties_d, Caller
| top 50 by TimeGenerated`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Display Activity log Administrative events",
    query: `AzureActivity 
| where CategoryValue == "Administrative"
| order by TimeGenerated desc`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "VM creation",
    query: `AzureActivity
| where TimeGenerated >= ago(1d)
| where OperationNameValue == "MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE" and ActivityStatusValue == "Start"
| where Authorization_d.action == "Microsoft.Compute/virtualMachines/write"
| project OperationNameValue, ActivityStatusValue, VM_Name=Properties_d.resource, ResourceGroup, SubscriptionId, Created_By=Caller`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Display Activity log events generated from Policy",
    query: `AzureActivity
| project TimeGenerated, SubscriptionId, ResourceProviderValue, OperationNameValue, Caller, CategoryValue, CorrelationId, ActivityStatusValue, Properties_d
| where OperationNameValue has "audit"
| top 100 by TimeGenerated desc`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "List callers and their associated action in last 48 hours",
    query: `AzureActivity
| where TimeGenerated > ago(2d)
| project Caller, OperationNameValue, ActivityStatusValue, CategoryValue
| where Caller has "@"`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "All Azure Activity",
    query: `AzureActivity
| project TimeGenerated, Caller, OperationName, ActivityStatus, _ResourceId`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Azure Activity for user",
    query: `// Replace the UPN in the query with the UPN of the user of interest
let v_Users_UPN= "osotnoc@contoso.com";
AzureActivity
| where Caller == v_Users_UPN
| project TimeGenerated, Caller, OperationName, ActivityStatus`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Successful key enumaration",
    query: `AzureActivity
| where OperationName == "List Storage Account Keys"
| where ActivityStatus == "Succeeded"
| project TimeGenerated, Caller, CallerIpAddress, OperationName`,
  },
  {
    source: `${AMD}/azureactivity.md`,
    name: "Azure Activity operation statistics",
    query: `AzureActivity
| summarize Count=count() by OperationName, _ResourceId
| sort by Count desc nulls last`,
  },
  {
    source: `${AMC} Azure Services/Azure Activity logs/Queries/Activity logs/NSGCreateOpenAllowAll.kql`,
    name: "NSGs created open to the internet",
    query: `// This Query returns NSGs with rules open to the internet at VM creation (where VM and NSG are created together)
AzureActivity 
| where OperationNameValue =~ "Microsoft.Network/networkSecurityGroups/write"
    and ActivityStatusValue == "Accept"
| extend SecurityRules_ = todynamic(parse_json(tostring(parse_json(tostring(Properties_d.responseBody)).properties)).securityRules)
| mv-expand SecurityRules_
| extend SourceAddressPrefix_ = tostring(parse_json(tostring(parse_json(tostring(SecurityRules_)).properties)).sourceAddressPrefix) 
| extend SourceAddressPrefixes_ = tostring(parse_json(tostring(parse_json(tostring(SecurityRules_)).properties)).sourceAddressPrefixes)
| extend Access = tostring(parse_json(tostring(parse_json(tostring(SecurityRules_)).properties)).access)
| extend Port = tostring(parse_json(tostring(parse_json(tostring(SecurityRules_)).properties)).destinationPortRange)
| where SourceAddressPrefix_ == '*' or SourceAddressPrefixes_ == '' or SourceAddressPrefixes_ == '0.0.0.0/0' 
| where Access == "Allow"
| extend NsgName = split(_ResourceId, '/')[8] 
| extend NsgRule = split(_ResourceId, '/')[10] 
| project TimeGenerated, 
          NsgName, 
          NsgRule, 
          ResourceGroup, 
          SourceAddressPrefix_, 
          SourceAddressPrefixes_,
\t\t  Port,
          Caller,
          CallerIpAddress
\t\t  `,
  },
  {
    source: `${AMC} Azure Services/Azure Activity logs/Queries/Activity logs/NSGUpdateOpenAllowAll.kql`,
    name: "NSG rules updated open to the internet",
    query: `// This Query returns NSGs with rules that have been updated
AzureActivity 
| where OperationNameValue =~ "Microsoft.Network/networkSecurityGroups/securityRules/write"
| where ActivityStatusValue == "Accept"
| extend SourceAddressPrefix_ = tostring(parse_json(tostring(parse_json(tostring(Properties_d.responseBody)).properties)).sourceAddressPrefix) 
| extend SourceAddressPrefixes_ = tostring(parse_json(tostring(parse_json(tostring(Properties_d.requestbody)).properties)).sourceAddressPrefixes)
| extend Access = tostring(parse_json(tostring(parse_json(tostring(parse_json(Properties).responseBody)).properties)).access)
| extend Port = tostring(parse_json(tostring(parse_json(tostring(parse_json(Properties).responseBody)).properties)).destinationPortRange) 
| where SourceAddressPrefix_ == '*'
    or SourceAddressPrefixes_ == ''
    or SourceAddressPrefixes_ == '0.0.0.0/0' 
| where Access == "Allow"
| extend NsgName = split(_ResourceId, '/')[8] 
| extend NsgRule = split(_ResourceId, '/')[10] 
| project TimeGenerated, 
    NsgName, 
    NsgRule, 
    ResourceGroup, 
    SourceAddressPrefix_, 
    SourceAddressPrefixes_,
    Port,
    Caller,
    CallerIpAddress`,
  },
  {
    source: `${AMC} Azure Services/Azure Activity logs/Queries/Activity logs/resource write operations.kql`,
    name: "Resource write operations",
    query: `AzureActivity
| where Authorization_d.action has "write"
| where CategoryValue == "Administrative"
| where ActivityStatusValue == "Success"
| where OperationNameValue !in (
"MICROSOFT.AUTHORIZATION/POLICYDEFINITIONS/WRITE",
"MICROSOFT.AUTHORIZATION/POLICYSETDEFINITIONS/WRITE",
"MICROSOFT.AUTHORIZATION/POLICYASSIGNMENTS/WRITE")
`,
  },
  {
    source: `${AMC} Scenarios/How to extract the Resource Group ID and subscription from _ResourceId/Queries/ExtractExamples.kql (1st)`,
    name: "Extract subscription and resource group with split",
    query: `AzureActivity
| extend subId =  split(_ResourceId,"/").[2]
| extend resGr =  split(_ResourceId,"/").[4]
| project _ResourceId, subId, resGr`,
  },
  {
    source: `${AMC} Scenarios/How to extract the Resource Group ID and subscription from _ResourceId/Queries/ExtractExamples.kql (2nd)`,
    name: "Extract subscription and resource group with parse",
    query: `AzureActivity
| parse _ResourceId with * '/subscriptions/' subId '/' *
| parse _ResourceId with * '/resourcegroups/' resGr '/' *
| distinct  subId, resGr`,
  },
  {
    source: `${AMC} Scenarios/How to extract the Resource Group ID and subscription from _ResourceId/Queries/ExtractExamples.kql (3rd)`,
    name: "Extract subscription and resource group with extract",
    query: `AzureActivity
| extend subId = extract(@"/subscriptions/(.*?)/", 1,_ResourceId)
| extend resGr = extract(@"/resourcegroups/(.*?)/", 1,_ResourceId)
| project subId, resGr`,
  },
  {
    source: `${AMC} Scenarios/How to extract the Resource Group ID and subscription from _ResourceId/Queries/ExtractExamples.kql (4th)`,
    name: "Regex lookup on _ResourceId",
    query: `// Just do a regex lookup  
AzureActivity
| where _ResourceId matches regex @"/subscriptions/(.*?)/"`,
  },
  {
    source: `${AMC} Scenarios/How to run search queries/Queries/Search multiple terms.kql`,
    name: "Search multiple terms",
    query: `search in (AzureActivity) "*err*" or "*warn*" 
| where TimeGenerated > ago(1h)`,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook`,
    name: "Activity log entries by category",
    query: `AzureActivity
| summarize AggregatedValue = count() by CategoryValue `,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook`,
    name: "Activity logs by resource",
    query: `AzureActivity
| extend ResourceName = tostring(parse_json(Properties).resource)
| summarize AggregatedValue = count() by ResourceName`,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook ({series} = MICROSOFT.WEB)`,
    name: "Operations detail",
    query: `AzureActivity
| project TimeGenerated, SubscriptionId, ResourceGroup,ResourceProviderValue,OperationNameValue,CategoryValue,CorrelationId,ActivityStatusValue, ActivitySubstatusValue, Properties_d, Caller
| where ResourceProviderValue has 'MICROSOFT.WEB'
`,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook`,
    name: "Activity logs by status",
    query: `AzureActivity
| where ResourceProviderValue has 'MICROSOFT.'
| summarize count() by ActivityStatusValue `,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook ({status} = Active)`,
    name: "Activities by selected status",
    query: `AzureActivity
| where ResourceProviderValue has 'MICROSOFT.'
| where ActivityStatusValue has 'Active'
| project CategoryValue, OperationNameValue, Caller, ActivityStatusValue, _ResourceId, TimeGenerated
| top 100 by TimeGenerated desc`,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook`,
    name: "Failures by operation",
    query: `AzureActivity
| where ActivityStatusValue has "Failure" or ActivityStatusValue has "Failed"
| summarize AggregatedValue = count() by OperationNameValue
`,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook`,
    name: "Failure by categories",
    query: `AzureActivity
| where ActivityStatusValue has "Failure" or ActivityStatusValue has "Failed"
| order by CategoryValue
`,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook ({resource} = MICROSOFT.WEB)`,
    name: "Failures by operation name for a resource provider",
    query: `AzureActivity
| where ActivityStatusValue has "Failure" or ActivityStatusValue has "Failed"
| where ResourceProviderValue has "MICROSOFT.WEB"
| summarize AggregatedValue = count() by OperationNameValue
`,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook`,
    name: "Administrative resource groups",
    query: `AzureActivity
| where CategoryValue has 'Administrative'
| summarize AggregatedValue = count() by ResourceGroup
`,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook ({status} = Succeeded)`,
    name: "Administrative activities by status",
    query: `AzureActivity
| where CategoryValue has 'Administrative'
| where ActivityStatusValue has 'Succeeded'
| project ResourceGroup, Caller, CallerIpAddress, Properties_d`,
  },
  {
    source: `${WB}/Activity Log/Resource/ActivityLogsInsights.workbook`,
    name: "Scale up",
    query: `AzureActivity
| where CategoryValue has 'Autoscale'
| where OperationNameValue has 'Scaleup' or OperationNameValue has 'ScaleupResult'
| summarize AggregatedValue = count() by OperationNameValue
`,
  },
  {
    source: GUIDE,
    name: "Events by resource provider",
    query: `AzureActivity
| where TimeGenerated > ago(24h)
| summarize Events = count() by ResourceProviderValue
| order by Events desc`,
  },
  {
    source: GUIDE,
    name: "Review failed Azure management operations",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where ActivityStatusValue =~ "Failed"
| project TimeGenerated, ResourceGroup, ResourceProviderValue,
    Resource, OperationNameValue, Caller, CallerIpAddress,
    ActivitySubstatusValue, CorrelationId
| order by TimeGenerated desc`,
  },
];

const WORKSPACE: PublishedQuery[] = [
  {
    source: `${AMC} Scenarios/How to run search queries/Queries/Search in multiple tables.kql`,
    name: "Search in multiple tables",
    query: `search in (AzureDiagnostics, AzureMetrics, AzureActivity) "*fail*"`,
  },
  {
    source: `${AMC} Scenarios/How to run search queries/Queries/Run a casesensitive search.kql`,
    name: "Run a case-sensitive search",
    query: `search kind=case_sensitive in (AzureDiagnostics) "*JIT*"`,
  },
  {
    source: `${AMC} Scenarios/How to run search queries/Queries/Search a term through all logs.kql`,
    name: "Search a term through all logs",
    query: `search "Network"// search is case-insensitive 
| where TimeGenerated > ago(30m)`,
  },
  {
    source: `${AMC} Scenarios/How to run search queries/Queries/Show latest logs from all tables.kql`,
    name: "Show latest logs from all tables",
    query: `// returns every column from every table. We recommend you always scope your queries to specific tables or time range. Un-scoped queries may take a while to complete and may return too many results. 
search *  
| top 500 by TimeGenerated// return the latest 500 results`,
  },
  {
    source: `${AMC} Scenarios/How to analyze Azure diagnostics/Queries/Common categories in Azure diagnostics.kql`,
    name: "Common categories in Azure diagnostics",
    query: `AzureDiagnostics 
| summarize countLogsPerCategory=count() by Category  
| sort by countLogsPerCategory`,
  },
  {
    source: GUIDE,
    name: "Discover tables that are receiving data",
    query: `search *
| where TimeGenerated > ago(7d)
| summarize Records = count(), LatestRecord = max(TimeGenerated) by Table = $table
| order by Records desc`,
  },
];

const FRONT_DOOR_WAF_WORKBOOK = `${WB}/Network Insights/AzureFrontDoorWebApplicationFirewallPolicies/AfdWafDefault/AfdWafDefault.workbook`;
const FRONT_DOOR: PublishedQuery[] = [
  {
    source: `${FRONT_DOOR_WAF_WORKBOOK} ({detectionTime} = > ago(2h))`,
    name: "WAF policy scopes",
    query: `AzureDiagnostics
| where Category == "FrontDoorWebApplicationFirewallLog"
| where TimeGenerated > ago(2h)
| extend
    ResourceId = tostring(ResourceId),
    policyScopeName = tostring(column_ifexists("policy_s", "NA")),
    policyScope = "Azure Front Door WAF Policy",
    Action = tostring(column_ifexists("action_s", "NA"))
| summarize Count = count() by ResourceId, policyScopeName, policyScope, Action
| evaluate pivot(Action, sum(Count), ResourceId, policyScope, policyScopeName)`,
  },
  {
    source: `${FRONT_DOOR_WAF_WORKBOOK} ({PolicyScope} = 'NA', {ResourceId} = the demo profile, {detectionTime} = > ago(2h))`,
    name: "Hostnames with entries in the firewall log",
    query: `let Policy_list = dynamic(['NA']);
let Resource_list = dynamic(['/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000001/RESOURCEGROUPS/RG-PAYMENTS-GLOBAL/PROVIDERS/MICROSOFT.CDN/PROFILES/AFD-PAYMENTS']);
AzureDiagnostics
| where Category == "FrontDoorWebApplicationFirewallLog"
| where TimeGenerated > ago(2h)
| where ResourceId in (Resource_list)
| where tostring(column_ifexists("policy_s", "NA")) in (Policy_list)
| extend Hostname = iif(isempty(tostring(column_ifexists("host_s", ""))), "NA", tostring(column_ifexists("host_s", "")))
| extend hostname_s_noport = tostring(split(Hostname, ':')[0])
| summarize total=count() by hostname_s_noport
| order by total desc`,
  },
  {
    source: `${FRONT_DOOR_WAF_WORKBOOK} ({PolicyScope} = 'NA', {ResourceId} = the demo profile, {HostName} = '', {detectionTime} = > ago(2h))`,
    name: "Paths which have triggered firewall rules",
    query: `let Policy_list = dynamic(['NA']);
let Resource_list = dynamic(['/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000001/RESOURCEGROUPS/RG-PAYMENTS-GLOBAL/PROVIDERS/MICROSOFT.CDN/PROFILES/AFD-PAYMENTS']);
let FirewallTransactions =
    AzureDiagnostics
    | where Category == "FrontDoorWebApplicationFirewallLog"
    | where TimeGenerated > ago(2h)
    | where ResourceId in (Resource_list)
    | where tostring(column_ifexists("policy_s", "NA")) in (Policy_list)
    | extend Hostname = iif(isempty(tostring(column_ifexists("host_s", ""))), "NA", tostring(column_ifexists("host_s", "")))
    | where Hostname contains ''
    | project TrackingReference = tostring(column_ifexists("trackingReference_s", ""));
FirewallTransactions
| join kind=inner (
    AzureDiagnostics
    | where Category == "FrontDoorAccessLog"
    | where TimeGenerated > ago(2h)
    | where ResourceId in (Resource_list)
    | project
        TrackingReference = tostring(column_ifexists("trackingReference_s", "")),
        requestUri = tostring(column_ifexists("requestUri_s", "")),
        originalUri = tostring(column_ifexists("requestUri_s", "")),
        httpMethod = tostring(column_ifexists("httpMethod_s", "")),
        httpStatus = tostring(column_ifexists("httpStatusCode_s", column_ifexists("httpStatusCode_d", "")))
) on TrackingReference
| extend
    access_log = strcat("AzureDiagnostics | where Category == \\"FrontDoorAccessLog\\" | where TimeGenerated > ago(2h) | where trackingReference_s == \\"", TrackingReference, "\\""),
    firewall_log = strcat("AzureDiagnostics | where Category == \\"FrontDoorWebApplicationFirewallLog\\" | where TimeGenerated > ago(2h) | where trackingReference_s == \\"", TrackingReference, "\\"")
| project requestUri, originalUri, httpMethod, httpStatus, TransactionId = TrackingReference, access_log, firewall_log`,
  },
];

const COSMOS_WORKBOOK = `${WB}/CosmosDb/Log Analytics/Log Analytics.workbook ({DatabaseCollectionFilterClause} = its no-database form, account of the demo)`;
const COSMOS: PublishedQuery[] = [
  {
    source: COSMOS_WORKBOOK,
    name: "Operations longer than 3 ms (workbook)",
    query: `CDBDataPlaneRequests 
| where AccountName == toupper('cosmos-payments')
| where toint(DurationMs) > 3
| summarize count() by ClientIpAddress, TimeGenerated
| take 100`,
  },
  {
    source: COSMOS_WORKBOOK,
    name: "Requests by client IP and region",
    query: `CDBDataPlaneRequests 
| where AccountName == toupper('cosmos-payments')
| summarize count() by ClientIpAddress, RegionName `,
  },
  {
    source: COSMOS_WORKBOOK,
    name: "Max duration per 10 minutes",
    query: `CDBDataPlaneRequests
//| where TimeGenerated >= now(-1d)
//specify collection and database
| where AccountName == toupper('cosmos-payments')
// bin results by 10 minute intervals
| summarize max(DurationMs) by bin(TimeGenerated, 10m)
| render timechart  `,
  },
  {
    source: COSMOS_WORKBOOK,
    name: "Request timeouts (408) per 10 minutes",
    query: `CDBDataPlaneRequests
//| where TimeGenerated >= now(-1d)
//specify collection and database
| where AccountName == toupper('cosmos-payments')
// bin results by 10 minute intervals
| where StatusCode == 408 
| summarize count() by bin(TimeGenerated, 10m) 
| render timechart  
`,
  },
  {
    source: COSMOS_WORKBOOK,
    name: "Throttled requests (workbook)",
    query: `let throttledRequests = CDBDataPlaneRequests
| where AccountName == toupper('cosmos-payments')
| where StatusCode == "429"
| project  OperationName , TimeGenerated, ActivityId;
throttledRequests`,
  },
  {
    source: GUIDE,
    name: "Find throttled Cosmos DB requests",
    query: `CDBDataPlaneRequests
| where TimeGenerated > ago(24h)
| where StatusCode == 429
| summarize ThrottledRequests = count(),
    TotalRU = round(sum(RequestCharge), 2),
    AverageDurationMs = round(avg(DurationMs), 2)
    by AccountName, DatabaseName, CollectionName, OperationName, RegionName
| order by ThrottledRequests desc`,
  },
  {
    source: GUIDE,
    name: "Analyze request-unit consumption",
    query: `CDBDataPlaneRequests
| where TimeGenerated > ago(24h)
| summarize Requests = count(),
    TotalRU = round(sum(RequestCharge), 2),
    AverageRU = round(avg(RequestCharge), 2),
    MaximumRU = round(max(RequestCharge), 2)
    by AccountName, DatabaseName, CollectionName, OperationName
| order by TotalRU desc`,
  },
  {
    source: GUIDE,
    name: "Find the slowest Cosmos DB operations",
    query: `CDBDataPlaneRequests
| where TimeGenerated > ago(24h)
| summarize Requests = count(),
    AverageDurationMs = round(avg(DurationMs), 2),
    P95DurationMs = round(percentile(DurationMs, 95), 2),
    MaximumDurationMs = round(max(DurationMs), 2)
    by AccountName, DatabaseName, CollectionName, OperationName
| top 20 by P95DurationMs desc`,
  },
];

/**
 * Queries others publish on GitHub for the same tables (runbooks, dashboards, training material). The
 * code index used to find them names a file by id only; the id is kept as the source.
 */
const gh = (id: string, note = "") => `public GitHub file, code index id ${id}${note ? ` (${note})` : ""}`;
const THIRD_PARTY: PublishedQuery[] = [
  {
    source: gh("55352231882"),
    name: "Front Door errors and latency by environment",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN"
    and Category == "FrontDoorAccessLog"
| where requestUri_s contains "redberry.app.euccz.org"
| extend Environment = case(
    requestUri_s contains "uat.",  "UAT",
    requestUri_s contains "test.", "TEST",
    "PROD")
| summarize
    Total     = count(),
    Err4xx    = countif(toint(httpStatusCode_s) between (400..499)),
    Err5xx    = countif(toint(httpStatusCode_s) between (500..599)),
    AvgMs     = round(avg(todouble(timeTaken_s)), 1),
    MaxMs     = max(todouble(timeTaken_s))
  by Environment
`,
  },
  {
    source: gh("66509931003", "${RUN_ID} = kql-regression-1"),
    name: "Front Door access log regression probe",
    query: `AzureDiagnostics
| where TimeGenerated > ago(2h)
| where Category == "FrontDoorAccessLog"
| where requestUri_s contains "kql-regression-1"
| summarize Count=count()`,
  },
  {
    source: gh("53010891188"),
    name: "Top 10 most expensive Cosmos operations by RU",
    query: `// Top 10 most expensive queries by RU consumption
CDBDataPlaneRequests
| where TimeGenerated > ago(24h)
| summarize TotalRU = sum(RequestCharge) by OperationName, DatabaseName, CollectionName
| top 10 by TotalRU desc`,
  },
  {
    source: gh("53010891188"),
    name: "429 (throttled) requests over time",
    query: `// 429 (throttled) requests over time
CDBDataPlaneRequests
| where StatusCode == 429
| summarize ThrottledCount = count() by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: gh("53010891188"),
    name: "Cross-region replication latency",
    query: `// Cross-region replication latency
AzureMetrics
| where MetricName == "ReplicationLatency"
| summarize AvgLatency = avg(Average) by bin(TimeGenerated, 5m), Resource
| render timechart`,
  },
  {
    source: gh("67374363067"),
    name: "Throttling cross-check against provisioned throughput",
    query: `CDBDataPlaneRequests
| where TimeGenerated > ago(1h)
| summarize Total = count(),
            Throttled = countif(StatusCode == 429),
            AvgRU = avg(RequestCharge),
            MaxRU = max(RequestCharge)
          by CollectionName, bin(TimeGenerated, 5m)
| order by Throttled desc`,
  },
  {
    source: gh("52413914845"),
    name: "Cosmos DB operations",
    query: `CDBDataPlaneRequests
| where TimeGenerated > ago(24h)
| summarize Operations=count() by OperationName
| top 10 by Operations`,
  },
  {
    source: gh("1568381144", "Microsoft Learn training module 'Measure performance in Azure Cosmos DB SQL API'"),
    name: "Operation count and request charge in the last hour",
    query: `CDBDataPlaneRequests
| where TimeGenerated >= ago(1h)
| summarize OperationCount = count(), TotalRequestCharged=sum(todouble(RequestCharge)) by OperationName
| order by TotalRequestCharged desc `,
  },
  {
    source: gh("1568381144", "Microsoft Learn training module 'Measure performance in Azure Cosmos DB SQL API'"),
    name: "Requests by status code per 10 minutes",
    query: `CDBDataPlaneRequests 
| where TimeGenerated >= ago(2h)
| summarize requestcount=count() by StatusCode, bin(TimeGenerated, 10m)
| render timechart `,
  },
  {
    source: gh("57473073160"),
    name: "Throttled Cosmos requests by database and collection",
    query: `CDBDataPlaneRequests
| where TimeGenerated > ago(1h)
| where StatusCode == 429
| summarize Throttled = count()
    by bin(TimeGenerated, 5m), DatabaseName, CollectionName
| order by TimeGenerated desc`,
  },
  {
    source: gh("69094794535", "<UTC_START>/<UTC_END> = the window, AppRoleName as published"),
    name: "Database dependencies by target and result",
    query: `AppDependencies
| where TimeGenerated >= datetime(2026-11-20T13:00:00Z) and TimeGenerated < datetime(2026-11-20T15:00:00Z)
| where AppRoleName == "zava-api"
| summarize Calls=count(), AvgMs=avg(DurationMs), P95Ms=percentile(DurationMs, 95)
    by bin(TimeGenerated, 5m), Target, ResultCode, Success
| order by TimeGenerated asc, Calls desc
| take 20`,
  },
  {
    source: gh("71333679670", "{window} = 1h, {s} = payments-api"),
    name: "Agent tool calls with a total from toscalar",
    query: `let calls = AppDependencies
| where TimeGenerated > ago(1h) and AppRoleName == "payments-api" and Name startswith "execute_tool"
| extend Tool = coalesce(tostring(Properties["gen_ai.tool.name"]), trim_start("execute_tool ", Name));
calls
| summarize Calls = count(), Failures = countif(Success == false), AvgMs = avg(DurationMs), MaxMs = max(DurationMs) by Tool
| order by Calls desc
| take 20
| extend TotalCalls = toscalar(calls | count)`,
  },
  {
    source: gh("62570792681", "workbook; {Service} = payments-api"),
    name: "Requests: volume, failures, and latency percentiles",
    query: `AppRequests
| where AppRoleName == 'payments-api'
| summarize Requests=count(), Failures=countif(Success == false), p50=percentile(DurationMs, 50), p95=percentile(DurationMs, 95), p99=percentile(DurationMs, 99) by bin(TimeGenerated, 1h)
| order by TimeGenerated asc
`,
  },
  {
    source: gh("62570792681", "workbook; {Service} = payments-api"),
    name: "Dependencies: success and latency",
    query: `AppDependencies
| where AppRoleName == 'payments-api'
| summarize Calls=count(), Failures=countif(Success == false), Throttles=countif(ResultCode == "429"), p50=percentile(DurationMs, 50), p95=percentile(DurationMs, 95), p99=percentile(DurationMs, 99) by DependencyType, bin(TimeGenerated, 1h)
| order by TimeGenerated desc
`,
  },
  {
    source: gh("62570792681", "workbook; {Service} = payments-api"),
    name: "Generation, moderation, retries, persistence, and token aggregates",
    query: `AppMetrics
| where AppRoleName == 'payments-api'
| where Name startswith "fcg."
| extend Dimension = case(
    Name in ("fcg.generation.requests", "fcg.generation.duration", "fcg.artwork.retries"), strcat("outcome=", tostring(Properties["fcg.outcome"])),
    Name == "fcg.generation.partial_results", strcat("partial=", tostring(Properties["fcg.partial_reason"])),
    Name in ("fcg.dependency.attempts", "fcg.dependency.duration"), strcat("dependency=", tostring(Properties["fcg.dependency"]), ";attempt=", tostring(Properties["fcg.attempt"]), ";outcome=", tostring(Properties["fcg.outcome"])),
    Name in ("fcg.dependency.throttles", "fcg.dependency.timeouts"), strcat("dependency=", tostring(Properties["fcg.dependency"])),
    Name == "fcg.moderation.decisions", strcat("stage=", tostring(Properties["fcg.stage"]), ";moderation=", tostring(Properties["fcg.moderation_reason"]), ";outcome=", tostring(Properties["fcg.outcome"])),
    Name == "fcg.persistence.operations", strcat("store=", tostring(Properties["fcg.store"]), ";operation=", tostring(Properties["fcg.persistence_operation"]), ";outcome=", tostring(Properties["fcg.outcome"])),
    Name == "fcg.ai.tokens", strcat("operation=", tostring(Properties["fcg.operation"]), ";token_type=", tostring(Properties["fcg.token_type"])),
    "aggregate")
| summarize Value=sum(Sum) by Name, Dimension, bin(TimeGenerated, 1h)
| order by TimeGenerated desc
`,
  },
  {
    source: gh("62570792681", "alert rule; {0} = payments-availability, {1} = 3"),
    name: "Availability failures alert",
    query: `AppAvailabilityResults
| where Name == 'payments-availability' and Success == false
| summarize Failures=count()
| where Failures >= 3
| project Breach=1
`,
  },
  {
    source: gh("62570792681", "alert rule; {0} = payments-api, {1} = 20, {2} = 5"),
    name: "Request failure ratio alert",
    query: `AppRequests
| where AppRoleName == 'payments-api'
| summarize Total=count(), Failed=countif(Success == false or ResultCode startswith "5")
| where Total >= 20 and (100.0 * Failed / Total) >= 5
| project Breach=1
`,
  },
  {
    source: gh("62570792681", "alert rule; {0} = payments-api, {1} = 20, {2} = 1500"),
    name: "Request p95 latency alert",
    query: `AppRequests
| where AppRoleName == 'payments-api'
| summarize Total=count(), P95=percentile(DurationMs, 95)
| where Total >= 20 and P95 >= 1500
| project Breach=1
`,
  },
  {
    source: gh("62570792681", "alert rule; {0} = payments-api, {1} = 5"),
    name: "Dependency failure burst alert",
    query: `AppDependencies
| where AppRoleName == 'payments-api'
| where Success == false or ResultCode in ("408", "429", "504")
| summarize Failures=count()
| where Failures >= 5
| project Breach=1
`,
  },
  {
    source: gh("55165736726"),
    name: "Performance timeline of an operation",
    query: `AppRequests
| where TimeGenerated > ago(15m)
| where Name contains "orders"
| summarize 
    AvgDurationMs = avg(DurationMs),
    P95DurationMs = percentile(DurationMs, 95),
    P99DurationMs = percentile(DurationMs, 99),
    FailureRate = 100.0 * countif(Success == false) / count()
  by bin(TimeGenerated, 1m)
| render timechart`,
  },
  {
    source: gh("55165736726"),
    name: "Dependency performance towards Cosmos",
    query: `AppDependencies
| where TimeGenerated > ago(15m)
| where Target contains "cosmos"
| summarize 
    AvgDurationMs = avg(DurationMs),
    FailureRate = 100.0 * countif(Success == false) / count()
  by DependencyType, Target`,
  },
  {
    source: gh("67138174555"),
    name: "Dependency failures by target",
    query: `AppDependencies
| where TimeGenerated > ago(24h)
| summarize calls=count(), failures=countif(Success==false), avg_ms=round(avg(DurationMs),1) by Target, DependencyType
| order by calls desc`,
  },
  {
    source: gh("52873935955", "\${timeFilter} = the window"),
    name: "Failed requests by operation and result code",
    query: `AppRequests
| where TimeGenerated >= datetime('2026-11-20T13:00:00.000Z') and TimeGenerated <= datetime('2026-11-20T15:00:00.000Z')
| where Success == false
| summarize Count = count(), AvgDuration = round(avg(DurationMs), 1) by OperationName, ResultCode
| order by Count desc
| take 10`,
  },
  {
    source: gh("52873935955", "\${timeFilter} = the window"),
    name: "Failed dependencies by target and type",
    query: `AppDependencies
| where TimeGenerated >= datetime('2026-11-20T13:00:00.000Z') and TimeGenerated <= datetime('2026-11-20T15:00:00.000Z')
| where Success == false
| summarize Count = count(), AvgDuration = round(avg(DurationMs), 1) by Target, DependencyType = Type, ResultCode
| order by Count desc
| take 10`,
  },
  {
    source: gh("56128003586"),
    name: "Dependency failures (external calls)",
    query: `// --- Dependency failures (external calls) ---
AppDependencies
| where TimeGenerated > ago(1h)
| where Success == false
| project TimeGenerated, Name, Target, DurationMs, ResultCode, OperationName
| order by TimeGenerated desc`,
  },
];

export const PUBLISHED_MORE: PublishedQuery[] = [...AZURE_METRICS, ...ACTIVITY, ...WORKSPACE, ...FRONT_DOOR, ...COSMOS, ...THIRD_PARTY];
