/**
 * A ninth set of real published queries for the contract tables, copied as published (comments, blank lines and
 * trailing spaces included), from sources the first eight sets did not use. Same selection rule as queries.ts …
 * queries-eighth.ts: every query of a source that reads only contract tables and columns those tables have in a
 * workspace like this deployment's (Usage counts, as in queries-billing.ts); a file holding several queries in one
 * block gives each as a query of its own, with its comment lines. Placeholders a file asks the reader to fill in
 * (`"OPERATION_ID"`, `"<Caller from triage step>"`) are kept as published: string literals.
 *
 * Sources: jiyongseong/AzurePaaSHol's Log Analytics notes (Usage); and thirty-three public files of the code index, named by id
 * below: an SRE observatory skill for a Go API (its HTTP status in `Properties['http.status_code']`), a Logic Apps
 * monitoring README, an MCP security workshop, SRE-agent, AI-agent and health-check alert rules and skills, an ETL
 * query sheet, a blob-access playbook, a 2021 copy of the Cosmos DB Cassandra diagnostics page, a landing-zone KQL
 * library and a landing-zone platform's fifteen Activity-log scheduled-query rules (one-line Service Health and
 * Resource Health rules: `parse_json(tostring(parse_json(Properties).eventProperties))`, `todynamic`, `indexof`,
 * `substring`, the old `mvexpand`), three threat-catalogue entries, design notes with `union withsource=TableName`,
 * an Azure security trainer, a hunting-query parser suite, an architect workshop (load-balancer metrics, a `join` of
 * two `let` summaries on two keys, `datetime_diff`), an X-Forwarded-For guide, a Python SDK skill, a Terraform
 * module README, a copy of the Azure Monitor workspace-replication page (`1.E6`, a `join` of three `let` tables with
 * `project-away DataType1, DataType2`, `format_datetime(todatetime(...))`), a FinOps blog post, AI threat-hunting
 * notes, a Front Door guide, AZ-104 notes, security-architecture notes, an activity-log lab's az CLI queries, Grafana's
 * Azure Monitor datasource test (`workspace("aworkspace").AzureActivity`: every workspace id names the embedded
 * tables, as documented), a cost-review skill, a Polish copy of the 2018 Cosmos DB logging page, a copy of the WAF
 * page on DDoS protection (a summarize of a summarize: `max(count_)`, `percentile(count_, 99)` named `max_count_`,
 * `percentile_count__99`; its Category `FrontdoorAccessLog` matches no row, `==` being case-sensitive) and an MCP
 * server's error-rate alert rule.
 *
 * Left out of the same sources, with the reason:
 * - Queries over other tables: AppExceptions, AppTraces, ApiManagementGatewayLogs, AppServiceHTTPLogs,
 *   ContainerAppHTTPLogs, ContainerAppSystemLogs(_CL), Heartbeat, Perf, Syslog, SigninLogs, StorageBlobLogs,
 *   ADFPipelineRun/ADFActivityRun, OfficeActivity, CloudAppEvents, Resource Graph's Resources; AzureDiagnostics
 *   queries of other services' columns (SQL, Key Vault, MySQL, Logic Apps, App Gateway) and of Front Door's WAF log;
 *   the ETL sheet's storage transactions by `Dimensions` (AzureMetrics has no such column).
 * - Queries the earlier sets hold word for word (up to comments and the render kind; published-queries.test.ts
 *   refuses such a copy): every query of the generated "Queries for the AppRequests table" page of
 *   MicrosoftDocs/azure-monitor-docs (queries.ts holds AzureMonitorCommunity's copies), the PaaS HOL's hourly usage
 *   by solution as a column chart (its timechart is kept), the AppDependencies page's failing dependencies (queries.ts), the check-prod skill's
 *   steps 2, 4 and 6 (a sister skill's, queries-fifth.ts and queries-sixth.ts), the Cassandra page's 408 and
 *   latency-spike queries (queries-seventh.ts), and the Run Command entry's investigate query (the snapshot entry's).
 * - Queries Kusto's language service rejects: the SRE skill's journey trace, `project ..., kind = "request"`
 *   (KS228: `kind` is a keyword and must be bracketed as ['kind']); the ETL sheet's alerts `by AlertName =
 *   Properties.AlertName` (KS142: AzureActivity's Properties is a string, not a dynamic bag); the AI agent's
 *   pass-rate drift rule, which reads a `Count` column AppMetrics does not have (KS142); the Front Door guide's
 *   `httpStatusCode_s >= 400` (KS106: `>=` is not defined for string and long); and a PowerShell Get-TableUsage's
 *   `RecordCount = sum(ResourceUri == ResourceUri)` (code index id 52502379203; KS138: sum() of a bool).
 * - An iOS backend's tile-request alert (code index id 57793742703): it projects clientCountry_s, a column this
 *   deployment's access log does not have (KS142 here), and compares httpStatusCode_s with a number.
 *
 * Refused by the engine, on purpose (one): the replication page's ingestion anomalies, `series_decompose_anomalies()`,
 * whose ad_score is series_outliers' score of the residual, a formula the reference does not give (and whose default
 * seasonality is autodetected). The other 95 run.
 *
 * Checked against DuckDB (published-truth/cases-ninth.ts, cases-ninth-activity.ts): seventeen with rows and five
 * that select nothing here in published-truth.test.ts, six Usage queries in billing-truth.test.ts, and in
 * published-activity-truth.test.ts eight AzureActivity queries and the fifteen platform rules: fifty-one. The
 * platform rules read `Properties.eventProperties`, which the demo's Service Health and Resource Health events do not
 * carry (their Properties is the event's flat property bag, so here the rules run and answer no row); they are
 * checked over rows of that nested shape (published-truth/activity-rows-ninth.ts).
 */
import type { PublishedQuery } from "./queries";

const gh = (id: string, note = "") => `public GitHub file, code index id ${id}${note ? ` (${note})` : ""}`;
const TOWN_CRIER = gh("55989796909", "SRE observatory skill of a Go API on Container Apps, KQL templates of phases 1-7");
const LOGIC_APPS = gh("52554873341", "Evilazaro/Azure-LogicApps-Monitoring README, 'Usage Examples'");
const MCP_WORKSHOP = gh("16194346121", "MCP security workshop, 'Cross-Service Queries (Unified Telemetry)'");
const SRE_ALERTS = gh("68529362405", "Bicep detection layer of an SRE agent workshop, scheduledQueryRules");
const PAAS_HOL = "jiyongseong/AzurePaaSHol";
const ETL = gh("43809416791", "'Azure Monitor KQL Queries for ETL Monitoring', numbered as published");
const BLOB_PLAYBOOK = gh("53111568300", "storage troubleshooting playbook 'Blob Access Denied', KQL Queries for Diagnostics");
const CASSANDRA_ADVANCED = gh("22455627403", "copy of the Cosmos DB docs page 'Troubleshoot issues with advanced diagnostics queries for the Cassandra API' (2021), its CDBDataPlaneRequests-only queries; its 408 and latency-spike queries are the seventh set's, from another page");
const FLAGSHIP = gh("56826192571", "landing-zone 'KQL Query Library', numbered as published");
const THREAT_SNAPSHOT = gh("60275037210", "threat catalogue entry 'OS Disk Snapshot & VHD Exfiltration', Sentinel triage and investigate queries");
const DIAG_NOTES = gh("57724996163", "diagnostic-settings inventory design notes, alternative D 'Log Analytics cross-check'");
const AZSEC_JA = gh("71525805623", "Azure security exam trainer (Japanese), KQL_PRESETS 'kql-priv-role'");
const HUNT_SUITE = gh("44125304255", "KQL parser test suite of hunting queries, 'AzureActivityAnalysis'");
const CHECK_PROD = gh("53529449345", "'check-prod' agent skill, steps 2-9 (its AppExceptions and ContainerAppSystemLogs_CL steps left out)");
const LTM_WORKSHOP = gh("54580442663", "Azure solution-architect workshop, module 5 KQL exercises (its Heartbeat, Perf and Syslog queries left out)");
const XFF_GUIDE = gh("56743703227", "X-Forwarded-For across tiers guide, 'Check Your Current Data Volume' and the additional client queries (its all-tier union of App Gateway, APIM and App Service tables left out)");
const MONITOR_SKILL_PY = gh("63956654979", "Azure Monitor query SDK skill for Python, 'Common Kusto Queries' (one block; its AppExceptions queries left out)");
const LAW_MODULE = gh("34316882199", "Terraform Log Analytics workspace module README, 'Example Queries'");
const REPLICATION_DOC = gh("2055169253", "copy of the Azure Monitor docs page 'Enhance resilience by replicating your Log Analytics workspace', 'Monitor ingestion volume'");
const FINOPS_BLOG = gh("71203858057", "blog post 'Where Azure Bills Actually Leak', Log Analytics ingestion");
const AI_HUNTING = gh("66326852091", "AI workload threat-hunting notes, queries 14 and 15 (its AppTraces queries left out)");
const PLATFORM_DOCS = gh("4548116812", "landing-zone platform documentation, p-mgt-mon 'Scheduled Query Rules' (one-line queries as the rules hold them)");
const THREAT_RUNCOMMAND = gh("60420750683", "threat catalogue entry on VM Run Command, Sentinel triage query (its investigate query is the snapshot entry's text)");
const THREAT_LOGICAPP = gh("60237751539", "threat catalogue entry on Logic App / Power Automate exfiltration, Sentinel triage query (its OfficeActivity query left out)");
const AGENT_ALERTS = gh("56758219100", "Bicep scheduled-query alert rules of an AI agent, three of its four KQL strings");
const AFD_GUIDE = gh("27091804120", "Front Door guide, 'Query Logs for Troubleshooting' (one block, its origin-health query)");
const SECURE_MONITORING = gh("53321999275", "Azure Monitor security architecture notes, 'query role-sensitive telemetry after access review' (az CLI)");
const ACTIVITY_LAB = gh("43760779660", "activity-log lab, steps 10-14 (az CLI --analytics-query strings as the shell hands them on; step 15's names the lab's resource group through a shell variable)");
const GRAFANA_TEST = gh("1075017790", "Grafana Azure Monitor datasource test, its Log Analytics query strings (joined as the test joins them)");
const COST_SKILL = gh("60227031772", "'Cost Guardrail Review' agent skill, Log Analytics ingestion");
const COSMOS_LOGGING_PL = gh("16983784089", "Polish translation of the 2018 Cosmos DB logging page, its two AzureActivity queries (its AzureDiagnostics ones read the legacy Cosmos columns)");
const WAF_DDOS_DOC = gh("428882106", "copy of the WAF docs page on DDoS protection with Azure WAF, its Log Analytics queries (the Application Gateway one reads another category of another service)");
const MCP_ALERTS_JA = gh("53573019996", "Bicep alert rules of an MCP server (Japanese), the error-rate rule (its APIM GatewayLogs rule reads a DurationMs column AzureDiagnostics does not have)");
const AZ104 = gh("71162135251", "AZ-104 study notes, 'Metrics, logs, alerts, and Insights'");

export const PUBLISHED_NINTH: PublishedQuery[] = [
  // --- An SRE skill over a Go API whose HTTP status lives in Properties['http.status_code'] (ago(24h) is its placeholder window)
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 1a traffic and error overview",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| extend httpStatus = toint(Properties['http.status_code'])  // Go: ResultCode is span-status, not HTTP
| summarize
    totalRequests = count(),
    serverErrors = countif(httpStatus >= 500),
    clientErrors = countif(httpStatus between (400 .. 499)),
    avgDuration = avg(DurationMs),
    p99Duration = percentile(DurationMs, 99)
| extend errorRate = round(100.0 * serverErrors / totalRequests, 2)`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 1b comparison to baseline",
    query: `let analysisWindow = ago(24h);
let baselineStart = ago(8d);
AppRequests
| where TimeGenerated > baselineStart
| extend httpStatus = toint(Properties['http.status_code'])
| extend period = iff(TimeGenerated > analysisWindow, "current", "baseline")
| summarize
    count_ = count(),
    errors = countif(httpStatus >= 500),
    avgDuration = avg(DurationMs),
    p99Duration = percentile(DurationMs, 99)
    by period`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 2a server errors by route",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| extend httpStatus = toint(Properties['http.status_code'])
| where httpStatus >= 500
| summarize count_ = count(), lastSeen = max(TimeGenerated), sampleOp = any(OperationId) by Name, httpStatus
| order by count_ desc`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 3a endpoint latency, current vs baseline",
    query: `let analysisWindow = ago(24h);
let baselineStart = ago(8d);
AppRequests
| where TimeGenerated > baselineStart
| extend period = iff(TimeGenerated > analysisWindow, "current", "baseline")
| summarize p50 = percentile(DurationMs, 50), p95 = percentile(DurationMs, 95),
            p99 = percentile(DurationMs, 99), count_ = count()
    by Name, period
| order by Name asc, period asc`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 3b slow operations",
    query: `AppRequests
| where TimeGenerated > ago(24h) and DurationMs > 5000
| extend httpStatus = toint(Properties['http.status_code'])
| project TimeGenerated, Name, DurationMs, httpStatus, OperationId
| order by DurationMs desc
| take 20`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 4a dependency overview",
    query: `AppDependencies
| where TimeGenerated > ago(24h)
| summarize calls = count(), failures = countif(Success == false),
            avgDuration = avg(DurationMs), p99Duration = percentile(DurationMs, 99)
    by Type, Target
| extend failureRate = round(100.0 * failures / calls, 2)
| order by calls desc`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 4b failure detail",
    query: `AppDependencies
| where TimeGenerated > ago(24h) and Success == false
| project TimeGenerated, Type, Target, Name, ResultCode, DurationMs
| order by TimeGenerated desc
| take 20`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: PlanIt failure modes",
    query: `AppDependencies
| where TimeGenerated > ago(24h) and Target has "PlanIt" and Success == false
| extend hs = tostring(Properties['http.response.status_code'])
| extend mode = iff(hs == "", "no-response", hs)
| summarize count_ = count(), p50 = percentile(DurationMs, 50), p95 = percentile(DurationMs, 95)
    by Target, mode
| order by count_ desc`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 6 synthetic availability",
    query: `AppAvailabilityResults
| where TimeGenerated > ago(24h)
| summarize runs = count(), failures = countif(Success == false),
            avgDuration = avg(DurationMs) by Name, Location
| extend failureRate = round(100.0 * failures / runs, 2)
| order by failureRate desc`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 7a repeated client errors",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| extend httpStatus = toint(Properties['http.status_code'])
| where httpStatus between (400 .. 499)
| summarize errorCount = count() by Name, httpStatus
| where errorCount > 3
| order by errorCount desc`,
  },
  {
    source: TOWN_CRIER,
    name: "Town Crier SRE: 7b high-latency journeys",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| summarize requestCount = count(), avgDuration = avg(DurationMs), maxDuration = max(DurationMs) by OperationId
| where requestCount > 1 and avgDuration > 3000
| order by avgDuration desc
| take 10`,
  },
  // --- A Logic Apps monitoring solution's README (its AppTraces trace and Logic App AzureDiagnostics examples left out)
  {
    source: LOGIC_APPS,
    name: "Logic Apps monitoring: slow requests above the p95",
    query: `// Find slow requests (> P95 latency)
let timeRange = ago(24h);
let p95Threshold = 
    AppRequests
    | where TimeGenerated > timeRange
    | where Name contains "POST /Orders"
    | summarize percentile(DurationMs, 95);

AppRequests
| where TimeGenerated > timeRange
| where Name contains "POST /Orders"
| where DurationMs > toscalar(p95Threshold)
| project 
    TimeGenerated,
    OperationId,
    Name,
    DurationMs,
    Success,
    ResultCode,
    ClientIP = tostring(Properties.ClientIP),
    OrderId = tostring(Properties.OrderId)
| order by DurationMs desc
| take 50`,
  },
  {
    source: LOGIC_APPS,
    name: "Logic Apps monitoring: latency percentiles chart",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| where Name contains "POST /Orders"
| summarize 
    P50 = percentile(DurationMs, 50),
    P95 = percentile(DurationMs, 95),
    P99 = percentile(DurationMs, 99),
    AvgDuration = avg(DurationMs)
    by bin(TimeGenerated, 1h)
| render timechart`,
  },
  {
    source: LOGIC_APPS,
    name: "Logic Apps monitoring: error rate over time",
    query: `// Calculate error rate over time
AppRequests
| where TimeGenerated > ago(24h)
| summarize 
    TotalRequests = count(),
    FailedRequests = countif(Success == false),
    ErrorRate = round(100.0 * countif(Success == false) / count(), 2)
    by bin(TimeGenerated, 5m)
| extend Threshold = 5.0 // 5% error rate threshold
| where ErrorRate > Threshold
| project TimeGenerated, TotalRequests, FailedRequests, ErrorRate, Threshold
| order by TimeGenerated desc`,
  },
  {
    source: LOGIC_APPS,
    name: "Logic Apps monitoring: slow or failing dependencies",
    query: `// Analyze dependencies with high latency or failures
AppDependencies
| where TimeGenerated > ago(1h)
| summarize 
    CallCount = count(),
    FailureCount = countif(Success == false),
    AvgDuration = avg(DurationMs),
    P95Duration = percentile(DurationMs, 95),
    P99Duration = percentile(DurationMs, 99)
    by DependencyType, Name, Target
| extend FailureRate = round(100.0 * FailureCount / CallCount, 2)
| where FailureRate > 1.0 or P95Duration > 1000 // Failures > 1% or P95 > 1s
| order by FailureRate desc, P95Duration desc`,
  },
  {
    source: LOGIC_APPS,
    name: "Logic Apps monitoring: dependency duration chart",
    query: `AppDependencies
| where TimeGenerated > ago(24h)
| summarize AvgDuration = avg(DurationMs) by bin(TimeGenerated, 1h), DependencyType
| render timechart`,
  },
  // --- An MCP security workshop (its AppTraces and API Management queries left out)
  {
    source: MCP_WORKSHOP,
    name: "MCP workshop: security function endpoint performance",
    query: `// Security function endpoint performance
AppRequests
| where AppRoleName contains "func"
| where TimeGenerated > ago(1h)
| summarize 
    avg_duration = avg(DurationMs),
    p95_duration = percentile(DurationMs, 95),
    success_rate = round(countif(Success == true) * 100.0 / count(), 2),
    request_count = count()
  by Name
| order by request_count desc`,
  },
  {
    source: MCP_WORKSHOP,
    name: "MCP workshop: top 20 slowest requests across all services",
    query: `// Top 20 slowest requests across all services
AppRequests
| where TimeGenerated > ago(1h)
| where Success == true
| top 20 by DurationMs desc
| project 
    TimeGenerated,
    service = AppRoleName,
    Name,
    duration_ms = round(DurationMs, 2),
    ResultCode`,
  },
  {
    source: SRE_ALERTS,
    name: "SRE workshop alert: dependency failure rate",
    query: `AppDependencies
| where TimeGenerated > ago(15m)
| where AppRoleName == "orders-api"
| summarize Total = count(), Failed = countif(Success == false) by Target
| where Total > 20
| extend FailureRate = todouble(Failed) / todouble(Total)
| where FailureRate > 0.2
`,
  },
  // --- A Korean PaaS hands-on lab's Log Analytics notes (its ContainerLog queries left out)
  {
    source: `${PAAS_HOL}@f4e053f azure_log_analytics/LogAnalyticsUsage.kql (query 1 of the file)`,
    name: "PaaS HOL: usage by solution, hourly timechart",
    query: `//Usage by Solution (hourly)
Usage
| where TimeGenerated > startofday(ago(1d))
| where IsBillable == true 
| summarize TotalVolumeGB = sum(Quantity) / 1000 by bin(TimeGenerated, 1h), Solution
| render timechart;`,
  },
  {
    source: `${PAAS_HOL}@f4e053f azure_log_analytics/LogAnalyticsUsage.kql (query 3 of the file)`,
    name: "PaaS HOL: usage by data type, hourly",
    query: `//Usage by Data Type (hourly)
Usage
| where TimeGenerated > startofday(ago(1d))
| where IsBillable == true 
| summarize TotalVolumeGB = sum(Quantity) / 1000 by bin(TimeGenerated, 1h), DataType
| render timechart;`,
  },
  {
    source: `${PAAS_HOL}@df42818 azure_log_analytics/Common.kql (query 1 of the file)`,
    name: "PaaS HOL: convert UTC to KST",
    query: `//Convert UTC to KST
Usage
| where TimeGenerated >= ago(14d)
| project TimeGenerated, TimeGeneratedKST=datetime_add('hour', 9, TimeGenerated), SourceSystem, Quantity`,
  },
  // --- An ETL monitoring query sheet (its Data Factory, SQL diagnostics and Dimensions-column queries left out)
  {
    source: ETL,
    name: "ETL monitoring: 7 database DTU usage over time",
    query: `AzureMetrics
| where ResourceProvider == "MICROSOFT.SQL"
| where MetricName == "dtu_consumption_percent"
| summarize AvgDTU = avg(Average), MaxDTU = max(Maximum) by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: ETL,
    name: "ETL monitoring: 10 storage latency analysis",
    query: `AzureMetrics
| where ResourceProvider == "MICROSOFT.STORAGE"
| where MetricName in ("SuccessE2ELatency", "SuccessServerLatency")
| summarize AvgLatency = avg(Average) by MetricName, bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: ETL,
    name: "ETL monitoring: 11 metric records by resource",
    query: `AzureMetrics
| where TimeGenerated > ago(24h)
| summarize MetricCount = count() by Resource
| project Resource, MetricCount
// Note: Combine with Azure Cost Management for actual costs`,
  },
  {
    source: BLOB_PLAYBOOK,
    name: "Blob access denied playbook: RBAC-related control plane changes",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has_any ("roleAssignments/write", "storageAccounts/write")
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceGroup, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: CASSANDRA_ADVANCED,
    name: "Cassandra advanced queries: payload size and RU of read operations",
    query: `// This query is looking at read operations
CDBDataPlaneRequests
| where OperationName in ("Read", "Query")
| summarize maxResponseLength=max(ResponseLength), maxRU=max(RequestCharge) by bin(TimeGenerated, 10m), OperationName`,
  },
  {
    source: CASSANDRA_ADVANCED,
    name: "Cassandra advanced queries: payload size and RU of write operations",
    query: `// This query is looking at write operations
CDBDataPlaneRequests
| where OperationName in ("Create", "Upsert", "Delete", "Execute")
| summarize maxResponseLength=max(ResponseLength), maxRU=max(RequestCharge) by bin(TimeGenerated, 10m), OperationName`,
  },
  {
    source: CASSANDRA_ADVANCED,
    name: "Cassandra advanced queries: write operations over a time period",
    query: `// Write operations over a time period.
CDBDataPlaneRequests
| where OperationName in ("Create", "Update", "Delete", "Execute")
| summarize maxResponseLength=max(ResponseLength) by bin(TimeGenerated, 1m), OperationName
| render timechart;`,
  },
  {
    source: FLAGSHIP,
    name: "Flagship KQL library: 13 resource deletions",
    query: `AzureActivity
| where TimeGenerated > ago(24h)
| where OperationNameValue endswith "/delete"
| where ActivityStatusValue =~ "Success"
| project TimeGenerated, Caller, ResourceProviderValue, 
          ResourceId, OperationNameValue
| order by TimeGenerated desc`,
  },
  {
    source: FLAGSHIP,
    name: "Flagship KQL library: 17 Front Door backend health",
    query: `AzureMetrics
| where ResourceProvider =~ "MICROSOFT.CDN" or ResourceProvider =~ "MICROSOFT.NETWORK"
| where MetricName == "BackendHealthPercentage"
| where TimeGenerated > ago(24h)
| summarize avgHealth=avg(Average) by Resource, bin(TimeGenerated, 15m)
| where avgHealth < 100
| order by TimeGenerated desc`,
  },
  {
    source: FLAGSHIP,
    name: "Flagship KQL library: 22 MySQL connection trend",
    query: `AzureMetrics
| where ResourceProvider =~ "MICROSOFT.DBFORMYSQL"
| where MetricName == "active_connections"
| where TimeGenerated > ago(24h)
| summarize 
    avgConnections=avg(Average), 
    maxConnections=max(Maximum) 
  by Resource, bin(TimeGenerated, 1h)
| order by Resource, TimeGenerated`,
  },
  {
    source: FLAGSHIP,
    name: "Flagship KQL library: 24 service principal activity",
    query: `AzureActivity
| where TimeGenerated > ago(30d)
| where Caller has "ServicePrincipal" or 
        isnotempty(tostring(parse_json(Properties).servicePrincipalId))
| summarize operations=count() by Caller, ResourceProviderValue
| order by operations desc`,
  },
  {
    source: AZ104,
    name: "AZ-104 notes: activity events by status per 5 minutes",
    query: `AzureActivity
| where TimeGenerated > ago(1h)
| summarize Events=count() by bin(TimeGenerated, 5m), ActivityStatusValue`,
  },
  {
    source: THREAT_SNAPSHOT,
    name: "Threat catalogue: snapshot creation and SAS/export access grants",
    query: `AzureActivity
| where TimeGenerated > ago(14d)
| where OperationNameValue in (
    "Microsoft.Compute/snapshots/write",
    "Microsoft.Compute/snapshots/beginGetAccess/action",
    "Microsoft.Compute/disks/beginGetAccess/action"
)
| project TimeGenerated, Caller, CallerIpAddress, ResourceGroup, Resource, OperationNameValue, CorrelationId
| order by TimeGenerated desc`,
  },
  {
    source: `${THREAT_SNAPSHOT.slice(0, -1)}; its "<Caller from triage step>" placeholder kept as published: a string literal)`,
    name: "Threat catalogue: a caller's broader activity",
    query: `let suspect_caller = "<Caller from triage step>";
AzureActivity
| where TimeGenerated > ago(14d)
| where Caller == suspect_caller
| project TimeGenerated, OperationNameValue, ResourceGroup, Resource, ActivityStatusValue
| order by TimeGenerated desc`,
  },
  {
    source: DIAG_NOTES,
    name: "Diagnostic settings notes: last record per resource and table",
    query: `union withsource=TableName AzureDiagnostics, AzureMetrics
| where TimeGenerated > ago(7d)
| summarize LastSeen = max(TimeGenerated) by _ResourceId, TableName`,
  },
  {
    source: AZSEC_JA,
    name: "Azure security trainer: privileged role assignments",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue =~ "Microsoft.Authorization/roleAssignments/write"
| where ActivityStatusValue == "Success"
| project 
    TimeGenerated, 
    Caller, 
    SubscriptionId, 
    ResourceGroup, 
    Properties = parse_json(Properties)
| extend RoleDefinition = tostring(Properties.requestbody.properties.roleDefinitionId)
| order by TimeGenerated desc`,
  },
  {
    source: HUNT_SUITE,
    name: "Hunting suite: VM write and delete operations by caller",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue has_any ("Microsoft.Compute/virtualMachines/write", "Microsoft.Compute/virtualMachines/delete")
| where ActivityStatusValue == "Success"
| extend ResourceInfo = parse_json(Properties)
| extend VMName = tostring(split(ResourceId, "/")[-1])
| summarize
    Operations = count(),
    FirstOperation = min(TimeGenerated),
    LastOperation = max(TimeGenerated),
    VMList = make_set(VMName)
    by CallerIpAddress, Caller, OperationNameValue
| where Operations > 5
| order by Operations desc`,
  },
  {
    source: CHECK_PROD,
    name: "check-prod skill: 3 request health",
    query: `AppRequests | where TimeGenerated > ago(24h) | summarize P95=percentile(DurationMs, 95), Total=count(), Err4xx=countif(toint(ResultCode) >= 400 and toint(ResultCode) < 500), Err5xx=countif(toint(ResultCode) >= 500)`,
  },
  {
    source: CHECK_PROD,
    name: "check-prod skill: 9 fired alerts",
    query: `AzureActivity | where TimeGenerated > ago(24h) | where OperationNameValue has "microsoft.insights/metricalerts" or OperationNameValue has "microsoft.insights/scheduledqueryrules" | where ActivityStatusValue == "Activated" | project TimeGenerated, OperationName, ResourceId | order by TimeGenerated desc`,
  },
  {
    source: LTM_WORKSHOP,
    name: "SA workshop: 5 activity log resource changes",
    query: `// Resource creation/deletion events in the last 24 hours
AzureActivity
| where TimeGenerated > ago(24h)
| where OperationNameValue has "write" or OperationNameValue has "delete"
| where ActivityStatusValue == "Success"
| project TimeGenerated, Caller, OperationNameValue, ResourceGroup, Resource
| order by TimeGenerated desc
| take 50`,
  },
  {
    source: LTM_WORKSHOP,
    name: "SA workshop: bonus VM CPU from AzureMetrics",
    query: `// AzureMetrics — populated immediately by diagnostic-settings, no AMA needed
AzureMetrics
| where TimeGenerated > ago(1h)
| where MetricName == "Percentage CPU"
| summarize AvgCPU = avg(Average) by bin(TimeGenerated, 5m), Resource
| render timechart`,
  },
  {
    source: LTM_WORKSHOP,
    name: "SA workshop: 10 AzureMetrics CPU percentiles",
    query: `// AzureMetrics is available immediately from diagnostic-settings — no agent needed
// Use this if AMA is not yet installed
AzureMetrics
| where TimeGenerated > ago(24h)
| where MetricName == "Percentage CPU"
| summarize
    P50 = percentile(Maximum, 50),
    P95 = percentile(Maximum, 95),
    P99 = percentile(Maximum, 99),
    AvgCPU = avg(Average)
  by Resource
| extend Skew = round(P95 - P50, 1)
| order by P95 desc`,
  },
  {
    source: LTM_WORKSHOP,
    name: "SA workshop: 15 LB frontend availability",
    query: `// Query 15. LB Frontend Availability (VipAvailability)
// Standard LB only. 0=degraded, 100=healthy (binary value)
AzureMetrics
| where TimeGenerated > ago(1h)
| where ResourceProvider == "MICROSOFT.NETWORK/LOADBALANCERS"
| where MetricName == "VipAvailability"
| summarize
    AvgAvail = avg(Average),
    MinAvail = min(Minimum)
  by bin(TimeGenerated, 1m), Resource
| extend Status = iff(MinAvail < 100, "DEGRADED", "OK")
| project TimeGenerated, Resource, AvgAvail, MinAvail, Status
| order by TimeGenerated desc`,
  },
  {
    source: LTM_WORKSHOP,
    name: "SA workshop: 16 LB backend health probe",
    query: `// Query 16. LB Backend Health Probe (DipAvailability) — per-VM status
// 100=VM responding to probe normally, 0=probe failure (app down or VM down)
AzureMetrics
| where TimeGenerated > ago(1h)
| where ResourceProvider == "MICROSOFT.NETWORK/LOADBALANCERS"
| where MetricName == "DipAvailability"
| summarize
    AvgAvail = avg(Average),
    MinAvail = min(Minimum)
  by bin(TimeGenerated, 1m), Resource
| extend BackendStatus = iff(MinAvail < 100, "PROBE_FAIL", "HEALTHY")
| project TimeGenerated, Resource, AvgAvail, MinAvail, BackendStatus
| order by TimeGenerated desc`,
  },
  {
    source: LTM_WORKSHOP,
    name: "SA workshop: 17 DipAvailability degradation windows",
    query: `// Query 17. DipAvailability Degradation Windows — identify incident time ranges
// Shows start/end of probe failure and duration as a time window
AzureMetrics
| where TimeGenerated > ago(24h)
| where ResourceProvider == "MICROSOFT.NETWORK/LOADBALANCERS"
| where MetricName == "DipAvailability"
| where Average < 100
| summarize
    DegradedStart = min(TimeGenerated),
    DegradedEnd   = max(TimeGenerated),
    MinAvail      = min(Average),
    EventCount    = count()
  by Resource
| extend DurationMin = datetime_diff("minute", DegradedEnd, DegradedStart)
| project Resource, DegradedStart, DegradedEnd, DurationMin, MinAvail, EventCount
| order by DegradedStart desc`,
  },
  {
    source: LTM_WORKSHOP,
    name: "SA workshop: 18 LB throughput and DipAvailability correlation",
    query: `// Query 18. LB Throughput + DipAvailability Correlation — health degradation under traffic surge
// DipAvailability drop during ByteCount spike = app unable to handle traffic → probe failure
let throughput =
    AzureMetrics
    | where TimeGenerated > ago(1h)
    | where ResourceProvider == "MICROSOFT.NETWORK/LOADBALANCERS"
    | where MetricName == "ByteCount"
    | summarize TotalBytes = sum(Total) by bin(TimeGenerated, 1m), Resource;
let health =
    AzureMetrics
    | where TimeGenerated > ago(1h)
    | where ResourceProvider == "MICROSOFT.NETWORK/LOADBALANCERS"
    | where MetricName == "DipAvailability"
    | summarize AvgAvail = avg(Average) by bin(TimeGenerated, 1m), Resource;
throughput
| join kind=inner health on TimeGenerated, Resource
| extend TotalMB = round(todouble(TotalBytes) / 1048576, 2)
| project TimeGenerated, Resource, TotalMB, AvgAvail
| render timechart`,
  },
  {
    source: LTM_WORKSHOP,
    name: "SA workshop: ingestion volume by table",
    query: `// Ingestion volume by table — identify which table drives the most cost
Usage
| where TimeGenerated > ago(7d)
| where IsBillable == true
| summarize
    TotalGB     = round(sum(Quantity) / 1024, 3),
    AvgDailyGB  = round(sum(Quantity) / 1024 / 7, 3)
  by DataType
| order by TotalGB desc`,
  },
  {
    source: XFF_GUIDE,
    name: "XFF guide: daily ingestion by table",
    query: `// How much data is being ingested daily, by table?
Usage
| where TimeGenerated > ago(30d)
| where IsBillable == true
| summarize
    DailyGB = round(sum(Quantity) / 1024.0, 3)
    by DataType, bin(TimeGenerated, 1d)
| summarize
    AvgDailyGB = round(avg(DailyGB), 3),
    MaxDailyGB = round(max(DailyGB), 3)
    by DataType
| order by AvgDailyGB desc`,
  },
  {
    source: XFF_GUIDE,
    name: "XFF guide: X-Forwarded-For coverage",
    query: `// XFF Coverage — what % of requests have the real client IP captured?
AppRequests
| where TimeGenerated > ago(24h)
| extend xff = tostring(Properties["X-Forwarded-For"])
| summarize
    TotalRequests = count(),
    WithXFF = countif(isnotempty(xff)),
    WithoutXFF = countif(isempty(xff))
| extend XffCoveragePct = round(100.0 * WithXFF / TotalRequests, 1)`,
  },
  {
    source: XFF_GUIDE,
    name: "XFF guide: X-Forwarded-For coverage trend by hour",
    query: `// XFF Coverage trend by hour — detect if capture drops
AppRequests
| where TimeGenerated > ago(7d)
| extend xff = tostring(Properties["X-Forwarded-For"])
| summarize
    Total = count(),
    WithXFF = countif(isnotempty(xff))
    by bin(TimeGenerated, 1h)
| extend CoveragePct = round(100.0 * WithXFF / Total, 1)
| project TimeGenerated, Total, WithXFF, CoveragePct
| render timechart`,
  },
  {
    source: MONITOR_SKILL_PY,
    name: "Monitor query skill: requests by status code",
    query: `// Requests by status code
AppRequests
| summarize count() by ResultCode
| order by count_ desc`,
  },
  {
    source: MONITOR_SKILL_PY,
    name: "Monitor query skill: slow requests",
    query: `// Slow requests
AppRequests
| where DurationMs > 1000
| project TimeGenerated, Name, DurationMs
| order by DurationMs desc`,
  },
  {
    source: LAW_MODULE,
    name: "Workspace module README: HTTP requests by status code",
    query: `AppRequests
| summarize count() by ResultCode, bin(TimeGenerated, 1h)
| render timechart`,
  },
  {
    source: REPLICATION_DOC,
    name: "Workspace replication page: total ingestion volume per table",
    query: `// Calculate total ingestion volume over the past hour per table
Usage 
| where TimeGenerated > ago(1h) 
| summarize BillableDataMB = sum(_BilledSize)/1.E6 by bin(TimeGenerated,1h), DataType`,
  },
  {
    source: REPLICATION_DOC,
    name: "Workspace replication page: ingestion anomalies with series_decompose_anomalies",
    query: `// Calculate hourly ingestion volume per table and identify anomalies
Usage
| where TimeGenerated > ago(24h)
| project TimeGenerated, DataType, Quantity
| summarize IngestionVolumeMB=sum(Quantity) by bin(TimeGenerated, 1h), DataType
| summarize
    Timestamp=make_list(TimeGenerated),
    IngestionVolumeMB=make_list(IngestionVolumeMB)
    by DataType
| extend series_decompose_anomalies(IngestionVolumeMB)
| mv-expand
    Timestamp,
    IngestionVolumeMB,
    series_decompose_anomalies_IngestionVolumeMB_ad_flag,
    series_decompose_anomalies_IngestionVolumeMB_ad_score,
    series_decompose_anomalies_IngestionVolumeMB_baseline
| where series_decompose_anomalies_IngestionVolumeMB_ad_flag != 0`,
  },
  {
    source: REPLICATION_DOC,
    name: "Workspace replication page: expected vs actual hourly ingestion",
    query: `// Calculate expected vs actual hourly ingestion per table
let TimeRange=24h;
let MonthlyIngestionByType=
    Usage
    | where TimeGenerated > ago(30d)
    | summarize MonthlyIngestionMB=sum(Quantity) by DataType;
// Calculate the expected ingestion volume by median of hourly medians
let ExpectedIngestionVolumeByType=
    Usage
    | where TimeGenerated > ago(TimeRange)
    | project TimeGenerated, DataType, Quantity
    | summarize IngestionMedian=percentile(Quantity, 50) by bin(TimeGenerated, 1h), DataType
    | summarize ExpectedIngestionVolumeMB=percentile(IngestionMedian, 50) by DataType;
Usage
| where TimeGenerated > ago(TimeRange)
| project TimeGenerated, DataType, Quantity
| summarize IngestionVolumeMB=sum(Quantity) by bin(TimeGenerated, 1h), DataType
| join kind=inner (ExpectedIngestionVolumeByType) on DataType
| extend GapVolumeMB = round(IngestionVolumeMB-ExpectedIngestionVolumeMB,2)
| where GapVolumeMB != 0
| extend Trend=iff(GapVolumeMB > 0, "Up", "Down")
| extend IngestedVsExpectedAsPercent = round(IngestionVolumeMB * 100 / ExpectedIngestionVolumeMB, 2)
| join kind=inner (MonthlyIngestionByType) on DataType
| extend GapAsPercentOfMonthlyIngestion = round(abs(GapVolumeMB) * 100 / MonthlyIngestionMB, 2)
| project-away DataType1, DataType2
// Determine whether the spike/deep is substantial: over 150% or under 66% of the expected volume for this data type
| where IngestedVsExpectedAsPercent > 150 or IngestedVsExpectedAsPercent < 66
// Determine whether the gap volume is significant: over 0.1% of the total monthly ingestion volume to this workspace
| where GapAsPercentOfMonthlyIngestion > 0.1
| project
    Timestamp=format_datetime(todatetime(TimeGenerated), 'yyyy-MM-dd HH:mm:ss'),
    Trend,
    IngestionVolumeMB,
    ExpectedIngestionVolumeMB,
    IngestedVsExpectedAsPercent,
    GapAsPercentOfMonthlyIngestion`,
  },
  {
    source: FINOPS_BLOG,
    name: "FinOps blog: ingestion by table over 30 days",
    query: `Usage
| where TimeGenerated > ago(30d)
| where IsBillable == true
| summarize IngestedGB = sum(Quantity) / 1000 by DataType
| order by IngestedGB desc`,
  },
  {
    source: AI_HUNTING,
    name: "AI threat hunting: 14 abnormal workflow behaviour",
    query: `AppDependencies
| summarize DependencyCount=count() by Target, bin(TimeGenerated, 15m)
| where DependencyCount > 1000`,
  },
  {
    source: AI_HUNTING,
    name: "AI threat hunting: 15 unusual service communication",
    query: `AppDependencies
| where Success == false
| summarize FailureCount=count() by Target, bin(TimeGenerated, 30m)
| where FailureCount > 100`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure emergency maintenance",
    query: `AzureActivity|where CategoryValue=='ServiceHealth' and Level!='Informational'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='Maintenance' and Stage!='Canceled' and Stage!='Resolved' and Stage!='Complete'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,Stage,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure health advisory (Action required)",
    query: `AzureActivity|where CategoryValue=='ServiceHealth'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='ActionRequired' and Stage=='Active'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure health advisory (Informational)",
    query: `AzureActivity|where CategoryValue=='ServiceHealth'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='Informational' and Stage=='Active'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure Policy is not compliant (Audit)",
    query: `AzureActivity|where CategoryValue=='Administrative' and Type=='AzureActivity' and OperationNameValue contains '/policies/'|extend p=todynamic(Properties)|where p.isComplianceCheck=='False'|extend policies=todynamic(tostring(p.policies))|mvexpand policy=policies|where policy.policyDefinitionEffect=~'Audit'|extend Policy=iff(isnull(tolong(policy.policyDefinitionReferenceId)),policy.policyDefinitionReferenceId,policy.policyDefinitionName)|project TimeGenerated,PolicyAssignment=policy.policyAssignmentName,Policy,Subscription=p.subscriptionId,ResourceGroup=tolower(p.resourceGroup),ResourceProvider=tolower(p.resourceProviderValue),Resource=p.resource,Caller,CallerIpAddress`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure Recommendation",
    query: `AzureActivity|where CategoryValue=='Recommendation'|extend p=todynamic(Properties)|extend Category=tostring(parse_json(Properties).recommendationCategory)|extend Impact=tostring(parse_json(Properties).recommendationImpact)|extend Recommendation=tostring(parse_json(Properties).recommendationName)|extend ResourceLink=tostring(parse_json(Properties).recommendationResourceLink)|project TimeGenerated,Category,Impact,Recommendation,ResourceLink,Subscription=p.subscriptionId,ResourceGroup=tolower(p.resourceGroup),ResourceProvider=tolower(p.resourceProviderValue),Resource=p.resource`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure Resource is degraded",
    query: `AzureActivity|where CategoryValue=='ResourceHealth'|extend p=todynamic(Properties)|extend Cause=tostring(parse_json(tostring(p.eventProperties)).cause)|extend Status=tostring(parse_json(tostring(p.eventProperties)).currentHealthStatus)|extend PreviousStatus=tostring(parse_json(tostring(p.eventProperties)).previousHealthStatus)|extend EventType=tostring(parse_json(tostring(p.eventProperties)).type)|extend Event=tostring(parse_json(tostring(p.eventProperties)).details)|extend ep=tostring(p.eventProperties)|extend i1=indexof(ep,'title')+8|extend s1=substring(ep,i1)|extend i2=indexof(s1,'"')|extend Description=substring(s1,0,i2)|where Cause!='UserInitiated' and PreviousStatus=='Available' and Status=='Degraded'|project TimeGenerated,ActivityStatus=p.activityStatusValue,Cause,Status,Description,EventType,Event,Subscription=p.subscriptionId,ResourceGroup=tolower(p.resourceGroup),ResourceProvider=tolower(p.resourceProviderValue),Resource=p.resource`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure Resource is not available",
    query: `AzureActivity|where CategoryValue=='ResourceHealth'|extend p=todynamic(Properties)|extend Cause=tostring(parse_json(tostring(p.eventProperties)).cause)|extend Status=tostring(parse_json(tostring(p.eventProperties)).currentHealthStatus)|extend PreviousStatus=tostring(parse_json(tostring(p.eventProperties)).previousHealthStatus)|extend EventType=tostring(parse_json(tostring(p.eventProperties)).type)|extend Event=tostring(parse_json(tostring(p.eventProperties)).details)|extend ep=tostring(p.eventProperties)|extend i1=indexof(ep,'title')+8|extend s1=substring(ep,i1)|extend i2=indexof(s1,'"')|extend Description=substring(s1,0,i2)|where Cause!='UserInitiated' and PreviousStatus=='Available' and Status=='Unavailable'|project TimeGenerated,ActivityStatus=p.activityStatusValue,Cause,Status,Description,EventType,Event,Subscription=p.subscriptionId,ResourceGroup=tolower(p.resourceGroup),ResourceProvider=tolower(p.resourceProviderValue),Resource=p.resource`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure Resource status is unknown",
    query: `AzureActivity|where CategoryValue=='ResourceHealth'|extend p=todynamic(Properties)|extend Cause=tostring(parse_json(tostring(p.eventProperties)).cause)|extend Status=tostring(parse_json(tostring(p.eventProperties)).currentHealthStatus)|extend PreviousStatus=tostring(parse_json(tostring(p.eventProperties)).previousHealthStatus)|extend EventType=tostring(parse_json(tostring(p.eventProperties)).type)|extend Event=tostring(parse_json(tostring(p.eventProperties)).details)|extend ep=tostring(p.eventProperties)|extend i1=indexof(ep,'title')+8|extend s1=substring(ep,i1)|extend i2=indexof(s1,'"')|extend Description=substring(s1,0,i2)|where Cause!='UserInitiated' and PreviousStatus=='Available' and Status=='Unknown'|project TimeGenerated,ActivityStatus=p.activityStatusValue,Cause,Status,Description,EventType,Event,Subscription=p.subscriptionId,ResourceGroup=tolower(p.resourceGroup),ResourceProvider=tolower(p.resourceProviderValue),Resource=p.resource`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure security advisory (Action required)",
    query: `AzureActivity|where CategoryValue=='ServiceHealth' and Level!='Informational'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='Security' and Stage=='Active'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure security advisory (Informational)",
    query: `AzureActivity|where CategoryValue=='ServiceHealth' and Level=='Informational'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='Security' and Stage=='Active'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure service issue (Critical)",
    query: `AzureActivity|where CategoryValue=='ServiceHealth' and Level=='Critical'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='Incident' and Stage=='Active'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure service issue (Error)",
    query: `AzureActivity|where CategoryValue=='ServiceHealth' and Level=='Error'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='Incident' and Stage=='Active'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure service issue (Informational)",
    query: `AzureActivity|where CategoryValue=='ServiceHealth' and Level=='Informational'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='Incident' and Stage=='Active'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure service issue (Warning)",
    query: `AzureActivity|where CategoryValue=='ServiceHealth' and Level=='Warning'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='Incident' and Stage=='Active'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: PLATFORM_DOCS,
    name: "Platform monitoring rule: Azure standard planned maintenance",
    query: `AzureActivity|where CategoryValue=='ServiceHealth' and Level=='Informational'|extend IncidentType=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).incidentType)|extend Stage=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).stage)|where IncidentType=='Maintenance' and Stage=='Planned'|extend StartTime=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).impactStartTime)|extend IssueName=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).defaultLanguageTitle)|extend TrackingId=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).trackingId)|extend Service=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).service)|extend Region=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).region)|extend Communication=tostring(parse_json(tostring(parse_json(Properties).eventProperties)).communication)|project StartTime,IssueName,TrackingId,SubscriptionId,Service,Region,Communication`,
  },
  {
    source: THREAT_RUNCOMMAND,
    name: "Threat catalogue: Run Command executions",
    query: `AzureActivity
| where TimeGenerated > ago(14d)
| where OperationNameValue =~ "Microsoft.Compute/virtualMachines/runCommand/action"
| where ActivityStatusValue == "Success"
| project TimeGenerated, Caller, CallerIpAddress, ResourceGroup, Resource, ActivityStatusValue, CorrelationId
| order by TimeGenerated desc`,
  },
  {
    source: THREAT_LOGICAPP,
    name: "Threat catalogue: Logic App creation or modification",
    query: `AzureActivity
| where TimeGenerated > ago(14d)
| where OperationNameValue =~ "Microsoft.Logic/workflows/write"
| project TimeGenerated, Caller, CallerIpAddress, ResourceGroup, Resource, CorrelationId
| order by TimeGenerated desc`,
  },
  {
    source: AGENT_ALERTS,
    name: "Agent alert rules: failed requests",
    query: `AppRequests
| where Success == false`,
  },
  {
    source: AGENT_ALERTS,
    name: "Agent alert rules: p95 dependency duration",
    query: `AppDependencies
| summarize p95_ms = percentile(DurationMs, 95)`,
  },
  {
    source: AGENT_ALERTS,
    name: "Agent alert rules: token usage",
    query: `AppMetrics
| where Name in ('gen_ai.client.token.usage', 'gen_ai.usage.input_tokens', 'gen_ai.usage.output_tokens')
| summarize total_tokens = sum(Sum)`,
  },
  {
    source: AFD_GUIDE,
    name: "Front Door guide: origin health",
    query: `// Check origin health
AzureDiagnostics
| where ResourceType == "FRONTDOORS"
| where Category == "FrontDoorHealthProbeLog"
| where result_s != "Passed"
| summarize count() by originName_s, result_s, bin(TimeGenerated, 5m)`,
  },
  {
    source: SECURE_MONITORING,
    name: "Secure monitoring notes: top callers by category",
    query: `AzureActivity | where TimeGenerated > ago(1d) | summarize Events=count() by Caller, CategoryValue | top 10 by Events desc`,
  },
  {
    source: ACTIVITY_LAB,
    name: "Activity log lab: 10 operations in the last hour",
    query: `AzureActivity | where TimeGenerated > ago(1h) | summarize count() by OperationNameValue`,
  },
  {
    source: ACTIVITY_LAB,
    name: "Activity log lab: 11 failed operations",
    query: `AzureActivity | where TimeGenerated > ago(1h) | where ActivityStatusValue == 'Failed' | project TimeGenerated, OperationNameValue, Caller, ResourceGroup`,
  },
  {
    source: ACTIVITY_LAB,
    name: "Activity log lab: 12 operations by resource type",
    query: `AzureActivity | where TimeGenerated > ago(2h) | summarize Count=count() by ResourceProviderValue | order by Count desc`,
  },
  {
    source: ACTIVITY_LAB,
    name: "Activity log lab: 13 activity by caller",
    query: `AzureActivity | where TimeGenerated > ago(2h) | summarize Operations=count() by Caller | order by Operations desc`,
  },
  {
    source: ACTIVITY_LAB,
    name: "Activity log lab: 14 NSG creation and deletion",
    query: `
    AzureActivity 
    | where TimeGenerated > ago(2h) 
    | where OperationNameValue contains 'Microsoft.Network/networkSecurityGroups/write' or OperationNameValue contains 'Microsoft.Network/networkSecurityGroups/delete'
    | project TimeGenerated, OperationNameValue, ResourceId, Caller, ActivityStatusValue
    | order by TimeGenerated desc
  `,
  },
  {
    source: GRAFANA_TEST,
    name: "Grafana datasource test: activity by category per 5 minutes",
    query: `AzureActivity | where TimeGenerated > ago(2h) | summarize count() by Category, bin(TimeGenerated, 5min) | project TimeGenerated, Category, count_  | order by TimeGenerated asc`,
  },
  {
    source: GRAFANA_TEST,
    name: "Grafana datasource test: activity categories of a named workspace",
    query: `workspace("aworkspace").AzureActivity  | distinct Category`,
  },
  {
    source: COST_SKILL,
    name: "Cost guardrail skill: ingestion by table",
    query: `Usage
| where TimeGenerated > ago(30d)
| where IsBillable == true
| summarize GB = sum(Quantity) / 1000 by DataType
| order by GB desc`,
  },
  {
    source: COSMOS_LOGGING_PL,
    name: "Cosmos DB logging page (Polish): operations by resource",
    query: `AzureActivity | where ResourceProvider=="MICROSOFT.DOCUMENTDB" and Category=="DataPlaneRequests" | summarize count() by Resource`,
  },
  {
    source: COSMOS_LOGGING_PL,
    name: "Cosmos DB logging page (Polish): a user's operations by resource",
    query: `AzureActivity | where Caller == "test@company.com" and ResourceProvider=="MICROSOFT.DOCUMENTDB" and Category=="DataPlaneRequests" | summarize count() by Resource`,
  },
  {
    source: WAF_DDOS_DOC,
    name: "WAF DDoS page: requests per client per 5 minutes, max and percentiles",
    query: `AzureDiagnostics
| where Category == "FrontdoorAccessLog"
| summarize count() by bin(TimeGenerated, 5m), clientIp_s
| summarize max(count_), percentile(count_, 99), percentile(count_, 95)`,
  },
  {
    source: WAF_DDOS_DOC,
    name: "WAF DDoS page: Front Door WAF log",
    query: `AzureDiagnostics
| where Category == "FrontdoorWebApplicationFirewallLog"`,
  },
  {
    source: MCP_ALERTS_JA,
    name: "MCP server alert rules: error rate",
    query: `AppRequests
| summarize total = count(), failed = countif(Success == false)
| extend errorRate = iff(total > 0, (failed * 100.0) / total, 0.0)
| project errorRate
`,
  },
];
