/**
 * A tenth set of real published queries for the contract tables, copied as published (comments, blank lines and
 * trailing spaces included), from sources the first nine sets did not use. Same selection rule as queries.ts …
 * queries-ninth.ts: every query of a source that reads only contract tables and columns those tables have in a
 * workspace like this deployment's (Usage counts); a block holding several queries gives each as a query of its own.
 *
 * Sources, of a kind the earlier sets had little of: a series of practical guides to Azure services (GitHub,
 * yeongseon/*-practical-guide): the monitoring guide's playbooks, KQL pages and AGENTS.md (sampling ratios,
 * `countif(ItemCount > 1)`, a `join kind=leftouter` of two `let` summaries on a bin named in `by`, `union withsource`
 * of two `workspace()` Usage tables, `tostring(split(Url, "?")[0])`, `Properties_d.statusMessage`), the App Service
 * guide's language tutorials, the Functions guide's alert rules, the networking, virtual machine and storage guides'
 * Activity-log and AzureMetrics queries, a PaaS troubleshooting lab and a Container Apps lab, and the az CLI
 * `--analytics-query` strings of the monitoring and Functions guides (one line each, as the shell hands them on; the
 * Functions labs' `let` datetimes written `datetime(2026-04-07 12:28:00Z)`); a query library's
 * Activity-log file (`extractjson`, `Caller has "@"`); and four public files of the code index, named by id below: an
 * environment runbook's `union AppRequests, AppDependencies` by OperationId with `make_set` and `array_length`, a
 * Terraform module's commented AzureMetrics queries, an evaluation fixture's request body and a Korean translation of
 * the classic Front Door diagnostics page.
 *
 * Left out of the same sources, with the reason:
 * - Queries over other tables: AppTraces, AppExceptions, Heartbeat, Perf, Operation, KubeNodeInventory,
 *   AppServiceHTTPLogs, AppServiceConsoleLogs, AppServicePlatformLogs, AppServiceAppLogs, ContainerAppSystemLogs_CL,
 *   ContainerLog, AZFWApplicationRule (the guides' `union isfuzzy=true` freshness and delay checks among them: they
 *   read Heartbeat, Perf, AppTraces or AppExceptions); AzureDiagnostics queries of other services' columns (Azure
 *   Firewall and DNS resolver `msg_s`, connection monitor, VPN gateway, NSG `ResultDescription`, Application Gateway
 *   `httpStatus_d`, the classic Front Door WAF log's `action_s`).
 * - Queries Kusto's language service rejects (KS142, a column the table does not have): the App Service guide's KQL
 *   reference page, the Functions guide's troubleshooting pages and an AGENTS.md query read the classic Application
 *   Insights names (`timestamp`, `duration`, `success`, `operation_Id`, `cloud_RoleInstance`) on the App* tables or
 *   `AlertSeverity` on AzureDiagnostics; AppMetrics queries over `Val`, `Value` or `cloud_RoleInstance`; AzureMetrics
 *   queries by `Tags["HttpStatusCode"]` or `ResourceInstance` (AzureMetrics has neither). The monitoring guide's
 *   `union workspace("<workspace-a>") (AppRequests | ...)` lacks the comma between its two legs (a syntax error).
 * - Copies: the App Service guide's Python tutorial repeats its Node.js tutorial's four queries word for word, the
 *   monitoring guide's top-10 Usage query stands on three pages, and its az CLI strings repeat four of its code blocks
 *   on one line (each kept once). Two pages were read before under code index ids: the storage guide's "Blob access
 *   denied" (the ninth set's 53111568300) and the monitoring guide's networking-and-security page (the ninth set's
 *   "Secure monitoring notes", 53321999275); they are left out, the other pages of both guides read here.
 * - The monitoring guide's diagnostic-settings az CLI queries name their resource through a shell variable
 *   (`'$RESOURCE_ID'`); the Functions guide's Event Hub lab joins AppRequests with AppTraces.
 *
 * Refused by the engine, on purpose (two): the monitoring guide's ingestion delay, `ingestion_time()` (the embedded
 * workspace has no ingestion pipeline, as in the eighth set), and its cross-workspace Usage, `union withsource=` over
 * `workspace("…").Usage` legs: the union page says the source column then holds "a table name qualified with the
 * database" without giving the form, so the engine refuses it rather than name the rows `union_arg0`/`union_arg1`
 * (what it answered before: the name of an unnamed expression, a silently wrong answer) or `Usage`. The other 84 run.
 *
 * Checked against DuckDB: twenty-five with rows and eight that select nothing here in published-truth.test.ts
 * (published-truth/cases-tenth.ts), and three AzureActivity queries over rows of the operations they look for in
 * published-activity-truth.test.ts (cases-tenth-activity.ts): thirty-six.
 */
import type { PublishedQuery } from "./queries";

const YS = "yeongseon";
const MON = `${YS}/azure-monitoring-practical-guide@6fad9f5`;
const APPSVC = `${YS}/azure-app-service-practical-guide@dc0dbe1`;
const FUNC = `${YS}/azure-functions-practical-guide@c4e9a26`;
const NET = `${YS}/azure-networking-practical-guide@fb1e4dd`;
const ACA = `${YS}/azure-container-apps-practical-guide@d749d69`;
const PAAS = `${YS}/azure-paas-troubleshooting-labs@c277140`;
const STORAGE = `${YS}/azure-storage-practical-guide@274b48e`;
const VM = `${YS}/azure-virtual-machine-practical-guide@c65a03e`;
const ACTIVITY_LIBRARY = "bajumar/Azure-Monitor-Logs@fb2979b Query Library/Azure Activity Log/ALL Azure Activity Log QUERIES";
const gh = (id: string, note: string) => `public GitHub file, code index id ${id} (${note})`;
const RUNBOOK_TRACES = gh("58897506856", "environment build runbook, 6.6 Telemetry (az monitor log-analytics query; its ContainerLog query left out)");
const PROXY_DIAG_TF = gh("32852486202", "Terraform diagnostic settings of an App Service proxy, the KQL in its comments (the '#' prefixes removed; its AppService* table queries left out)");
const EVAL_FIXTURE = gh("69796069683", "observability evaluation scenarios, the azure-dependency-failure request body");
const FRONT_DOOR_KO = gh("959021567", "Korean translation of the classic Front Door diagnostics page, its AccessLogQuery block");

export const PUBLISHED_TENTH: PublishedQuery[] = [
  {
    source: `${MON} AGENTS.md`,
    name: "Monitoring guide AGENTS.md: basic log query (Application Gateway access log per 5 minutes)",
    query: `// Basic log query
AzureDiagnostics
| where TimeGenerated > ago(1h)
| where Category == "ApplicationGatewayAccessLog"
| summarize count() by bin(TimeGenerated, 5m)`,
  },
  {
    source: `${MON} docs/service-guides/app-service/alerts-and-metrics.md`,
    name: "Monitoring guide, App Service alerts and metrics: average response time per 15 minutes",
    query: `AzureMetrics
| where MetricName == "AverageResponseTime"
| summarize avg(Average) by bin(TimeGenerated, 15m)
| render timechart`,
  },
  {
    source: `${MON} docs/service-guides/app-service/alerts-and-metrics.md`,
    name: "Monitoring guide, App Service alerts and metrics: 5xx error rate from two let summaries joined leftouter",
    query: `let Requests =
    AzureMetrics
    | where TimeGenerated > ago(1h)
    | where MetricName == "Requests"
    | summarize TotalRequests=sum(Total) by bin(TimeGenerated, 5m);
let Errors =
    AzureMetrics
    | where TimeGenerated > ago(1h)
    | where MetricName == "Http5xx"
    | summarize TotalErrors=sum(Total) by bin(TimeGenerated, 5m);
Requests
| join kind=leftouter Errors on TimeGenerated
| extend TotalErrors = coalesce(TotalErrors, 0)
| extend ErrorRate = todouble(TotalErrors) / iff(TotalRequests == 0, 1, todouble(TotalRequests)) * 100
| project TimeGenerated, TotalRequests, TotalErrors, ErrorRate
| order by TimeGenerated asc`,
  },
  {
    source: `${MON} docs/service-guides/app-service/alerts-and-metrics.md`,
    name: "Monitoring guide, App Service alerts and metrics: memory peaks above 85 %",
    query: `AzureMetrics
| where TimeGenerated > ago(2h)
| where MetricName == "MemoryPercentage"
| summarize AvgMemory=avg(Average), PeakMemory=max(Maximum) by Resource, bin(TimeGenerated, 15m)
| where PeakMemory > 85
| order by PeakMemory desc`,
  },
  {
    source: `${MON} docs/troubleshooting/architecture-overview.md`,
    name: "Monitoring guide, architecture overview: top 10 tables by GB in 24 hours",
    query: `Usage
| where TimeGenerated > ago(24h)
| summarize TotalGB = round(sum(Quantity) / 1024.0, 2) by DataType
| order by TotalGB desc
| take 10`,
  },
  {
    source: `${MON} docs/troubleshooting/evidence-map.md`,
    name: "Monitoring guide, evidence map: monitoring configuration changes (has_any of six operations)",
    query: `AzureActivity
| where TimeGenerated > ago(24h)
| where ActivityStatusValue == "Succeeded"
| where OperationNameValue has_any (
    "diagnosticSettings/write",
    "dataCollectionRules/write",
    "scheduledQueryRules/write",
    "metricAlerts/write",
    "components/write",
    "managedClusters/write")
| project TimeGenerated, ResourceGroup, ResourceProviderValue, OperationNameValue, Caller, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: `${MON} docs/troubleshooting/evidence-map.md`,
    name: "Monitoring guide, evidence map: request timeline joined with monitoring changes per 15 minutes",
    query: `let GapStart = ago(6h);
let AppTimeline =
    AppRequests
    | where TimeGenerated > GapStart
    | summarize RequestCount = sum(ItemCount) by TimeBucket = bin(TimeGenerated, 15m), AppRoleName;
let MonitorChanges =
    AzureActivity
    | where TimeGenerated > GapStart
    | where OperationNameValue has_any ("components/write", "sites/config/write", "webapps/write")
    | summarize Changes = count(), Operations = make_set(OperationNameValue) by TimeBucket = bin(TimeGenerated, 15m), ResourceGroup;
AppTimeline
| join kind=leftouter MonitorChanges on TimeBucket
| order by TimeBucket asc`,
  },
  {
    source: `${MON} docs/troubleshooting/first-10-minutes/alert-not-firing.md`,
    name: "Monitoring guide, first 10 minutes: alert rule and action group operations",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has_any ("Microsoft.Insights/metricAlerts", "Microsoft.Insights/scheduledQueryRules", "Microsoft.Insights/actionGroups")
| project TimeGenerated, OperationNameValue, ActivityStatusValue, ResourceId, Caller
| order by TimeGenerated desc`,
  },
  {
    source: `${MON} docs/troubleshooting/first-10-minutes/high-cost.md`,
    name: "Monitoring guide, first 10 minutes: billable GB by table in 24 hours",
    query: `Usage
| where TimeGenerated > ago(24h)
| where IsBillable == true
| summarize TotalGB=round(sum(Quantity)/1024.0, 2) by DataType
| order by TotalGB desc
| take 10`,
  },
  {
    source: `${MON} docs/troubleshooting/first-10-minutes/high-cost.md`,
    name: "Monitoring guide, first 10 minutes: billable GB per day and table over 14 days",
    query: `Usage
| where TimeGenerated > ago(14d)
| where IsBillable == true
| summarize TotalGB=round(sum(Quantity)/1024.0, 2) by bin(TimeGenerated, 1d), DataType
| order by TimeGenerated asc`,
  },
  {
    source: `${MON} docs/troubleshooting/kql/alerts/action-group-failures.md`,
    name: "Monitoring guide, action group failures: failed writes with Properties_d.statusMessage",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue == "Microsoft.Insights/ActionGroups/Write"
| where ActivityStatusValue == "Failed"
| project 
    TimeGenerated, 
    ResourceGroup, 
    OperationNameValue, 
    ActivityStatusValue, 
    Properties_d.statusMessage
| order by TimeGenerated desc`,
  },
  {
    source: `${MON} docs/troubleshooting/kql/alerts/action-group-failures.md`,
    name: "Monitoring guide, action group failures: counts by status and operation",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has "ActionGroups"
| summarize Count = count() by ActivityStatusValue, OperationNameValue
| order by Count desc`,
  },
  {
    source: `${MON} docs/troubleshooting/kql/alerts/action-group-failures.md`,
    name: "Monitoring guide, action group failures: failures per day",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue == "Microsoft.Insights/ActionGroups/Write"
| where ActivityStatusValue == "Failed"
| summarize FailureCount = count() by bin(TimeGenerated, 1d)
| render timechart`,
  },
  {
    source: `${MON} docs/troubleshooting/kql/log-analytics/cross-workspace.md`,
    name: "Monitoring guide, cross-workspace: Usage of two workspaces with withsource",
    query: `union withsource = SourceWorkspace
    workspace("Production-Workspace-ID").Usage,
    workspace("Staging-Workspace-ID").Usage
| where TimeGenerated > ago(7d)
| summarize TotalGB = sum(Quantity) / 1024 by SourceWorkspace, DataType
| order by TotalGB desc`,
  },
  {
    source: `${MON} docs/troubleshooting/kql/log-analytics/ingestion-volume.md`,
    name: "Monitoring guide, ingestion volume: billable GB by data type and solution over 31 days",
    query: `Usage
| where IsBillable == true
| where TimeGenerated > ago(31d)
| summarize 
    TotalGB = sum(Quantity) / 1024 
    by DataType, Solution
| order by TotalGB desc`,
  },
  {
    source: `${MON} docs/troubleshooting/kql/log-analytics/ingestion-volume.md`,
    name: "Monitoring guide, ingestion volume: billable GB per day and data type",
    query: `Usage
| where IsBillable == true
| where TimeGenerated > ago(31d)
| summarize TotalGB = sum(Quantity) / 1024 by bin(TimeGenerated, 1d), DataType
| order by TimeGenerated asc`,
  },
  {
    source: `${MON} docs/troubleshooting/kql/log-analytics/ingestion-volume.md`,
    name: "Monitoring guide, ingestion volume: billable GB by solution",
    query: `Usage
| where IsBillable == true
| where TimeGenerated > ago(31d)
| summarize TotalGB = sum(Quantity) / 1024 by Solution
| order by TotalGB desc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/alert-not-firing.md`,
    name: "Monitoring guide, alert-not-firing playbook: alert-related Activity entries",
    query: `// Alert-related Azure Activity entries for recent rule operations
AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has_any ("Microsoft.Insights/metricAlerts", "Microsoft.Insights/scheduledQueryRules", "Microsoft.Insights/actionGroups")
| project TimeGenerated, OperationNameValue, ActivityStatusValue, ResourceGroup, ResourceId, Caller
| order by TimeGenerated desc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/alert-not-firing.md`,
    name: "Monitoring guide, alert-not-firing playbook: action group notification attempts and failures per hour",
    query: `// Check whether action-group delivery failures were recorded
AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue == "Microsoft.Insights/actionGroups/notification/action"
| summarize Attempts=count(), Failures=countif(ActivityStatusValue == "Failed") by ResourceGroup, ActivityStatusValue, bin(TimeGenerated, 1h)
| order by TimeGenerated desc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/alert-storm.md`,
    name: "Monitoring guide, alert-storm playbook: alert operations per hour",
    query: `// Alert operation activity by hour
AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has_any ("Microsoft.Insights/metricAlerts", "Microsoft.Insights/scheduledQueryRules")
| summarize Events=count() by OperationNameValue, ActivityStatusValue, bin(TimeGenerated, 1h)
| order by TimeGenerated desc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/alert-storm.md`,
    name: "Monitoring guide, alert-storm playbook: action group notifications per 15 minutes",
    query: `// Notification activity for action groups
AzureActivity
| where TimeGenerated > ago(24h)
| where OperationNameValue == "Microsoft.Insights/actionGroups/notification/action"
| summarize Notifications=count() by ResourceGroup, ActivityStatusValue, bin(TimeGenerated, 15m)
| order by TimeGenerated desc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/application-insights-gaps.md`,
    name: "Monitoring guide, Application Insights gaps: effective sampling with sampled rows",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| summarize Recorded = count(), EstimatedActual = sum(ItemCount), SampledRows = countif(ItemCount > 1)
| extend EffectiveSamplingPercent = round(100.0 * todouble(Recorded) / todouble(EstimatedActual), 2)`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/application-insights-gaps.md`,
    name: "Monitoring guide, Application Insights gaps: ingestion delay",
    query: `AppRequests
| where TimeGenerated > ago(2h)
| extend IngestionDelaySeconds = datetime_diff('second', ingestion_time(), TimeGenerated)
| summarize AvgDelaySeconds = avg(IngestionDelaySeconds), P95DelaySeconds = percentile(IngestionDelaySeconds, 95), MaxDelaySeconds = max(IngestionDelaySeconds)`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/application-insights-gaps.md`,
    name: "Monitoring guide, Application Insights gaps: requests per 5 minutes and role",
    query: `AppRequests
| where TimeGenerated > ago(6h)
| summarize RequestCount = sum(ItemCount) by bin(TimeGenerated, 5m), AppRoleName
| order by TimeGenerated asc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/application-insights-gaps.md`,
    name: "Monitoring guide, Application Insights gaps: dependency counts and last seen by target and type",
    query: `AppDependencies
| where TimeGenerated > ago(1h)
| summarize Count = count(), LastSeen = max(TimeGenerated) by Target, DependencyType
| order by Count desc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/application-insights-gaps.md`,
    name: "Monitoring guide, Application Insights gaps: recorded vs estimated requests",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| summarize Recorded=count(), Estimated=sum(ItemCount)
| extend EffectiveSamplingPercent = round(100.0 * todouble(Recorded) / todouble(Estimated), 2)`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/high-ingestion-cost.md`,
    name: "Monitoring guide, high ingestion cost: billable usage by table for 7 days",
    query: `// Billable usage by table for the last 7 days
Usage
| where TimeGenerated > ago(7d)
| where IsBillable == true
| summarize TotalGB = round(sum(Quantity) / 1024, 2) by DataType
| order by TotalGB desc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/high-ingestion-cost.md`,
    name: "Monitoring guide, high ingestion cost: daily trend by billable table",
    query: `// Daily trend by top billable tables
Usage
| where TimeGenerated > ago(14d)
| where IsBillable == true
| summarize TotalGB = round(sum(Quantity) / 1024, 2) by bin(TimeGenerated, 1d), DataType
| order by TimeGenerated asc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/missing-application-telemetry.md`,
    name: "Monitoring guide, missing telemetry: services by last request seen",
    query: `// Identify services with missing request telemetry
AppRequests
| where TimeGenerated > ago(24h)
| summarize LastSeen=max(TimeGenerated), Requests=sum(ItemCount) by AppRoleName
| order by LastSeen asc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/missing-application-telemetry.md`,
    name: "Monitoring guide, missing telemetry: sampling with iif over a zero estimate",
    query: `// Check if sampling is changing the apparent request count
AppRequests
| where TimeGenerated > ago(24h)
| summarize RecordedRows=count(), EstimatedActual=sum(ItemCount), SampledRows=countif(ItemCount == 1)
| extend EffectiveSamplingPercent = round(100.0 * RecordedRows / iif(EstimatedActual == 0, 1, EstimatedActual), 2)`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/slow-query-performance.md`,
    name: "Monitoring guide, slow queries: AzureDiagnostics rows by category in 1 hour",
    query: `AzureDiagnostics
| where TimeGenerated > ago(1h)
| summarize Count = count() by Category
| order by Count desc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/slow-query-performance.md`,
    name: "Monitoring guide, slow queries: AzureDiagnostics rows by category in 24 hours",
    query: `AzureDiagnostics
| where TimeGenerated > ago(24h)
| summarize Count = count() by Category
| order by Count desc`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/slow-query-performance.md`,
    name: "Monitoring guide, slow queries: requests by role in 30 minutes",
    query: `AppRequests
| where TimeGenerated > ago(30m)
| summarize Requests = sum(ItemCount) by AppRoleName`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/slow-query-performance.md`,
    name: "Monitoring guide, slow queries: requests by URL, take 20",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| summarize Requests = sum(ItemCount) by Url
| take 20`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/slow-query-performance.md`,
    name: "Monitoring guide, slow queries: requests by route (URL before ?), take 20",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| extend Route = tostring(split(Url, "?")[0])
| summarize Requests = sum(ItemCount) by Route
| take 20`,
  },
  {
    source: `${APPSVC} docs/language-guides/java/tutorial/04-logging-monitoring.md`,
    name: "App Service guide, Java tutorial: request percentiles by name",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| summarize
    RequestCount = count(),
    P50 = percentile(DurationMs, 50),
    P95 = percentile(DurationMs, 95),
    P99 = percentile(DurationMs, 99)
  by Name
| order by P95 desc`,
  },
  {
    source: `${APPSVC} docs/language-guides/nodejs/tutorial/04-logging-monitoring.md`,
    name: "App Service guide, Node.js tutorial: error rate per 5 minutes",
    query: `AppRequests
| where TimeGenerated > ago(6h)
| summarize
    total  = count(),
    failed = countif(Success == false)
  by bin(TimeGenerated, 5m)
| extend errorRate = (failed * 100.0) / total
| render timechart`,
  },
  {
    source: `${APPSVC} docs/language-guides/nodejs/tutorial/04-logging-monitoring.md`,
    name: "App Service guide, Node.js tutorial: top 10 slowest requests",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| top 10 by DurationMs desc
| project TimeGenerated, Name, DurationMs, ResultCode, Success`,
  },
  {
    source: `${APPSVC} docs/language-guides/nodejs/tutorial/04-logging-monitoring.md`,
    name: "App Service guide, Node.js tutorial: latest 5 requests",
    query: `AppRequests
| where TimeGenerated > ago(10m)
| project TimeGenerated, Name, DurationMs, ResultCode, Success
| order by TimeGenerated desc
| take 5`,
  },
  {
    source: `${APPSVC} docs/language-guides/nodejs/tutorial/04-logging-monitoring.md`,
    name: "App Service guide, Node.js tutorial: latest 5 dependencies",
    query: `AppDependencies
| where TimeGenerated > ago(30m)
| project TimeGenerated, Name, Target, DurationMs, Success
| order by TimeGenerated desc
| take 5`,
  },
  {
    source: `${FUNC} docs/operations/alerts.md`,
    name: "Functions guide, alerts: 5xx count in 5 minutes (toint of ResultCode)",
    query: `AppRequests
| where TimeGenerated > ago(5m)
| where toint(ResultCode) >= 500
| summarize failures=count()`,
  },
  {
    source: `${FUNC} docs/operations/alerts.md`,
    name: "Functions guide, alerts: failure ratio by operation with a let lookback",
    query: `let lookback = 5m;
AppRequests
| where TimeGenerated > ago(lookback)
| summarize total_requests=count(), failed_requests=countif(toint(ResultCode) >= 500) by OperationName
| extend failure_ratio=toreal(failed_requests) / toreal(total_requests)
| where total_requests >= 50
| where failure_ratio > 0.05
| project OperationName, total_requests, failed_requests, failure_ratio`,
  },
  {
    source: `${NET} docs/troubleshooting/playbooks/connectivity-failures.md`,
    name: "Networking guide, connectivity failures: route, peering and NSG writes",
    query: `AzureActivity
| where TimeGenerated > ago(24h)
| where OperationNameValue has_any (
    "Microsoft.Network/routeTables/write",
    "Microsoft.Network/virtualNetworks/virtualNetworkPeerings/write",
    "Microsoft.Network/networkSecurityGroups/write"
)
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceGroup, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: `${NET} docs/troubleshooting/playbooks/dns-resolution-issues.md`,
    name: "Networking guide, DNS resolution: private DNS, resolver and private endpoint writes",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has_any (
    "Microsoft.Network/privateDnsZones/write",
    "Microsoft.Network/dnsResolvers/write",
    "Microsoft.Network/privateEndpoints/write"
)
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceGroup, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: `${NET} docs/troubleshooting/playbooks/load-balancer-health-probe-failures.md`,
    name: "Networking guide, load balancer probes: DipAvailability and HealthProbeStatus per 5 minutes",
    query: `AzureMetrics
| where TimeGenerated > ago(6h)
| where ResourceProvider == "MICROSOFT.NETWORK"
| where MetricName in ("DipAvailability", "HealthProbeStatus")
| summarize AvgValue=avg(Average) by ResourceId, MetricName, bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: `${NET} docs/troubleshooting/playbooks/load-balancer-health-probe-failures.md`,
    name: "Networking guide, load balancer probes: load balancer, NSG and route table writes",
    query: `AzureActivity
| where TimeGenerated > ago(24h)
| where OperationNameValue has_any (
    "Microsoft.Network/loadBalancers/write",
    "Microsoft.Network/networkSecurityGroups/write",
    "Microsoft.Network/routeTables/write"
)
| project TimeGenerated, OperationNameValue, Caller, ActivityStatusValue, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: `${NET} docs/troubleshooting/playbooks/vpn-gateway-troubleshooting.md`,
    name: "Networking guide, VPN gateway: gateway, connection and local gateway writes",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has_any (
    "Microsoft.Network/virtualNetworkGateways/write",
    "Microsoft.Network/connections/write",
    "Microsoft.Network/localNetworkGateways/write"
)
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceGroup, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: `${ACA} labs/zone-redundancy-best-effort/apps/README.md`,
    name: "Container Apps guide, zone-redundancy lab: 10 requests of the subject apps",
    query: `AppRequests
| where AppRoleName startswith "app-min"
| take 10`,
  },
  {
    source: `${PAAS} docs/app-service/memory-pressure/overview.md`,
    name: "PaaS troubleshooting labs, App Service memory pressure: memory and CPU per 5 minutes",
    query: `AzureMetrics
| where ResourceProvider == "MICROSOFT.WEB"
| where MetricName in ("MemoryPercentage", "CpuPercentage")
| summarize AvgValue = avg(Total) by MetricName, bin(TimeGenerated, 5m), Resource
| order by TimeGenerated asc`,
  },
  {
    source: `${STORAGE} docs/troubleshooting/playbooks/lifecycle-policy-not-working.md`,
    name: "Storage guide, lifecycle policy: management policy and account writes",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has_any ("managementPolicies/write", "storageAccounts/write")
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: `${STORAGE} docs/troubleshooting/playbooks/replication-lag-issues.md`,
    name: "Storage guide, replication lag: storage account operations",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has "Microsoft.Storage/storageAccounts"
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: `${STORAGE} docs/troubleshooting/playbooks/storage-throttling.md`,
    name: "Storage guide, throttling: latency and transactions per 15 minutes",
    query: `AzureMetrics
| where TimeGenerated > ago(6h)
| where ResourceProvider == "MICROSOFT.STORAGE"
| where MetricName in ("SuccessServerLatency", "SuccessE2ELatency", "Transactions")
| summarize AvgValue=avg(Average) by MetricName, bin(TimeGenerated, 15m)
| order by TimeGenerated asc`,
  },
  {
    source: `${VM} docs/troubleshooting/playbooks/rdp-ssh-connection-failures.md`,
    name: "VM guide, RDP/SSH failures: compute operations",
    query: `// Administrative sign-in and activity correlation
AzureActivity
| where TimeGenerated > ago(24h)
| where ResourceProviderValue =~ "MICROSOFT.COMPUTE"
| project TimeGenerated, OperationNameValue, Caller, ActivityStatusValue, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: `${VM} docs/troubleshooting/playbooks/vm-boot-failures.md`,
    name: "VM guide, boot failures: virtual machine operations",
    query: `// Activity and maintenance events
AzureActivity
| where TimeGenerated > ago(24h)
| where ResourceProviderValue =~ "MICROSOFT.COMPUTE"
| where ResourceId has "/virtualMachines/"
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceId
| order by TimeGenerated desc`,
  },
  // --- A Korean translation of the classic Front Door diagnostics page: its access-log query (its WAF-log query reads action_s)
  {
    source: FRONT_DOOR_KO,
    name: "Front Door classic diagnostics page (Korean): AccessLogQuery",
    query: `AzureDiagnostics
| where ResourceType == "FRONTDOORS" and Category == "FrontdoorAccessLog"
`,
  },
  // --- A query library's Activity-log file (one file holding both queries, each with its comment line)
  {
    source: ACTIVITY_LIBRARY,
    name: "Azure Monitor Logs query library: most active users and their activities",
    query: `// Table: Most Active Users & Their Activities
AzureActivity
| where Caller has "@"
| summarize Activities = count() by Caller, OperationName
| sort by Activities`,
  },
  {
    source: ACTIVITY_LIBRARY,
    name: "Azure Monitor Logs query library: users attempting unauthorized activities",
    query: `// Table: Users Attempting Unauthorized Activities
AzureActivity
| where ActivitySubstatus == "Unauthorized" and Caller has "@"
| extend eventProperties = parse_json(Properties)
| extend eventStatus = tostring(parse_json(eventProperties.statusMessage))
| extend Reason = extractjson("$.error.message", eventStatus)
| project Reason, Caller, CallerIpAddress, OperationName , ResourceGroup, EventSubmissionTimestamp
| sort by Reason asc, Caller asc`,
  },
  // --- An environment runbook's telemetry check, a Terraform module's commented queries and an evaluation fixture's request
  {
    source: RUNBOOK_TRACES,
    name: "Environment runbook: traces spanning multiple services",
    query: `union AppRequests, AppDependencies | where TimeGenerated > ago(60m) | summarize roles=make_set(AppRoleName), spans=count() by OperationId | where array_length(roles) > 1 | order by spans desc | take 5`,
  },
  {
    source: PROXY_DIAG_TF,
    name: "Proxy diagnostics (Terraform): average response time per 5-minute window",
    query: `AzureMetrics
| where ResourceProvider == "MICROSOFT.WEB"
| where MetricName == "AverageResponseTime"
| summarize avg(Average) by bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: PROXY_DIAG_TF,
    name: "Proxy diagnostics (Terraform): CPU and memory utilisation",
    query: `AzureMetrics
| where ResourceProvider == "MICROSOFT.WEB"
| where MetricName in ("CpuTime", "MemoryWorkingSet")
| summarize avg(Average) by MetricName, bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: PROXY_DIAG_TF,
    name: "Proxy diagnostics (Terraform): the AllMetrics setting's comment",
    query: `AzureMetrics | where ResourceProvider == "MICROSOFT.WEB"
     | where MetricName in ("CpuTime","MemoryWorkingSet","AverageResponseTime")
     | summarize avg(Average) by MetricName, bin(TimeGenerated, 5m)`,
  },
  {
    source: EVAL_FIXTURE,
    name: "Observability evaluation fixture: checkout dependency failures",
    query: `AppDependencies | where AppRoleName == "checkout" | project Target, ResultCode, Success
| take 100`,
  },
  // --- The same guides' az CLI `--analytics-query` strings (as the shell hands them on: \" unescaped)
  {
    source: `${FUNC} docs/operations/deployment.md (az monitor log-analytics query)`,
    name: "Functions guide (az CLI), deployment: requests and failures in 30 minutes",
    query: `AppRequests | where TimeGenerated > ago(30m) | summarize total=count(), failed=countif(Success == false)`,
  },
  {
    source: `${FUNC} docs/reference/cli-cheatsheet.md (az monitor log-analytics query)`,
    name: "Functions guide (az CLI), CLI cheat sheet: take 10 requests",
    query: `AppRequests | take 10`,
  },
  {
    source: `${FUNC} docs/troubleshooting/architecture-components-reference.md (az monitor log-analytics query)`,
    name: "Functions guide (az CLI), components reference: p50, p95 and max duration per 5 minutes",
    query: `AppRequests | where TimeGenerated > ago(2h) | summarize p50=percentile(DurationMs,50), p95=percentile(DurationMs,95), maxDuration=max(DurationMs) by bin(TimeGenerated, 5m) | order by TimeGenerated desc`,
  },
  {
    source: `${FUNC} docs/troubleshooting/architecture-components-reference.md (az monitor log-analytics query)`,
    name: "Functions guide (az CLI), components reference: totals, failures and p95 per 5 minutes",
    query: `AppRequests | where TimeGenerated > ago(2h) | summarize total=count(), failed=countif(Success == false), p95=percentile(DurationMs,95) by bin(TimeGenerated, 5m) | order by TimeGenerated asc`,
  },
  {
    source: `${FUNC} docs/troubleshooting/architecture-components-reference.md (az monitor log-analytics query)`,
    name: "Functions guide (az CLI), components reference: dependency failures and p95 by target",
    query: `AppDependencies | where TimeGenerated > ago(2h) | summarize failed=countif(Success == false), p95=percentile(DurationMs,95) by Target | order by failed desc`,
  },
  {
    source: `${FUNC} docs/troubleshooting/lab-guides/durable-replay-storm.md (az monitor log-analytics query)`,
    name: "Functions guide (az CLI), durable replay storm lab: orchestrator executions per 2 minutes",
    query: `let StartTime = datetime(2026-04-07 12:28:00Z); let EndTime = datetime(2026-04-07 13:02:00Z); AppRequests | where TimeGenerated >= StartTime and TimeGenerated < EndTime | where AppRoleName == 'func-durable-lab' | where OperationName has 'replay_storm_orchestrator' | summarize executions = count(), avg_ms = round(avg(DurationMs), 1), p95_ms = round(percentile(DurationMs, 95), 1), max_ms = round(max(DurationMs), 1) by bin(TimeGenerated, 2m) | order by TimeGenerated asc`,
  },
  {
    source: `${FUNC} docs/troubleshooting/lab-guides/durable-replay-storm.md (az monitor log-analytics query)`,
    name: "Functions guide (az CLI), durable replay storm lab: activity executions per 2 minutes",
    query: `let StartTime = datetime(2026-04-07 12:28:00Z); let EndTime = datetime(2026-04-07 13:02:00Z); AppRequests | where TimeGenerated >= StartTime and TimeGenerated < EndTime | where AppRoleName == 'func-durable-lab' | where OperationName has 'replay_lab_activity' | summarize activities = count(), avg_ms = round(avg(DurationMs), 1), p95_ms = round(percentile(DurationMs, 95), 1), max_ms = round(max(DurationMs), 1) by bin(TimeGenerated, 2m) | order by TimeGenerated asc`,
  },
  {
    source: `${FUNC} docs/troubleshooting/lab-guides/event-hub-checkpoint-lag.md (az monitor log-analytics query)`,
    name: "Functions guide (az CLI), Event Hub checkpoint lag lab: executions per 2 minutes",
    query: `AppRequests | where TimeGenerated >= datetime(2026-04-07 13:12:00Z) and TimeGenerated < datetime(2026-04-07 13:36:00Z) | where AppRoleName == 'labep1shared-func' | where OperationName has 'eventhub_lag_processor' | summarize executions = count(), avg_ms = round(avg(DurationMs), 1), p95_ms = round(percentile(DurationMs, 95), 1), max_ms = round(max(DurationMs), 1), min_ms = round(min(DurationMs), 1) by bin(TimeGenerated, 2m) | order by TimeGenerated asc`,
  },
  {
    source: `${FUNC} docs/troubleshooting/lab-guides/event-hub-checkpoint-lag.md (az monitor log-analytics query)`,
    name: "Functions guide (az CLI), Event Hub checkpoint lag lab: recovery minutes",
    query: `AppRequests | where TimeGenerated >= datetime(2026-04-07 13:34:00Z) and TimeGenerated < datetime(2026-04-07 13:36:00Z) | where AppRoleName == 'labep1shared-func' | where OperationName has 'eventhub_lag_processor' | summarize executions = count(), avg_ms = round(avg(DurationMs), 1), p95_ms = round(percentile(DurationMs, 95), 1), max_ms = round(max(DurationMs), 1), min_ms = round(min(DurationMs), 1) by bin(TimeGenerated, 1m) | order by TimeGenerated asc`,
  },
  {
    source: `${MON} docs/operations/cost-control.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), cost control: top 10 billable tables over 7 days",
    query: `Usage | where TimeGenerated > ago(7d) | where IsBillable == true | summarize IngestedGB=sum(Quantity)/1024 by DataType | top 10 by IngestedGB desc`,
  },
  {
    source: `${MON} docs/operations/cost-control.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), cost control: billable GB per table and day",
    query: `Usage | where TimeGenerated > ago(7d) | where IsBillable == true | summarize IngestedGB=sum(Quantity)/1024 by DataType, bin(TimeGenerated, 1d) | sort by TimeGenerated asc`,
  },
  {
    source: `${MON} docs/operations/cost-control.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), cost control: top 10 billable tables over 24 hours",
    query: `Usage | where TimeGenerated > ago(24h) | where IsBillable == true | summarize IngestedGB=sum(Quantity)/1024 by DataType | top 10 by IngestedGB desc`,
  },
  {
    source: `${MON} docs/operations/cost-control.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), cost control: MB by IsBillable in the last hour",
    query: `Usage | where TimeGenerated > ago(1h) | summarize TotalMB=sum(Quantity) by IsBillable`,
  },
  {
    source: `${MON} docs/operations/cost-control.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), cost control: top 5 billable tables today",
    query: `Usage | where TimeGenerated > ago(1d) | where IsBillable == true | summarize IngestedGB=sum(Quantity)/1024 by DataType | top 5 by IngestedGB desc`,
  },
  {
    source: `${MON} docs/operations/cost-control.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), cost control: billable GB by table today",
    query: `Usage | where TimeGenerated > ago(1d) | where IsBillable == true | summarize IngestedGB=sum(Quantity)/1024 by DataType`,
  },
  {
    source: `${MON} docs/operations/export-and-integration.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), export and integration: top 10 tables by GB",
    query: `Usage | where TimeGenerated > ago(1d) | summarize TotalGB=sum(Quantity)/1024 by DataType | top 10 by TotalGB desc`,
  },
  {
    source: `${MON} docs/operations/workspace-management.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), workspace management: top 5 tables by GB",
    query: `Usage | where TimeGenerated > ago(1d) | summarize TotalGB=sum(Quantity)/1024 by DataType | top 5 by TotalGB desc`,
  },
  {
    source: `${MON} docs/platform/how-azure-monitor-works.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), how Azure Monitor works: Activity events by category",
    query: `AzureActivity | where TimeGenerated > ago(1h) | summarize Events=count() by CategoryValue`,
  },
  {
    source: `${MON} docs/platform/log-analytics-workspace.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), Log Analytics workspace: top 10 tables by ingested quantity",
    query: `Usage | where TimeGenerated > ago(1d) | summarize IngestedGB=sum(Quantity) by DataType | top 10 by IngestedGB desc`,
  },
  {
    source: `${MON} docs/reference/cli-cheatsheet.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), CLI cheat sheet: take 10 Activity events",
    query: `AzureActivity | take 10`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/application-insights-gaps.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), Application Insights gaps: requests and last seen by role in 15 minutes",
    query: `AppRequests | where TimeGenerated > ago(15m) | summarize Count=sum(ItemCount), LastSeen=max(TimeGenerated) by AppRoleName`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/slow-query-performance.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), slow queries: top 5 tables by GB in 6 hours",
    query: `Usage | where TimeGenerated > ago(6h) | summarize TotalGB=round(sum(Quantity)/1024.0,2) by DataType | order by TotalGB desc | take 5`,
  },
  {
    source: `${MON} docs/troubleshooting/playbooks/slow-query-performance.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), slow queries: Usage rows in 30 minutes",
    query: `Usage | where TimeGenerated > ago(30m) | summarize Rows=count()`,
  },
  {
    source: `${MON} docs/tutorials/lab-guides/lab-01-log-analytics-workspace-setup.md (az monitor log-analytics query)`,
    name: "Monitoring guide (az CLI), lab 1: AzureMetrics records by provider",
    query: `AzureMetrics | where TimeGenerated > ago(30m) | summarize Records=count() by ResourceProvider`,
  },
];
