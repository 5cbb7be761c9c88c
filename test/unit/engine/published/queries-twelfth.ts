/**
 * A twelfth set of real published queries for the contract tables, copied as published (comments, blank lines,
 * indentation and trailing spaces included), from sources the first eleven sets did not use. Same selection rule as
 * queries.ts … queries-eleventh.ts: every query of a source that reads only contract tables and columns those tables
 * have in a workspace like this deployment's; a block holding several queries gives each as a query of its own.
 *
 * Sources, public files of the code index named by id below, of kinds the earlier sets had little of: two Azure SDK
 * for .NET integration tests of the Azure Monitor OpenTelemetry distro (`Properties.['server.address']`), a
 * disk-monitoring proof of concept's Next.js dashboard and KQL lab over AzureMetrics (`has` on metric names, `dcount`
 * by resource, `round(percentile(Average, 95), 2)`, `order by VM, Metric, TimeGenerated`), a governed AI assistant's
 * workbook generator in Python (`gen_ai.*` properties, `extract()` and `coalesce()` as summarize keys, `case()`,
 * `extend Name = iff(… not(…))`, a union of two filtered tables), Terraform log alert modules (graceochie/Monitors:
 * `summarize by Average, bin(TimeGenerated, 1min), Resource`, no aggregate), an ExpressRoute alert design page, a MySQL
 * migration guide (`limit 10` before the filters), a SQL Managed Instance dashboard, a C# Front Door egress report
 * (`format_datetime(endofday(bin(TimeGenerated, 1d)), 'yyyy-MM-dd')`), a project log's `search * | summarize … by
 * Type=$table`, a Container Apps logging guide (`search *` with a time filter), a PowerShell scheduled-query source,
 * Front Door deployment notes' access-log one-liners, a Cosmos DB monitoring blog post (`by tostring(RequestResourceId),
 * tostring(ClientIpAddress)`), an Azure Monitor Query SDK for Java skill (`AzureActivity | count`,
 * `top 10 by count_`), Bicep workbooks and alert rules, and runbooks' and READMEs' one-line queries.
 *
 * Left out of the same sources, with the reason:
 * - Queries over other tables: AppTraces, AppExceptions, AppEvents (the demo workspace has no AppEvents rows, so the
 *   table is missing: KS204), Heartbeat, Perf, ContainerLog, ContainerAppConsoleLogs_CL, ContainerAppSystemLogs,
 *   ContainerRegistryRepositoryEvents, customMetrics and the classic `requests`; AzureDiagnostics queries of other
 *   services' columns (Cognitive Services `DurationMs`/`ResultSignature`, Key Vault `ResultType`, Databricks
 *   `Status_s`, VPN gateway `Message`), which a workspace without those services rejects.
 * - Copies: the ExpressRoute page's BgpAvailability, ArpAvailability and BitsInPerSecond cells (AzureMonitorCommunity
 *   queries the earlier sets hold), a second copy of an observability page, a health model and a Terraform App
 *   Service module whose queries the ninth to eleventh sets hold, a health-report skill's request step, an MCP tool
 *   test's storage query, the SQL Analytics page's DTU queries in other languages, and three queries of a Cosmos DB
 *   monitoring blog post whose other version the fourth set read.
 * - Queries Kusto itself rejects: kept below the set, in PUBLISHED_TWELFTH_KUSTO_REJECTS, with the code and name
 *   Kusto reports (published-kusto-rejects.test.ts); they are not counted among the queries that run.
 *
 * All 95 run. Checked against DuckDB: twenty-eight with rows and nine that select nothing here
 * (published-truth/cases-twelfth.ts): thirty-seven; none disagreed.
 */
import type { PublishedQuery } from "./queries";

const gh = (id: string, note: string) => `public GitHub file, code index id ${id} (${note})`;

const OTEL_DISTRO_TEST_V1 = gh("2956352624", "Azure SDK for .NET, Azure.Monitor.OpenTelemetry.AspNetCore integration test DistroWebAppLiveTests, its VerifyTelemetry queries as C# interpolates them: {TestServerUrl} = http://localhost:9998/, {RoleName} = nameof(DistroWebAppLiveTests); its AppTraces query left out");
const OTEL_DISTRO_TEST_V2 = gh("20001481465", "Azure SDK for .NET, a later DistroWebAppLiveTests, its QueryAndVerify* queries as C# interpolates them: {TestServerUrl} = http://localhost:9998/, {roleName} = [TestNamespace]/TestName; its AppTraces query left out");
const EXPRESSROUTE_ALERTS = gh("17389352485", "alert design page for ExpressRoute circuits and Key Vault, 'Log Alerts' table: the QosDropBitsInPerSecond cell's backquoted lines joined by line breaks, as the cell's <br/> separates them; its BgpAvailability, ArpAvailability and BitsInPerSecond cells copy AzureMonitorCommunity queries the earlier sets hold, and the BitsOutPerSecond and QosDropBitsOutPerSecond rows repeat the BitsIn and QosDropBitsIn queries");
const MYSQL_MIGRATION = gh("789417", "MySQL to Azure migration guide, 'Monitoring and Alerts' (its AzureDiagnostics queries read MySQL audit and slow-log columns)");
const SQL_MI_MODULE = gh("53255878401", "Azure SQL Managed Instance monitoring module README, 'Custom Performance Dashboard' panels (its AzureActivity panel reads ResourceType, a column the contract's AzureActivity schema does not have)");
const ANALYTICS_MONITORING = gh("30400485461", "real-time analytics platform monitoring page: the AzureMetrics alert of 'Alert Configuration' and the AzureMetrics query of 'KQL Queries for Analysis' (the others read customMetrics, exceptions or costs)");
const FD_EGRESS_CS = gh("18185615648", "C# class FrontDoorProfileMetrics, its query field (a second copy of the file, code index id 13318424684, holds the same query)");
const GRACEOCHIE = (module: string, note: string) => `graceochie/Monitors@ee5bce1 Terraform/Azure_Log_Analytics/module/${module}/main.tf (azurerm_monitor_scheduled_query_rules_alert, ${note}; the heredoc's first line keeps its trailing space)`;
const DISKMON_DASHBOARD = gh("53545391314", "Next.js KQL dashboard page of a disk-monitoring proof of concept over AzureMetrics: SHOWCASE_QUERIES' kql strings and the queries its chart captions and 'Source Query' banner print (the banner's two '--' lines after the query are prose about the workspace, not KQL, and are left out)");
const DISKMON_LAB = gh("53586708588", "Next.js 'KQL Lab — Disk Metrics' page of the same proof of concept, the kql of each of its QUERIES");
const AI_PLATFORM_PS = gh("29552022820", "PowerShell monitoring setup of an AI platform, the dashboard part's Query");
const REPORTING_PREFLIGHT = gh("62507191083", "Python preflight gate of a reporting agent, METRICS_HISTORY_QUERY (its other query reads Perf)");
const CDP_LOG = gh("53382481612", "a customer-data platform's project log, 2026-03-06 Azure inventory audit: two az monitor log-analytics --analytics-query strings");
const WORKSPACE_QUICKSTART = gh("56748514069", "workspace quick-start notes, 'More KQL to try once data lands' (the shell's \\$table is $table to Kusto)");
const AGENT_FRAMEWORK_LAB = gh("56624726590", "agent framework hosting lab, the --analytics-query that verifies telemetry landed");
const SCHEDULED_QUERY_CLI = gh("52012457577", "Azure Monitor alerting notes, az monitor scheduled-query create --condition-query");
const BICEP_5XX_ALERT = gh("69338482678", "Bicep scheduledQueryRules module, the StaticThresholdCriterion query");
const SQUAD_RUNBOOK = gh("59045699591", "operations runbook of an agent squad, '4. Application Insights / Log Analytics'");
const RAGCHAT_README = gh("55489977882", "RAG chat monitoring README, the az CLI --analytics-query string with its line breaks and indentation");
const ALERT_500_CLI = gh("26718225913", "alerting guide, az monitor scheduled-query create --condition-query (its --condition string is alert-rule syntax, not a query)");
const SERVICE_BUS_STARTERS = gh("71176222061", "Service Bus worker notes, 'KQL starters' (its AppExceptions line left out)");
const BANK_WORKBOOK = gh("70686704885", "Python generator of a governed AI assistant's Azure Workbook (tools/build-workbook.py), each query() as kql.strip() hands it to the workbook, prop() expanded as the script defines it; its AppEvents, AppExceptions, ContainerRegistryRepositoryEvents and ContainerApp*Logs queries and its Cognitive Services AzureDiagnostics query left out");
const ELASTIC_POOL_PS = gh("49494626709", "PowerShell scale-down runbook setup, New-AzScheduledQueryRuleSource -Query");
const INSURANCE_AGENT_README = gh("55058871628", "insurance agent demo README, the KQL against the Log Analytics workspace");
const CONTAINER_APP_LOGGING = gh("56450444744", "Container Apps logging guide, 'Common Use Cases' and the connection tests (az CLI --analytics-query strings)");
const STAMPS_DASHBOARD = gh("7772024238", "Azure Stamps pattern operations guide, 'CELL Operations Dashboard' tiles (its Heartbeat tile and the global dashboard's classic requests tiles left out)");
const HEALTH_REPORT_DEPS = gh("53279597682", "health-report skill, 'Step 7: Dependency Health (24h)'");
const FD_DRIVERS_QUICKREF = gh("36230592080", "Front Door and Terraform deployment quick reference, 'View recent logs' (az CLI --analytics-query)");
const FD_DEMO_RUNBOOK = gh("51781617317", "Front Door security demo runbook, 'Quick log query via CLI'");
const FD_ESEMPIO_IT = gh("6097089359", "Front Door example 04 README in Italian, 'Query logs da Log Analytics'");
const JAVA_QUERY_SKILL = gh("63943920373", "Azure Monitor Query SDK for Java skill, the query strings of its logs examples (the batch example's Heartbeat and Perf counts left out; code index ids 8868714731, 52268920304 and 53114693188 hold copies)");
const PY_PROVIDER_DOC = gh("56107361172", "Python metrics provider notes, 'The read path'");
const SQL_CPU_ALERT = gh("67060772125", "Bicep scheduledQueryRules of a SQL-backed app, the CPU rule's query");
const INFINEVO_WORKBOOK = gh("69093043620", "Bicep platform telemetry workbook, its AppRequests and AzureMetrics tiles (its ContainerAppConsoleLogs_CL tiles left out)");
const COSMOS_MONITORING_BLOG = gh("26798955557", "another version of the blog post on monitoring Azure Cosmos DB the fourth set read (code index 60041869040), 'Find the Most Expensive Queries', the query that version does not have (its throttling, latency and failed-operation queries are that version's; its CDBPartitionKeyRUConsumption query left out)");

export const PUBLISHED_TWELFTH: PublishedQuery[] = [
  // Azure SDK for .NET integration tests (code index 2956352624, 20001481465): one-line queries that check the
  // distro's telemetry arrived; `Properties.['net.peer.name']` indexes the dynamic column with a bracketed name.
  {
    source: OTEL_DISTRO_TEST_V1,
    name: "Azure SDK distro test (v1): dependency for invoking HttpClient",
    query: `AppDependencies | where Data == 'http://localhost:9998/' | where AppRoleName == 'DistroWebAppLiveTests' | top 1 by TimeGenerated`,
  },
  {
    source: OTEL_DISTRO_TEST_V1,
    name: "Azure SDK distro test (v1): request telemetry from the web app",
    query: `AppRequests | where Url == 'http://localhost:9998/' | where AppRoleName == 'DistroWebAppLiveTests' | top 1 by TimeGenerated`,
  },
  {
    source: OTEL_DISTRO_TEST_V1,
    name: "Azure SDK distro test (v1): metric for outgoing requests, Properties.['net.peer.name']",
    query: `AppMetrics | where Name == 'http.client.duration' | where AppRoleName == 'DistroWebAppLiveTests' | where Properties.['net.peer.name'] == 'localhost' | top 1 by TimeGenerated`,
  },
  {
    source: OTEL_DISTRO_TEST_V1,
    name: "Azure SDK distro test (v1): metric for incoming requests, Properties.['net.host.name']",
    query: `AppMetrics | where Name == 'http.server.duration' | where AppRoleName == 'DistroWebAppLiveTests' | where Properties.['net.host.name'] == 'localhost' | top 1 by TimeGenerated`,
  },
  {
    source: OTEL_DISTRO_TEST_V2,
    name: "Azure SDK distro test (v2): dependency for invoking HttpClient",
    query: `AppDependencies | where Data == 'http://localhost:9998/' | where AppRoleName == '[TestNamespace]/TestName' | top 1 by TimeGenerated`,
  },
  {
    source: OTEL_DISTRO_TEST_V2,
    name: "Azure SDK distro test (v2): request telemetry from the web app",
    query: `AppRequests | where Url == 'http://localhost:9998/' | where AppRoleName == '[TestNamespace]/TestName' | top 1 by TimeGenerated`,
  },
  {
    source: OTEL_DISTRO_TEST_V2,
    name: "Azure SDK distro test (v2): metric for outgoing requests, Properties.['server.address']",
    query: `AppMetrics | where Name == 'http.client.request.duration' | where AppRoleName == '[TestNamespace]/TestName' | where Properties.['server.address'] == 'localhost' | top 1 by TimeGenerated`,
  },
  {
    source: OTEL_DISTRO_TEST_V2,
    name: "Azure SDK distro test (v2): metric for incoming requests",
    query: `AppMetrics | where Name == 'http.server.request.duration' | where AppRoleName == '[TestNamespace]/TestName' | top 1 by TimeGenerated`,
  },
  // ExpressRoute alert design page (code index 17389352485): `summarize by` a value column and a bin, no aggregate;
  // `AzureMetrics|` with no space before the pipe.
  {
    source: EXPRESSROUTE_ALERTS,
    name: "ExpressRoute log alerts: QosDropBitsInPerSecond (no space before the pipe)",
    query: `AzureMetrics| where MetricName == "QosDropBitsInPerSecond"
| summarize by Average, bin(TimeGenerated, 1h), Resource
| render timechart`,
  },
  // MySQL migration guide (code index 789417): `limit 10` before the filters, then `top 1`.
  {
    source: MYSQL_MIGRATION,
    name: "MySQL migration guide: memory usage, limit 10 before the filters, top 1 by TimeGenerated",
    query: `AzureMetrics
| where TimeGenerated > ago(15m)
| limit 10
| where ResourceProvider == "MICROSOFT.DBFORMYSQL"
| where MetricName == "memory_percent"
| project TimeGenerated, Total, Maximum, Minimum, TimeGrain, UnitName
| top 1 by TimeGenerated`,
  },
  {
    source: MYSQL_MIGRATION,
    name: "MySQL migration guide: CPU usage, limit 10 before the filters, top 1 by TimeGenerated",
    query: `AzureMetrics
| where TimeGenerated > ago(15m)
| limit 10
| where ResourceProvider == "MICROSOFT.DBFORMYSQL"
| where MetricName == "cpu_percent"
| project TimeGenerated, Total, Maximum, Minimum, TimeGrain, UnitName
| top 1 by TimeGenerated`,
  },
  // SQL Managed Instance module (code index 53255878401): dashboard panels, a bare filter then render.
  {
    source: SQL_MI_MODULE,
    name: "SQL MI dashboard: CPU utilization trend",
    query: `AzureMetrics | where MetricName == 'avg_cpu_percent' | render timechart`,
  },
  {
    source: SQL_MI_MODULE,
    name: "SQL MI dashboard: storage utilization",
    query: `AzureMetrics | where MetricName == 'storage_space_used_mb' | render areachart`,
  },
  {
    source: SQL_MI_MODULE,
    name: "SQL MI dashboard: vCore usage",
    query: `AzureMetrics | where MetricName == 'virtual_core_count' | render columnchart`,
  },
  // Real-time analytics monitoring page (code index 30400485461).
  {
    source: ANALYTICS_MONITORING,
    name: "Analytics platform alert: storage capacity, Average > 4000000000000",
    query: `AzureMetrics | where MetricName == 'BlobCapacity' | where Average > 4000000000000`,
  },
  {
    source: ANALYTICS_MONITORING,
    name: "Analytics platform: resource utilization by 5 minutes, resource and metric",
    query: `// Resource utilization
AzureMetrics
| where TimeGenerated > ago(24h)
| where MetricName in ("cpu_percent", "memory_percent", "disk_percent")
| summarize avg(Average) by bin(TimeGenerated, 5m), Resource, MetricName
| render timechart`,
  },
  // A C# egress report over the Front Door access log (code index 18185615648).
  {
    source: FD_EGRESS_CS,
    name: "Front Door egress report: bytes by format_datetime(endofday(bin(TimeGenerated, 1d))) and host",
    query: `
            AzureDiagnostics
            | where ResourceProvider == 'MICROSOFT.CDN' and Category == 'FrontDoorAccessLog'
            | summarize RequestBytes = sum(tolong(requestBytes_s)), ResponseBytes = sum(tolong(responseBytes_s)) by Date = format_datetime(endofday(bin(TimeGenerated, 1d)), 'yyyy-MM-dd'), Hostname = hostName_s`,
  },
  // Terraform log alert modules (graceochie/Monitors): one query per module shape; the 122 heredocs differ only in
  // the metric name and the provider they filter, `contains` a type path that the ResourceProvider column never holds.
  {
    source: GRACEOCHIE("azureFunction", "Azure-Functions-HTTP5XXerrors"),
    name: "Terraform log alert modules: azureFunction http5xx, summarize by Average, bin(1min), Resource",
    query: `AzureMetrics 
| where TimeGenerated > ago(1min)
| where MetricName == "http5xx"
| where ResourceProvider contains "Microsoft.Web/sites"
| summarize by Average, bin(TimeGenerated, 1min), Resource
| render timechart`,
  },
  {
    source: GRACEOCHIE("azureApplicationGateway", "its UnhealthyHostCount rule"),
    name: "Terraform log alert modules: azureApplicationGateway UnhealthyHostCount, summarize by Average, bin(1min), Resource",
    query: `AzureMetrics 
| where TimeGenerated > ago(1min)
| where MetricName == "UnhealthyHostCount"
| where ResourceProvider contains "Microsoft.Network/applicationGateways"
| summarize by Average, bin(TimeGenerated, 1min), Resource
| render timechart`,
  },
  {
    source: GRACEOCHIE("azureLogicApps", "its TriggersSucceeded rule"),
    name: "Terraform log alert modules: azureLogicApps TriggersSucceeded, summarize by Average, bin(1min), Resource",
    query: `AzureMetrics 
| where TimeGenerated > ago(1min)
| where MetricName == "TriggersSucceeded"
| where ResourceProvider contains "Microsoft.Logic/workflows"
| summarize by Average, bin(TimeGenerated, 1min), Resource
| render timechart`,
  },
  {
    source: GRACEOCHIE("azureRedisCache", "its totalkeys rule"),
    name: "Terraform log alert modules: azureRedisCache totalkeys, summarize by Average, bin(1min), Resource",
    query: `AzureMetrics 
| where TimeGenerated > ago(1min)
| where MetricName == "totalkeys"
| where ResourceProvider contains "Microsoft.Cache/redis"
| summarize by Average, bin(TimeGenerated, 1min), Resource
| render timechart`,
  },
  {
    source: GRACEOCHIE("azureStorage", "its table-service Transactions rule"),
    name: "Terraform log alert modules: azureStorage Transactions, summarize by Average, bin(1min), Resource",
    query: `AzureMetrics 
| where TimeGenerated > ago(1min)
| where MetricName == "Transactions"
| where ResourceProvider contains "Microsoft.Storage/storageAccounts/tableServices"
| summarize by Average, bin(TimeGenerated, 1min), Resource
| render timechart`,
  },
  {
    source: GRACEOCHIE("azureVirtualNetwork", "its BytesDroppedDDoS rules, which share one query"),
    name: "Terraform log alert modules: azureVirtualNetwork BytesDroppedDDoS, summarize by Maximum, bin(1min), Resource",
    query: `AzureMetrics 
| where TimeGenerated > ago(1min)
| where MetricName == "BytesDroppedDDoS"
| summarize by Maximum, bin(TimeGenerated, 1min), Resource
| render timechart`,
  },
  // A disk-monitoring proof of concept's dashboard and KQL lab (code index 53545391314, 53586708588): AzureMetrics
  // summaries with `has` filters on the metric name, dcount by resource, `round(percentile(Average, 95), 2)`.
  {
    source: DISKMON_DASHBOARD,
    name: "Disk monitoring dashboard: total data volume",
    query: `AzureMetrics | summarize count()`,
  },
  {
    source: DISKMON_DASHBOARD,
    name: "Disk monitoring dashboard: active VMs, dcount(Resource)",
    query: `AzureMetrics | summarize dcount(Resource)`,
  },
  {
    source: DISKMON_DASHBOARD,
    name: "Disk monitoring dashboard: unique metrics, dcount(MetricName)",
    query: `AzureMetrics | summarize dcount(MetricName)`,
  },
  {
    source: DISKMON_DASHBOARD,
    name: "Disk monitoring dashboard: disk metrics, MetricName has \"Disk\"",
    query: `AzureMetrics | where MetricName has "Disk" | summarize dcount(MetricName)`,
  },
  {
    source: DISKMON_DASHBOARD,
    name: "Disk monitoring dashboard: collection period, min and max of TimeGenerated",
    query: `AzureMetrics | summarize min(TimeGenerated), max(TimeGenerated)`,
  },
  {
    source: DISKMON_DASHBOARD,
    name: "Disk monitoring dashboard: peak read IOPS, max(Maximum) over no row",
    query: `AzureMetrics | where MetricName == "Disk Read Operations/Sec" | summarize max(Maximum)`,
  },
  {
    source: DISKMON_DASHBOARD,
    name: "Disk monitoring dashboard: top disk metrics by row count (chart caption)",
    query: `AzureMetrics | where MetricName has "Disk" | summarize count() by MetricName`,
  },
  {
    source: DISKMON_DASHBOARD,
    name: "Disk monitoring dashboard: source query, rounded averages and maxima by resource, metric and 15 minutes",
    query: `AzureMetrics
| where MetricName has "Disk" or MetricName has "IOPS" or MetricName has "Bandwidth"
| summarize Avg=round(avg(Average),2), Max=round(max(Maximum),2)
    by Resource, MetricName, bin(TimeGenerated, 15m)
| project TimeGenerated, VM=Resource, Metric=MetricName, AvgValue=Avg, MaxValue=Max`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: verify data collection",
    query: `AzureMetrics
| summarize
    TotalRows = count(),
    MinTime = min(TimeGenerated),
    MaxTime = max(TimeGenerated),
    UniqueMetrics = dcount(MetricName),
    UniqueResources = dcount(Resource)`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: list all disk metric types",
    query: `AzureMetrics
| where MetricName has "Disk"
    or MetricName has "IOPS"
    or MetricName has "Bandwidth"
| summarize Rows = count() by MetricName
| order by Rows desc`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: disk read IOPS by VM, hourly",
    query: `AzureMetrics
| where MetricName == "Disk Read Operations/Sec"
| summarize
    AvgIOPS = round(avg(Average), 1),
    MaxIOPS = round(max(Maximum), 1)
    by Resource, bin(TimeGenerated, 1h)
| order by TimeGenerated desc
| take 15`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: data disk latency, round(percentile(Average, 95), 2)",
    query: `AzureMetrics
| where MetricName == "Data Disk Latency"
| summarize
    AvgLatencyMs = round(avg(Average), 2),
    MaxLatencyMs = round(max(Maximum), 2),
    P95LatencyMs = round(percentile(Average, 95), 2)
    by Resource, bin(TimeGenerated, 1h)
| order by TimeGenerated desc
| take 10`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: VM uncached IOPS consumed percentage",
    query: `AzureMetrics
| where MetricName == "VM Uncached IOPS Consumed Percentage"
| summarize
    AvgConsumedPct = round(avg(Average), 1),
    MaxConsumedPct = round(max(Maximum), 1)
    by Resource, bin(TimeGenerated, 1h)
| order by MaxConsumedPct desc
| take 10`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: OS disk queue depth",
    query: `AzureMetrics
| where MetricName == "OS Disk Queue Depth"
| summarize
    AvgQD = round(avg(Average), 2),
    MaxQD = round(max(Maximum), 2)
    by Resource, bin(TimeGenerated, 1h)
| order by MaxQD desc
| take 10`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: disk throughput, sum(Total) / 1024 / 1024 / 3600",
    query: `AzureMetrics
| where MetricName in ("Disk Read Bytes", "Disk Write Bytes")
| summarize
    TotalBytes = sum(Total)
    by Resource, MetricName, bin(TimeGenerated, 1h)
| extend ThroughputMBs = round(TotalBytes / 1024 / 1024 / 3600, 2)
| project Resource, TimeGenerated, MetricName, ThroughputMBs
| order by TimeGenerated desc
| take 10`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: OS disk burst credits, an in-list over several lines",
    query: `AzureMetrics
| where MetricName in (
    "OS Disk Used Burst IO Credits Percentage",
    "OS Disk Used Burst BPS Credits Percentage"
    )
| summarize
    AvgUsedPct = round(avg(Average), 1),
    MaxUsedPct = round(max(Maximum), 1)
    by Resource, MetricName, bin(TimeGenerated, 1h)
| order by MaxUsedPct desc
| take 10`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: VM and disk inventory from metrics",
    query: `AzureMetrics
| summarize
    MetricTypes = dcount(MetricName),
    FirstSeen = min(TimeGenerated),
    LastSeen = max(TimeGenerated),
    DataPoints = count()
    by Resource
| order by DataPoints desc`,
  },
  {
    source: DISKMON_LAB,
    name: "Disk monitoring KQL lab: Power BI export, order by three columns",
    query: `AzureMetrics
| where MetricName has "Disk"
    or MetricName has "IOPS"
    or MetricName has "Bandwidth"
| summarize
    Avg = round(avg(Average), 2),
    Max = round(max(Maximum), 2),
    Total = round(sum(Total), 0)
    by Resource, MetricName, bin(TimeGenerated, 15m)
| project
    TimeGenerated,
    VM = Resource,
    Metric = MetricName,
    AvgValue = Avg,
    MaxValue = Max,
    TotalValue = Total
| order by VM, Metric, TimeGenerated`,
  },
  {
    source: AI_PLATFORM_PS,
    name: "AI platform dashboard: resource performance overview, order by avg_Average",
    query: `AzureMetrics | summarize avg(Average) by Resource | order by avg_Average desc`,
  },
  // One-line queries of runbooks, READMEs and alert definitions (code index, ids above).
  {
    source: CDP_LOG,
    name: "Customer-data platform audit: rows per table, search * by Type=$table, top 10",
    query: `search * | summarize Rows=count() by Type=$table | top 10 by Rows desc`,
  },
  {
    source: CDP_LOG,
    name: "Customer-data platform audit: AzureMetrics rows by ResourceId, top 10",
    query: `AzureMetrics | summarize Rows=count() by ResourceId | top 10 by Rows desc`,
  },
  {
    source: WORKSPACE_QUICKSTART,
    name: "Workspace quick start: count records by metric name",
    query: `AzureMetrics | summarize count() by MetricName`,
  },
  {
    source: WORKSPACE_QUICKSTART,
    name: "Workspace quick start: what tables exist, search * | distinct $table | take 20",
    query: `search * | distinct $table | take 20`,
  },
  {
    source: AGENT_FRAMEWORK_LAB,
    name: "Agent framework lab: invoke_agent requests, Name has 'invoke_agent'",
    query: `AppRequests | where TimeGenerated > ago(15m) | where Name has 'invoke_agent' | project Name, Success, DurationMs, AppRoleName | take 5`,
  },
  {
    source: SCHEDULED_QUERY_CLI,
    name: "Scheduled-query CLI: failed requests alert, where FailCount > 10 after summarize",
    query: `AppRequests | where TimeGenerated > ago(5m) | where Success == false | summarize FailCount=count() | where FailCount > 10`,
  },
  {
    source: BICEP_5XX_ALERT,
    name: "Bicep alert: 5xx requests, ResultCode startswith \"5\"",
    query: `AppRequests | where TimeGenerated > ago(5m) | where ResultCode startswith "5" | summarize count()`,
  },
  {
    source: SQUAD_RUNBOOK,
    name: "Squad runbook: 5xx by 5 minutes and Url",
    query: `AppRequests | where TimeGenerated > ago(1h) | where ResultCode startswith "5" | summarize count() by bin(TimeGenerated, 5m), Url`,
  },
  {
    source: RAGCHAT_README,
    name: "RAG chat README: latest requests, a query string that starts with a line break",
    query: `
  AppRequests | where TimeGenerated > ago(1h)
  | project TimeGenerated, AppRoleName, Name, Success, DurationMs, OperationId
  | order by TimeGenerated desc | take 50`,
  },
  {
    source: ALERT_500_CLI,
    name: "Alerting guide: HTTP 500 requests, AggregatedValue = count()",
    query: `AppRequests | where TimeGenerated > ago(15m) | where ResultCode == '500' | summarize AggregatedValue = count()`,
  },
  {
    source: SERVICE_BUS_STARTERS,
    name: "Service Bus starters: failed requests by name and result code",
    query: `AppRequests | where TimeGenerated > ago(1h) and Success == false | summarize count() by Name, ResultCode | order by count_ desc`,
  },
  {
    source: SERVICE_BUS_STARTERS,
    name: "Service Bus starters: requests slower than 5 seconds",
    query: `AppRequests | where TimeGenerated > ago(1h) and DurationMs > 5000 | project TimeGenerated, Name, DurationMs | order by DurationMs desc`,
  },
  {
    source: SERVICE_BUS_STARTERS,
    name: "Service Bus starters: failed dependencies by name, result code and target",
    query: `AppDependencies | where TimeGenerated > ago(1h) and Success == false | summarize count() by Name, ResultCode, Target`,
  },
  // A governed AI assistant's workbook generator (code index 70686704885): Properties["gen_ai.*"] keys, extract(),
  // case(), coalesce() of the renamed attributes, a union of two filtered tables.
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (release): requests by release and service, percentiles and first/last seen by AppVersion",
    query: `AppRequests
| where Name != "GET /api/health/live"
| summarize Requests = count(), ServerErrors = countif(toint(ResultCode) >= 500), P50ms = round(percentile(DurationMs, 50), 0),
            P95ms = round(percentile(DurationMs, 95), 0), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)
    by Release = AppVersion, Service = AppRoleName
| order by LastSeen desc`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (requests-time): requests over time by result code",
    query: `AppRequests
| where Name != "GET /api/health/live"
| summarize Requests = count() by bin(TimeGenerated, 5m), ResultCode`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (requests): requests by route, Name redefined by iff() with not(startswith)",
    query: `AppRequests
| where Name != "GET /api/health/live"
| extend Name = iff(Name startswith "GET /" and not(Name startswith "GET /api"), "GET (pages and assets)", Name)
| summarize Requests = count(), Failed = countif(Success == false), P50ms = round(percentile(DurationMs, 50), 0), P95ms = round(percentile(DurationMs, 95), 0) by Name, ResultCode
| order by Requests desc`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (modes): questions by mode, a by-expression named like an extended column",
    query: `AppRequests
| where Name == "POST /api/compare"
| extend Mode = tostring(Properties["demo.mode"])
| summarize Questions = count() by bin(TimeGenerated, 15m), Mode = iff(isempty(Mode), "live", Mode)`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (calls-by-model): model calls by deployment",
    query: `AppDependencies
| where Name startswith "chat "
| summarize Calls = count() by bin(TimeGenerated, 5m), Deployment = tostring(Properties["gen_ai.request.model"])`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (model-latency): model call time from GenAI chat spans",
    query: `AppDependencies
| where Name startswith "chat "
| summarize Calls = count(), Failures = countif(Success == false), P50ms = round(percentile(DurationMs, 50), 0), P95ms = round(percentile(DurationMs, 95), 0), MaxMs = round(max(DurationMs), 0)
    by Deployment = tostring(Properties["gen_ai.request.model"]), ResponseModel = tostring(Properties["gen_ai.response.model"])`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (foundry-http): HTTP calls to Foundry, extract() of the deployment as a summarize key",
    query: `AppDependencies
| where Target endswith ".openai.azure.com" or Target endswith ".cognitiveservices.azure.com" or Target endswith ".services.ai.azure.com"
| extend Purpose = iff(OperationName == "GET /api/health", "Health probe (expected 400, no tokens)", "Agent model call")
| summarize Calls = count(), UnexpectedFailures = countif(Success == false and Purpose == "Agent model call"), P95ms = round(percentile(DurationMs, 95), 0)
    by Purpose, Deployment = extract(@"deployments/([^/]+)/", 1, Name), ResultCode
| order by Purpose asc, Calls desc`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (agent-runs): recent agent runs, coalesce() of two properties, top 50",
    query: `AppDependencies
| where Name == "invoke_agent bank-manager"
| project TimeGenerated,
          Release = AppVersion,
          Mode = tostring(Properties["demo.mode"]),
          Tool = coalesce(tostring(Properties["demo.selected_tool"]), tostring(Properties["bank_manager.selected_tool"])),
          Baseline = coalesce(tostring(Properties["demo.baseline.status"]), tostring(Properties["bank_manager.baseline.status"])),
          Governed = coalesce(tostring(Properties["demo.governed.status"]), tostring(Properties["bank_manager.governed.status"])),
          Decision = tostring(Properties["demo.authz.outcome"]),
          Rule = coalesce(tostring(Properties["demo.governed.reason"]), tostring(Properties["bank_manager.governed.reason"])),
          Model = tostring(Properties["gen_ai.request.model"]),
          DurationMs = round(DurationMs, 0),
          Error = tostring(Properties["error.type"]),
          TraceId = OperationId,
          Conversation = tostring(Properties["gen_ai.conversation.id"])
| extend Rule = iff(Rule == "default", "(allowed, no rule needed)", Rule)
| top 50 by TimeGenerated desc`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (runs-per-agent): runs per agent",
    query: `AppDependencies
| where Name startswith "invoke_agent"
| summarize Runs = count(), Failed = countif(Success == false), P95ms = round(percentile(DurationMs, 95), 0) by Agent = tostring(Properties["gen_ai.agent.name"])`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (tool-success): tool calls' success rate and slowest tools",
    query: `AppDependencies
| where Name startswith "execute_tool"
| extend Tool = tostring(Properties["gen_ai.tool.name"]), Lane = tostring(Properties["demo.lane"])
| summarize Calls = count(), SuccessPct = round(100.0 * countif(Success == true) / count(), 1), P95ms = round(percentile(DurationMs, 95), 1) by Tool, Lane
| order by P95ms desc`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (span-breakdown): where time goes inside a run, case() of four prefixes",
    query: `AppDependencies
| where Name startswith "invoke_agent" or Name startswith "chat " or Name startswith "acs.evaluate" or Name startswith "execute_tool"
| extend SpanType = case(Name startswith "invoke_agent", "1 invoke_agent (total)", Name startswith "chat ", "2 chat (model)", Name startswith "acs.evaluate", "3 acs.evaluate (policy)", "4 execute_tool")
| summarize Spans = count(), AvgMs = round(avg(DurationMs), 0), P95Ms = round(percentile(DurationMs, 95), 0) by SpanType
| order by SpanType asc`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (tools): tools the AI model picked, a coalesce() summarize key",
    query: `AppDependencies
| where Name startswith "chat "
| summarize Count = count() by Tool = coalesce(tostring(Properties["demo.selected_tool"]), tostring(Properties["bank_manager.selected_tool"]))`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (acs-latency): policy check time by checkpoint",
    query: `AppDependencies
| where Name startswith "acs.evaluate" or Name startswith "execute_tool"
| summarize Count = count(), P50ms = round(percentile(DurationMs, 50), 1), P95ms = round(percentile(DurationMs, 95), 1) by Name
| order by Name asc`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (acs-metrics): ACS runtime metrics, iff(Name endswith \"_ms\", round(Total / Samples, 1), Total)",
    query: `AppMetrics
| where Name startswith "acs_intervention"
| summarize Total = sum(Sum), Samples = sum(ItemCount) by Name
| extend Value = iff(Name endswith "_ms", round(Total / Samples, 1), Total), Meaning = iff(Name endswith "_ms", "average ms per policy check", "decisions")
| project Name, Value, Meaning, Samples
| order by Name asc`,
  },
  {
    source: BANK_WORKBOOK,
    name: "AI assistant workbook (failed-ops): failed requests and steps, a union of two filtered tables, top 50",
    query: `union (AppRequests | where Success == false and Name != "GET /api/health/live"), (AppDependencies | where Success == false and OperationName != "GET /api/health")
| project TimeGenerated, Kind = Type, Name, Code = ResultCode, DurationMs = round(DurationMs, 0), Release = AppVersion, TraceId = OperationId
| top 50 by TimeGenerated desc`,
  },
  {
    source: ELASTIC_POOL_PS,
    name: "Elastic pool scale-down rule: min(Maximum) of DTU by resource and 10 minutes",
    query: `AzureMetrics | where ResourceProvider=='MICROSOFT.SQL' | where ResourceId contains '/ELASTICPOOLS/' | where MetricName == 'dtu_consumption_percent' | summarize AggregatedValue = min(Maximum) by Resource, bin(TimeGenerated, 10m)`,
  },
  {
    source: INSURANCE_AGENT_README,
    name: "Insurance agent README: dependency calls and mean duration by role and target",
    query: `AppDependencies | where TimeGenerated > ago(1h)
| summarize count(), avg(DurationMs) by AppRoleName, Target`,
  },
  {
    source: HEALTH_REPORT_DEPS,
    name: "Health report skill: dependency health, round(percentile(DurationMs, 95), 1) by Type and Target, take 15",
    query: `AppDependencies | where TimeGenerated > ago(24h) | summarize Count=count(), FailureCount=countif(Success == false), AvgDuration=round(avg(DurationMs), 1), P95Duration=round(percentile(DurationMs, 95), 1) by Type, Target | order by Count desc | take 15`,
  },
  {
    source: CONTAINER_APP_LOGGING,
    name: "Container Apps logging guide: recent API calls and their status",
    query: `AppRequests | where TimeGenerated > ago(1h) | project TimeGenerated, Name, ResultCode, DurationMs | order by TimeGenerated desc`,
  },
  {
    source: CONTAINER_APP_LOGGING,
    name: "Container Apps logging guide: 401 and 403 responses, an in-list of strings",
    query: `AppRequests | where TimeGenerated > ago(24h) | where ResultCode in ('401', '403') | project TimeGenerated, Name, Url, ResultCode, AppRoleInstance | order by TimeGenerated desc`,
  },
  {
    source: CONTAINER_APP_LOGGING,
    name: "Container Apps logging guide: dependency calls, take 50 after a sort",
    query: `AppDependencies | where TimeGenerated > ago(24h) | project TimeGenerated, Name, Data, Success, DurationMs | order by TimeGenerated desc | take 50`,
  },
  {
    source: CONTAINER_APP_LOGGING,
    name: "Container Apps logging guide: is any data received, search * over the last hour, take 10",
    query: `search * | where TimeGenerated > ago(1h) | take 10`,
  },
  {
    source: CONTAINER_APP_LOGGING,
    name: "Container Apps logging guide: portal check, search * over the last 15 minutes, take 5",
    query: `search * | where TimeGenerated > ago(15m) | take 5`,
  },
  {
    source: STAMPS_DASHBOARD,
    name: "Stamps operations dashboard: database performance",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.SQL' | where MetricName == 'dtu_consumption_percent'`,
  },
  {
    source: STAMPS_DASHBOARD,
    name: "Stamps operations dashboard: storage utilization",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.STORAGE' | where MetricName == 'UsedCapacity'`,
  },
  // Front Door access-log one-liners of deployment notes (code index 36230592080, 51781617317, 6097089359).
  {
    source: FD_DRIVERS_QUICKREF,
    name: "Front Door quick reference: recent access-log rows, order by TimeGenerated desc, take 10",
    query: `AzureDiagnostics | where Category == 'FrontDoorAccessLog' | order by TimeGenerated desc | take 10`,
  },
  {
    source: FD_DEMO_RUNBOOK,
    name: "Front Door demo runbook: access-log rows by status code, sort by count_ desc",
    query: `AzureDiagnostics | where Category == 'FrontDoorAccessLog' | summarize count() by httpStatusCode_s | sort by count_ desc`,
  },
  {
    source: FD_ESEMPIO_IT,
    name: "Front Door example (Italian): any ten access-log rows",
    query: `AzureDiagnostics | where Category == 'FrontDoorAccessLog' | take 10`,
  },
  // The Java query SDK skill's logs examples (code index 63943920373).
  {
    source: JAVA_QUERY_SKILL,
    name: "Java query SDK skill: activity count by resource group, top 10 by count_",
    query: `AzureActivity | summarize count() by ResourceGroup | top 10 by count_`,
  },
  {
    source: JAVA_QUERY_SKILL,
    name: "Java query SDK skill: a resource's metrics of the last hour",
    query: `AzureMetrics | where TimeGenerated > ago(1h)`,
  },
  {
    source: JAVA_QUERY_SKILL,
    name: "Java query SDK skill: activity rows mapped to a model, take 100",
    query: `AzureActivity | project ResourceGroup, OperationName | take 100`,
  },
  {
    source: JAVA_QUERY_SKILL,
    name: "Java query SDK skill: batch query, AzureActivity | count",
    query: `AzureActivity | count`,
  },
  {
    source: JAVA_QUERY_SKILL,
    name: "Java query SDK skill: activity per hour with statistics",
    query: `AzureActivity | summarize count() by bin(TimeGenerated, 1h)`,
  },
  {
    source: JAVA_QUERY_SKILL,
    name: "Java query SDK skill: activity count by TenantId across workspaces",
    query: `AzureActivity | summarize count() by TenantId`,
  },
  {
    source: PY_PROVIDER_DOC,
    name: "Python metrics provider: AzureMetrics rows of the last hour, count()",
    query: `AzureMetrics | where TimeGenerated > ago(1h) | summarize count()`,
  },
  {
    source: SQL_CPU_ALERT,
    name: "SQL CPU alert: avg(Average) with no key, then where AvgCPU > 80",
    query: `AzureMetrics | where TimeGenerated > ago(10m) | where ResourceProvider == "MICROSOFT.SQL" | where MetricName == "cpu_percent" | summarize AvgCPU = avg(Average) | where AvgCPU > 80`,
  },
  {
    source: INFINEVO_WORKBOOK,
    name: "Platform telemetry workbook: HTTP request latency, avg and P95 by 5 minutes",
    query: `AppRequests | where TimeGenerated > ago(1h) | summarize AvgDurationMs=avg(DurationMs), P95DurationMs=percentile(DurationMs, 95) by bin(TimeGenerated, 5m)`,
  },
  {
    source: INFINEVO_WORKBOOK,
    name: "Platform telemetry workbook: container CPU cores, avg(Average) / 1000000000",
    query: `AzureMetrics | where TimeGenerated > ago(1h) and MetricName == "UsageNanoCores" | summarize AvgCpuCores = avg(Average) / 1000000000 by bin(TimeGenerated, 5m), Resource`,
  },
  {
    source: INFINEVO_WORKBOOK,
    name: "Platform telemetry workbook: container memory, avg(Average) / (1024 * 1024)",
    query: `AzureMetrics | where TimeGenerated > ago(1h) and MetricName == "WorkingSetBytes" | summarize AvgMemoryMB = avg(Average) / (1024 * 1024) by bin(TimeGenerated, 5m), Resource`,
  },
  // A Cosmos DB monitoring blog post (code index 26798955557): summarize keys written `tostring(column)`.
  {
    source: COSMOS_MONITORING_BLOG,
    name: "Cosmos monitoring blog: top 20 queries by RU, keys tostring(RequestResourceId) and tostring(ClientIpAddress)",
    query: `// Top 20 queries by RU cost in the last 24 hours
CDBDataPlaneRequests
| where TimeGenerated > ago(24h)
| where OperationName == "Query"
| summarize
    TotalRU = sum(RequestCharge),
    AvgRU = avg(RequestCharge),
    MaxRU = max(RequestCharge),
    Count = count()
    by tostring(RequestResourceId), tostring(ClientIpAddress)
| top 20 by TotalRU desc`,
  },
];

/**
 * Published queries Kusto itself rejects, kept apart from the set above (they are not counted among the queries that
 * run or are refused): each must be rejected here too, with Kusto's diagnostic code and the offending name. The
 * fixed-schema App* tables have no classic Application Insights columns (`timestamp`, `cloud_RoleName`, `target`,
 * `name`) and AppRequests has no `Status`; Cosmos DB's resource logs in AzureDiagnostics carry the charge as
 * `requestCharge_s`, never `RequestCharge`; and `earliest` is a keyword Kusto's grammar takes as a name only where a
 * name is declared (KustoFacts.ExtendedKeywordsAsIdentifiers), so `project earliest` must bracket it: `['earliest']`.
 */
export interface KustoRejectedQuery extends PublishedQuery {
  /** Kusto's diagnostic code, and the name or token it is reported at. */
  code: string;
  near: string;
}

export const PUBLISHED_TWELFTH_KUSTO_REJECTS: KustoRejectedQuery[] = [
  {
    source: REPORTING_PREFLIGHT,
    name: "Reporting agent preflight: earliest exported platform metric, `project earliest` unbracketed",
    query: `AzureMetrics | summarize earliest = min(TimeGenerated) | project earliest`,
    code: "KS198",
    near: "earliest",
  },
  {
    source: gh("25677582384", "Terraform backup module's runbook heredoc, '4. Monitoring'"),
    name: "Backup runbook: AppRequests summarized by Status, a column it does not have",
    query: `AppRequests | summarize by Status`,
    code: "KS142",
    near: "Status",
  },
  {
    source: gh("51961708804", "solution-architecture guide, observability section's inline query"),
    name: "Architecture guide: dependencies by target and name, the classic lower-case names",
    query: `AppDependencies | summarize count() by target, name`,
    code: "KS142",
    near: "target",
  },
  {
    source: gh("54088089473", "architecture review of a Cosmos DB application, '3. Daily Cost Report (Log Analytics query)'"),
    name: "Cosmos cost report: sum(RequestCharge) over AzureDiagnostics",
    query: `AzureDiagnostics
| where TimeGenerated > ago(1d)
| where ResourceProvider == "MICROSOFT.DOCUMENTDB"
| summarize TotalRUs = sum(RequestCharge) by bin(TimeGenerated, 1h)
| project TimeGenerated, TotalRUs, EstimatedCost_USD = TotalRUs * 0.00008`,
    code: "KS142",
    near: "RequestCharge",
  },
  {
    source: gh("41470153154", "Cosmos DB cost guide in Japanese, 'コストダッシュボード'"),
    name: "Cosmos cost dashboard (Japanese): daily RU over AzureDiagnostics",
    query: `// 日別のコスト推移
AzureDiagnostics
| where ResourceProvider == "MICROSOFT.DOCUMENTDB"
| summarize TotalRU = sum(RequestCharge) by bin(TimeGenerated, 1d)
| project TimeGenerated, DailyCost = TotalRU / 1000000 * 0.25`,
    code: "KS142",
    near: "RequestCharge",
  },
  {
    source: gh("52229135401", "KQL reference page of an Application Insights guide, 'How to Run' (code index id 51788503195 is a copy)"),
    name: "Application Insights guide: AppRequests where timestamp > ago(1h)",
    query: `AppRequests | where timestamp > ago(1h) | take 10`,
    code: "KS142",
    near: "timestamp",
  },
  {
    source: gh("56459488591", "telemetry experiment's prediction, the KQL summarize query (code index id 56143629379 is a copy)"),
    name: "Telemetry experiment: requests by cloud_RoleName over timestamp",
    query: `AppRequests | where timestamp > ago(15m) | summarize requestCount=count() by cloud_RoleName`,
    code: "KS142",
    near: "timestamp",
  },
  {
    source: gh("61787950856", "Terraform observability module variables, saved_searches' StorageAvailabilityTrend (its Key Vault and Databricks searches read AzureDiagnostics columns of other services)"),
    name: "Saved search: storage availability trend, avg(Val) of AzureMetrics",
    query: `AzureMetrics | where ResourceProvider == "MICROSOFT.STORAGE" and MetricName == "Availability" | summarize avg(Val) by bin(TimeGenerated, 15m), Resource`,
    code: "KS142",
    near: "Val",
  },
];
