/**
 * An eleventh set of real published queries for the contract tables, copied as published (comments, blank lines,
 * indentation and trailing spaces included), from sources the first ten sets did not use. Same selection rule as
 * queries.ts … queries-tenth.ts: every query of a source that reads only contract tables and columns those tables
 * have in a workspace like this deployment's; a block holding several queries gives each as a query of its own.
 *
 * Sources: Microsoft's Cosmos DB page on auditing control-plane operations (its queries over AzureDiagnostics'
 * standard columns), the Logic Apps integration-environment Runs workbook template (`dynamic([...]) has OperationId`,
 * `hassuffix strcat("/", AppRoleName)`, `trim_start()` of a dynamic property), and public files of the code index,
 * named by id below, of kinds the earlier sets had little of: an operations guide's dashboard panels and section-4
 * queries, an SRE workshop module (`tolong(coalesce(ItemCount, 1))`, a `union` of two summaries keyed by a constant
 * string, az CLI strings with their indentation), two runbooks and an evidence page over AppDependencies (`extract()`
 * of a run id, `parse_json(Properties)` keys as summarize keys), a Cosmos runbook that reads every legacy Cosmos column
 * through `column_ifexists()` (one nested in another's default), a monitoring course (an inner join's `OperationId1`,
 * `split(ResourceId, "/")[-1]`), a Cosmos SDK benchmark design (`extract("mt-bench-([\\w-]+)", …)`), Python services'
 * query strings (gen_ai.* properties, `make_set(tostring(p.agent))`, `coalesce()` of two dynamic properties, a Log
 * Analytics API script), a Front Door performance guide (`toint(timeTaken_s) * 1000`, which truncates, and
 * `countif(x !in (...))`), a Terraform file's comment queries (the category written `FrontdoorAccessLog`), an
 * observability architecture's AzureMetrics queries over other services, a Bicep query pack (`case()` keys,
 * `sumif`/`maxif`, `iif` means), an Azure health model's signals, a Bicep workbook with parameters substituted, and
 * Bicep and Terraform alert rules (`1000 * countif(...) / count()`, a long division; `Success in (false)`; a tabular
 * `let` used with `in`).
 *
 * Left out of the same sources, with the reason:
 * - Queries over other tables: AppTraces, AppExceptions, ContainerAppConsoleLogs_CL, ApiManagementGateway*,
 *   KubePodInventory, SigninLogs, Syslog, Perf, InsightsMetrics, IngestLogs_CL, PGSQLServerLogs, CDBMongoRequests,
 *   CDBQueryRuntimeStatistics, CDBPartitionKeyRUConsumption, and the classic Application Insights names (`requests`,
 *   `dependencies`, `traces`, `customMetrics`), which this engine does not alias; Grafana's bundled Application
 *   Insights dashboards read only those.
 * - Queries Kusto's language service rejects: columns the tables do not have (KS142: the Cosmos audit page's
 *   `activityId_g`/`resourceDetails_s`, the Cosmos blog's `requestCharge_s`, WAF-log `action_s`/`ruleName_s`, Front
 *   Door `clientCountry_s`/`sni_s`, AzureDiagnostics `ResultType`, AzureMetrics `EntityName`, AppAvailabilityResults
 *   `TestName`, AppMetrics `Count` in a lakehouse runbook's `percentile(Sum/Count, 95)`), a column read in the extend
 *   that defines it (the handbook's SLO query: KS142, as the tutorial's `extend x = x + 1, y = x` documents),
 *   `isnotnan()`, which Kusto does not have (KS211), and the evidence page's query 7, which names a column `last`
 *   unbracketed (KS228).
 * - Copies: a second version of the egress evidence page, three versions of an observability page the seventh set
 *   read, four versions of the query pack, an MCP tool description whose two example queries the fourth set holds,
 *   and a natural-language-to-KQL page that copies the fourth set's.
 *
 * Refused by the engine, on purpose (two): the research-portal alerts 4 and 5, `ResultCode in (500)`, a list of
 * longs over the string column, which the earlier sets' `ResultCode == 500` meets too (Kusto documents no
 * conversion). The other 92 run. Checked against DuckDB: twenty-seven with rows and six that select nothing here
 * (published-truth/cases-eleventh.ts): thirty-three.
 */
import type { PublishedQuery } from "./queries";

const gh = (id: string, note: string) => `public GitHub file, code index id ${id} (${note})`;
const ASSURANCENET = gh("52545839490", "AssuranceNet operations guide, '4. Common KQL Queries'");
const ASSURANCENET_DASHBOARD = gh("52545839490", "AssuranceNet operations guide, '3. Monitoring Dashboards', the panels' KQL with the markdown table's \\| unescaped");
const SRE_WORKSHOP_PG = gh("70511560170", "SRE agent workshop, 'Module 04 - Respond to PostgreSQL Connectivity Loss'");
const RELAYWORKS = gh("57635225647", "RelayWorks operations runbook, 'Application Insights queries' (its AppTraces and AppExceptions queries left out)");
const EGRESS = gh("70894297086", "'KQL queries for the containment evidence' of an agent egress policy, numbered as published (5 and 6 read ContainerAppConsoleLogs_CL)");
const COSMOS_RUNBOOK_BSS = gh("60091236383", "Cosmos DB troubleshooting runbook of a BSS demo lab");
const MONITORING_COURSE = gh("68540660599", "Azure monitoring course module, KQL sections (its SigninLogs, Perf and AppExceptions queries and the AuditEvent ones, which read ResultType, left out)");
const COSMOS_MT_BENCH = gh("53356688944", "Cosmos DB Java SDK multi-tenancy benchmark design, 4.3 'Server-side verification via Kusto'");
const AGENT_FLEET_PY = gh("27498002991", "Python fleet-health dashboard of AI agents, fetch_telemetry_from_app_insights");
const ENTRA_DEMO = gh("54489617464", "Entra ID demo on Container Apps README, 'KQL Queries' (its AppEvents query reads CustomDimensions, its third ContainerAppConsoleLogs)");
const COSMOS_AUDIT = "https://learn.microsoft.com/azure/cosmos-db/audit-control-plane-logs (MicrosoftDocs/azure-databases-docs@5846a20 articles/cosmos-db/audit-control-plane-logs.md)";
const LOGIC_APPS_RUNS = "microsoft/Application-Insights-Workbooks@1ea1c77 Workbooks/Azure Logic Apps/Integration Environment Application/IntegrationLogicApps/Templates/Runs/Runs.workbook, 'Logic App Actions for Operation ID' ({SelectedOperationIds} = two operation ids picked in its runs grid, {LogicApps} = one Logic App's resource id, each as the JSON array the multi-select parameters expand to)";

const AFD_PERF_GUIDE = gh("17390259653", "Azure Front Door performance-efficiency guide, 'Performance Queries (KQL)'");
const AFD_DIAG_TF_HEADER = gh("32205176634", "Terraform Front Door diagnostic settings, the 'Portal KQL' of its header comment with the '#' prefixes removed (its two WAF-log queries read action_s and ruleName_s)");
const AFD_DIAG_TF_INLINE = gh("32205176634", "Terraform Front Door diagnostic settings, the 'KQL:' comment above each enabled_log/enabled_metric block with the '#' prefixes removed");
const FORTRESS = gh("55283745152", "'Fortress' monitoring and observability architecture, 'KQL Examples'");
const COSMOS_LOG_BLOG = gh("36974556408", "blog post 'Azure Logs Analytics for CosmosDB', 'Checking Log Volume' (its sample query reads requestCharge_s and other legacy Cosmos columns)");
const TOKENOPS_RUNS = gh("59254404536", "Python Runs page of a token-operations dashboard, _Q_RUNS and _Q_COST as Python concatenates them");
const SRE_LAB_TROUBLESHOOTING = gh("60931920337", "SRE demo lab troubleshooting page, 'Telemetry' (az monitor log-analytics query strings)");
const AI_GATEWAY_PY = gh("70174470250", "Python AI-gateway demo, POLICY_EVIDENCE_QUERIES 'failover' ({window} = 1h; its other queries read ApiManagementGateway* tables, AppTraces or the classic names)");
const ZAVA_ALERTS = gh("67084503529", "Bicep SRE agent demo, the zavaAvailabilityAlert rule (its other rule reads AppExceptions)");
const UNICONNECT_NOTES = gh("71415258888", "operations notes of an API on App Service, the az CLI --analytics-query string");
const LLM_METRICS_PY = gh("55455908227", "Python check that APIM LLM metrics and logs are alive, its AppMetrics query (the other reads ApiManagementGatewayLlmLog)");
const GROUNDWORK = gh("69389346796", "Groundwork Bicep monitoring module, scheduledQueryRules criteria queries");
const ACI_BATCH_README = gh("6274050175", "README of an ACI batch job over a storage container, 'Monitoring' (its Log Analytics query)");
const CONTAINER_APP_RUNBOOK = gh("69384309700", "Container App runbook, high-latency alert, its inline AppDependencies query");
const TILES_QUERY_PACK = gh("57374720215", "Bicep Log Analytics query pack of a map-tile service, the query of each module as its ''' string holds it");
const HEALTH_MODEL = gh("57377716252", "Bicep Azure health model entities of a movie-request app, its LogAnalyticsQuery signals' queryText (the synthetic-availability signal calls isnotnan(), which Kusto does not have: KS211)");
const HEALTH_MODEL_STORAGE_SUFFIX = `${HEALTH_MODEL.slice(0, -1)}; \${environment().suffixes.storage} = core.windows.net, Azure's public cloud)`;
const SCENTIQ_WORKBOOK = gh("68467918072", "Bicep observability workbook of a development environment; {ApplicationInsightsResourceId} and the __…ResourceId__ placeholders = resource ids of that environment's resources, {Environment} = dev");
const SQL_QUOTA_ALERT = gh("56931830141", "Bicep alert rules of a Functions app, 8. SQL vCore-second monthly quota burn (\${sqlQuotaBurnPctThreshold} = 80, the parameter's default; its other log rules use the classic names)");
const LA_API_PY = gh("52713535963", "Python script calling the Log Analytics query API, its run_query strings");
const IRAS_ALERTS = gh("16093805383", "Bicep scheduled-query alerts of a research-portal platform, rules 1-5 (\\${environment} = manualtest)");
const PLATFORM_HANDBOOK = gh("67508057386", "platform engineering handbook, '4. Azure Monitor and Log Analytics' (its AppExceptions and Perf queries left out, and its SLO query, whose extend reads Availability, a column the same extend defines: KS142)");
const FR_PLATFORM_DOC = gh("26789062413", "platform documentation in French, 'Requêtes KQL Pré-Configurées', the first query of the block (the second reads Syslog)");
const FAILURE_LAB_DOC = gh("71258743129", "controlled-failure lab write-up, section 12, the scheduled query alert's query");

export const PUBLISHED_ELEVENTH: PublishedQuery[] = [
  // AssuranceNet operations guide (code index 52545839490): the dashboard panels' one-line queries (their `\|` are the
  // markdown table's escaped pipes) and section 4's queries over contract tables.
  {
    source: ASSURANCENET_DASHBOARD,
    name: "AssuranceNet dashboard: API requests (24h) per hour",
    query: `AppRequests | where TimeGenerated > ago(24h) | summarize count() by bin(TimeGenerated, 1h) | render timechart`,
  },
  {
    source: ASSURANCENET_DASHBOARD,
    name: "AssuranceNet dashboard: API latency percentiles (24h) per 5 minutes",
    query: `AppRequests | where TimeGenerated > ago(24h) | summarize percentile(DurationMs, 50), percentile(DurationMs, 95), percentile(DurationMs, 99) by bin(TimeGenerated, 5m) | render timechart`,
  },
  {
    source: ASSURANCENET,
    name: "AssuranceNet: slow requests (over 3 seconds)",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| where DurationMs > 3000
| project TimeGenerated, Name, DurationMs, ResultCode, Url, AppRoleName
| order by DurationMs desc
| take 50`,
  },
  {
    source: ASSURANCENET,
    name: "AssuranceNet: authentication failures by client IP, result code and 5 minutes",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| where ResultCode in ("401", "403")
| project TimeGenerated, Name, ResultCode, ClientIP, Url
| order by TimeGenerated desc
| summarize FailureCount=count() by ClientIP, ResultCode, bin(TimeGenerated, 5m)`,
  },
  {
    source: ASSURANCENET,
    name: "AssuranceNet: storage operations (Azure blob dependencies) per 5 minutes",
    query: `AppDependencies
| where TimeGenerated > ago(1h)
| where DependencyType == "Azure blob"
| summarize
    TotalCalls=count(),
    FailedCalls=countif(Success == false),
    AvgDurationMs=avg(DurationMs),
    P95DurationMs=percentile(DurationMs, 95)
  by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: ASSURANCENET,
    name: "AssuranceNet: error rate percentage per 5 minutes",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| summarize
    TotalRequests=count(),
    ErrorRequests=countif(toint(ResultCode) >= 500)
  by bin(TimeGenerated, 5m)
| extend ErrorRate = round(100.0 * ErrorRequests / TotalRequests, 2)
| project TimeGenerated, TotalRequests, ErrorRequests, ErrorRate
| render timechart`,
  },
  // SRE workshop module 04, PostgreSQL connectivity loss (code index 70511560170).
  {
    source: SRE_WORKSHOP_PG,
    name: "SRE workshop, PostgreSQL: healthy baseline failure percentage per minute",
    query: `AppDependencies
| where TimeGenerated > ago(30m)
| where AppRoleName == "orders-api"
| where DependencyType == "PostgreSQL"
| extend Samples = tolong(coalesce(ItemCount, 1))
| summarize
    Total = sum(Samples),
    Failed = sumif(Samples, Success == false)
  by bin(TimeGenerated, 1m)
| extend FailurePercent = 100.0 * todouble(Failed) / todouble(Total)
| order by TimeGenerated asc
| render timechart`,
  },
  {
    source: SRE_WORKSHOP_PG,
    name: "SRE workshop, PostgreSQL: union of dependency and availability signals, a constant as a summarize key",
    query: `union
  (AppDependencies
   | where AppRoleName == "orders-api"
   | where DependencyType == "PostgreSQL"
   | extend Samples = tolong(coalesce(ItemCount, 1))
   | summarize
       Samples = sum(Samples),
       Failures = sumif(Samples, Success == false)
     by Signal = "PostgreSQL dependencies", bin(TimeGenerated, 1m)),
  (AppAvailabilityResults
   | where AppRoleName == "orders-api"
   | where Name == "orders-api-postgresql"
   | extend Samples = tolong(coalesce(ItemCount, 1))
   | summarize
       Samples = sum(Samples),
       Failures = sumif(Samples, Success == false)
     by Signal = "Database availability", bin(TimeGenerated, 1m))
| where TimeGenerated > ago(45m)
| order by TimeGenerated asc`,
  },
  {
    source: `${SRE_WORKSHOP_PG.slice(0, -1)}; Task 7, the --analytics-query string as the shell hands it on, its indentation kept)`,
    name: "SRE workshop, PostgreSQL: failed dependencies by name, result code and minute",
    query: `
    AppDependencies
    | where TimeGenerated > ago(45m)
    | where AppRoleName == 'orders-api'
    | where DependencyType == 'PostgreSQL'
    | extend Samples = tolong(coalesce(ItemCount, 1))
    | summarize
        Samples = sum(Samples),
        Failures = sumif(Samples, Success == false)
      by Name, ResultCode, bin(TimeGenerated, 1m)
    | order by TimeGenerated asc
    `,
  },
  {
    source: `${SRE_WORKSHOP_PG.slice(0, -1)}; Task 7, the --analytics-query string as the shell hands it on, its indentation kept)`,
    name: "SRE workshop, PostgreSQL: customer impact by request name, result code and minute",
    query: `
    AppRequests
    | where TimeGenerated > ago(45m)
    | where AppRoleName == 'orders-api'
    | where Name in ('GET /health/ready', 'GET /database', 'GET /orders', 'POST /orders')
    | extend Samples = tolong(coalesce(ItemCount, 1))
    | summarize
        Requests = sum(Samples),
        Failures = sumif(Samples, Success == false),
        P95Ms = round(percentile(DurationMs, 95), 1)
      by Name, ResultCode, bin(TimeGenerated, 1m)
    | order by TimeGenerated asc, Name asc
    `,
  },
  // RelayWorks operations runbook (code index 57635225647).
  {
    source: RELAYWORKS,
    name: "RelayWorks: slow or unsuccessful connector calls",
    query: `AppDependencies
| where TimeGenerated > ago(1h)
| where Name startswith "connector "
| summarize Calls=count(), Failures=countif(Success == false),
    P95=percentile(DurationMs, 95) by AppRoleName, Name, bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: RELAYWORKS,
    name: "RelayWorks: Service Bus processing spans",
    query: `AppDependencies
| where TimeGenerated > ago(1h)
| where DependencyType == "InProc" or Target has "servicebus"
| project TimeGenerated, AppRoleName, Name, Success, DurationMs, OperationId, Properties
| order by TimeGenerated desc`,
  },
  // Containment evidence queries (code index 70894297086): its AppDependencies queries 1-4 and 7.
  {
    source: EGRESS,
    name: "Egress containment 1: every platform egress decision in a time window",
    query: `AppDependencies
| where TimeGenerated > ago(1h)
| where DependencyType == "NetworkEgressDecision"
| extend p = parse_json(Properties)
| extend run_id = extract(@"(run-[0-9a-f-]{36})", 1, Data)
| project TimeGenerated, run_id, Data,
          decision = tostring(p.decision), result = tostring(p.decisionResultCode),
          reason = tostring(p.decisionReasonCode), enforcement = tostring(p.enforcement),
          denyReason = tostring(p.denyReasonCode), host = tostring(p.host)
| order by TimeGenerated desc`,
  },
  {
    source: EGRESS,
    name: "Egress containment 2: only the blocks (Deny under Enforced)",
    query: `AppDependencies
| where TimeGenerated > ago(24h)
| where DependencyType == "NetworkEgressDecision"
| extend p = parse_json(Properties)
| where tostring(p.decision) == "Deny" and tostring(p.enforcement) == "Enforced"
| extend run_id = extract(@"(run-[0-9a-f-]{36})", 1, Data)
| project TimeGenerated, run_id, host = tostring(p.host), reason = tostring(p.decisionReasonCode),
          denyReason = tostring(p.denyReasonCode), Data
| order by TimeGenerated desc`,
  },
  {
    source: EGRESS,
    name: "Egress containment 3: audit would-denies",
    query: `AppDependencies
| where TimeGenerated > ago(24h)
| where DependencyType == "NetworkEgressDecision"
| extend p = parse_json(Properties)
| where tostring(p.decisionResultCode) == "AuditWouldDeny"
| extend run_id = extract(@"(run-[0-9a-f-]{36})", 1, Data)
| project TimeGenerated, run_id, host = tostring(p.host), reason = tostring(p.decisionReasonCode), Data
| order by TimeGenerated desc`,
  },
  {
    source: EGRESS,
    name: "Egress containment 4: decision counts by mode and outcome",
    query: `AppDependencies
| where TimeGenerated > ago(24h)
| where DependencyType == "NetworkEgressDecision"
| extend p = parse_json(Properties)
| summarize calls = count() by enforcement = tostring(p.enforcement),
          decision = tostring(p.decision), result = tostring(p.decisionResultCode),
          host = tostring(p.host)
| order by enforcement asc, calls desc`,
  },
  // Cosmos DB troubleshooting runbook of a BSS lab (code index 60091236383): its three AzureDiagnostics queries, every
  // Cosmos column read through column_ifexists (its two `dependencies` queries use the classic names).
  {
    source: COSMOS_RUNBOOK_BSS,
    name: "Cosmos runbook (BSS lab) step 2: throttled requests by collection and operation per 5 minutes",
    query: `AzureDiagnostics
| where TimeGenerated > ago(30m)
| where ResourceProvider == 'MICROSOFT.DOCUMENTDB'
| where Category == 'DataPlaneRequests'
| extend Collection = column_ifexists('collectionName_s', column_ifexists('requestResourceId_s', 'unknown'))
| extend StatusCode = toint(column_ifexists('statusCode_s', '0'))
| extend RequestCharge = todouble(column_ifexists('requestCharge_s', '0'))
| extend DurationMs = todouble(column_ifexists('durationMs_s', '0'))
| summarize Requests = count(),
            Throttles = countif(StatusCode == 429),
            AvgRU = avg(RequestCharge),
            P95DurationMs = percentile(DurationMs, 95)
    by Collection, Operation = column_ifexists('operationName_s', 'unknown'), bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: COSMOS_RUNBOOK_BSS,
    name: "Cosmos runbook (BSS lab) step 3: partition range skew",
    query: `AzureDiagnostics
| where TimeGenerated > ago(30m)
| where ResourceProvider == 'MICROSOFT.DOCUMENTDB'
| where Category == 'DataPlaneRequests'
| extend PartitionKeyRange = column_ifexists('partitionKeyRangeId_s', 'unknown')
| extend RequestCharge = todouble(column_ifexists('requestCharge_s', '0'))
| extend StatusCode = toint(column_ifexists('statusCode_s', '0'))
| summarize Requests = count(),
            TotalRU = sum(RequestCharge),
            Throttles = countif(StatusCode == 429)
    by PartitionKeyRange, bin(TimeGenerated, 5m)
| order by TotalRU desc, Throttles desc`,
  },
  {
    source: COSMOS_RUNBOOK_BSS,
    name: "Cosmos runbook (BSS lab) step 4: most expensive request types",
    query: `AzureDiagnostics
| where TimeGenerated > ago(30m)
| where ResourceProvider == 'MICROSOFT.DOCUMENTDB'
| where Category == 'DataPlaneRequests'
| extend RequestCharge = todouble(column_ifexists('requestCharge_s', '0'))
| where column_ifexists('operationName_s', '') has 'Query'
| summarize Requests = count(), AvgRU = avg(RequestCharge), MaxRU = max(RequestCharge)
    by Collection = column_ifexists('collectionName_s', 'unknown'), Operation = column_ifexists('operationName_s', 'unknown')
| order by MaxRU desc, AvgRU desc`,
  },
  // Azure monitoring course module (code index 68540660599): its queries over contract tables.
  {
    source: MONITORING_COURSE,
    name: "Monitoring course: P50, P95, P99 response times per 5 minutes",
    query: `// Calculate P50, P95, P99 response times
AppRequests
| where TimeGenerated > ago(1h)
| summarize
    P50 = percentile(DurationMs, 50),
    P95 = percentile(DurationMs, 95),
    P99 = percentile(DurationMs, 99),
    Total = count()
    by bin(TimeGenerated, 5m)
| order by TimeGenerated asc`,
  },
  {
    source: MONITORING_COURSE,
    name: "Monitoring course: slow requests joined with SQL dependency failures",
    query: `// Correlate slow requests with SQL dependency failures (last hour)
AppRequests
| where TimeGenerated > ago(1h)
| where DurationMs > 3000
| project RequestTime = TimeGenerated, OperationId, RequestName = Name, RequestDuration = DurationMs
| join kind=inner (
    AppDependencies
    | where TimeGenerated > ago(1h)
    | where DependencyType == "SQL"
    | where Success == false
    | project OperationId, SqlTarget = Target, SqlResult = ResultCode
) on OperationId
| order by RequestTime desc
| take 50`,
  },
  {
    source: MONITORING_COURSE,
    name: "Monitoring course: who deleted resources (last segment of the resource id by a negative index)",
    query: `// Who deleted resources in the last 7 days?
AzureActivity
| where TimeGenerated > ago(7d)
| where OperationNameValue endswith "delete"
| where ActivityStatusValue == "Success"
| project TimeGenerated, Caller, ResourceGroup,
          Resource = tostring(split(ResourceId, "/")[-1]),
          Operation = OperationNameValue
| order by TimeGenerated desc`,
  },
  {
    source: MONITORING_COURSE,
    name: "Monitoring course: top 10 slowest API endpoints",
    query: `// Top 10 slowest API endpoints
AppRequests
| where TimeGenerated > ago(1h)
| where Success == true
| summarize AvgDuration = avg(DurationMs), P99 = percentile(DurationMs, 99), Count = count() by Name
| where Count > 10   // Filter out infrequent endpoints
| order by P99 desc
| take 10`,
  },
  {
    source: MONITORING_COURSE,
    name: "Monitoring course: HTTP 500 error-rate log alert",
    query: `AppRequests
| where TimeGenerated > ago(15m)
| summarize
    Total = count(),
    Failed = countif(toint(ResultCode) >= 500)
| extend FailRate = 100.0 * Failed / Total
| where Total > 100 and FailRate > 5`,
  },
  {
    source: MONITORING_COURSE,
    name: "Monitoring course: request performance by endpoint",
    query: `// Request performance by endpoint (last hour)
AppRequests
| where TimeGenerated > ago(1h)
| summarize
    AvgDuration = avg(DurationMs),
    P95 = percentile(DurationMs, 95),
    FailRate = countif(Success == false) * 100.0 / count(),
    Total = count()
    by Name
| order by Total desc`,
  },
  {
    source: MONITORING_COURSE,
    name: "Monitoring course: dependency call failures by target, type and result code",
    query: `// Dependency call failures (DB, HTTP, etc.)
AppDependencies
| where TimeGenerated > ago(1h)
| where Success == false
| summarize FailCount = count() by Target, DependencyType, ResultCode
| order by FailCount desc`,
  },
  // Multi-tenancy benchmark design for the Cosmos Java SDK (code index 53356688944), section 4.3.
  {
    source: COSMOS_MT_BENCH,
    name: "Cosmos multi-tenancy benchmark: per-tenant traffic from the user agent suffix",
    query: `// Kusto query on Cosmos DB server-side logs to verify per-tenant traffic
CDBDataPlaneRequests
| where TimeGenerated > ago(1h)
| where UserAgent contains "mt-bench-"
| extend tenantId = extract("mt-bench-([\\\\w-]+)", 1, UserAgent)
| summarize requestCount=count(), avgRUs=avg(RequestCharge), p99LatencyMs=percentile(DurationMs, 99)
    by tenantId, OperationName, bin(TimeGenerated, 1m)
| order by tenantId, TimeGenerated`,
  },
  // Python fleet-health dashboard of AI agents (code index 27498002991): the query string of
  // fetch_telemetry_from_app_insights, its indentation as the Python string holds it.
  {
    source: AGENT_FLEET_PY,
    name: "AI agent fleet health: runs, latency and tokens by agent and model (gen_ai.* properties)",
    query: `
        AppDependencies
        | where TimeGenerated >= ago(24h)
        | where DependencyType == "GenAI | azure_ai_agents"
        | extend props = parse_json(Properties)
        | extend agent_name = tostring(props["gen_ai.agent.name"])
        | extend model = tostring(props["gen_ai.request.model"])
        | extend tokens = toint(props["gen_ai.usage.total_tokens"])
        | summarize 
            total_runs = count(),
            successful_runs = countif(Success == true),
            failed_runs = countif(Success == false),
            avg_latency = avg(DurationMs),
            p95_latency = percentile(DurationMs, 95),
            total_tokens = sum(tokens)
            by agent_name, model
        `,
  },
  {
    source: ENTRA_DEMO,
    name: "Entra demo on Container Apps: API response times by HTTP dependency target",
    query: `AppDependencies
| where DependencyType == "Http"
| summarize AvgDuration=avg(DurationMs) by Target
| sort by AvgDuration desc`,
  },
  // Microsoft's Cosmos DB page "How to audit Azure Cosmos DB control plane operations": the queries that read only
  // AzureDiagnostics' standard columns (the others project Cosmos control-plane columns such as activityId_g and
  // resourceDetails_s, or join AzureActivity on one of them).
  {
    source: COSMOS_AUDIT,
    name: "Cosmos control plane audit: control-plane requests of the last hour",
    query: `AzureDiagnostics
| where ResourceProvider=="MICROSOFT.DOCUMENTDB" and Category=="ControlPlaneRequests"
| where TimeGenerated >= ago(1h)`,
  },
  {
    source: COSMOS_AUDIT,
    name: "Cosmos control plane audit: SqlContainersUpdate operations",
    query: `AzureDiagnostics
| where Category == "ControlPlaneRequests"
| where OperationName startswith "SqlContainersUpdate"`,
  },
  {
    source: COSMOS_AUDIT,
    name: "Cosmos control plane audit: SqlContainersThroughputUpdate operations",
    query: `AzureDiagnostics
| where Category == "ControlPlaneRequests"
| where OperationName startswith "SqlContainersThroughputUpdate"`,
  },
  // The Logic Apps integration-environment Runs template: its AppRequests-only query, parameters substituted.
  {
    source: LOGIC_APPS_RUNS,
    name: "Logic Apps Runs workbook: Logic App actions for selected operation ids",
    query: `AppRequests
| where OperationId != "" and dynamic(["4bf92f3577b34da6a3ce929d0e0e4736","00f067aa0ba902b7"]) has OperationId
| where dynamic(["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/demo/providers/Microsoft.Web/sites/checkout"]) hassuffix strcat("/", AppRoleName) and Properties["Category"] startswith "Workflow."
| project TimeGenerated, LogicApp=AppRoleName, Workflow=OperationName, Category=trim_start("Workflow.Operations.", tostring(Properties["Category"])), Name, ResultCode, DurationMs, Properties
| sort by TimeGenerated asc`,
  },
  // Front Door performance-efficiency guide (code index 17390259653), 'Performance Queries (KQL)'.
  {
    source: AFD_PERF_GUIDE,
    name: "Front Door performance guide: cache hit ratio",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(24h)
| summarize 
    Total = count(),
    Hits = countif(cacheStatus_s == "HIT"),
    Misses = countif(cacheStatus_s == "MISS"),
    Other = countif(cacheStatus_s !in ("HIT", "MISS"))
| extend HitRatio = round((Hits * 100.0) / Total, 2)
| project HitRatio, Total, Hits, Misses, Other`,
  },
  {
    source: AFD_PERF_GUIDE,
    name: "Front Door performance guide: latency percentiles of toint(timeTaken_s) * 1000 per 5 minutes",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(1h)
| extend LatencyMs = toint(timeTaken_s) * 1000
| summarize 
    P50 = percentile(LatencyMs, 50),
    P75 = percentile(LatencyMs, 75),
    P95 = percentile(LatencyMs, 95),
    P99 = percentile(LatencyMs, 99)
    by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: AFD_PERF_GUIDE,
    name: "Front Door performance guide: slow requests analysis",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(1h)
| extend LatencyMs = toint(timeTaken_s) * 1000
| where LatencyMs > 1000  // Requests > 1 second
| project 
    TimeGenerated,
    requestUri_s,
    LatencyMs,
    cacheStatus_s,
    originName_s,
    httpStatusCode_s
| order by LatencyMs desc
| take 100`,
  },
  {
    source: AFD_PERF_GUIDE,
    name: "Front Door performance guide: cache miss analysis",
    query: `// Identify high-volume cache misses (optimization opportunities)
AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where cacheStatus_s == "MISS"
| summarize MissCount = count() by requestUri_s
| order by MissCount desc
| take 50`,
  },
  // Terraform Front Door diagnostic settings (code index 32205176634): the KQL of its comments, '#' prefixes removed.
  {
    source: AFD_DIAG_TF_HEADER,
    name: "Front Door diagnostic settings (Terraform): the shared Front Door filter",
    query: `AzureDiagnostics | where ResourceProvider == "MICROSOFT.CDN"`,
  },
  {
    source: AFD_DIAG_TF_HEADER,
    name: "Front Door diagnostic settings (Terraform): recent requests with key fields",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN"
| where Category == "FrontdoorAccessLog"
| project TimeGenerated, clientIp_s, requestUri_s, httpStatusCode_s,
          timeTaken_s, cacheStatus_s, pop_s, userAgent_s
| order by TimeGenerated desc`,
  },
  {
    source: AFD_DIAG_TF_HEADER,
    name: "Front Door diagnostic settings (Terraform): 4xx/5xx error breakdown",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN"
| where Category == "FrontdoorAccessLog"
| where toint(httpStatusCode_s) >= 400
| summarize count() by httpStatusCode_s, requestUri_s
| order by count_ desc`,
  },
  {
    source: AFD_DIAG_TF_HEADER,
    name: "Front Door diagnostic settings (Terraform): probe failures grouped by origin",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN"
| where Category == "FrontdoorHealthProbeLog"
| where httpStatusCode_s != "200"
| summarize failures=count() by originName_s, httpStatusCode_s,
            bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: AFD_DIAG_TF_HEADER,
    name: "Front Door diagnostic settings (Terraform): hourly request volume from metrics",
    query: `AzureMetrics
| where ResourceProvider == "MICROSOFT.CDN"
| where MetricName == "RequestCount"
| summarize total=sum(Total) by bin(TimeGenerated, 1h)
| order by TimeGenerated desc`,
  },
  {
    source: AFD_DIAG_TF_INLINE,
    name: "Front Door diagnostic settings (Terraform), access-log block: recent requests",
    query: `AzureDiagnostics | where ResourceProvider == "MICROSOFT.CDN"
     | where Category == "FrontdoorAccessLog"
     | project TimeGenerated, clientIp_s, requestUri_s, httpStatusCode_s,
               timeTaken_s, cacheStatus_s, pop_s | order by TimeGenerated desc`,
  },
  {
    source: AFD_DIAG_TF_INLINE,
    name: "Front Door diagnostic settings (Terraform), probe-log block: probe failures by origin",
    query: `AzureDiagnostics | where ResourceProvider == "MICROSOFT.CDN"
     | where Category == "FrontdoorHealthProbeLog"
     | where httpStatusCode_s != "200"
     | summarize failures=count() by originName_s, httpStatusCode_s, bin(TimeGenerated, 5m)`,
  },
  {
    source: AFD_DIAG_TF_INLINE,
    name: "Front Door diagnostic settings (Terraform), metrics block: hourly request volume",
    query: `AzureMetrics | where ResourceProvider == "MICROSOFT.CDN"
     | where MetricName == "RequestCount"
     | summarize total=sum(Total) by bin(TimeGenerated, 1h)`,
  },
  // "Fortress" monitoring and observability architecture (code index 55283745152), 'KQL Examples': its AzureMetrics
  // queries (the Service Bus one groups by EntityName, which AzureMetrics does not have; the others read
  // KubePodInventory or the classic names).
  {
    source: FORTRESS,
    name: "Fortress observability: Azure SQL resource utilization",
    query: `AzureMetrics
| where TimeGenerated > ago(1h)
| where ResourceProvider == "MICROSOFT.SQL"
| where MetricName in ("dtu_consumption_percent", "cpu_percent", "connection_successful")
| summarize AverageValue = avg(Average) by Resource, MetricName, bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: FORTRESS,
    name: "Fortress observability: Cosmos DB throttling metrics",
    query: `AzureMetrics
| where TimeGenerated > ago(1h)
| where ResourceProvider == "MICROSOFT.DOCUMENTDB"
| where MetricName in ("TotalRequests", "TotalRequestUnits", "ThrottledRequests")
| summarize Total = sum(Total) by Resource, MetricName, bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: FORTRESS,
    name: "Fortress observability: Event Hubs throughput and throttling",
    query: `AzureMetrics
| where TimeGenerated > ago(1h)
| where ResourceProvider == "MICROSOFT.EVENTHUB"
| where MetricName in ("IncomingMessages", "OutgoingMessages", "IncomingBytes", "OutgoingBytes", "ThrottledRequests")
| summarize Total = sum(Total) by Resource, MetricName, bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: COSMOS_LOG_BLOG,
    name: "Cosmos DB Log Analytics blog: log volume by category",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.DOCUMENTDB"
| summarize count() by Category
| order by count_ desc`,
  },
  // Python "Runs" page of a token-operations dashboard (code index 59254404536): _Q_RUNS and _Q_COST, the
  // concatenated string literals as Python joins them (its two AppTraces queries left out).
  {
    source: TOKENOPS_RUNS,
    name: "TokenOps runs: run_tokens metrics by run id (make_set and max of dynamic properties)",
    query: `AppMetrics | where Name == "run_tokens" | extend p=parse_json(Properties) | summarize lastSeen=max(TimeGenerated), callCount=count(), agents=make_set(tostring(p.agent)), steps=max(toint(p.step)) by runId=tostring(p.run_id) | order by lastSeen desc | take 100`,
  },
  {
    source: TOKENOPS_RUNS,
    name: "TokenOps runs: prompt and completion tokens by run, model and kind (coalesce of two properties)",
    query: `AppMetrics | where Name in ("Prompt Tokens", "Completion Tokens") | extend p=parse_json(Properties) | where isnotempty(tostring(p.run_id)) | extend tok_kind=iff(Name == "Prompt Tokens", "prompt", "completion"), model=tostring(coalesce(p.effectiveModel, p.deployment)) | summarize tokens=sum(Sum) by runId=tostring(p.run_id), model, tok_kind`,
  },
  {
    source: SRE_LAB_TROUBLESHOOTING,
    name: "SRE demo lab troubleshooting: requests of the last 30 minutes by role",
    query: `AppRequests | where TimeGenerated > ago(30m) | summarize count() by AppRoleName`,
  },
  {
    source: SRE_LAB_TROUBLESHOOTING,
    name: "SRE demo lab troubleshooting: an alert rule's disk metric run by hand (iif over ItemCount)",
    query: `AppMetrics | where Name == "sre_demo_disk_percent_used"
    | extend Value = iif(ItemCount > 0, Sum / ItemCount, Sum)
    | summarize DiskPercentUsed = max(Value)`,
  },
  {
    source: AI_GATEWAY_PY,
    name: "AI gateway evidence: failover retried on another region (BackendAttempts metric)",
    query: `AppMetrics | where TimeGenerated > ago(1h) and Name == "BackendAttempts" | extend Backend = tostring(Properties.Backend), Failover = tostring(Properties.Failover), Model = tostring(Properties.Model) | summarize Requests = sum(ItemCount), Attempts = sum(Sum) by ServedBy = Backend, Failover, Model | order by Requests desc`,
  },
  {
    source: ZAVA_ALERTS,
    name: "Zava storefront alert: backend requests answered 503",
    query: `AppRequests | where AppRoleName startswith "ca-zava-backend" | where ResultCode == "503"`,
  },
  {
    source: UNICONNECT_NOTES,
    name: "Uniconnect notes: failed requests by name and result code (az CLI)",
    query: `AppRequests | where Success == false | summarize n=count() by Name, ResultCode | order by n desc`,
  },
  {
    source: LLM_METRICS_PY,
    name: "APIM LLM metrics check: AppMetrics sums by name over 15 minutes",
    query: `AppMetrics | where TimeGenerated > ago(15m) | summarize v=sum(Sum) by Name`,
  },
  // Groundwork Bicep monitoring module (code index 69389346796): its scheduled-query rules over contract tables (its
  // four AppTraces rules left out).
  {
    source: GROUNDWORK,
    name: "Groundwork alert: deployment queue depth (max(Max) of a custom metric)",
    query: `AppMetrics | where Name == "groundwork_queue_depth" | summarize Depth = max(Max)`,
  },
  {
    source: GROUNDWORK,
    name: "Groundwork alert: stage duration breach",
    query: `AppMetrics | where Name == "groundwork_stage_duration_seconds" | summarize LongestSeconds = max(Max)`,
  },
  {
    source: GROUNDWORK,
    name: "Groundwork alert: dependency failures per mille (long division)",
    query: `AppDependencies | summarize FailurePerMille = 1000 * countif(Success == false) / count()`,
  },
  {
    source: GROUNDWORK,
    name: "Groundwork alert: request surface availability per mille (!contains or startswith, long division)",
    query: `AppRequests | where Url !contains "/deployments/" or Name startswith "GET" | summarize SuccessPerMille = 1000 * countif(Success == true) / count()`,
  },
  {
    source: ACI_BATCH_README,
    name: "ACI batch README: dependencies of the last run (a tabular let used with in)",
    query: `let runs = AppDependencies | summarize TimeGenerated=max(TimeGenerated) by run=tostring(Properties["Run"]) | order by TimeGenerated | take 1 ;
AppDependencies
| where tostring(Properties["Run"]) in (runs)
| extend run=tostring(Properties["Run"])
| order by TimeGenerated `,
  },
  {
    source: CONTAINER_APP_RUNBOOK,
    name: "Container app latency runbook: average dependency duration by Type and Target",
    query: `AppDependencies | summarize avg(DurationMs) by Type, Target`,
  },
  // Bicep query pack of a tile service (code index 57374720215): its queries over contract tables and columns (the
  // access-log summaries read clientCountry_s and sni_s, which the Front Door log of this deployment does not have).
  {
    source: TILES_QUERY_PACK,
    name: "Tiles query pack: tile server access logs",
    query: `
    AppRequests
    | where Name contains "tile_handler"
    | project TimeGenerated, Url, Success, ResultCode, DurationMs
    | order by TimeGenerated desc
    `,
  },
  {
    source: TILES_QUERY_PACK,
    name: "Tiles query pack: tile server access-log summary by hour and result code (order by a second key, desc by default)",
    query: `
    AppRequests
    | where Name contains "tile_handler"
    | summarize
        RequestCount = count(),
        TotalDurationMs = sum(DurationMs),
        AvgDurationMs = avg(DurationMs)
      by bin(TimeGenerated, 60m), ResultCode
    | order by TimeGenerated desc, ResultCode
    `,
  },
  {
    source: TILES_QUERY_PACK,
    name: "Tiles query pack: Front Door metrics per hour (case() keys, sumif/maxif, iif means)",
    query: `
    AzureMetrics
    | where ResourceProvider == 'MICROSOFT.CDN'
    | where MetricName in ("RequestCount", "OriginRequestCount", "ResponseSize", "TotalLatency", "OriginLatency")
    | extend MetricKey = case(
        MetricName == "RequestCount", "RequestCount",
        MetricName == "OriginRequestCount", "OriginRequestCount",
        MetricName == "ResponseSize", "ResponseSize",
        MetricName == "TotalLatency", "TotalLatency",
        MetricName == "OriginLatency", "OriginLatency",
        "Other"
    )
    | summarize
        RequestCount = sumif(Total, MetricKey == "RequestCount"),
        OriginRequestCount = sumif(Total, MetricKey == "OriginRequestCount"),
        ResponseSizeTotal = sumif(Total, MetricKey == "ResponseSize"),
        ResponseSizeCount = sumif(Count, MetricKey == "ResponseSize"),
        TotalLatencyTotal = sumif(Total, MetricKey == "TotalLatency"),
        TotalLatencyCount = sumif(Count, MetricKey == "TotalLatency"),
        MaxTotalLatency = maxif(Maximum, MetricKey == "TotalLatency"),
        OriginLatencyTotal = sumif(Total, MetricKey == "OriginLatency"),
        OriginLatencyCount = sumif(Count, MetricKey == "OriginLatency"),
        MaxOriginLatency = maxif(Maximum, MetricKey == "OriginLatency")
        by bin(TimeGenerated, 60m)
    | extend
        MeanResponseSize = iif(ResponseSizeCount > 0, ResponseSizeTotal / ResponseSizeCount, 0.0),
        MeanTotalLatency = iif(TotalLatencyCount > 0, TotalLatencyTotal / TotalLatencyCount, 0.0),
        MeanOriginLatency = iif(OriginLatencyCount > 0, OriginLatencyTotal / OriginLatencyCount, 0.0)
    | project TimeGenerated, RequestCount, OriginRequestCount,
              MeanResponseSize, MeanTotalLatency, MaxTotalLatency,
              MeanOriginLatency, MaxOriginLatency
    | order by TimeGenerated desc
    `,
  },
  // Bicep Azure health model of a movie-request app (code index 57377716252): the LogAnalyticsQuery signals over
  // contract tables (the exceptions signal reads AppExceptions).
  {
    source: HEALTH_MODEL,
    name: "Health model signal: failed application requests (countif over five minutes)",
    query: `AppRequests | where TimeGenerated > ago(5m) | summarize Value = countif(Success == false)`,
  },
  {
    source: HEALTH_MODEL,
    name: "Health model signal: failed PostgreSQL dependencies (has on Target or Name)",
    query: `AppDependencies | where TimeGenerated > ago(5m) | where Target has "postgres" or Name has "PostgreSQL" | summarize Value = countif(Success == false)`,
  },
  {
    source: HEALTH_MODEL_STORAGE_SUFFIX,
    name: "Health model signal: failed queue dependencies (has of a dotted host suffix)",
    query: `AppDependencies | where TimeGenerated > ago(5m) | where Target has "queue.core.windows.net" or Name has "Queue" | summarize Value = countif(Success == false)`,
  },
  {
    source: HEALTH_MODEL,
    name: "Health model signal: critical Service Health events (countif of Level in a list)",
    query: `AzureActivity | where TimeGenerated > ago(15m) | where CategoryValue == "ServiceHealth" | summarize Value = countif(Level in ("Error", "Critical"))`,
  },
  {
    source: HEALTH_MODEL,
    name: "Health model signal: failed ARM operations",
    query: `AzureActivity | where TimeGenerated > ago(15m) | where CategoryValue == "Administrative" | summarize Value = countif(ActivityStatusValue == "Failed")`,
  },
  {
    source: HEALTH_MODEL,
    name: "Health model signal: platform alert activity",
    query: `AzureActivity | where TimeGenerated > ago(15m) | where CategoryValue == "Alert" | summarize Value = count()`,
  },
  // Bicep observability workbook of a development environment (code index 68467918072): its items over contract
  // tables and columns (Availability groups by TestName, which AppAvailabilityResults does not have; the others read
  // AppExceptions, ContainerApp*_CL and InsightsMetrics).
  {
    source: SCENTIQ_WORKBOOK,
    name: "ScentIQ workbook: requests and failure percentage by 5 minutes and role (a Properties key filter)",
    query: `AppRequests | where _ResourceId == '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-scentiq-dev/providers/microsoft.insights/components/appi-scentiq-dev' | extend EnvironmentTag = tostring(Properties['scentiq.environment']) | where EnvironmentTag == 'dev' | summarize RequestCount = count(), FailurePercent = round(100.0 * countif(Success == false) / count(), 2) by bin(TimeGenerated, 5m), AppRoleName | order by TimeGenerated desc`,
  },
  {
    source: SCENTIQ_WORKBOOK,
    name: "ScentIQ workbook: request duration p50/p95",
    query: `AppRequests | where _ResourceId == '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-scentiq-dev/providers/microsoft.insights/components/appi-scentiq-dev' | extend EnvironmentTag = tostring(Properties['scentiq.environment']) | where EnvironmentTag == 'dev' | summarize p50 = percentile(DurationMs, 50), p95 = percentile(DurationMs, 95) by bin(TimeGenerated, 5m), AppRoleName | order by TimeGenerated desc`,
  },
  {
    source: SCENTIQ_WORKBOOK,
    name: "ScentIQ workbook: dependencies by target and type",
    query: `AppDependencies | where _ResourceId == '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-scentiq-dev/providers/microsoft.insights/components/appi-scentiq-dev' | extend EnvironmentTag = tostring(Properties['scentiq.environment']) | where EnvironmentTag == 'dev' | summarize Calls = count(), Failures = countif(Success == false), p95 = percentile(DurationMs, 95) by Target, DependencyType | order by Failures desc, p95 desc`,
  },
  {
    source: SCENTIQ_WORKBOOK,
    name: "ScentIQ workbook: recent Azure activity of four resources",
    query: `AzureActivity | where ResourceId in ('/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-scentiq-dev/providers/Microsoft.App/containerApps/scentiq-web-dev-eus', '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-scentiq-dev/providers/Microsoft.App/containerApps/scentiq-api-dev-eus', '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-scentiq-dev/providers/Microsoft.App/jobs/scentiq-migrate-dev-eus', '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-scentiq-dev/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-scentiq-dev') | project TimeGenerated, OperationNameValue, ActivityStatusValue, Level, ResourceId | order by TimeGenerated desc | take 100`,
  },
  {
    source: SQL_QUOTA_ALERT,
    name: "SQL free-offer quota burn alert: month-to-date vCore seconds (startofmonth(now()))",
    query: `AzureMetrics | where ResourceProvider == "MICROSOFT.SQL" | where MetricName == "app_cpu_billed" | where TimeGenerated > startofmonth(now()) | summarize used = sum(Total) | extend pct = round(100.0 * used / 100000.0, 2) | where pct > 80`,
  },
  // Python script querying the Log Analytics API (code index 52713535963): its run_query strings.
  {
    source: LA_API_PY,
    name: "Log Analytics API script: recent requests (limit 20)",
    query: `AppRequests | where TimeGenerated > ago(14d) | order by TimeGenerated desc | limit 20`,
  },
  {
    source: LA_API_PY,
    name: "Log Analytics API script: requests by IP",
    query: `AppRequests | where TimeGenerated > ago(14d) | summarize request_count = count() by ClientIP | order by request_count desc`,
  },
  {
    source: LA_API_PY,
    name: "Log Analytics API script: requests by country",
    query: `AppRequests | where TimeGenerated > ago(30d) | summarize request_count = count() by ClientCountryOrRegion | order by request_count desc`,
  },
  {
    source: LA_API_PY,
    name: "Log Analytics API script: requests by endpoint",
    query: `AppRequests | where TimeGenerated > ago(7d) | summarize request_count = count() by Name | order by request_count desc`,
  },
  {
    source: LA_API_PY,
    name: "Log Analytics API script: hourly traffic volume",
    query: `AppRequests | where TimeGenerated > ago(7d) | summarize request_count = count() by bin(TimeGenerated, 1h) | order by TimeGenerated asc`,
  },
  {
    source: LA_API_PY,
    name: "Log Analytics API script: requests by city",
    query: `AppRequests | where TimeGenerated > ago(30d) | summarize request_count = count() by ClientCity, ClientStateOrProvince, ClientCountryOrRegion | order by request_count desc`,
  },
  {
    source: LA_API_PY,
    name: "Log Analytics API script: requests by region within country (asc then desc)",
    query: `AppRequests | where TimeGenerated > ago(30d) | summarize request_count = count() by ClientCountryOrRegion, ClientStateOrProvince | order by ClientCountryOrRegion asc, request_count desc`,
  },
  // Bicep scheduled-query alerts of a research-portal platform (code index 16093805383): rules 1-5 (rule 6 reads
  // AppExceptions), \${environment} = manualtest, the environment rule 2 names.
  {
    source: IRAS_ALERTS,
    name: "IRAS alert 1: App Service unavailable (make_set(Url, 3), in lists, a let threshold)",
    query: `let timeWindow = 5m;
let errorThreshold = 10;
AppRequests
| where TimeGenerated > ago(timeWindow)
| where ResultCode == "500"
| where Name in ("GET /", "GET Application/Welcome", "GET /application/welcome")
| where AppRoleName in ("irasportal-manualtest")
| summarize FirstOccurrence = min(TimeGenerated), LastOccurrence = max(TimeGenerated), TotalErrors = sum(ItemCount), UniqueInstances = dcount(AppRoleName), SampleUrls = make_set(Url, 3) by AppRoleName, OperationName, ResultCode, _ResourceId
| where TotalErrors >= errorThreshold
| project AlertTitle = strcat("P1: App Service Unavailable - ", AppRoleName), Severity = "P1-Critical", FirstOccurrence, LastOccurrence, AppServiceName = AppRoleName, OperationName, ResultCode, TotalErrors, UniqueInstances, SampleUrls
`,
  },
  {
    source: IRAS_ALERTS,
    name: "IRAS alert 2: identity provider failures (in or startswith)",
    query: `let timeWindow = 5m;
let errorThreshold = 10;
AppDependencies
| where TimeGenerated > ago(timeWindow)
| where Target == "oidc.integration.account.gov.uk"
| where AppRoleName in ("irasportal-manualtest")
| where ResultCode in ("Canceled") or ResultCode startswith "5"
| summarize FirstOccurrence = min(TimeGenerated), LastOccurrence = max(TimeGenerated), TotalErrors = sum(ItemCount), UniqueInstances = dcount(Data), SampleUrls = make_set(Data, 3) by Target, AppRoleName, OperationName, ResultCode
| where TotalErrors >= errorThreshold
| project AlertTitle = strcat("P1: Service Unavailable - One Login"), Severity = "P1-Critical", FirstOccurrence, LastOccurrence, AppServiceName = AppRoleName, OperationName, ResultCode, TotalErrors, UniqueInstances, SampleUrls
`,
  },
  {
    source: IRAS_ALERTS,
    name: "IRAS alert 3: database connection failures (Success in (false), todynamic(Properties).Exception)",
    query: `let timeWindow = 5m;
let errorThreshold = 10;
AppDependencies
| where TimeGenerated > ago(timeWindow)
| where DependencyType in ("SQL")
| where Success in (false)
| where Target has "rspsqlservermanualtest"
| extend Exception = tostring(todynamic(Properties).Exception)
| summarize FirstOccurrence = min(TimeGenerated), LastOccurrence = max(TimeGenerated), TotalErrors = sum(ItemCount), UniqueInstances = dcount(AppRoleInstance) by AppRoleInstance, OperationName, Exception, Target
| where TotalErrors >= errorThreshold
| project AlertTitle = strcat("P1: Database Unavailable - ", AppRoleInstance), Severity = "P1-Critical", FirstOccurrence, LastOccurrence, AppServiceName = AppRoleInstance, OperationName, Target, TotalErrors, UniqueInstances, Exception
`,
  },
  {
    source: IRAS_ALERTS,
    name: "IRAS alert 4: App Service high error rate (ResultCode in (500): a number list over the string column)",
    query: `let timeWindow = 5m;
let errorThreshold = 50;
AppRequests
| where ResultCode in (500)
| where AppRoleName has "manualtest"
| summarize FirstAlertTime = min(TimeGenerated), TotalFailures = sum(ItemCount), UniqueErrorCodes = make_set(ResultCode), UniqueInstances = make_set(AppRoleInstance) by AppRoleName, OperationName
| where TotalFailures > errorThreshold
| project AlertTitle = strcat("P2: High Error Rate - ", AppRoleName), Severity = "P2-High", FirstAlertTime, AppServiceName = AppRoleName, OperationName, TotalFailures, AffectedInstances = UniqueInstances, ErrorCodes = UniqueErrorCodes
`,
  },
  {
    source: IRAS_ALERTS,
    name: "IRAS alert 5: container app API failures (ResultCode in (500) again, Url has a dotted host)",
    query: `let timeWindow = 5;
let errorThreshold = 50;
AppRequests
| where ResultCode in (500)
| where Url has "azurecontainerapps.io"
| summarize FirstAlertTime = min(TimeGenerated), TotalFailures = sum(ItemCount), UniqueErrorCodes = make_set(ResultCode), UniqueInstances = make_set(AppRoleInstance) by AppRoleName, OperationName
| where TotalFailures > errorThreshold
| project AlertTitle = strcat("P2: Container App API Failures - ", AppRoleName), Severity = "P2-High", FirstAlertTime, ContainerAppName = AppRoleName, OperationName, TotalFailures, AffectedInstances = UniqueInstances, ErrorCodes = UniqueErrorCodes
`,
  },
  // Platform engineering handbook (code index 67508057386), '4. Azure Monitor and Log Analytics': the Terraform log
  // alert's heredoc and the KQL block's queries over contract tables (its AppExceptions and Perf queries left out).
  {
    source: PLATFORM_HANDBOOK,
    name: "Platform handbook: error-spike log alert (5xx per 5 minutes over 100)",
    query: `AppRequests
| where ResultCode startswith "5"
| summarize ErrorCount = count() by bin(TimeGenerated, 5m)
| where ErrorCount > 100
`,
  },
  {
    source: PLATFORM_HANDBOOK,
    name: "Platform handbook: application performance per 5 minutes",
    query: `// Application Performance
AppRequests
| where TimeGenerated > ago(1h)
| summarize 
    RequestCount = count(),
    AvgDuration = avg(DurationMs),
    P95Duration = percentile(DurationMs, 95),
    P99Duration = percentile(DurationMs, 99),
    FailureRate = 100.0 * countif(Success == false) / count()
  by bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: PLATFORM_HANDBOOK,
    name: "Platform handbook: dependency performance by type, target and name",
    query: `// Dependency Performance
AppDependencies
| where TimeGenerated > ago(1h)
| summarize 
    CallCount = count(),
    AvgDuration = avg(DurationMs),
    FailureRate = 100.0 * countif(Success == false) / count()
  by DependencyType, Target, Name
| order by FailureRate desc`,
  },
  {
    source: FR_PLATFORM_DOC,
    name: "Platform documentation (French): API 5xx errors per hour and result code",
    query: `// Erreurs HTTP 5xx dans l'API (dernières 24h)
AppRequests
| where TimeGenerated > ago(24h)
| where ResultCode startswith "5"
| summarize count() by bin(TimeGenerated, 1h), ResultCode
| render timechart`,
  },
  {
    source: FAILURE_LAB_DOC,
    name: "Controlled-failure lab: server errors counted for the scheduled query alert",
    query: `AppRequests
| where ResultCode startswith "5"
| summarize ErrorCount = count()`,
  },
];
