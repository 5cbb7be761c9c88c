/**
 * Real published queries over the billing standard columns (`_IsBillable`, `_BilledSize`) and the
 * Usage table, copied as published (trailing spaces and comments included), with their source.
 * Selection: every query of these three Microsoft pages that reads only tables this workspace has
 * (the contract tables and Usage) or every table (`union *`, `search *`, `find`). Left out of them:
 * queries over tables outside the contract (Event, Perf, Syslog, SecurityEvent, Heartbeat,
 * W3CIISLog, AppTraces, AppBrowserTimings and the other App* tables this deployment does not write,
 * classic Application Insights' `dependencies` / `systemEvents`), the Perf/Event joins, and the
 * page fragment `| parse tolower(_ResourceId) ...` that is not a whole query.
 *
 * The `find` queries run (lib/engine/find.ts: every table, Usage included). Some read
 * `Computer`, which only Usage has here (empty, as the column is deprecated): they run and find no
 * computer, which is this workspace's true answer.
 */
import type { PublishedQuery } from "./queries";

const STD = "https://learn.microsoft.com/azure/azure-monitor/logs/log-standard-columns (MicrosoftDocs/azure-monitor-docs@04f72d4 articles/azure-monitor/logs/log-standard-columns.md)";
const ANALYZE_USAGE = "https://learn.microsoft.com/azure/azure-monitor/logs/analyze-usage (MicrosoftDocs/azure-monitor-docs@02e2a49 articles/azure-monitor/logs/analyze-usage.md)";
const USAGE_QUERIES = "https://learn.microsoft.com/azure/azure-monitor/reference/queries/usage (MicrosoftDocs/azure-monitor-docs@0045e99 articles/azure-monitor/reference/queries/usage.md)";

export const PUBLISHED_BILLING: PublishedQuery[] = [
  {
    source: STD,
    name: "Billed bytes per resource group (parsed from _ResourceId)",
    query: `union withsource = tt * 
| where _IsBillable == true 
| parse tolower(_ResourceId) with "/subscriptions/" subscriptionId "/resourcegroups/" 
    resourceGroup "/providers/" provider "/" resourceType "/" resourceName   
| summarize Bytes=sum(_BilledSize) by resourceGroup | sort by Bytes nulls last `,
  },
  {
    source: STD,
    name: "Billed bytes per subscription",
    query: `union withsource = tt * 
| where _IsBillable == true 
| summarize Bytes=sum(_BilledSize) by _SubscriptionId | sort by Bytes nulls last `,
  },
  {
    source: STD,
    name: "Billed volume per computer",
    query: `union withsource = tt * 
| where _IsBillable == true 
| extend computerName = tolower(tostring(split(Computer, '.')[0]))
| where computerName != ""
| summarize TotalVolumeBytes=sum(_BilledSize) by computerName`,
  },
  {
    source: STD,
    name: "Computers sending billed data per hour",
    query: `union withsource = tt * 
| where _IsBillable == true 
| extend computerName = tolower(tostring(split(Computer, '.')[0]))
| where computerName != ""
| summarize dcount(computerName) by bin(TimeGenerated, 1h) | sort by TimeGenerated asc`,
  },
  {
    source: STD,
    name: "Billable bytes per computer",
    query: `union withsource = tt * 
| where _IsBillable == true 
| summarize Bytes=sum(_BilledSize) by  Computer | sort by Bytes nulls last `,
  },
  {
    source: STD,
    name: "Billable bytes per subscription (withsource=table)",
    query: `union withsource=table * 
| where _IsBillable == true 
| summarize Bytes=sum(_BilledSize) by  _SubscriptionId | sort by Bytes nulls last `,
  },
  {
    source: STD,
    name: "Billable bytes per resource group",
    query: `union withsource=table * 
| where _IsBillable == true 
| parse _ResourceId with "/subscriptions/" SubscriptionId "/resourcegroups/" ResourceGroupName "/" *
| summarize Bytes=sum(_BilledSize) by  _SubscriptionId, ResourceGroupName | sort by Bytes nulls last `,
  },
  {
    source: STD,
    name: "Events per computer",
    query: `union withsource = tt *
| summarize count() by Computer | sort by count_ nulls last`,
  },
  {
    source: STD,
    name: "Billable events per computer",
    query: `union withsource = tt * 
| where _IsBillable == true 
| summarize count() by Computer  | sort by count_ nulls last`,
  },
  {
    source: STD,
    name: "Billable data types from one computer",
    query: `union withsource = tt *
| where Computer == "computer name"
| where _IsBillable == true 
| summarize count() by tt | sort by count_ nulls last `,
  },
  {
    source: STD,
    name: "Records per type over the past hour",
    query: `search * 
| where TimeGenerated > ago(1h)
| summarize count() by Type
`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Billable data volume alert (Usage)",
    query: `Usage | where IsBillable | summarize DataGB = sum(Quantity / 1000)`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Billable data volume by type over the past month",
    query: `Usage 
| where TimeGenerated > ago(32d)
| where StartTime >= startofday(ago(31d)) and EndTime < startofday(now())
| where IsBillable == true
| summarize BillableDataGB = sum(Quantity) / 1000. by bin(StartTime, 1d), DataType 
| render columnchart`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Billable data volume by solution and type over the past month",
    query: `Usage 
| where TimeGenerated > ago(32d)
| where StartTime >= startofday(ago(31d)) and EndTime < startofday(now())
| where IsBillable == true
| summarize BillableDataGB = sum(Quantity) / 1000 by Solution, DataType
| sort by Solution asc, DataType asc`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Billable data volume by resource ID for the last full day",
    query: `find where TimeGenerated between(startofday(ago(1d))..startofday(now())) project _ResourceId, _BilledSize, _IsBillable
| where _IsBillable == true 
| summarize BillableDataBytes = sum(_BilledSize) by _ResourceId 
| sort by BillableDataBytes nulls last`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Billable data volume by resource group for the last full day",
    query: `find where TimeGenerated between(startofday(ago(1d))..startofday(now())) project _ResourceId, _BilledSize, _IsBillable
| where _IsBillable == true 
| summarize BillableDataBytes = sum(_BilledSize) by _ResourceId
| extend resourceGroup = tostring(split(_ResourceId, "/")[4] )
| summarize BillableDataBytes = sum(BillableDataBytes) by resourceGroup 
| sort by BillableDataBytes nulls last`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Billable data volume by subscription for the last full day",
    query: `find where TimeGenerated between(startofday(ago(1d))..startofday(now())) project _BilledSize, _IsBillable, _SubscriptionId
| where _IsBillable == true 
| summarize BillableDataBytes = sum(_BilledSize) by _SubscriptionId 
| sort by BillableDataBytes nulls last`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Billable data volume by computer for the last full day",
    query: `find where TimeGenerated between(startofday(ago(1d))..startofday(now())) project _BilledSize, _IsBillable, Computer, Type
| where _IsBillable == true and Type != "Usage"
| extend computerName = tolower(tostring(split(Computer, '.')[0]))
| summarize BillableDataBytes = sum(_BilledSize) by  computerName 
| sort by BillableDataBytes desc nulls last`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Count of billable events by computer for the last full day",
    query: `find where TimeGenerated between(startofday(ago(1d))..startofday(now())) project _IsBillable, Computer, Type
| where _IsBillable == true and Type != "Usage"
| extend computerName = tolower(tostring(split(Computer, '.')[0]))
| summarize eventCount = count() by computerName  
| sort by eventCount desc nulls last`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Log Management solution data types (Usage)",
    query: `Usage 
| where Solution == "LogManagement" and iff(isnotnull(toint(IsBillable)), IsBillable == true, IsBillable == "true") == true 
| summarize AggregatedValue = count() by DataType
| order by AggregatedValue desc nulls last`,
  },
  {
    source: ANALYZE_USAGE,
    name: "AzureDiagnostics records per provider and resource",
    query: `AzureDiagnostics 
| summarize AggregatedValue = count() by ResourceProvider, ResourceId`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Count of nodes sending any data in the last 24 hours",
    query: `find where TimeGenerated > ago(24h) project Computer
| extend computerName = tolower(tostring(split(Computer, '.')[0]))
| where computerName != ""
| summarize nodes = dcount(computerName)`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Data volume sent by each node in the last 24 hours",
    query: `find where TimeGenerated > ago(24h) project _BilledSize, Computer
| extend computerName = tolower(tostring(split(Computer, '.')[0]))
| where computerName != ""
| summarize TotalVolumeBytes=sum(_BilledSize) by computerName`,
  },
  {
    source: ANALYZE_USAGE,
    name: "Computers billed per hour under the legacy Per Node tier",
    query: `find where TimeGenerated >= startofday(ago(7d)) and TimeGenerated < startofday(now()) project Computer, _IsBillable, Type, TimeGenerated
| where Type !in ("SecurityAlert", "SecurityBaseline", "SecurityBaselineSummary", "SecurityDetection", "SecurityEvent", "WindowsFirewall", "MaliciousIPCommunication", "LinuxAuditLog", "SysmonEvent", "ProtectionStatus", "WindowsEvent")
| extend computerName = tolower(tostring(split(Computer, '.')[0]))
| where computerName != ""
| where _IsBillable == true
| summarize billableNodesPerHour=dcount(computerName) by bin(TimeGenerated, 1h)
| summarize billableNodesPerDay = sum(billableNodesPerHour)/24., billableNodeMonthsPerDay = sum(billableNodesPerHour)/24./31.  by day=bin(TimeGenerated, 1d)
| sort by day asc`,
  },
  {
    source: USAGE_QUERIES,
    name: "Usage by data types",
    query: `Usage
| summarize count_per_type=count() by DataType
| sort by count_per_type desc
| render piechart`,
  },
  {
    source: USAGE_QUERIES,
    name: "Billable performance data",
    query: `Usage
| where TimeGenerated > ago(1d)
| where IsBillable == true
| where DataType == "Perf"
| summarize TotalVolumeGB = sum(Quantity) / 1024`,
  },
  {
    source: USAGE_QUERIES,
    name: "Volume of solutions' data",
    query: `Usage
| summarize total_MBytes=sum(Quantity) by Solution
| sort by total_MBytes desc nulls last
| render barchart`,
  },
  {
    source: USAGE_QUERIES,
    name: "Total workspace ingestion over the last 24 hours",
    query: `Usage
|where TimeGenerated > ago(24h)
|summarize TotalIngestionVolGB = sum(Quantity)/1024.0`,
  },
  {
    source: USAGE_QUERIES,
    name: "Container Insight solution billable data",
    query: `//This includes billable data for all solutions in the workspace, see for Container Insights solution
Usage
| where TimeGenerated > startofday(ago(30d))
| where IsBillable == true
| summarize TotalVolumeGB = sum(Quantity) / 1000 by bin(TimeGenerated, 1d), Solution
| render barchart`,
  },
];
