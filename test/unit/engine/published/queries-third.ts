/**
 * A third set of real published queries for the contract tables, copied as published (comments
 * included), with the source each came from. Same selection rule as queries.ts and queries-more.ts:
 * every query of a source that reads only contract tables and columns those tables have in a
 * workspace like this deployment's; workspace-wide `union *` / `search *` count, as they read the
 * contract tables here. Placeholders a reader must fill (`<Category>`, `xxxxxx`) are kept as
 * published: they are string literals and run; template parameters of infrastructure code (Bicep
 * `${...}`) are replaced by a value this workspace has (noted next to each query).
 *
 * Left out of the same sources: queries that also read tables outside the contract (AppTraces,
 * AppExceptions, AppPerformanceCounters, SigninLogs, ...), AppMetrics queries that read
 * columns the table does not have (`Val`, `Value`, `Count`: AppMetrics has Sum, Min, Max and
 * ItemCount), classic CDN access-log queries (isReceivedFromClient), and "Active conversations"
 * (GitHub file 53281031262), whose `join ... on $left.$left == $right.$right` is not KQL: Log
 * Analytics rejects it too. felipementel/ApplicationInsights-KQL@5084ac9 cosmos.md's resource-specific
 * queries are left out as the same text is already in queries-more.ts. Queries over the billing
 * standard columns (`_IsBillable`, `_BilledSize`) and the Usage table are in queries-billing.ts.
 */
import type { PublishedQuery } from "./queries";

const gh = (id: string, note = "") => `public GitHub file, code index id ${id}${note ? ` (${note})` : ""}`;
const SRE_RUNBOOK = gh("53281031262", "SRE runbook of a Copilot SDK app on Container Apps with Cosmos DB");
const ALERTS_BICEP = gh("54052252877", "Bicep scheduled-query alert rules");
const CHEATSHEET = gh("59133680521", "Azure Monitor observability lab skill");
const TABLE_COUNT = gh("28367430766", "note 'Kusto - get all table row count'");
const EXAMPLES_CS = gh("38826030166", "Azure Monitor log query examples, Czech translation of the Microsoft docs page");

const WILDCARD_AND_SEARCH: PublishedQuery[] = [
  {
    source: gh("5240909851", "Terraform output health_check_queries.data_ingestion of a Sentinel workspace"),
    name: "Data ingestion per table",
    query: `union withsource=TableName * | where TimeGenerated > ago(24h) | summarize Count = count() by TableName | where Count > 0 | order by Count desc`,
  },
  {
    source: EXAMPLES_CS,
    name: "Chart the record count per table",
    query: `union withsource=sourceTable *
| where TimeGenerated > ago(5h) 
| summarize count() by bin(TimeGenerated,10m), sourceTable
| render timechart`,
  },
  {
    source: EXAMPLES_CS,
    name: "Count all logs collected over the last hour by type",
    query: `search *
| where TimeGenerated > ago(1h) 
| summarize CountOfRecords = count() by Type
| render barchart`,
  },
  {
    source: TABLE_COUNT,
    name: "All table row count",
    query: `union withsource = __TableName *
| summarize RowCount = count() by __TableName
| order by RowCount desc`,
  },
  {
    source: TABLE_COUNT,
    name: "Count rows containing a term in every table",
    query: `let something = "xxxxxx";
search *
| where * contains something
| summarize count() by $table`,
  },
  {
    source: TABLE_COUNT,
    name: "Search a term inside AzureActivity",
    query: `let something = "xxxxxx";
AzureActivity
| where * contains something`,
  },
  {
    source: CHEATSHEET,
    name: "Confirm data actually arrived",
    query: `union withsource=T *
| where TimeGenerated > ago(1h)
| summarize Rows = count() by T
| order by Rows desc`,
  },
  {
    source: CHEATSHEET,
    name: "Sanity check: rows per table",
    query: `union withsource=T * | summarize count() by T`,
  },
];

const AZURE_DIAGNOSTICS_AND_ACTIVITY: PublishedQuery[] = [
  {
    source: EXAMPLES_CS,
    name: "Count Azure diagnostics records per category",
    query: `AzureDiagnostics 
| where TimeGenerated > ago(1d)
| summarize count() by Category`,
  },
  {
    source: EXAMPLES_CS,
    name: "Get a random record for each unique category",
    query: `AzureDiagnostics
| where TimeGenerated > ago(1d) 
| summarize any(*) by Category`,
  },
  {
    source: EXAMPLES_CS,
    name: "Get the latest record per category",
    query: `AzureDiagnostics
| where TimeGenerated > ago(1d) 
| summarize arg_max(TimeGenerated, *) by Category`,
  },
  {
    source: CHEATSHEET,
    name: "Events per resource every 15 minutes",
    query: `AzureDiagnostics
   | where TimeGenerated > ago(24h) and Category == "<Category>"
   | summarize Events = count() by bin(TimeGenerated, 15m), ResourceId
   | render timechart`,
  },
];

const APP_INSIGHTS: PublishedQuery[] = [
  {
    source: SRE_RUNBOOK,
    name: "Cosmos DB operation errors over time (AppMetrics)",
    query: `// Cosmos DB operation errors over time
AppMetrics
| where TimeGenerated > ago(1h)
| where Name == "cosmos_errors_total"
| summarize sum(Sum) by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: SRE_RUNBOOK,
    name: "Cosmos DB operation latency by operation type",
    query: `// Cosmos DB operation latency by operation type
AppMetrics
| where TimeGenerated > ago(1h)
| where Name == "cosmos_duration_ms"
| summarize avg(Sum) by tostring(Properties.operation), bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: SRE_RUNBOOK,
    name: "Conversation lifecycle rates",
    query: `// Conversation lifecycle — creation and deletion rates
AppMetrics
| where TimeGenerated > ago(24h)
| where Name in ("conversations_created_total", "conversations_deleted_total", "conversation_messages_total")
| summarize sum(Sum) by Name, bin(TimeGenerated, 1h)
| render timechart`,
  },
  {
    source: SRE_RUNBOOK,
    name: "High latency on /chat",
    query: `AppRequests
| where TimeGenerated > ago(6h)
| where Name == "POST /chat"
| summarize avg(DurationMs), percentile(DurationMs, 95) by bin(TimeGenerated, 15m)
| render timechart`,
  },
  {
    source: SRE_RUNBOOK,
    name: "Cosmos DB latency spikes (percentiles of a histogram metric)",
    query: `AppMetrics
| where TimeGenerated > ago(6h)
| where Name == "cosmos_duration_ms"
| summarize
    p50 = percentile(Sum, 50),
    p95 = percentile(Sum, 95),
    p99 = percentile(Sum, 99)
  by tostring(Properties.operation), bin(TimeGenerated, 15m)
| render timechart`,
  },
  {
    source: ALERTS_BICEP,
    name: "Server error rate alert (toscalar over AppRequests)",
    query: `let windowStart = ago(5m);
let totalRequests = toscalar(
    AppRequests
    | where TimeGenerated >= windowStart
    | summarize sum(ItemCount)
);
let serverErrors = toscalar(
    AppRequests
    | where TimeGenerated >= windowStart
    | where toint(ResultCode) >= 500 and toint(ResultCode) < 600
    | summarize sum(ItemCount)
);
print ErrorRate = iff(totalRequests <= 0, 0.0, todouble(serverErrors) / todouble(totalRequests))
| where ErrorRate > 0.01`,
  },
  {
    source: `${ALERTS_BICEP.slice(0, -1)}; \${cosmosTargetHost} = cosmos-payments.documents.azure.com)`,
    name: "Cosmos DB 429 rate alert (AppDependencies)",
    query: `let windowStart = ago(5m);
let cosmosDependencies = AppDependencies
    | where TimeGenerated >= windowStart
    | where Target has 'cosmos-payments.documents.azure.com' or Data has 'cosmos-payments.documents.azure.com';
let totalDependencies = toscalar(
    cosmosDependencies
    | summarize sum(ItemCount)
);
let throttledDependencies = toscalar(
    cosmosDependencies
    | where ResultCode == '429'
    | summarize sum(ItemCount)
);
print RateLimitedRatio = iff(totalDependencies <= 0, 0.0, todouble(throttledDependencies) / todouble(totalDependencies))
| where RateLimitedRatio > 0.005`,
  },
  {
    source: ALERTS_BICEP,
    name: "Change feed lag alert (AppMetrics)",
    query: `AppMetrics
| where TimeGenerated >= ago(5m)
| where Name == 'search.sync.lag_seconds'
| extend LagSeconds = coalesce(Max, iff(ItemCount <= 0, Sum, Sum / todouble(ItemCount)))
| summarize MaxLagSeconds = max(LagSeconds)
| where MaxLagSeconds > 60`,
  },
  {
    source: `${ALERTS_BICEP.slice(0, -1)}; \${searchTargetHost} = cosmos-payments.documents.azure.com)`,
    name: "Search latency p95 alert (AppDependencies)",
    query: `AppDependencies
| where TimeGenerated >= ago(5m)
| where Target has 'cosmos-payments.documents.azure.com' or Data has 'cosmos-payments.documents.azure.com'
| summarize DependencyCount = sum(ItemCount), P95DurationMs = percentile(DurationMs, 95)
| where DependencyCount > 0 and P95DurationMs > 500`,
  },
  {
    source: gh("70127444521", "dashboard query 'acs-metrics'"),
    name: "ACS runtime metrics",
    query: `AppMetrics
| where Name startswith "acs_intervention"
| summarize Value = sum(Sum), Samples = sum(ItemCount) by Name
| order by Name asc`,
  },
  {
    source: gh("62049764922", "Bicep alert rule IngestionBudget"),
    name: "Hourly telemetry count over budget",
    query: `AppMetrics
| where TimeGenerated > ago(1h)
| where Name == "traceCount" or Name == "requestCount"
| summarize HourlyCount = sum(Sum) by bin(TimeGenerated, 1h), Name
| where HourlyCount > 50000`,
  },
  {
    source: gh("71279583663", "quickstart: find data from the same run"),
    name: "Metric total of one run",
    query: `AppMetrics
| where TimeGenerated > ago(1h)
| where tostring(Properties["run_id"]) == "<run-UUID>"
| where Name == "quickstart.events"
| summarize total = sum(Sum)`,
  },
  {
    source: gh("67256845337", "dashboard README, custom queries"),
    name: "Chat requests over time",
    query: `// Chat requests over time
AppRequests
| where Name contains "chat"
| summarize count() by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: gh("2976466053", "Terraform variable kql_query, documented example"),
    name: "Failed availability locations",
    query: `AppAvailabilityResults
| where Name == "<your-web-test-name>"
| where TimeGenerated > ago(5m)
| summarize AggregatedValue = toreal(dcountif(Location, Success == false))
| project AggregatedValue`,
  },
];

export const PUBLISHED_THIRD: PublishedQuery[] = [...WILDCARD_AND_SEARCH, ...AZURE_DIAGNOSTICS_AND_ACTIVITY, ...APP_INSIGHTS];
