/**
 * A seventh set of real published queries for the contract tables, copied as published (comments, blank
 * lines and trailing spaces included; CRLF line ends as LF), from sources the first six sets did not use.
 * Same selection rule as queries.ts … queries-sixth.ts: every query of a source that reads only contract
 * tables and columns those tables have in a workspace like this deployment's (Usage and the billing
 * standard columns count, as in queries-billing.ts). Placeholders of code that formats the query (Grafana's
 * `$__timeFrom`, `$__timeTo`, `$__interval`; a shell script's `${RUN_ID}`) are replaced by what the tool expands
 * them to, named in the query's source. A query published inside a longer code block or a CLI string is copied alone, as
 * published (a bash `--analytics-query` string keeps its indentation).
 *
 * Sources: the Azure Monitor Baseline Alerts infrastructure-dashboards workbook; reprise99/Sentinel-Queries
 * and le0li9ht/Microsoft-Sentinel-Queries (their AzureActivity queries); and public GitHub files found by the
 * code index (a Cosmos DB Cassandra API docs page, Grafana, Front Door and Cosmos notes, runbooks, labs, a
 * dashboard pack, deployment evidence, Python and C# services that query the workspace, in English, Japanese,
 * Italian, Portuguese and Chinese), among them a bash test of a Front Door deployment; and a blog post on
 * time-series analysis of AzureMetrics (its make-series query is published twice, with and without a chart: taken
 * once).
 *
 * Left out of the same sources, with the reason:
 * - AMBA workbook: its four AzureDiagnostics tiles over Service Bus (OperationResult_s and, in three of them,
 *   `arg_max(TimeGenerated, Total)`: columns of Service Bus logs, not of the contract) and its 14 InsightsMetrics tiles.
 * - le0li9ht: "Disable cloud workload protection", first query: `array_split(split(Entity,'/',-1),-1)[1][0]`,
 *   which Kusto's language service rejects (KS147: the element access operator is not allowed in this context,
 *   the analyzer not typing array_split's element as dynamic); "AnalyticalRulesCreated" (its
 *   `"<migration person mail> // ...` string is never closed: it does not parse); AgentHeartBeatIgnoreDeadMachines
 *   (joins Heartbeat); the AKS file's second query (AzureDiagnostics log_s of AKS audit logs).
 * - reprise99: "Sentinel-DetectAccessAddedtoWorkspace" (externaldata and IdentityInfo); its Azure Diagnostics folder
 *   (Application Gateway WAF columns) and Query Pack (the same queries in ARM form).
 * - The Cosmos DB docs page 'Troubleshoot issues with diagnostics queries' (code index 295720473): its seven
 *   resource-specific queries over CDBDataPlaneRequests alone have the text of queries-more.ts' (felipementel's copy);
 *   the rest join CDBQueryRuntimeStatistics or read CDBPartitionKey* tables.
 * - The Cassandra API page: its queries over CDBCassandraRequests, CDBPartitionKeyRUConsumption and
 *   CDBPartitionKeyStatistics, and the joins of CDBDataPlaneRequests with CDBCassandraRequests.
 * - The Grafana Front Door notes: panels over timeTaken_d, httpStatusCode_d and clientCountry_s (classic Front Door
 *   columns; Standard/Premium writes timeTaken_s and httpStatusCode_s), the WAF-log panels (WAF columns without
 *   column_ifexists), and the health-probe panels (httpStatusCode_d, timeTaken_d).
 * - The SRE Agent demo: queries 1 and 3 (the text of earlier sets' "Performance timeline of an operation" and
 *   "Dependency performance towards Cosmos"), and its AppExceptions and ContainerApp* queries; the AppTraces notes:
 *   their Usage query (the text of queries-billing.ts'), their AppTraces, AppExceptions and classic `requests` queries,
 *   the union over AppBrowserTimings/AppPageViews/AppTraces, and the transformation `source | ...` queries.
 * - The deployment evidence: its AppTraces and AppExceptions queries. The VM runbook: Syslog and Heartbeat. The
 *   hybrid identity lab: SigninLogs. The SOC lab: SecurityEvent and SigninLogs. The DevOps lab: AppServiceHTTPLogs.
 *   The scenarios batch: its classic requests/dependencies/exceptions/customEvents queries, Perf and Resource Graph.
 *   The deployments notes: the `table(T)` existence checks over KubeServices and the Container* queries. The UD17
 *   lab: ContainerAppConsoleLogs_CL. The Cosmos notes: CDBControlPlaneRequests, CDBPartitionKeyRUConsumption and the
 *   CDBQueryRuntimeStatistics joins. The Front Door WAF notes: the WAF-log query and the access/WAF join (WAF columns
 *   without column_ifexists). The MCP dashboard pack: 4, 5, 8 (AppExceptions, AppTraces), 9 and 13 (unions with
 *   AppTraces/AppExceptions) and 16 (`host_s`, not a Front Door access-log column). The Grafana quick start: its
 *   ContainerApp*_CL and AppTraces queries, and its English half (the same query texts again).
 * - The Portuguese troubleshooting notes: the join with AppExceptions, the AppExceptions query and the union with
 *   AppExceptions/AppTraces. The Python reports: the AppEvents queries (AppEvents holds rows only in hours with a failover
 *   drill and does not exist in this test's hour, as in queries-fifth.ts) and the union with AppTraces. The observability
 *   page: ContainerLog (two other files of the code index carry the same page; not taken again).
 * - The C# dashboard's "model usage": `coalesce(Measurements[...], Properties[...], 0)` mixes dynamic and int
 *   arguments, which Kusto's language service rejects (KS141: the expression must have the type dynamic).
 * - A Front Door routing runbook (code index 60673994468): every query reads httpStatus_s, httpStatus or timeTaken_d (not
 *   Standard/Premium access or probe log columns) or classic App Insights tables; none is taken.
 * - A Terraform alert file (code index 29341934960): 37 AppRequests/AppDependencies scheduled-query rules that differ
 *   only in the request name and result codes of one template (`AppRequests | where Name ... | where ResultCode
 *   startswith "5"`): taken, they would weigh one query shape 37 times in the share that runs.
 *
 * Refused by the engine, on purpose (three, all in the time-series blog): "forecast" calls
 * series_decompose_forecast() with its default seasonality, -1, detected with series_periods_detect, whose scores the
 * reference does not describe (with a given Seasonality it runs: functions-series-decompose.ts); "anomaly
 * detection" and "anomalies scaled for the chart" call series_decompose_anomalies() with seasonality -1 and assign its
 * result as a tuple (see queries-fifth.ts). The other 104 run.
 *
 * Noticed, not a refusal: le0li9ht's "storage diagnostic settings (2)" compares `tostring(LogType[0].categoryGroup)`
 * with `bool(null)`. It runs here because this workspace has no AzureActivity row in the test's hour; over a row whose
 * categoryGroup is neither "", "true" nor "false" the engine refuses the comparison when it meets it
 * (lib/engine/string-bool-compare.ts), as Kusto documents no conversion for other strings.
 */
import type { PublishedQuery } from "./queries";

const AMBA = "Azure/azure-monitor-baseline-alerts@b772e9f visualizations/azure-monitor-workbooks/Azure Infrastructure Monitoring Dashboards (ALL).workbook (its AzureMetrics tiles)";
const REPRISE = "reprise99/Sentinel-Queries@96b1908 Azure Activity";
const LE0 = "le0li9ht/Microsoft-Sentinel-Queries@44de439";
const AFD_GRAFANA = "public GitHub file, code index id 42204758011 ('Azure Front Door Enhanced Observability Dashboard', Grafana Log Analytics panels)";
const AFD_GRAFANA_MACROS = `${AFD_GRAFANA} ($__timeFrom = datetime(2026-11-20T13:00:00Z), $__timeTo = datetime(2026-11-20T15:00:00Z), $__interval = 1m, as Grafana expands them)`;
const ACT_NOTES = "public GitHub file, code index id 9274539573 (KQL notes, 'Activity Logs - Deployments')";
const BATCH5 = "public GitHub file, code index id 68466832759 (Azure scenarios 'Batch 5: Monitoring, Governance & Cost Management', KQL query 9)";
const DAY1 = "public GitHub file, code index id 59757939837 (KQL learning notes, 'Day 1 - KQL fundamental', Queries Practiced)";
const CASSANDRA = "public GitHub file, code index id 22426952820 (Azure Cosmos DB docs page 'Monitor Cassandra API account using Log Analytics', its CDBDataPlaneRequests-only queries)";
const VM_RUNBOOK = "public GitHub file, code index id 31778317896 (operations runbook for a VM-hosted API, 'Log Analytics Queries')";
const ID_LAB = "public GitHub file, code index id 56853479988 (hybrid identity and security monitoring lab, 'KQL Queries Used')";
const DEVOPS_LAB = "public GitHub file, code index id 16620066727 (lab 'Implementing Monitoring for Azure DevOps Pipelines', workbook queries)";
const SOC_LAB = "public GitHub file, code index id 71625881628 (Microsoft Sentinel SOC home lab, detection rules and hunting queries)";
const SRE_DEMO_JA = "public GitHub file, code index id 55404585500 (Azure SRE Agent 20-minute demo scenario, Japanese)";
const SRE_DEMO_JA_CLI = `${SRE_DEMO_JA} (the --analytics-query string of its az CLI call, indentation included)`;
const UD17_LAB = "public GitHub file, code index id 56618082816 (observability lab UD17, Italian)";
const EVIDENCE = "public GitHub file, code index id 60751366654 (deployment evidence, 'Reproducible query definitions')";
const TRACES_JA = "public GitHub file, code index id 56691886867 (notes 'AppTraces 2TB のインジェストを削減する手順', Japanese: its Usage and AppDependencies queries)";
const COSMOS_NOTES = "public GitHub file, code index id 2061240140 (Cosmos DB 'Log Analytics' notes, Examples)";
const COSMOS_NOTES_CURL = `${COSMOS_NOTES.slice(0, -1)}: the query of its REST API curl example)`;
const AFD_WAF_NOTES = "public GitHub file, code index id 14959461672 (Azure Front Door WAF notes, 'Example queries'; the '# ...' heading line above the query in its code block is prose, not KQL, and is left out)";
const MCP_PACK = "public GitHub file, code index id 52461309848 ('MSGraphMCP KQL Dashboard Pack', numbered as published)";
const GRAFANA_ZH = "public GitHub file, code index id 57843798040 (Grafana + Azure Monitor quick start, Chinese and English; each query appears in both halves)";
const PT_NOTES = "public GitHub file, code index id 71424663175 (notes 'Log Analytics Troubleshooting with KQL', Portuguese)";
const OPS_PY = "public GitHub file, code index id 59287045620 (Python operational reports, REQUESTS_KQL and DEPENDENCIES_KQL)";
const OBS_DOC = "public GitHub file, code index id 61452893822 (architecture page 'Observability — how it is seen', Working KQL)";
const AGENT_CS = "public GitHub file, code index id 71157088795 (C# agent observability dashboard, LogAnalyticsService's queries)";
const TS_BLOG = "pvyver/pvyver.github.io@449171d docs/_posts/2023-05-31-kusto-time-series-analysis.markdown (its resource-id placeholder kept as published: a string literal)";
const LOG_TEST_FIXED = "public GitHub file, code index id 66509931003 (bash script 'log-test.sh' verifying Front Door access logs in Log Analytics; its --analytics-query strings as the shell hands them to az, escaped quotes unescaped)";
const LOG_TEST = `${LOG_TEST_FIXED.slice(0, -1)}; \${RUN_ID} = kql-regression-20261120T145500Z-4242, a value of the script's format, and \${required_columns} its value)`;

export const PUBLISHED_SEVENTH: PublishedQuery[] = [
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Web Apps",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.web/sites/'
| where MetricName in('HttpResponseTime', 'CpuTime', 'PrivateBytes', 'RequestsInApplicationQueue' )
| summarize
  kpi1 = avgif(Total, MetricName == 'HttpResponseTime'),
  kpi2 = avgif(Total, MetricName == 'CpuTime'),
  kpi3 = avgif(Total, MetricName == 'PrivateBytes'),
  kpi4 = avgif(Total, MetricName == 'RequestsInApplicationQueue') by _ResourceId
| extend kpi1 = iff(isnan(kpi1), 0.0, kpi1)
| extend kpi2 = iff(isnan(kpi2), 0.0, kpi2) 
| extend kpi3 = iff(isnan(kpi3), 0.0, kpi3) 
| extend kpi4 = iff(isnan(kpi4), 0.0, kpi4) 
| extend health1 = iff(kpi1>5, 1, 0)
| extend health2 = iff(kpi2>120, 1, 0)
| extend health3 = iff(kpi3>1200000000, 1, 0)
| extend health4 = iff(kpi4>10, 1, 0)
| extend health = health1 + health2 + health3 + health4
| summarize health = sum(health), rowCount = count()
| extend health = iff(rowCount == 0, 'No data', iff(health == 0, 'Healthy', iff(health == 1, 'Warning', 'Unhealthy')))
| project health`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: AKS",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.containerservice/managedclusters/'
| where MetricName in('node_cpu_usage_percentage', 'node_memory_working_set_percentage', 'node_disk_usage_percentage', 'cluster_autoscaler_unschedulable_pods_count' )
| summarize
  kpi1 = avgif(Average, MetricName == 'node_cpu_usage_percentage'),
  kpi2 = avgif(Average, MetricName == 'node_memory_working_set_percentage'),
  kpi3 = avgif(Average, MetricName == 'node_disk_usage_percentage'),
  kpi4 = avgif(Average, MetricName == 'cluster_autoscaler_unschedulable_pods_count') by _ResourceId
| extend kpi1 = iff(isnan(kpi1), 0.0, kpi1)
| extend kpi2 = iff(isnan(kpi2), 0.0, kpi2) 
| extend kpi3 = iff(isnan(kpi3), 0.0, kpi3)
| extend kpi4 = iff(isnan(kpi4), 0.0, kpi4)
| extend health1 = iff(kpi1 > 95, 1, 0)
| extend health2 = iff(kpi2 > 100, 1, 0)
| extend health3 = iff(kpi3 > 80, 1, 0)
| extend health4 = iff(kpi4 > 0, 1, 0)
| extend health = health1 + health2 + health3 + health4
| summarize health = sum(health), rowCount = count()
| extend health = iff(rowCount == 0, 'No data', iff(health == 0, 'Healthy', iff(health == 1, 'Warning', 'Unhealthy')))
| project health
`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Container Registries",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.containerregistry/registries/'
| where MetricName in('StorageUsed')
| summarize
  kpi1 = avgif(Total, MetricName == 'StorageUsed') by _ResourceId
| extend kpi1 = iff(isnan(kpi1), 0.0, kpi1)
| extend health1 = iff(kpi1 > 429496729600, 1, 0)
| extend health = health1
| summarize health = sum(health), rowCount = count()
| extend health = iff(rowCount == 0, 'No data', iff(health == 0, 'Healthy', iff(health == 1, 'Warning', 'Unhealthy')))
| project health`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Redis Cache",
    query: `AzureMetrics
| where _ResourceId has 'microsoft.cache/redis'
| where MetricName in('percentProcessorTime', 'usedmemorypercentage', 'cacheLatency', 'errors' )
| summarize
  kpi1 = avgif(Average, MetricName == 'percentProcessorTime'),
  kpi2 = avgif(Average, MetricName == 'usedmemorypercentage'),
  kpi3 = avgif(Average, MetricName == 'cacheLatency'),
  kpi4 = avgif(Maximum, MetricName == 'errors') by _ResourceId
| extend kpi1 = iff(isnan(kpi1), 0.0, kpi1)
| extend kpi2 = iff(isnan(kpi2), 0.0, kpi2) 
| extend kpi3 = iff(isnan(kpi3), 0.0, kpi3)
| extend kpi4 = iff(isnan(kpi4), 0.0, kpi4)
| extend health1 = iff(kpi1 > 80, 1, 0)
| extend health2 = iff(kpi2 > 90, 1, 0)
| extend health3 = iff(kpi3 > 10000, 1, 0)
| extend health4 = iff(kpi4 > 0, 1, 0)
| extend health = health1 + health2 + health3 + health4
| summarize health = sum(health), rowCount = count()
| extend health = iff(rowCount == 0, 'No data', iff(health == 0, 'Healthy', iff(health == 1, 'Warning', 'Unhealthy')))
| project health
`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Response Time",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.web/sites/'
| where MetricName in ('HttpResponseTime')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: CPU Time",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.web/sites/'
| where MetricName in ('CpuTime')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Private Bytes",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.web/sites/'
| where MetricName in ('PrivateBytes')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Requests In Application Queue",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.web/sites/'
| where MetricName in ('RequestsInApplicationQueue')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Node CPU Usage Percentage",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.containerservice/managedclusters/'
| where MetricName in('node_cpu_usage_percentage')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Node Memory Working Set Percentage",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.containerservice/managedclusters/'
| where MetricName in('node_memory_working_set_percentage')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Node Disk Usage Percentage",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.containerservice/managedclusters/'
| where MetricName in('node_disk_usage_percentage')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Unscheduled Pods Count",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.containerservice/managedclusters/'
| where MetricName in('cluster_autoscaler_unschedulable_pods_count')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Storage Used",
    query: `AzureMetrics
| where _ResourceId has '/microsoft.containerregistry/registries/'
| where MetricName in('StorageUsed')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Percent Processor Time",
    query: `AzureMetrics
| where _ResourceId has 'microsoft.cache/redis'
| where MetricName in('percentProcessorTime')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Used Memory Percentage",
    query: `AzureMetrics
| where _ResourceId has 'microsoft.cache/redis'
| where MetricName in('usedmemorypercentage')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Cache Latency",
    query: `AzureMetrics
| where _ResourceId has 'microsoft.cache/redis'
| where MetricName in('cacheLatency')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: AMBA,
    name: "AMBA infrastructure dashboards: Errors",
    query: `AzureMetrics
| where _ResourceId has 'microsoft.cache/redis'
| where MetricName in('errors')
| summarize arg_max(TimeGenerated, Total) by _ResourceId
| extend kpi1 = Total
| project _ResourceId, kpi1`,
  },
  {
    source: `${REPRISE}/Azure-ResourceLockAddedorRemoved.kql`,
    name: "reprise99 Sentinel-Queries: Azure-ResourceLockAddedorRemoved",
    query: `//Detect when a resource lock is added or removed from an Azure resource

//Data connector required for this query - Azure Activity 

AzureActivity
| where OperationNameValue in ("MICROSOFT.AUTHORIZATION/LOCKS/WRITE", "MICROSOFT.AUTHORIZATION/LOCKS/DELETE")
| where ActivityStatusValue == "Success"
| extend Activity = case(OperationNameValue == "MICROSOFT.AUTHORIZATION/LOCKS/WRITE", strcat("Resource Lock Added"),
    OperationNameValue == "MICROSOFT.AUTHORIZATION/LOCKS/DELETE", strcat("Resource Lock Removed"),
    "unknown")
| extend ResourceGroup = tostring(parse_json(Properties).resourceGroup)
| extend AzureResource = tostring(parse_json(Properties).resourceProviderValue)
| extend x = tostring(parse_json(Properties).resource)
| parse x with ResourceName "/" *
| parse x with * "microsoft.authorization/" LockName
| project
    TimeGenerated,
    Activity,
    ResourceName,
    ['Azure Resource']=AzureResource,
    ['Azure Subscription Id']=SubscriptionId,
    ['Azure Resource Group']=ResourceGroup,
    LockName`,
  },
  {
    source: `${REPRISE}/Azure-ServicePrincipalAddedtoAzure.kql`,
    name: "reprise99 Sentinel-Queries: Azure-ServicePrincipalAddedtoAzure",
    query: `//Detect when an Azure AD service principal is given access to an Azure RBAC scope, i.e contributor to a subscription or resource group

//Data connector required for this query - Azure Activity 

AzureActivity
| where OperationNameValue == "MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE"
| extend ServicePrincipalObjectId = tostring(parse_json(tostring(parse_json(tostring(Properties_d.requestbody)).Properties)).PrincipalId)
| extend ServicePrincipalType = tostring(parse_json(tostring(parse_json(tostring(Properties_d.requestbody)).Properties)).PrincipalType)
| extend Scope = tostring(parse_json(tostring(parse_json(tostring(Properties_d.requestbody)).Properties)).Scope)
| extend RoleAdded = tostring(parse_json(tostring(parse_json(tostring(parse_json(Properties).requestbody)).Properties)).RoleDefinitionId)
| extend Actor = tostring(Properties_d.caller)
| where ServicePrincipalType == "ServicePrincipal"
| project TimeGenerated, RoleAdded, Scope, ServicePrincipalObjectId, Actor`,
  },
  {
    source: `${REPRISE}/AzureLogAnalytics-DetectwhenWorkspaceKeysareRead.kql`,
    name: "reprise99 Sentinel-Queries: AzureLogAnalytics-DetectwhenWorkspaceKeysareRead",
    query: `//Detect when the workspace keys to an Azure log analytics workspace are read

//Data connector required for this query - Azure Activity 

AzureActivity
| where OperationNameValue == "MICROSOFT.OPERATIONALINSIGHTS/WORKSPACES/SHAREDKEYS/ACTION"
| extend WorkspaceName = tostring(parse_json(Properties).resource)
| where ActivityStatusValue == "Success"
| project
    TimeGenerated,
    Actor=Caller,
    ['Log Analytics Workspace Name']=WorkspaceName,
    ['Actor IP Address']=CallerIpAddress,
    ['Azure Subscription Id']=SubscriptionId,
    ['Azure Resource Group']=ResourceGroup`,
  },
  {
    source: `${REPRISE}/AzureStorage-FirstTimeStorageKeyEnumeration.kql`,
    name: "reprise99 Sentinel-Queries: AzureStorage-FirstTimeStorageKeyEnumeration",
    query: `//Detect when a user retrieves keys for Azure storage for the first time compared to the previous time range

//Data connector required for this query - Azure Activity 

let knownusers=
    AzureActivity
    | where TimeGenerated > ago(90d) and TimeGenerated < ago(1d)
    | where OperationName == "List Storage Account Keys"
    | where ActivityStatus == "Succeeded"
    | project-rename Actor=Caller
    | distinct Actor;
AzureActivity
| where TimeGenerated > ago(1d)
| where OperationName == "List Storage Account Keys"
| where ActivityStatus == "Succeeded"
| project-rename Actor=Caller
| where Actor !in (knownusers)
| project
    TimeGenerated,
    Actor,
    ['Actor IP Address']=CallerIpAddress,
    ['Storage Account Name']=Resource,
    ['Azure Subscription Id']=SubscriptionId,
    ['Azure Resource Group']=ResourceGroup `,
  },
  {
    source: `${REPRISE}/AzureVM-DiskImageURLGenerated.kql`,
    name: "reprise99 Sentinel-Queries: AzureVM-DiskImageURLGenerated",
    query: `//Detect when a download URL is generated for an Azure virtual machine disk

//Data connector required for this query - Azure Activity 

AzureActivity
| where OperationNameValue == "MICROSOFT.COMPUTE/DISKS/BEGINGETACCESS/ACTION"
| where ActivityStatusValue == "Success"
| extend DiskName = tostring(Properties_d.resource)
| project
    TimeGenerated,
    Actor=Caller,
    ['Actor IP Address']=CallerIpAddress,
    ['Azure Subscription Id']=SubscriptionId,
    ['Azure Resource Group']=ResourceGroup,
    DiskName`,
  },
  {
    source: `${LE0}/Auditing/Locks.md`,
    name: "le0li9ht Sentinel queries: resource locks",
    query: `AzureActivity
| where OperationNameValue in ("MICROSOFT.AUTHORIZATION/LOCKS/WRITE", "MICROSOFT.AUTHORIZATION/LOCKS/DELETE")
| extend LockName=tostring(Properties_d.resource)
| where ActivityStatusValue=="Success"
| project TimeGenerated, Caller, CallerIpAddress, OperationNameValue, ActivityStatusValue, ActivitySubstatusValue, LockName, ResourceProviderValue,ResourceGroup, SubscriptionId`,
  },
  {
    source: `${LE0}/Storage Accounts/Disable cloud workload protection.md`,
    name: "le0li9ht Sentinel queries: Defender for Storage disabled",
    query: `AzureActivity
| where TimeGenerated >ago(3h)
| where OperationNameValue=="MICROSOFT.SECURITY/PRICINGS/WRITE"
| where Properties_d.resource=="storageaccounts"`,
  },
  {
    source: `${LE0}/Storage Accounts/Disable or Delete Audit Logs.md` + " (query 1 of 2)",
    name: "le0li9ht Sentinel queries: storage diagnostic settings (1)",
    query: `AzureActivity
| where OperationNameValue=~"MICROSOFT.INSIGHTS/DIAGNOSTICSETTINGS/DELETE"
| where ResourceProviderValue=~"MICROSOFT.STORAGE"
| where ActivityStatusValue=="Success"
| extend DiagnosticSettingName=tostring(Properties_d.resource)
| extend Scope = tostring(Properties_d.entity)
| extend Role=tostring(parse_json(Authorization).evidence.role) //Use this role value to pivor further
| project TimeGenerated,Caller,CallerIpAddress,OperationNameValue, ActivityStatusValue, DiagnosticSettingName,ResourceGroup, ResourceProviderValue, Scope,Role`,
  },
  {
    source: `${LE0}/Storage Accounts/Disable or Delete Audit Logs.md` + " (query 2 of 2)",
    name: "le0li9ht Sentinel queries: storage diagnostic settings (2)",
    query: `AzureActivity
| where TimeGenerated >ago(90m)
| where OperationNameValue=~"MICROSOFT.INSIGHTS/DIAGNOSTICSETTINGS/WRITE"
| where ResourceProviderValue=~"MICROSOFT.STORAGE"
| extend DiagnosticSettingName=tostring(Properties_d.resource)
| extend Scope = tostring(Properties_d.entity)
| extend Role=tostring(parse_json(Authorization).evidence.role)
| extend LogType=parse_json(tostring(parse_json(tostring(parse_json(tostring(parse_json(Properties).requestbody)).properties)).logs))
| extend LogType1 = iff(tostring(LogType[0].categoryGroup)==bool(null),tostring(LogType[0].category),tostring(LogType[0].categoryGroup))
| extend LogType1enabled = tostring(LogType[0].enabled)
| extend MetricLogs=tostring(parse_json(tostring(parse_json(tostring(parse_json(tostring(Properties_d.requestbody)).properties)).metrics))[0].category)
| extend MetricLogsenabled = tostring(parse_json(tostring(parse_json(tostring(parse_json(tostring(Properties_d.requestbody)).properties)).metrics))[0].enabled)
| extend LogType2 = iff(tostring(LogType[1].categoryGroup)==bool(null),tostring(LogType[1].category),tostring(LogType[1].categoryGroup))
| extend LogType2enabled = tostring(LogType[1].enabled)
| extend StorageDeleteLog=iff(isnotnull(tostring(LogType[2])),tostring(LogType[2].enabled),'')
//| where (LogType1 in ("audit","StorageRead") and LogType1enabled=="false") or (LogType2=="StorageWrite" and LogType2enabled=="false") or StorageDeleteLog==false
| project TimeGenerated,Caller,CallerIpAddress,OperationNameValue, ActivityStatusValue, DiagnosticSettingName,ResourceGroup, ResourceProviderValue, Scope,Role, CorrelationId,LogType1,LogType1enabled,LogType2,LogType2enabled,MetricLogs,MetricLogsenabled, StorageDeleteLog, LogType
| join (AzureActivity
| where TimeGenerated >ago(90m)
| where OperationNameValue=~"MICROSOFT.INSIGHTS/DIAGNOSTICSETTINGS/WRITE"
| where ResourceProviderValue=~"MICROSOFT.STORAGE"
| where ActivityStatusValue=="Success"
| extend DiagnosticSettingName=tostring(Properties_d.resource)
| extend Scope = tostring(Properties_d.entity)
| extend Role=tostring(parse_json(Authorization).evidence.role)
| project TimeGenerated,Caller,CallerIpAddress,OperationNameValue, ActivityStatusValue, DiagnosticSettingName,ResourceGroup, ResourceProviderValue, Scope,Role, CorrelationId) on CorrelationId
| project StartTime=TimeGenerated,EndTime=TimeGenerated1,Caller,CallerIpAddress,OperationNameValue, ActivityStatusValue=ActivityStatusValue1, DiagnosticSettingName,ResourceGroup, ResourceProviderValue, Scope,Role, CorrelationId,LogType1,LogType1enabled,LogType2,LogType2enabled,MetricLogs,MetricLogsenabled, StorageDeleteLog, LogType`,
  },
  {
    source: `${LE0}/Storage Accounts/PersistenceSftpAccount.md` + " (query 1 of 2)",
    name: "le0li9ht Sentinel queries: SFTP (1)",
    query: `AzureActivity
| where TimeGenerated >ago(34m)
| where OperationNameValue contains "MICROSOFT.STORAGE/STORAGEACCOUNTS/WRITE"
| extend StorageAccount=Properties_d.resource
| extend SftpEnabled=iff(isnull(Properties_d.requestbody),parse_json(tostring((parse_json(tostring(parse_json(Properties_d.responseBody))).properties))).isSftpEnabled,parse_json(tostring((parse_json(tostring(parse_json(Properties_d.requestbody))).properties))).isSftpEnabled)
| extend LocalUserEnabled=parse_json(tostring((parse_json(tostring(parse_json(Properties_d.responseBody))).properties))).isLocalUserEnabled
| where SftpEnabled==true
| project TimeGenerated, OperationNameValue, ActivityStatusValue,StorageAccount, ResourceGroup,Caller,CallerIpAddress, SftpEnabled,LocalUserEnabled, Properties_d`,
  },
  {
    source: `${LE0}/Storage Accounts/PersistenceSftpAccount.md` + " (query 2 of 2)",
    name: "le0li9ht Sentinel queries: SFTP (2)",
    query: `AzureActivity
| where TimeGenerated >ago(40m)
| where OperationNameValue in  ("MICROSOFT.STORAGE/STORAGEACCOUNTS/LOCALUSERS/WRITE","MICROSOFT.STORAGE/STORAGEACCOUNTS/LOCALUSERS/REGENERATEPASSWORD/ACTION")
| extend UserAccount=Properties_d.resource
| project TimeGenerated, OperationNameValue, ActivityStatusValue,UserAccount, ResourceGroup,Caller,CallerIpAddress`,
  },
  {
    source: `${LE0}/Threats/Cryptominer/CryptominerTargetingBatchAccounts.md` + " (query 1 of 2)",
    name: "le0li9ht Sentinel queries: Batch (1)",
    query: `//Batch Account Creation.
AzureActivity
| where TimeGenerated >ago(24h)
| where OperationNameValue=~"MICROSOFT.BATCH/BATCHACCOUNTS/WRITE"
| where ActivityStatusValue=="Success"
| project TimeGenerated,OperationNameValue,ActivityStatusValue,ActivityStatus,ActivitySubstatus, ActivitySubstatusValue, BatchAccountName=Properties_d.resource,SubscriptionId=Properties_d.subscriptionId, ResourceGroup, Caller, CallerIpAddress,CorrelationId
| join kind=leftsemi (AzureActivity
| where TimeGenerated >ago(24h)
| where OperationNameValue=~"MICROSOFT.RESOURCES/DEPLOYMENTS/WRITE"
| where ActivityStatusValue=="Success"
| extend BatchAccountName=Properties_d.resource
//| where BatchAccountName startswith "microsoft.batchaccount" //optional condition for more granularity
| project TimeGenerated,OperationNameValue,ActivityStatusValue,ActivityStatus,ActivitySubstatus, ActivitySubstatusValue, BatchAccountName=Properties_d.resource,SubscriptionId=Properties_d.subscriptionId, ResourceGroup, Caller, CallerIpAddress,CorrelationId) on CorrelationId`,
  },
  {
    source: `${LE0}/Threats/Cryptominer/CryptominerTargetingBatchAccounts.md` + " (query 2 of 2)",
    name: "le0li9ht Sentinel queries: Batch (2)",
    query: `//Pool Creation
AzureActivity
| where TimeGenerated >ago(24h)
| where OperationNameValue=~"MICROSOFT.BATCH/BATCHACCOUNTS/POOLS/WRITE"
| where ActivityStatusValue=="Success"
| project TimeGenerated,OperationNameValue,ActivityStatusValue,ActivitySubstatusValue, BatchAccountName=Properties_d.resource,SubscriptionId=Properties_d.subscriptionId, ResourceGroup, Caller, CallerIpAddress,CorrelationId`,
  },
  {
    source: `${LE0}/MigrationQueries/QuerypacksCreated.kql`,
    name: "le0li9ht Sentinel queries: query packs created",
    query: `//This query finds out if any new query packs are created 
AzureActivity 
| where TimeGenerated > ago(340d) 
| where OperationNameValue contains "Microsoft.OperationalInsights/queryPacks/write" // find all querypack write operations
| where Caller contains "<migration person mail>" //give person's e-mail who is migrating
| summarize arg_max(TimeGenerated, *) by ResourceId 
| where ActivitySubstatusValue contains "Created" 
| project TimeGenerated,Resource, Caller, CallerIpAddress`,
  },
  {
    source: `${LE0}/MigrationQueries/WorkbookCreated.kql`,
    name: "le0li9ht Sentinel queries: workbooks created",
    query: `//This query shows if any new workbook is created in Microsoft Sentinel
AzureActivity 
| where Caller contains "<migrationperson mail>" //Give the migration person e-mail 
| where OperationNameValue contains "microsoft.insights/workbooks/write"  // workbook creation 
| summarize arg_max(TimeGenerated, *) by Resource //summarize by the resource
| extend WorkbookID=Resource  
| where ActivityStatus contains "Succeeded"
| where isnotempty(WorkbookID) 
| project TimeGenerated,Caller,WorkbookID, ActivityStatus`,
  },
  {
    source: `${LE0}/AKS/InitialAccess-KubeconfigfileAccess.kql (its first query; the second reads AzureDiagnostics log_s of AKS audit logs)`,
    name: "le0li9ht Sentinel queries: AKS admin credentials listed",
    query: `//az aks get-credentials

AzureActivity 
| where OperationNameValue contains "Microsoft.ContainerService/managedClusters/listClusterAdminCredential/action" `,
  },
  {
    source: AFD_GRAFANA,
    name: "AFD Grafana dashboard notes: Top Client IPs",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(6h)
| summarize Requests = count(), UniqueURLs = dcount(requestUri_s) by clientIp_s
| top 20 by Requests desc
| project ClientIP = clientIp_s, Requests, UniqueURLs`,
  },
  {
    source: AFD_GRAFANA,
    name: "AFD Grafana dashboard notes: User Agent Distribution",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(6h)
| extend UserAgentType = case(
    userAgent_s contains "bot" or userAgent_s contains "Bot", "Bot",
    userAgent_s contains "Mobile" or userAgent_s contains "Android" or userAgent_s contains "iPhone", "Mobile",
    userAgent_s contains "curl" or userAgent_s contains "wget", "CLI Tool",
    "Browser"
)
| summarize count() by UserAgentType
| project UserAgentType, Count = count_`,
  },
  {
    source: AFD_GRAFANA_MACROS,
    name: "AFD Grafana dashboard notes: Cache Hit Ratio",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > datetime(2026-11-20T13:00:00Z) and TimeGenerated < datetime(2026-11-20T15:00:00Z)
| extend CacheStatus = case(
    cacheStatus_s == "HIT", "Hit",
    cacheStatus_s == "MISS", "Miss",
    "Other"
)
| summarize count() by bin(TimeGenerated, 1m), CacheStatus
| project TimeGenerated, CacheStatus, Count = count_`,
  },
  {
    source: ACT_NOTES,
    name: "Activity log notes: deployments, distinct resources created per user and day",
    query: `AzureActivity
| where OperationNameValue == 'MICROSOFT.RESOURCES/DEPLOYMENTS/WRITE'
| where Level == 'Information'
| extend props=parse_json(Properties)
| project TimeGenerated, ResourceGroup, Caller, Resource=tostring(props.resource)
| summarize DistinctResources=dcount(Resource), Deployments=count() by Caller, Day=bin(TimeGenerated, 1d)
| sort by Day desc `,
  },
  {
    source: ACT_NOTES,
    name: "Activity log notes: deployments per user, per resource group, per day",
    query: `AzureActivity
| where OperationNameValue == 'MICROSOFT.RESOURCES/DEPLOYMENTS/WRITE'
| where Level == 'Information'
| extend props=parse_json(Properties)
| project TimeGenerated, ResourceGroup, Caller, Resource=props.resource
| summarize count() by ResourceGroup, Caller, Day=bin(TimeGenerated, 1d)`,
  },
  {
    source: BATCH5,
    name: "Azure scenarios batch 5: who deleted resources",
    query: `// 9. Azure Activity Log - who deleted resources?
AzureActivity
| where OperationNameValue endswith "DELETE" and ActivityStatusValue == "Success"
| project TimeGenerated, Caller, OperationNameValue, ResourceGroup, _ResourceId`,
  },
  {
    source: DAY1,
    name: "KQL day 1 notes: availability results from East US",
    query: `AppAvailabilityResults
| where Location == "East US"`,
  },
  {
    source: DAY1,
    name: "KQL day 1 notes: availability result locations",
    query: `AppAvailabilityResults
| project Location`,
  },
  {
    source: CASSANDRA,
    name: "Cosmos DB Cassandra API monitoring page: server side timeout due to high latency",
    query: `CDBDataPlaneRequests
| where TimeGenerated >= now(-6h)
| where AccountName startswith "azure"
| where StatusCode == 408
| summarize count() by bin(TimeGenerated, 10m)
| render timechart `,
  },
  {
    source: CASSANDRA,
    name: "Cosmos DB Cassandra API monitoring page: spikes of server-side latency",
    query: `CDBDataPlaneRequests
| where TimeGenerated > now(-6h)
| where AccountName startswith "azure"
| summarize max(DurationMs) by bin(TimeGenerated, 10m)
| render timechart`,
  },
  {
    source: VM_RUNBOOK,
    name: "VM API runbook: availability test failures",
    query: `AppAvailabilityResults
| where TimeGenerated > ago(30m)
| where Name =~ "wt-mdt-healthz"
| where Success == false
| project TimeGenerated, Name, Location, Message, DurationMs
| order by TimeGenerated desc`,
  },
  {
    source: ID_LAB,
    name: "Hybrid identity lab: NSG rule changes",
    query: `// NSG rule changes
AzureActivity
| where OperationNameValue contains "securityRules"
| project TimeGenerated, Caller, OperationNameValue, Properties
| order by TimeGenerated desc`,
  },
  {
    source: ID_LAB,
    name: "Hybrid identity lab: storage account changes",
    query: `// Storage account changes
AzureActivity
| where OperationNameValue contains "storageAccounts"
| project TimeGenerated, Caller, OperationNameValue, ActivityStatusValue
| order by TimeGenerated desc`,
  },
  {
    source: DEVOPS_LAB,
    name: "DevOps monitoring lab workbook: performance overview",
    query: `// Performance overview
AppRequests
| where TimeGenerated > ago(24h)
| summarize RequestCount=count(), AvgDuration=avg(DurationMs), FailedCount=countif(Success==false) by bin(TimeGenerated, 1h)
| render columnchart`,
  },
  {
    source: DEVOPS_LAB,
    name: "DevOps monitoring lab workbook: dependency calls",
    query: `// Dependency calls
AppDependencies
| where TimeGenerated > ago(24h)
| summarize AvgDuration=avg(DurationMs), Count=count() by Type, Target
| order by Count desc`,
  },
  {
    source: SOC_LAB,
    name: "SOC home lab rule 4: suspicious Azure resource operations",
    query: `// Detect repeated failed write/delete operations — possible destructive activity
AzureActivity
| where OperationNameValue contains "DELETE"
    or OperationNameValue contains "WRITE"
| where ActivityStatusValue == "Failure"
| summarize FailureCount = count() by
    Caller, CallerIpAddress, bin(TimeGenerated, 5m)
| where FailureCount >= 1
| extend MitreTactic = "Impact"
| extend MitreTechnique = "T1485 - Data Destruction"
| project TimeGenerated, Caller, CallerIpAddress,
    FailureCount, MitreTactic, MitreTechnique`,
  },
  {
    source: SOC_LAB,
    name: "SOC home lab hunt 2: admin activity outside business hours",
    query: `AzureActivity
| where OperationNameValue contains "write"
    or OperationNameValue contains "delete"
| extend Hour = datetime_part("hour", TimeGenerated)
| where Hour < 7 or Hour > 19
| project TimeGenerated, Caller, OperationNameValue, ResourceGroup, Hour
| order by TimeGenerated desc`,
  },
  {
    source: SOC_LAB,
    name: "SOC home lab hunt 3: anomalous IP investigation",
    query: `// Investigate specific IP — used to identify Azure service vs threat actor
AzureActivity
| where CallerIpAddress == "<target-ip>"
| project TimeGenerated, OperationNameValue,
    ActivityStatusValue, Caller, CallerIpAddress`,
  },
  {
    source: SRE_DEMO_JA,
    name: "SRE Agent demo (Japanese): request metrics check",
    query: `AppRequests
| where TimeGenerated > ago(5m)
| summarize AvgDurationMs = avg(DurationMs), Count = sum(ItemCount) by Name
| top 10 by Count desc`,
  },
  {
    source: SRE_DEMO_JA_CLI,
    name: "SRE Agent demo (Japanese): verify the resolution",
    query: `
    AppRequests
    | where TimeGenerated > ago(5m) and Name contains 'orders'
    | summarize AvgDurationMs = avg(DurationMs), P95DurationMs = percentile(DurationMs, 95)
  `,
  },
  {
    source: UD17_LAB,
    name: "Observability lab UD17 (Italian): product requests",
    query: `AppRequests
| where TimeGenerated > ago(2h)
| where Url has "/products"
| project TimeGenerated, AppRoleName, Name, Url, ResultCode, Success, DurationMs, OperationId
| order by TimeGenerated desc`,
  },
  {
    source: UD17_LAB,
    name: "Observability lab UD17 (Italian): frontend to backend dependencies",
    query: `AppDependencies
| where TimeGenerated > ago(2h)
| where Data has "/api/products" or Name has "/api/products"
| project TimeGenerated, AppRoleName, Name, Target, Data, ResultCode, Success, DurationMs, OperationId
| order by TimeGenerated desc`,
  },
  {
    source: EVIDENCE,
    name: "Deployment evidence: HTTP dependencies",
    query: `let start=datetime(2026-08-01T15:03:00Z);
let end=datetime(2026-08-01T15:15:00Z);
AppDependencies
| where TimeGenerated >= start and TimeGenerated < end
| where AppRoleName == "Sitewatch FuncApp" and _ResourceId has_cs "/ai-platform-sitewatch-func-prd-"
| extend Resource=tostring(split(_ResourceId,"/")[-1])
| summarize FirstSeen=min(TimeGenerated), LastSeen=max(TimeGenerated), Total=count(),
    Failed=countif(Success==false), Succeeded=countif(Success==true), StatusCodes=dcount(ResultCode),
    MissingResultCodes=countif(isempty(ResultCode)), MissingDurations=countif(isnull(DurationMs)),
    NonPositiveDurations=countif(DurationMs <= 0),
    P50Ms=round(percentile(DurationMs,50),3), P95Ms=round(percentile(DurationMs,95),3),
    P99Ms=round(percentile(DurationMs,99),3) by Resource
| order by Resource asc`,
  },
  {
    source: EVIDENCE,
    name: "Deployment evidence: structured availability",
    query: `let start=datetime(2026-08-01T15:03:00Z);
let end=datetime(2026-08-01T15:15:00Z);
AppAvailabilityResults
| where TimeGenerated >= start and TimeGenerated < end
| where _ResourceId has_any (
    "/ai-platform-sitewatch-func-prd-",
    "/ai-portal-core-prd-uksouth",
    "/ai-geo-location-prd-swedencentral")
| extend Destination=tostring(split(_ResourceId,"/")[-1])
| summarize FirstSeen=min(TimeGenerated), LastSeen=max(TimeGenerated), Results=count(),
    Successful=countif(Success==true), Failed=countif(Success==false),
    Locations=dcount(Location), Components=dcount(tostring(Properties["component"])) by Destination
| order by Destination asc`,
  },
  {
    source: EVIDENCE,
    name: "Deployment evidence: authoritative executions by region",
    query: `let start=datetime(2026-08-01T15:03:00Z);
let end=datetime(2026-08-01T15:15:00Z);
AppAvailabilityResults
| where TimeGenerated >= start and TimeGenerated < end
| where _ResourceId has_any (
    "/ai-platform-sitewatch-func-prd-",
    "/ai-portal-core-prd-uksouth",
    "/ai-geo-location-prd-swedencentral")
| summarize Results=count(), Components=dcount(tostring(Properties["component"])),
    Destinations=dcount(tostring(split(_ResourceId,"/")[-1])),
    FirstSeen=min(TimeGenerated), LastSeen=max(TimeGenerated) by Location
| extend ExpectedChecks=13, Executions=Results / 13.0
| order by Location asc`,
  },
  {
    source: TRACES_JA,
    name: "AppTraces ingestion reduction notes (Japanese): failed HTTP calls",
    query: `AppDependencies
| where TimeGenerated > ago(1h)
| where Type == "Http"
| where Success == false
| project TimeGenerated, AppRoleInstance, Name, Target, ResultCode, DurationMs, Properties
| order by TimeGenerated desc`,
  },
  {
    source: TRACES_JA,
    name: "AppTraces ingestion reduction notes (Japanese): calls, success and latency to one host",
    query: `AppDependencies
| where TimeGenerated > ago(1d)
| where Type == "Http"
| where Target == "mcapi.example.com"
| summarize Calls = count(),
            Failures = countif(Success == false),
            P95 = percentile(DurationMs, 95),
            AvgMs = avg(DurationMs)
        by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: TRACES_JA,
    name: "AppTraces ingestion reduction notes (Japanese): dependencies per Type with billed size",
    query: `AppDependencies
| where TimeGenerated > ago(7d)
| where _IsBillable == true
| summarize Calls       = count(),
            BillableGB  = sum(_BilledSize)/1024/1024/1024,
            SampleName  = take_any(Name),
            SampleTarget= take_any(Target)
        by Type
| order by BillableGB desc`,
  },
  {
    source: COSMOS_NOTES_CURL,
    name: "Cosmos DB Log Analytics notes: activity rows per category (REST API curl example)",
    query: `AzureActivity | summarize count() by Category`,
  },
  {
    source: COSMOS_NOTES,
    name: "Cosmos DB Log Analytics notes: metric rows per metric name",
    query: `AzureMetrics
| summarize Count=count() by MetricName`,
  },
  {
    source: COSMOS_NOTES,
    name: "Cosmos DB Log Analytics notes: DataUsage metric",
    query: `AzureMetrics
| where MetricName == "DataUsage" and Resource contains "csl"`,
  },
  {
    source: COSMOS_NOTES,
    name: "Cosmos DB Log Analytics notes: DocumentCount metric",
    query: `AzureMetrics
| where MetricName == "DocumentCount" and Resource contains "CJOAKIMCOSMOSSQL"`,
  },
  {
    source: COSMOS_NOTES,
    name: "Cosmos DB Log Analytics notes: data-plane requests per resource type and id",
    query: `CDBDataPlaneRequests
| summarize Count=count() by RequestResourceType, RequestResourceId
| order by Count`,
  },
  {
    source: AFD_WAF_NOTES,
    name: "Front Door WAF notes: all 429 responses (access log)",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| where httpStatusCode_s == '429'`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 1, live request stream",
    query: `AppRequests
| where TimeGenerated > ago(30m)
| project TimeGenerated, Name, ResultCode, Success, DurationMs, OperationName, AppRoleName
| order by TimeGenerated desc`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 2, error summary by endpoint",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| where Success == false or toint(ResultCode) >= 400
| summarize failures = count() by Name, ResultCode
| order by failures desc`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 3, slow requests (P95)",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| summarize p50=percentile(DurationMs, 50), p95=percentile(DurationMs, 95), p99=percentile(DurationMs, 99) by Name
| order by p95 desc`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 6, dependency failures",
    query: `AppDependencies
| where TimeGenerated > ago(24h)
| where Success == false
| project TimeGenerated, Name, Target, DependencyType, ResultCode, DurationMs
| order by TimeGenerated desc`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 7, health checks",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| where Name has "/health"
| summarize hits=count(), failures=countif(Success == false) by bin(TimeGenerated, 5m), AppRoleName
| order by TimeGenerated desc`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 10, MCP correlation fields on requests",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| extend ToolName = tostring(Properties["mcp.tool_name"])
| extend GraphSessionId = tostring(Properties["mcp.graph_session_id"])
| extend TransportSessionId = tostring(Properties["mcp.transport_session_id"])
| extend McpMethod = tostring(Properties["mcp.method"])
| where isnotempty(ToolName) or isnotempty(GraphSessionId) or isnotempty(TransportSessionId)
| project TimeGenerated, Name, ResultCode, Success, DurationMs, ToolName, GraphSessionId, TransportSessionId, McpMethod
| order by TimeGenerated desc`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 11, filter by a Graph session or tool",
    query: `let targetSession = "<graph-session-id>";
let targetTool = "MailSummarize";
AppRequests
| where TimeGenerated > ago(24h)
| extend ToolName = tostring(Properties["mcp.tool_name"])
| extend GraphSessionId = tostring(Properties["mcp.graph_session_id"])
| where (targetSession == "<graph-session-id>" or GraphSessionId == targetSession)
	and (targetTool == "MailSummarize" or ToolName == targetTool)
| project TimeGenerated, Name, ResultCode, Success, DurationMs, ToolName, GraphSessionId
| order by TimeGenerated desc`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 12, tool latency and error rate",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| extend ToolName = tostring(Properties["mcp.tool_name"])
| where isnotempty(ToolName)
| summarize
	calls=count(),
	failures=countif(Success == false or toint(ResultCode) >= 400),
	p50=percentile(DurationMs, 50),
	p95=percentile(DurationMs, 95),
	p99=percentile(DurationMs, 99)
	by ToolName
| extend errorRatePct = round(100.0 * todouble(failures) / todouble(calls), 2)
| order by failures desc, p95 desc`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 14, silent outage detector",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| summarize calls=count() by bin(TimeGenerated, 5m)
| order by TimeGenerated asc
| extend gap = iff(calls == 0, 1, 0)`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: 15, container stop and start in the activity log",
    query: `AzureActivity
| where TimeGenerated > ago(7d)
| where ResourceProviderValue =~ "MICROSOFT.CONTAINERINSTANCE"
| where Resource =~ "msgraph-mcp-27992"
| where OperationNameValue has_any ("/stop/action", "/start/action", "/restart/action")
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceGroup, ResourceId
| order by TimeGenerated desc`,
  },
  {
    source: MCP_PACK,
    name: "MCP KQL dashboard pack: quick sanity query",
    query: `AppRequests
| where TimeGenerated > ago(10m)
| summarize count()`,
  },
  {
    source: GRAFANA_ZH,
    name: "Grafana quick start (Chinese/English): recent requests",
    query: `AppRequests
| project TimeGenerated, Name, ResultCode, DurationMs, Success
| order by TimeGenerated desc
| take 20`,
  },
  {
    source: GRAFANA_ZH,
    name: "Grafana quick start (Chinese/English): request trend every 5 minutes",
    query: `AppRequests
| summarize request_count = count() by bin(TimeGenerated, 5m)
| order by TimeGenerated asc`,
  },
  {
    source: PT_NOTES,
    name: "Log Analytics troubleshooting notes (Portuguese): cenário 1, HTTP 500",
    query: `AppRequests
| where ResultCode == "500"`,
  },
  {
    source: PT_NOTES,
    name: "Log Analytics troubleshooting notes (Portuguese): cenário 1 refined",
    query: `AppRequests
| where ResultCode == "500"
| project TimeGenerated, Name, DurationMs, ResultCode
| order by TimeGenerated desc`,
  },
  {
    source: PT_NOTES,
    name: "Log Analytics troubleshooting notes (Portuguese): cenário 2, error rate",
    query: `AppRequests
| summarize Total = count(), Failed = countif(Success == false) by bin(TimeGenerated, 5m)
| extend ErrorRate = todouble(Failed) / Total
| order by TimeGenerated asc`,
  },
  {
    source: PT_NOTES,
    name: "Log Analytics troubleshooting notes (Portuguese): cenário 3, latency",
    query: `AppRequests
| summarize avg(DurationMs), percentile(DurationMs, 95), percentile(DurationMs, 99) by bin(TimeGenerated, 5m)
| order by TimeGenerated asc`,
  },
  {
    source: PT_NOTES,
    name: "Log Analytics troubleshooting notes (Portuguese): cenário 4, slowest endpoint",
    query: `AppRequests
| summarize RequestCount = count(), AvgDuration = avg(DurationMs), P95Duration = percentile(DurationMs, 95) by Name
| order by P95Duration desc`,
  },
  {
    source: PT_NOTES,
    name: "Log Analytics troubleshooting notes (Portuguese): cenário 5, slow dependency",
    query: `AppDependencies
| summarize AvgDuration = avg(DurationMs), P95Duration = percentile(DurationMs, 95) by Target, DependencyType
| order by P95Duration desc`,
  },
  {
    source: OPS_PY,
    name: "Operations reports (Python): requests and route latency",
    query: `AppRequests
| summarize requests=count(), errors=countif(Success == false),
    p50Ms=percentile(DurationMs, 50), p95Ms=percentile(DurationMs, 95),
    p99Ms=percentile(DurationMs, 99), sourceTimestamp=max(TimeGenerated)
  by route=Name
| top 50 by requests desc`,
  },
  {
    source: OPS_PY,
    name: "Operations reports (Python): dependencies and stage latency",
    query: `AppDependencies
| summarize calls=count(), failures=countif(Success == false),
    p50Ms=percentile(DurationMs, 50), p95Ms=percentile(DurationMs, 95),
    p99Ms=percentile(DurationMs, 99), sourceTimestamp=max(TimeGenerated)
  by dependency=Name, target=Target, dependencyType=Type
| top 50 by calls desc`,
  },
  {
    source: OBS_DOC,
    name: "Observability page: which services are reporting traces",
    query: `AppRequests | summarize Requests=count(),
              Failed=countif(Success == false) by AppRoleName`,
  },
  {
    source: OBS_DOC,
    name: "Observability page: dependencies by type",
    query: `AppDependencies | summarize Calls=count(), AvgMs=round(avg(DurationMs),1)
                  by AppRoleName, DependencyType, Target`,
  },
  {
    source: OBS_DOC,
    name: "Observability page: a distributed trace spanning services",
    query: `union AppRequests, AppDependencies
| summarize Services=make_set(AppRoleName), Spans=count() by OperationId
| where array_length(Services) > 1`,
  },
  {
    source: AGENT_CS,
    name: "Agent observability dashboard (C#): overview",
    query: `let RepoBySession = AppDependencies
| where isnotempty(Properties["copilot_chat.repo.remote_url"])
| summarize RepoUrl=take_any(tostring(Properties["copilot_chat.repo.remote_url"])) by SessionId=tostring(Properties["session.id"]);
AppDependencies
| extend SessionId=tostring(Properties["session.id"])
| join kind=leftouter RepoBySession on SessionId
| extend Repository=coalesce(RepoUrl, tostring(Properties["copilot_chat.repo.remote_url"]), "unknown")
| summarize TotalRequests=count(), AverageLatencyMs=avg(DurationMs), P95LatencyMs=percentile(DurationMs, 95), ActiveRepositories=dcount(Repository), ActiveDevelopers=dcount(coalesce(tostring(Properties["enduser.id"]), tostring(UserId)))`,
  },
  {
    source: AGENT_CS,
    name: "Agent observability dashboard (C#): request volume",
    query: `AppDependencies
| summarize Requests=count() by Bucket=bin(TimeGenerated, 30m)
| order by Bucket asc`,
  },
  {
    source: AGENT_CS,
    name: "Agent observability dashboard (C#): model breakdown",
    query: `AppDependencies
| extend Model=coalesce(tostring(Properties["gen_ai.request.model"]), tostring(Properties["ai.model_id"]), "unknown")
| summarize Requests=count() by Model
| order by Requests desc`,
  },
  {
    source: AGENT_CS,
    name: "Agent observability dashboard (C#): developer activity",
    query: `let RepoBySession = AppDependencies
| where isnotempty(Properties["copilot_chat.repo.remote_url"])
| summarize RepoUrl=take_any(tostring(Properties["copilot_chat.repo.remote_url"])) by SessionId=tostring(Properties["session.id"]);
AppDependencies
| extend SessionId=tostring(Properties["session.id"])
| join kind=leftouter RepoBySession on SessionId
| extend Developer=coalesce(tostring(Properties["enduser.id"]), tostring(UserId), "unknown")
| extend Repository=coalesce(RepoUrl, tostring(Properties["copilot_chat.repo.remote_url"]), "unknown")
| extend Model=coalesce(tostring(Properties["gen_ai.request.model"]), tostring(Properties["ai.model_id"]), "unknown")
| summarize Requests=count(), AverageLatencyMs=avg(DurationMs), UniqueModels=dcount(Model), LastSeen=max(TimeGenerated) by Developer, Repository
| order by Requests desc`,
  },
  {
    source: AGENT_CS,
    name: "Agent observability dashboard (C#): repository activity",
    query: `let RepoBySession = AppDependencies
| where isnotempty(Properties["copilot_chat.repo.remote_url"])
| summarize RepoUrl=take_any(tostring(Properties["copilot_chat.repo.remote_url"])) by SessionId=tostring(Properties["session.id"]);
AppDependencies
| extend SessionId=tostring(Properties["session.id"])
| join kind=leftouter RepoBySession on SessionId
| extend Repository=coalesce(RepoUrl, tostring(Properties["copilot_chat.repo.remote_url"]), "unknown")
| extend Developer=coalesce(tostring(Properties["enduser.id"]), tostring(UserId), "unknown")
| extend Model=coalesce(tostring(Properties["gen_ai.request.model"]), tostring(Properties["ai.model_id"]), "unknown")
| summarize Requests=count(), ActiveDevelopers=dcount(Developer), AverageLatencyMs=avg(DurationMs), UniqueModels=dcount(Model) by Repository
| order by Requests desc`,
  },
  {
    source: AGENT_CS,
    name: "Agent observability dashboard (C#): workflow interactions",
    query: `let RepoBySession = AppDependencies
| where isnotempty(Properties["copilot_chat.repo.remote_url"])
| summarize RepoUrl=take_any(tostring(Properties["copilot_chat.repo.remote_url"])) by SessionId=tostring(Properties["session.id"]);
AppDependencies
| extend SessionId=tostring(Properties["session.id"])
| join kind=leftouter RepoBySession on SessionId
| extend Repository=coalesce(RepoUrl, tostring(Properties["copilot_chat.repo.remote_url"]), "unknown")
| extend Agent=coalesce(tostring(Properties["github.copilot.agent"]), tostring(Properties["gen_ai.agent.name"]), "copilot")
| extend ToolName=coalesce(tostring(Properties["tool.name"]), tostring(Name), "unknown")
| extend Model=coalesce(tostring(Properties["gen_ai.request.model"]), tostring(Properties["ai.model_id"]), "unknown")
| project TimeGenerated, Repository, Agent, ToolName, Model, DurationMs, Success
| top 50 by TimeGenerated desc`,
  },
  {
    source: TS_BLOG,
    name: "Time series analysis blog: timechart of average CurrentConnections",
    query: `AzureMetrics
| where ResourceId =~ "**your Application Gateway resource id**" 
| where MetricName =~ "CurrentConnections"
| summarize 
    avg = avg(Average)  
    by
    ResourceId=tolower(ResourceId),
    bin(TimeGenerated, 1h)
| render timechart `,
  },
  {
    source: TS_BLOG,
    name: "Time series analysis blog: make-series of CurrentConnections",
    query: `AzureMetrics
| where ResourceId =~ "**your Application Gateway resource id**" 
| where MetricName =~ "CurrentConnections"
| summarize 
    avg = avg(Average)  
    by
    ResourceId=tolower(ResourceId),
    bin(TimeGenerated, 1h)
| project
    avg,
    ResourceId,
    TimeGenerated
| make-series CurrentConnections=avg(avg) on TimeGenerated from ago(30d) to now(-1d) step 1h`,
  },
  {
    source: TS_BLOG,
    name: "Time series analysis blog: forecast",
    query: `let min_t = ago(30d);
let max_t = now(-1d);
let dt = 1h;
let horizon=7d;
AzureMetrics
| where ResourceId =~ "**your Application Gateway resource id**"
| where MetricName =~ "CurrentConnections"
| summarize 
    avg = avg(Average)  
    by
    ResourceId=tolower(ResourceId),
    bin(TimeGenerated, 1h)
| project
    avg,
    ResourceId,
    TimeGenerated
| make-series CurrentConnections=avg(avg) on TimeGenerated from min_t to max_t+horizon step dt
| extend Forecast = series_decompose_forecast(CurrentConnections, toint(horizon / dt))
| render timechart `,
  },
  {
    source: TS_BLOG,
    name: "Time series analysis blog: anomaly detection",
    query: `let min_t = ago(30d);
let max_t = now(-1d);
let dt = 1h;
AzureMetrics
| where ResourceId =~ "**your Application Gateway resource id**"
| where MetricName =~ "CurrentConnections"
| summarize 
    avg = avg(Average)  
    by
    ResourceId=tolower(ResourceId),
    bin(TimeGenerated, dt)
| project
    avg,
    ResourceId,
    TimeGenerated
| make-series CurrentConnections = avg(avg) on TimeGenerated from min_t to max_t step dt
| extend (Anomalies) = series_decompose_anomalies(CurrentConnections, 1.5, -1, 'linefit')
| render timechart `,
  },
  {
    source: TS_BLOG,
    name: "Time series analysis blog: anomalies scaled for the chart",
    query: `let grain = 1h;
let metric_scale = toscalar(
    AzureMetrics
    | where ResourceId =~ "**your Application Gateway resource id**"
    | where MetricName =~ "CurrentConnections"
    | summarize 
        avg = avg(Average)  
    | summarize avg(avg));
AzureMetrics
| where ResourceId =~ "**your Application Gateway resource id**"
| where MetricName =~ "CurrentConnections"
| summarize 
    avg = avg(Average)  
    by
    ResourceId=tolower(ResourceId),
    bin(TimeGenerated, 1h)
| project
    avg,
    ResourceId,
    TimeGenerated
| make-series CurrentConnections = avg(avg) default = 0 on TimeGenerated from ago(30d) to now(-1d) step grain
| extend (anomalies) = series_decompose_anomalies(CurrentConnections, 1.5, -1, 'linefit')
| extend anomalies = 
    series_multiply(metric_scale, anomalies) // multiplied for visualization purposes
| render timechart `,
  },
  {
    source: LOG_TEST,
    name: "Front Door log test script: rows of this run",
    query: `AzureDiagnostics
| where TimeGenerated > ago(2h)
| where Category == "FrontDoorAccessLog"
| where requestUri_s contains "kql-regression-20261120T145500Z-4242"
| summarize Count=count()`,
  },
  {
    source: LOG_TEST,
    name: "Front Door log test script: required columns present",
    query: `AzureDiagnostics
| where TimeGenerated > ago(2h)
| where Category == "FrontDoorAccessLog"
| getschema
| where ColumnName in ("requestUri_s", "timeTaken_s", "cacheStatus_s")
| summarize Found=dcount(ColumnName)`,
  },
  {
    source: LOG_TEST,
    name: "Front Door log test script: schema listing",
    query: `AzureDiagnostics
| where TimeGenerated > ago(2h)
| where Category == "FrontDoorAccessLog"
| getschema
| project ColumnName, ColumnType
| order by ColumnName asc`,
  },
  {
    source: LOG_TEST,
    name: "Front Door log test script: recent-window regression query",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(2h)
| where requestUri_s contains "kql-regression-20261120T145500Z-4242"
| extend Path = tostring(parse_url(requestUri_s).Path), TimeTakenSec = todouble(timeTaken_s)
| extend Path = iff(isempty(Path), "/", Path)
| summarize Requests = count(), MaxTimeTakenSec = max(TimeTakenSec), P95TimeTakenSec = percentile(TimeTakenSec, 95) by Path, cacheStatus_s
| order by MaxTimeTakenSec desc`,
  },
  {
    source: LOG_TEST_FIXED,
    name: "Front Door log test script: fixed-window acceptance query",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated between (datetime(2026-06-30 00:00:00) .. datetime(2026-06-30 23:59:59))
| extend Path = tostring(parse_url(requestUri_s).Path), TimeTakenSec = todouble(timeTaken_s)
| extend Path = iff(isempty(Path), "/", Path)
| summarize Requests = count(), MaxTimeTakenSec = max(TimeTakenSec), P95TimeTakenSec = percentile(TimeTakenSec, 95) by Path, cacheStatus_s
| order by MaxTimeTakenSec desc`,
  },
];
