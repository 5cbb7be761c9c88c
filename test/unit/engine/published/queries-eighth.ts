/**
 * An eighth set of real published queries for the contract tables, copied as published (comments, blank
 * lines and trailing spaces included; CRLF line ends as LF), from sources the first seven sets did not use.
 * Same selection rule as queries.ts … queries-seventh.ts: every query of a source that reads only contract
 * tables and columns those tables have in a workspace like this deployment's (Usage and the billing standard
 * columns count, as in queries-billing.ts). A workbook's parameters are replaced by what the portal expands them
 * to, named in the query's source: a relative `{TimeRange}` / `{TimeRange:query}` by `> ago(...)` of its default,
 * `{TimeRange:start}` / `{TimeRange:end}` by `datetime(...)` of the default range ending at the test's end, a
 * parameter computed by a query by that query's value over this workspace. A file holding several queries gives
 * each as a query of its own, with its comment lines.
 *
 * Sources: rod-trent/SentinelKQL (its AzureActivity and Usage queries), rod-trent/MustLearnKQL (the examples of
 * its Usage and AzureActivity parts), Bert-JanP/Hunting-Queries-Detection-Rules (its AzureActivity rules), and
 * five Azure Monitor workbooks of microsoft/Application-Insights-Workbooks the earlier sets did not read: the Azure
 * Data Explorer cluster-boundaries workbook (AzureMetrics), the Log Analytics workspace insights "Usage" workbook,
 * the Workspace Usage workbook, Azure Backup's "User Triggered Operations" (AzureActivity) and the VM Events
 * workbook (AzureDiagnostics and AzureActivity); and Microsoft Sentinel's Azure Service Health workbook (AzureActivity's
 * ServiceHealth communications, which this deployment writes around its platform event) and three tiles of its cost
 * workbook (`union withsource = tt *` with `_IsBillable == True`, Usage, and data older than 90 days).
 *
 * Left out of the same sources, with the reason:
 * - SentinelKQL: AnalyticsRuleCreatedorModifiedwithDisplayName.txt (joins SecurityAlert); savingperworkbook.kql
 *   (`{TotalE5Seats}` and `{Price}` are parameters of "the Cost workbook", which the file does not name exactly;
 *   Sentinel's cost workbook has parameters of these names, but taking its defaults for another file's query is a guess);
 *   Cloudshell2.txt's second query, `summarize count(ActivityStatus) by ...`, which Kusto's language service rejects
 *   (KS107: a value of type bool expected; count() takes no argument but a predicate, and ActivityStatus is a string).
 * - MustLearnKQL: Part20CloudShellNotTrustedUsers.txt (`_GetWatchlist()`, a Sentinel function, not a contract table).
 * - Bert-JanP: LargeNumberOfAnalyticsRulesDeleted.md (joins SentinelHealth); the copy of the compromised-account
 *   query under DFIR/ (the same text as DFIR/Azure/'s).
 * - The ADX workbook: "CPU utilization by selected time chart" and "Ingestion utilization by selected time chart",
 *   whose `{CpuSelectedTime}` / `{IngestionSelectedTime}` are set by a click on another chart and have no default;
 *   and its two forecasting charts, `extend series_decompose_forecast(CPU, ...)` without a name then
 *   `project ..., Forecast=series_decompose_CPU_baseline`, which Kusto's language service rejects (KS142: no column of
 *   that name; the reference does not say what an unnamed series_decompose_forecast() column is called, and the
 *   engine refuses the unnamed call: functions-series-decompose.ts).
 * - The Service Health workbook: "Analysis of incident", whose `summarize arg_max(TimeGenerated,) by TrackingId` (and
 *   its later `arg_max(TimeGenerated,)`) has no second argument: it does not parse (KS006: missing expression).
 * - The Sentinel cost workbook: its breakdown by log category (joins Usage with a 50-row datatable of Sentinel
 *   tables, not taken for want of time to copy it exactly: it stays for a later set), and its E5-benefit and
 *   per-table tiles (not read).
 * - The Logic Apps "Runs" workbook (FilteredAPIM's sibling): its queries read AppTraces or take operation ids
 *   selected in another grid.
 *
 * Refused by the engine, on purpose (three, all in the workbooks; the ADX workbook's table-presence check, which calls
 * `table(T)` of its scalar function's parameter inside toscalar(), runs: a parameter bound to a constant is visible
 * there): the Workspace Insights workbook's ResourceIdColumn runs getschema over AppDependencies,
 * whose Success is
 * a bool (getschema's DataType for bool is not documented: operators-getschema.ts), its "total ingestion time" reads
 * ingestion_time() and its "pipeline and agent latency" _TimeReceived (the embedded workspace has no ingestion pipeline:
 * unkept-columns.ts). The other 97 run.
 *
 * Checked against DuckDB: 19 over Usage and the billing columns (billing-truth.test.ts), and 18 Sentinel AzureActivity
 * queries and 7 of the Service Health workbook over rows of the operations and communications they look for
 * (published-activity-truth.test.ts); SQL in published-truth/cases-eighth.ts.
 *
 * Found by this set: `union withsource=['Table Name'] *` (the Workspace Usage workbook) filled its source column
 * with empty strings, so the table-size grid summed every table into one row; the engine now names the column by the
 * bracketed name and fills it (billing-truth.test.ts checks that grid against DuckDB).
 */
import type { PublishedQuery } from "./queries";

const ROD = (path: string, part?: number) => `rod-trent/SentinelKQL@87a82b9 ${path}${part ? ` (query ${part} of the file)` : ""}`;
const MUST_LEARN = (path: string) => `rod-trent/MustLearnKQL@27d1666 ${path}`;
const BERT = (path: string) => `Bert-JanP/Hunting-Queries-Detection-Rules@7a0d998 ${path} (its KQL code block)`;
const WB = "microsoft/Application-Insights-Workbooks@1ea1c77 Workbooks";
const ADX_WB = `${WB}/ADXCluster/AtResourceClusterBoundaries/ResourceClusterBoundaries.workbook ({CpuLowThreshold} = 50, {CpuHighThreshold} = 85, {IngestionHighThreshold} = 50, {CacheUtilizationHighThreshold} = 80: what their parameter queries print)`;
const LAU_WB = `${WB}/LogAnalytics Workspace/Usage/LA Workspace Insights Usage.workbook (TimeRange = its default 7 days: {TimeRange:query} = > ago(7d), {TimeRange:grain} = 1h; {TopDataTypes} and {SelectedDataTypes} = the five tables its TopDataTypes query gives over this workspace, quoted with ' and joined with , as the parameter says; {TableInFocus} = AppDependencies and {ResourceIdColumn} = _ResourceId, what their queries give; {IngestionPercentile} = 95, its default)`;
const WSU_WB = `${WB}/Workspace/Workspace Usage/Workspace Usage.workbook (TimeRange = its default 15 minutes: {TimeRange:start} = datetime(2026-11-20T14:45:00.000Z), {TimeRange:end} = datetime(2026-11-20T15:00:00.000Z), {TimeRange:grain} = 1m; {Table} = All Tables, its export's default)`;
const BACKUP_WB = `${WB}/Azure Backup/User Triggered Operations/User Triggered Operations.workbook (TimeRange = its default 7 days: {TimeRange:start} = datetime(2026-11-13T15:00:00.000Z); {VaultSubscription} and {VaultResourceGroup} = their default All, which selects every vault the dropdowns list from the workspace's Recovery Services activity: none here, so the empty string; {RowsPerPage} = 10, {Page} = 1, their defaults)`;
const SERVICE_HEALTH_WB = "Azure/Azure-Sentinel@34135a0 Workbooks/AzureServiceHealthWorkbook.json (its time range, a parameter of the query's timespan, not of its text)";
const SERVICE_HEALTH_WB_ALL = `${SERVICE_HEALTH_WB.slice(0, -1)}; {TrackingID_P} = its default All, whose select-all value is All: {TrackingID_P:value} = 'All', {TrackingID_P:label} = All)`;
const SENTINEL_COST_WB = "Azure/Azure-Sentinel@0001395 Workbooks/AzureSentinelCost.json (TimeRange = its default 7 days: {TimeRange:start} = datetime(2026-11-13T15:00:00.000Z), {TimeRange:end} = datetime(2026-11-20T15:00:00.000Z); {Price} = 4 and {RetentionPrice} = 0.1, their defaults)";
const VM_EVENTS_WB = `${WB}/Virtual Machines - Network Dependencies/VM Events/VM Events.workbook ({TimeRange} = > ago(4h), its default)`;

export const PUBLISHED_EIGHTH: PublishedQuery[] = [
  {
    source: ROD("AR-CloudShellExecution.kql"),
    name: "SentinelKQL: Cloud Shell execution (analytics rule)",
    query: `//KQL for Analytics Rule to track Cloud Shell Execution

AzureActivity
| where ResourceGroup startswith "CLOUD-SHELL"
| where ActivityStatusValue == "Start"
| extend action_ = tostring(parse_json(Authorization).action) 
| summarize count() by TimeGenerated , ResourceGroup  , Caller , CallerIpAddress , ActivityStatusValue
| extend AccountCustomEntity = Caller
| extend IPCustomEntity = CallerIpAddress`,
  },
  {
    source: ROD("AR-NSGChanges.kql"),
    name: "SentinelKQL: NSG changes by resource and who did it (analytics rule)",
    query: `//NSG Changes by Resource and Who did it

AzureActivity
| where parse_json(Authorization).action == "Microsoft.Network/networkSecurityGroups/securityRules/write" and ActivityStatus == "Succeeded"
| distinct Resource, Caller
| extend AccountCustomEntity = Caller
| extend URLCustomEntity = Resource`,
  },
  {
    source: ROD("ASCIncidentClosure.txt"),
    name: "SentinelKQL: who closed a Defender incident",
    query: `//With AzureActivity connected, check to see who closed out an Incident in ASC/Defender

AzureActivity
| sort by TimeGenerated desc 
| where OperationNameValue == "MICROSOFT.SECURITY/LOCATIONS/ALERTS/DISMISS/ACTION" and ActivityStatusValue == "Success"
| project Caller, CallerIpAddress`,
  },
  {
    source: ROD("AddClientDataSource.txt"),
    name: "SentinelKQL: who added a workspace data source",
    query: `//Identifies who added new Datasources to the client configuration for the Log Analytics workspace

AzureActivity
| where OperationNameValue has "DATASOURCES/WRITE"
| where ResourceProviderValue has "MICROSOFT.OPERATIONALINSIGHTS"
| project TimeGenerated, Caller, CallerIpAddress`,
  },
  {
    source: ROD("AnalyticsRuleCreatedorModified.txt"),
    name: "SentinelKQL: analytics rule created or modified",
    query: `//Analytics Rule to report when someone creates or modifies an Analytics Rule
//Entities: Caller, Caller IP, and Analytics Rule ID
AzureActivity
| where OperationNameValue has "MICROSOFT.SECURITYINSIGHTS/ALERTRULES/WRITE"
| where ActivityStatusValue == "Success"
| extend Analytics_Rule_ID = tostring(parse_json(Properties).resource)
| extend AccountCustomEntity = Caller
| extend IPCustomEntity = CallerIpAddress
| extend URLCustomEntity = Analytics_Rule_ID`,
  },
  {
    source: ROD("AnalyticsRuleDeleted.txt"),
    name: "SentinelKQL: analytics rule deleted",
    query: `//When an Analytics Rule is Deleted; Alert when an Analytics Rule is deleted and who did it.

AzureActivity
| where OperationNameValue contains "MICROSOFT.SECURITYINSIGHTS/ALERTRULES/DELETE"
| where ActivityStatusValue == "Success"
| extend Analytics_Rule_ID = tostring(parse_json(Properties).resource)
| extend AccountCustomEntity = Caller
| extend IPCustomEntity = CallerIpAddress
| extend URLCustomEntity = Analytics_Rule_ID`,
  },
  {
    source: ROD("AutomationRuleCreation.yaml"),
    name: "SentinelKQL: who created an automation rule",
    query: `//Who created an Automation Rule

AzureActivity
| where OperationNameValue == "MICROSOFT.SECURITYINSIGHTS/AUTOMATIONRULES/WRITE"
| project TimeGenerated, Caller, CallerIpAddress`,
  },
  {
    source: ROD("AutomationRuleDelete.txt"),
    name: "SentinelKQL: who deleted an automation rule",
    query: `//Who deleted an Automation Rule

AzureActivity
| where OperationNameValue == "MICROSOFT.SECURITYINSIGHTS/AUTOMATIONRULES/DELETE"
| project TimeGenerated, Caller, CallerIpAddress`,
  },
  {
    source: ROD("BillableDatabyDataType.txt"),
    name: "SentinelKQL: billable data by data type",
    query: `Usage 
| where TimeGenerated > ago(32d)
| where StartTime >= startofday(ago(31d)) and EndTime < startofday(now())
//| where IsBillable == true
| summarize BillableDataGB = sum(Quantity) / 1000. by bin(StartTime, 1d), DataType`,
  },
  {
    source: ROD("Billabledatavolumebysolution.txt"),
    name: "SentinelKQL: billable data volume by solution",
    query: `//Billable data volume by solution
Usage 
| where TimeGenerated > ago(32d)
| where StartTime >= startofday(ago(31d)) and EndTime < startofday(now())
| where IsBillable == true
| summarize BillableDataGB = sum(Quantity) / 1000. by bin(StartTime, 1d), Solution | render barchart`,
  },
  {
    source: ROD("BookmarkUpdate.txt"),
    name: "SentinelKQL: bookmark updates",
    query: `AzureActivity
| where OperationName == "Update Bookmarks" and ActivityStatusValue == "Succeeded" 
| project Caller , EventSubmissionTimestamp`,
  },
  {
    source: ROD("BuiltInFusionCreation.txt"),
    name: "SentinelKQL: built-in Fusion rule creation",
    query: `//One way to find out when an Azure Sentinel instance is created is to monitor when the Fusion Analytics Rules is created. Fusion is enabled by default when Azure Sentinel is stood up.

AzureActivity
| where parse_json(Properties).resource has "builtinfusion"
| where ActivitySubstatusValue =~ "created"
| project TimeGenerated, Caller, CallerIpAddress, ResourceGroup`,
  },
  {
    source: ROD("CalculateSumofColumn.txt"),
    name: "SentinelKQL: sum of a count column",
    query: `//An example of how to calculate a column of data. This query retrieves the number of ActivityStatusValue records from the AzureActivity table then shows a single result of the total calculated (sum) value.

AzureActivity
| summarize count() by ActivityStatusValue
| summarize sum(count_)`,
  },
  {
    source: ROD("CaseComments.txt"),
    name: "SentinelKQL: case comments",
    query: `//Who added case comments and to which case

AzureActivity
| where OperationName == "Create Case Comments"
| project Caller, CallerIpAddress, OperationName, _ResourceId`,
  },
  {
    source: ROD("CloudShell.txt"),
    name: "SentinelKQL: Cloud Shell starts in the last day",
    query: `AzureActivity
| where TimeGenerated > ago(1d)
| where ResourceGroup contains "cloud-shell" and ActivityStatus == "Started"
| project CallerIpAddress , Caller`,
  },
  {
    source: ROD("CloudShellPart2.txt"),
    name: "SentinelKQL: Cloud Shell starts (storage variant)",
    query: `//AzureActivity logs differently between certain instances of Azure. For those environments where the original CloudShell Analytics Rules
//doesn't work. Use this. 
//Still attempting to determine why the differences.

AzureActivity
| where ResourceGroup startswith "CLOUD-SHELL"
| where ResourceProviderValue == "MICROSOFT.STORAGE"
| where ActivityStatusValue == "Start"
| extend action_ = tostring(parse_json(Authorization).action) 
| summarize count() by TimeGenerated , ResourceGroup  , Caller , CallerIpAddress , ActivityStatusValue
| extend AccountCustomEntity = Caller
| extend IPCustomEntity = CallerIpAddress`,
  },
  {
    source: ROD("CommentDeleted.txt"),
    name: "SentinelKQL: incident comment deleted",
    query: `//Query to determine who deleted a comment from an Incident

AzureActivity
| where OperationNameValue contains "MICROSOFT.SECURITYINSIGHTS/INCIDENTS/COMMENTS/DELETE"
| where ActivityStatusValue == "Success"
| extend clientIpAddress_ = tostring(parse_json(HTTPRequest).clientIpAddress)
| project Caller, clientIpAddress_`,
  },
  {
    source: ROD("DataConnectorOpened.txt"),
    name: "SentinelKQL: data connector page opened",
    query: `//Someone opened a Data Connector page

AzureActivity
| where OperationNameValue contains "dataconnectorscheckrequirements"
| where ActivityStatusValue == "Start"`,
  },
  {
    source: ROD("DataConnectorReqsFailed.txt"),
    name: "SentinelKQL: data connector requirements failed",
    query: `//Data Connector Requirements failed

AzureActivity
| where OperationNameValue contains "dataconnectorscheckrequirements"
| where ActivityStatusValue != "Success" and ActivityStatusValue != "Start"`,
  },
  {
    source: ROD("DataConnectorReqsFailedbyCallerIPOperation.txt"),
    name: "SentinelKQL: data connector requirements failed by caller",
    query: `//Data Connector page access that failed authorization by caller, caller IP Address, and Operation name

AzureActivity
| where OperationNameValue contains "dataconnectorscheckrequirements"
| where ActivityStatusValue == "Failed" and ActivitySubstatusValue == "Unauthorized"
| project Caller, CallerIpAddress, OperationName`,
  },
  {
    source: ROD("Incidents.txt"),
    name: "SentinelKQL: incident operations",
    query: `AzureActivity
| where _ResourceId contains "SecurityInsights" and _ResourceId contains "incidents"`,
  },
  {
    source: ROD("NSGChangesByUser.txt"),
    name: "SentinelKQL: NSG changes by user per day",
    query: `AzureActivity
| where parse_json(Authorization).action == "Microsoft.Network/networkSecurityGroups/securityRules/write" and ActivityStatus == "Succeeded"
| make-series count() default=0 on TimeGenerated in range(ago(7d), now(), 1d) by Caller
|render barchart`,
  },
  {
    source: ROD("NSGChangesbyUserandResource.txt"),
    name: "SentinelKQL: NSG changes by user and resource",
    query: `//NSG Changes by Resource and Who did it

AzureActivity
| where parse_json(Authorization).action == "Microsoft.Network/networkSecurityGroups/securityRules/write" and ActivityStatus == "Succeeded"
| distinct Resource, Caller`,
  },
  {
    source: ROD("PolicyCreation.txt"),
    name: "SentinelKQL: policy creation",
    query: `//Who created a new policy against which resource group and the type of policy created

AzureActivity
| where ResourceProviderValue == "MICROSOFT.POLICYINSIGHTS"
| where ActivitySubstatusValue == "Created"
| project Caller, CallerIpAddress, ResourceGroup, Type`,
  },
  {
    source: ROD("PolicyExemptions.txt"),
    name: "SentinelKQL: policy exemptions",
    query: `AzureActivity
| where OperationNameValue contains "MICROSOFT.AUTHORIZATION/POLICYEXEMPTIONS"
| where ActivityStatusValue == "Start" or ActivityStatusValue == "Success"
| extend resource_ = tostring(parse_json(Properties).resource)
| project Caller, CallerIpAddress, resource_`,
  },
  {
    source: ROD("RetentionPerTable.txt"),
    name: "SentinelKQL: retention changed per table",
    query: `//Show when data retention is changed per table, who did it and their IP address


AzureActivity
| where OperationNameValue == "MICROSOFT.OPERATIONALINSIGHTS/WORKSPACES/TABLES/WRITE"
| extend table = parse_json(Properties).entity
| parse-where table with * "/tables/" Changed_Table
| distinct Changed_Table, Changed_by = Caller, User_IP = CallerIpAddress, Time_it_Happened = TimeGenerated`,
  },
  {
    source: ROD("SentinelIncidentURLs- ALL.txt"),
    name: "SentinelKQL: incident URLs",
    query: `let IncidentURL = "https://portal.azure.com/#asset/Microsoft_Azure_Security_Insights/Incident"; 
AzureActivity
| where _ResourceId has "Microsoft.SecurityInsights" and _ResourceId has "incidents"
| summarize by _ResourceId
| extend IncidentLINK = strcat(IncidentURL, _ResourceId)
| distinct IncidentLINK`,
  },
  {
    source: ROD("SolutionDataUsage.txt"),
    name: "SentinelKQL: data usage by solution",
    query: `//Monitoring data usage by solution. Produces a piechart

Usage 
| where TimeGenerated > startofday(ago(31d))
| where IsBillable == true
| summarize TotalVolumeGB = sum(Quantity) / 1000. by bin(TimeGenerated, 1d), Solution
| sort by TotalVolumeGB desc
| render piechart`,
  },
  {
    source: ROD("SubsCreatedPerHour.kql"),
    name: "SentinelKQL: subscriptions created per hour",
    query: `//Counts the number of subscription creation events per hour and returns a table with two columns: TimeGenerated and count_.


AzureActivity
| where OperationNameValue == "Microsoft.Resources/subscriptions/write"
| summarize count() by bin(TimeGenerated, 1h)`,
  },
  {
    source: ROD("SuccessfulRoleAssignments.txt"),
    name: "SentinelKQL: successful role assignments per provider",
    query: `//Show the count of successful role assignments per user.

AzureActivity
| where TimeGenerated > ago(90d) and Authorization contains "Microsoft.Authorization/roleAssignments/write" and ActivityStatusValue == "Success"
| parse ResourceId with * "/providers/" TargetResourceAuthProvider "/" *
| summarize count(), makeset(Caller) by TargetResourceAuthProvider`,
  },
  {
    source: ROD("ThreatIntelligenceTableCosts.txt"),
    name: "SentinelKQL: Threat Intelligence table cost per month",
    query: `//The cost of the Threat Intelligence table is nominal, but this query will show costs per month.

Usage
| where DataType == "ThreatIntelligenceIndicator"
| where TimeGenerated > ago(90d)
| summarize BillableDataGB = sum(Quantity) / 1000. by Year = tostring(bin(datepart("Year", TimeGenerated), 1)), Month = bin(datepart("Month", TimeGenerated), 1)
| sort by Year, Month asc`,
  },
  {
    source: ROD("TrialExpiration.txt"),
    name: "SentinelKQL: Sentinel trial expiration",
    query: `//This query reports on the end date and how many days left for the Sentinel 31-day trail. Modify "TrialTest" with your Log Analytics Workspace name.
//One use case: You can use this in a Playbook to receive an email reminder every day of how many trial days are left.


let workspace = "TrialTest";
let Trial = 31d;
AzureActivity
| where TimeGenerated >= ago(90d)
| where OperationNameValue == "MICROSOFT.RESOURCES/DEPLOYMENTS/WRITE"
| where ActivitySubstatusValue == "Created"
| where Authorization contains workspace
| extend End_Date = TimeGenerated + Trial 
| extend Date_Created = TimeGenerated
| extend Created_By = Caller
| project workspace, Date_Created, End_Date, Days_Left = End_Date - Date_Created, Created_By`,
  },
  {
    source: ROD("UpdateDataConnectors.txt"),
    name: "SentinelKQL: data connector updates",
    query: `AzureActivity
| where OperationName == "Update Data Connectors" and ActivityStatus == "Succeeded"
| project Caller , CallerIpAddress, EventSubmissionTimestamp`,
  },
  {
    source: ROD("WatchListDelete.txt"),
    name: "SentinelKQL: watchlist deleted",
    query: `//When was a Watchlist deleted and who deleted it

AzureActivity
| where OperationNameValue == "MICROSOFT.SECURITYINSIGHTS/WATCHLISTS/DELETE"
| project TimeGenerated, Caller, CallerIpAddress`,
  },
  {
    source: ROD("WatchlistsCosts.txt"),
    name: "SentinelKQL: watchlist costs",
    query: `//Query to show cost of each Microsoft Sentinel Watchlist. Watchlist costs come directly from ingestion. 

Usage 
| where StartTime >= startofday(ago(365d)) and EndTime < startofday(now())
| where IsBillable == true
| where DataType == "Watchlist"
| summarize BillableDataGB = sum(Quantity) / 1000. by bin(StartTime, 1d), DataType`,
  },
  {
    source: ROD("WhenUEBAwasEnabledByWho.txt"),
    name: "SentinelKQL: when UEBA was enabled and by whom",
    query: `//When UEBA was enabled and by who

AzureActivity
| where Properties_d has "microsoft.securityinsights/ueba"
| extend WhoDidIt = Caller
| project WhoDidIt, CallerIpAddress, EventSubmissionTimestamp`,
  },
  {
    source: ROD("WhiteList-FindWhoAccessedAzureSentinelthatShouldNot.txt"),
    name: "SentinelKQL: unauthorized Sentinel activity (allow list)",
    query: `//Create a whitelist of users who should be able to access Azure Sentinel, then check to see if unauthorized users have performed activities.
//Replace the users in the variable for AuthorizedUser with authorized accounts. Authorized account format is gleaned from AzureActivity/Caller
let List = datatable(AuthorizedUser: string)["user1@domain.com", "user2@domain.com", "user3@domain.com"];
let timeframe = 1d;
AzureActivity
| where OperationNameValue has "MICROSOFT.SECURITYINSIGHTS"
| where ActivityStatusValue == "Success"
| where CategoryValue == "Administrative"
| join kind= leftanti (
    List
    | project Caller = tolower(AuthorizedUser)
    )
    on Caller
| extend AccountCustomEntity = Caller
| extend IPCustomEntity = CallerIpAddress`,
  },
  {
    source: ROD("WhoDeletedAlertRule.txt"),
    name: "SentinelKQL: who deleted an alert rule",
    query: `AzureActivity
| where OperationName == "Delete Alert Rules" and ActivityStatusValue == "Succeeded" 
| project Caller , EventSubmissionTimestamp`,
  },
  {
    source: ROD("WorkbookDeletion.txt"),
    name: "SentinelKQL: who deleted a workbook",
    query: `//Who deleted a Microsoft Sentinel workbook

AzureActivity
| where OperationNameValue == "MICROSOFT.INSIGHTS/WORKBOOKS/DELETE"
| distinct Caller, CallerIpAddress, EventSubmissionTimestamp, OperationName, OperationNameValue, Resource`,
  },
  {
    source: ROD("Cloudshell2.txt", 1),
    name: "SentinelKQL: Cloud Shell activity by caller",
    query: `AzureActivity
| where ResourceGroup startswith "CLOUD-SHELL"
| extend action_ = tostring(parse_json(Authorization).action) 
| summarize count() by ResourceGroup  , Caller , CallerIpAddress , ActivityStatusValue , ActivitySubstatusValue,  CategoryValue , action_`,
  },
  {
    source: ROD("HuntingQueriesAzureActivitySuccessandFailures.txt", 1),
    name: "SentinelKQL: Azure Activity action successes (hunting)",
    query: `//Hunting query to detect Azure Activity successes and show who did it

AzureActivity
| where TimeGenerated > ago(1d)
| where OperationNameValue has "Action"
| where ActivityStatusValue == "Success"
| extend AccountCustomEntity = Caller
| extend IPCustomEntity = CallerIpAddress
| extend URLCustomEntity = OperationNameValue`,
  },
  {
    source: ROD("HuntingQueriesAzureActivitySuccessandFailures.txt", 2),
    name: "SentinelKQL: Azure Activity action failures (hunting)",
    query: `//Hunting query to detect Azure Activity failures and show who did it

AzureActivity
| where TimeGenerated > ago(1d)
| where OperationNameValue has "Action"
| where ActivityStatusValue == "Failure"
| extend AccountCustomEntity = Caller
| extend IPCustomEntity = CallerIpAddress
| extend URLCustomEntity = OperationNameValue`,
  },
  {
    source: ROD("WatchListAudit.txt", 1),
    name: "SentinelKQL: watchlist audit",
    query: `//Here's where to find auditing for Microsoft Sentinel Watchlists

AzureActivity
| where TimeGenerated > ago(90d)
| where OperationNameValue has "MICROSOFT.SECURITYINSIGHTS/WATCHLISTS/"`,
  },
  {
    source: ROD("WatchListAudit.txt", 2),
    name: "SentinelKQL: watchlist audit with the watchlist name",
    query: `//Get the actual Watchlist name

AzureActivity
| where TimeGenerated > ago(90d)
| where OperationNameValue has "MICROSOFT.SECURITYINSIGHTS/WATCHLISTS/"
| extend resource_ = tostring(parse_json(Properties).resource)`,
  },
  {
    source: ROD("WhoModifiedAnalyticsRule.txt", 1),
    name: "SentinelKQL: who modified an analytics rule",
    query: `//Standard query

AzureActivity
| where OperationNameValue contains "MICROSOFT.SECURITYINSIGHTS/ALERTRULES/WRITE"
| where ActivityStatusValue == "Success"
| extend Analytics_Rule_ID = tostring(parse_json(Properties).resource)
| project TimeGenerated , CallerIpAddress , Caller , Analytics_Rule_ID`,
  },
  {
    source: ROD("WhoModifiedAnalyticsRule.txt", 2),
    name: "SentinelKQL: who modified an analytics rule (analytics rule form)",
    query: `//Analytics Rule

AzureActivity
| where OperationNameValue contains "MICROSOFT.SECURITYINSIGHTS/ALERTRULES/WRITE"
| where ActivityStatusValue == "Success"
| extend Analytics_Rule_ID = tostring(parse_json(Properties).resource)
| extend AccountCustomEntity = Caller
| extend IPCustomEntity = CallerIpAddress`,
  },
  {
    source: ROD("WorkspacesAndTables.txt", 1),
    name: "SentinelKQL: workspaces and tables",
    query: `//This query will display the tables from any/all workspaces across a tenant. Just need to modify the scope on a workspace to include the additional workspaces (as shown in the image)
//Image link: https://raw.githubusercontent.com/rod-trent/SentinelKQL/master/Images/scope.png


Usage
| where StartTime > ago(1d)
| extend workspaceName = tostring(split(ResourceUri, "/")[-1])
| extend subscription = tostring(split(ResourceUri, "/")[2])
| extend resourceGroup = tostring(split(ResourceUri, "/")[4])
| summarize ['Table Size'] =sum(Quantity) / 1000 by TenantId, subscription, resourceGroup, workspaceName, ['Table Name'] =DataType, ['IsBillable'] =IsBillable
| distinct workspaceName, ['Table Name']`,
  },
  {
    source: ROD("WorkspacesAndTables.txt", 2),
    name: "SentinelKQL: workspaces and tables with the solution",
    query: `//Adding below the Solution column, i.e., where the table comes from

Usage
| where StartTime > ago(1d)
| extend workspaceName = tostring(split(ResourceUri, "/")[-1])
| extend subscription = tostring(split(ResourceUri, "/")[2])
| extend resourceGroup = tostring(split(ResourceUri, "/")[4])
| summarize ['Table Size'] =sum(Quantity) / 1000 by TenantId, subscription, resourceGroup, workspaceName, ['Table Name'] =DataType, ['IsBillable'] =IsBillable, Solution
| distinct workspaceName, ['Table Name'], Solution
| sort by Solution asc`,
  },
  {
    source: MUST_LEARN("Examples/Part20CloudShellActivity.txt"),
    name: "Must Learn KQL part 20: Cloud Shell activity",
    query: `//This is from Part 20 of the Must Learn KQL series talking about creating an Analytics Rule

AzureActivity //the table - this is where Cloud Shell activity is logged
| where ResourceGroup startswith "CLOUD-SHELL" //filtering for Cloud Shell
| where ResourceProviderValue == "MICROSOFT.STORAGE" //To not mistake this for some other Cloud Shell operation, also filtering on MICROSOFT.STORAGE. Storage is created anytime Cloud Shell runs.
| where ActivityStatusValue == "Start" //Making sure that the activity is the spawning of a new Cloud Shell instance
| summarize count() by TimeGenerated , ResourceGroup  , Caller , CallerIpAddress , ActivityStatusValue //Getting a count of how many times each individual has run Cloud Shell
| extend AccountCustomEntity = Caller //Assigning the Caller column - name of person - to AccountCustomEntity - this is what is used for the User Entity in Microsoft Sentinel Incidents
| extend IPCustomEntity = CallerIpAddress //Assigning the CallerIpAddress column - IP Address of user's system - to IPCustomEntity - this is what is used for the IP Entity in Microsoft Sentinel Incidents`,
  },
  {
    source: BERT("Azure/Arc/MachineOnboarded.md"),
    name: "Hunting rules: Azure Arc machine onboarded",
    query: `AzureActivity
| where OperationNameValue =~ "MICROSOFT.HYBRIDCOMPUTE/MACHINES/WRITE"
| where ActivityStatusValue =~ "Success"
| extend HostName = tostring(parse_json(Properties).resource)
| project-reorder TimeGenerated, Caller, HostName, ResourceGroup`,
  },
  {
    source: BERT("Azure/Compute/LargeNumberOfVMsStarted.md"),
    name: "Hunting rules: large number of VMs started",
    query: `let Threshold = 25;
let TimeFrame = 1h;
AzureActivity
| where OperationNameValue =~ "MICROSOFT.COMPUTE/VIRTUALMACHINES/START/ACTION"
| where ActivityStatusValue == "Success"
| extend ResourceName = tostring(parse_json(Properties).resource)
| summarize Total = dcount(ResourceName), ResourceNames = make_set(ResourceName) by bin(TimeGenerated, TimeFrame), SubscriptionId, ResourceId
| where Total >= Threshold`,
  },
  {
    source: BERT("DFIR/Azure/Azure - AzureActivityCompromisedAccount.md"),
    name: "Hunting rules: Azure activity of a compromised account",
    query: `let CompromisedAccountUPN = "test@test.com";
let SearchWindow = 48h; //Customizable h = hours, d = days
AzureActivity
| where Caller =~ CompromisedAccountUPN
| where TimeGenerated > ago(SearchWindow)
| summarize TotalEvents = count() by OperationNameValue
| sort by TotalEvents desc`,
  },
  {
    source: ADX_WB,
    name: "ADX cluster boundaries workbook: table-presence check (TableLogs)",
    query: `let hasNonEmptyTable = (T:string) 
{ 
   toscalar( 
   union isfuzzy=true 
   ( table(T) | where TimeGenerated > ago(30d) | take 1 | count as Count ),
   (print Count=0) 
   | summarize sum(Count) 
   ) > 0
};
let TableName = 'AzureMetrics';
print  IsPresent=iif(hasNonEmptyTable(TableName), "present", "not present")`,
  },
  {
    source: ADX_WB,
    name: "ADX cluster boundaries workbook: utilization tiles",
    query: `let low_cpu_threshold = 50;
let high_cpu_threshold = 85;
let high_cpu_precentile = 80;
let low_cpu_precentile = 90;
let high_cpu_look_back = ago(1d);
let low_cpu_look_back = ago(7d);
let end=now();
let cpu_start_time = max_of(high_cpu_look_back, low_cpu_look_back);
let ingestion_capacity_precentile = 90;
let ingestion_capacity_threshold = 50;
let ingestion_capacity_look_back = ago(5d);
let ingestion_capacity_bin = 1h;
let cache_utilization_look_back = ago(1d);
let cache_utilization_threshold = 80;
let CpuUsage = materialize(AzureMetrics 
    | where MetricName == "CPU"
    | where TimeGenerated between(cpu_start_time..end));
let CpuUsageSeries = toscalar(CpuUsage
| make-series avg(Average) on TimeGenerated from cpu_start_time to end step 1h);
let LastDayPrecentile80 = toscalar(CpuUsage
    | where TimeGenerated >= high_cpu_look_back
    | summarize LastDayPrecentile80=percentile(Average, high_cpu_precentile)
    | project LastDayPrecentile80);
// Low CPU = median of 90 precentiles of each day of the last week < 50%
let LastWeekPercentile90Median = toscalar(CpuUsage
    | where TimeGenerated >= low_cpu_look_back
    // For each day, calculate 90 precentile
    | summarize cpu_precentile_per_day=percentile(Average, low_cpu_precentile) by bin_at(TimeGenerated, 1d, low_cpu_look_back)
    // Take median of 90 precentiles calculated for each day
    | summarize LastWeekPercentile90Median = percentile(cpu_precentile_per_day, 50)
    | project LastWeekPercentile90Median);
let CpuTable = print CpuLastDayPrecentile80=LastDayPrecentile80, CpuLastWeekPercentile90Median=LastWeekPercentile90Median, CpuTrend=CpuUsageSeries
| extend Score=case(CpuLastDayPrecentile80 >= high_cpu_threshold, "High", CpuLastWeekPercentile90Median < low_cpu_threshold, "Low", "Medium")
| project Name="CPU Utilization", Score, CpuLastDayPrecentile80, CpuLastWeekPercentile90Median, Trend=CpuTrend;
let IngestionCapacity = materialize(AzureMetrics
| where TimeGenerated > ingestion_capacity_look_back
| where MetricName == "IngestionUtilization");
let IngestionCapacitySeries = toscalar(IngestionCapacity
| make-series avg(Average) on TimeGenerated from ingestion_capacity_look_back to end step ingestion_capacity_bin);
let MaxPercentile90InLast5Days = toscalar(AzureMetrics
| where TimeGenerated > ingestion_capacity_look_back
| where MetricName == "IngestionUtilization"
| summarize IngestionsCapacity=percentile(Average, ingestion_capacity_precentile) by bin_at(TimeGenerated, ingestion_capacity_bin, ingestion_capacity_look_back)
| summarize IngestionsCapacity = max(IngestionsCapacity));
let IngestionTable = print IngestionUtilizationTrend=IngestionCapacitySeries, IngestionUtilizationMaxPercentile90InLast5Days=MaxPercentile90InLast5Days
| extend Score=case(MaxPercentile90InLast5Days > ingestion_capacity_threshold, "High", MaxPercentile90InLast5Days == ingestion_capacity_threshold, "Medium", "Low")
| project Name="Ingestion Utilization", Score, IngestionUtilizationMaxPercentile90InLast5Days, Trend=IngestionUtilizationTrend;
let cacheUtilization = materialize (AzureMetrics
| where MetricName == "CacheUtilization"
| where TimeGenerated > cache_utilization_look_back);
let cacheUtilizationSeries = toscalar(cacheUtilization
| make-series avg(Average) on TimeGenerated from cache_utilization_look_back to end step 1h);
let CurrentCacheUtilization = toscalar(cacheUtilization | summarize (TimeGenerated, Average) = arg_max(TimeGenerated, Average) | project Average);
let CacheTable = print CurrentCacheUtilization=CurrentCacheUtilization, Trend=cacheUtilizationSeries
| extend Score = case(CurrentCacheUtilization > cache_utilization_threshold, "High", CurrentCacheUtilization == cache_utilization_threshold, "Medium", "Low")
| project Name="Cache Utilization", Score, CurrentCacheUtilization, Trend;
CpuTable | union IngestionTable | union CacheTable`,
  },
  {
    source: ADX_WB,
    name: "ADX cluster boundaries workbook: CPU utilization overview table",
    query: `let low_cpu_threshold = 50;
let high_cpu_threshold = 85;
let high_cpu_precentile = 80;
let low_cpu_precentile = 90;
let high_cpu_look_back = ago(1d);
let low_cpu_look_back = ago(7d);
let end=now();
let cpu_start_time = max_of(high_cpu_look_back, low_cpu_look_back);
let CpuUsage = materialize(AzureMetrics 
    | where MetricName == "CPU"
    | where TimeGenerated between(cpu_start_time..end));
let CpuUsageSeries = toscalar(CpuUsage
| make-series avg(Average) on TimeGenerated from cpu_start_time to end step 1h);
let LastDayPrecentile80 = toscalar(CpuUsage
    | where TimeGenerated >= high_cpu_look_back
    | summarize LastDayPrecentile80=percentile(Average, high_cpu_precentile)
    | project LastDayPrecentile80);
// Low CPU = median of 90 precentiles of each day of the last week < 50%
let LastWeekPercentile90Median = toscalar(CpuUsage
    | where TimeGenerated >= low_cpu_look_back
    // For each day, calculate 90 precentile
    | summarize cpu_precentile_per_day=percentile(Average, low_cpu_precentile) by bin_at(TimeGenerated, 1d, low_cpu_look_back)
    // Take median of 90 precentiles calculated for each day
    | summarize LastWeekPercentile90Median = percentile(cpu_precentile_per_day, 50)
    | project LastWeekPercentile90Median);
print LastDayPrecentile80=LastDayPrecentile80, LastWeekPercentile90Median=LastWeekPercentile90Median, Trend=CpuUsageSeries
| extend Score=case(LastDayPrecentile80 >= high_cpu_threshold, "High", LastWeekPercentile90Median < low_cpu_threshold, "Low", "Medium")
| project Score, LastWeekPercentile90Median, LastDayPrecentile80, Trend`,
  },
  {
    source: ADX_WB,
    name: "ADX cluster boundaries workbook: CPU percentile 90 by day chart",
    query: `AzureMetrics
| where MetricName == "CPU"
| summarize CpuPercentile90=percentile(Average, 90) by bin(TimeGenerated, 1d)
| extend level=case(CpuPercentile90 >= 85, "High", CpuPercentile90 >= 50, "Medium", "Low")`,
  },
  {
    source: ADX_WB,
    name: "ADX cluster boundaries workbook: ingestion utilization overview chart",
    query: `let ingestion_capacity_precentile = 90;
let ingestion_capacity_threshold = 50;
let ingestion_capacity_look_back = ago(5d);
let ingestion_capacity_bin = 1h;
let end = now();
let IngestionCapacity = materialize(AzureMetrics
| where TimeGenerated > ingestion_capacity_look_back
| where MetricName == "IngestionUtilization");
let IngestionCapacitySeries = toscalar(IngestionCapacity
| make-series avg(Average) on TimeGenerated from ingestion_capacity_look_back to end step ingestion_capacity_bin);
let MaxPercentile90InLast5Days = toscalar(AzureMetrics
| where TimeGenerated > ingestion_capacity_look_back
| where MetricName == "IngestionUtilization"
| summarize IngestionsCapacity=percentile(Average, ingestion_capacity_precentile) by bin_at(TimeGenerated, ingestion_capacity_bin, ingestion_capacity_look_back)
| summarize IngestionsCapacity = max(IngestionsCapacity));
print Trend=IngestionCapacitySeries, MaxPercentile90InLast5Days=MaxPercentile90InLast5Days
| extend Score=case(MaxPercentile90InLast5Days > ingestion_capacity_threshold, "High", MaxPercentile90InLast5Days == ingestion_capacity_threshold, "Medium", "Low")
| project Score, MaxPercentile90InLast5Days, Trend`,
  },
  {
    source: ADX_WB,
    name: "ADX cluster boundaries workbook: ingestion utilization percentile 90 by day chart",
    query: `AzureMetrics
| where MetricName == "IngestionUtilization"
| summarize IngestionUtilizationPercentile90=percentile(Average, 90) by bin(TimeGenerated, 1d)
| extend level=case(IngestionUtilizationPercentile90 > 50, "High", IngestionUtilizationPercentile90 == 50, "Medium", "Low")`,
  },
  {
    source: ADX_WB,
    name: "ADX cluster boundaries workbook: cache utilization overview table",
    query: `let cache_utilization_look_back = ago(1d);
let cache_utilization_threshold = 80;
let end = now();
let cacheUtilization = materialize (AzureMetrics
| where MetricName == "CacheUtilization"
| where TimeGenerated > cache_utilization_look_back);
let cacheUtilizationSeries = toscalar(cacheUtilization
| make-series avg(Average) on TimeGenerated from cache_utilization_look_back to end step 1h);
let CurrentCacheUtilization = toscalar(cacheUtilization | summarize (TimeGenerated, Average) = arg_max(TimeGenerated, Average) | project Average);
print CurrentCacheUtilization=CurrentCacheUtilization, Trend=cacheUtilizationSeries
| extend Score = case(CurrentCacheUtilization > cache_utilization_threshold, "High", CurrentCacheUtilization == cache_utilization_threshold, "Medium", "Low")
| project Score, CurrentCacheUtilization, Trend`,
  },
  {
    source: ADX_WB,
    name: "ADX cluster boundaries workbook: cache utilization by day chart",
    query: `AzureMetrics
| where MetricName == "CacheUtilization"
| summarize CacheUtilization=avg(Average) by bin(TimeGenerated, 1d) 
| extend CacheUtilizationBar=case(CacheUtilization > 80, "High", CacheUtilization == 80, "Medium", "Low")`,
  },
  {
    source: ADX_WB,
    name: "ADX cluster boundaries workbook: cache utilization change by day chart",
    query: `AzureMetrics
| where MetricName == "CacheUtilization"
| project TimeGenerated, CacheUtilization=Average
| summarize CacheUtilization=avg(CacheUtilization) by bin(TimeGenerated, 1d)
| sort by TimeGenerated asc 
| serialize 
| extend PrevCacheUtilization = prev(CacheUtilization,1)
| extend CacheUtilizationDelta = CacheUtilization - PrevCacheUtilization
| project TimeGenerated, CacheUtilizationDelta
| extend change=iff(CacheUtilizationDelta >= 0, "Positive", "Negative")`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: top data types (TopDataTypes)",
    query: `Usage
| summarize IngestionVolume=sum(Quantity) by DataType
| top 5 by IngestionVolume
| project DataType`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: usage rows in the range (UsageInTimeRange)",
    query: `Usage
| count`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: workspace tables (SelectedDataTypes)",
    query: `Usage
| distinct DataType, Solution
| project value = DataType, label = DataType, selected = iff(DataType in ('AzureDiagnostics','AppDependencies','CDBDataPlaneRequests','AppMetrics','AzureMetrics'), true, false), group = Solution`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: table in focus (TableInFocus)",
    query: `Usage
| distinct Solution, DataType
| where DataType in ('AzureDiagnostics','AppDependencies','CDBDataPlaneRequests','AppMetrics','AzureMetrics')
| sort by Solution asc, DataType asc
| where row_number() == 1
| project DataType`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: billable tables volume",
    query: `let TotalIngestion=toscalar(
Usage
| where TimeGenerated > ago(7d)
| summarize IngestionVolume=sum(Quantity));
Usage
| where TimeGenerated > ago(7d)
| project DataType, Solution, Quantity, IsBillable
| where DataType in ('AzureDiagnostics','AppDependencies','CDBDataPlaneRequests','AppMetrics','AzureMetrics')
| summarize IngestionVolume=sum(Quantity), IngestionPercent=(sum(Quantity))/TotalIngestion,Billable=any(IsBillable) by Solution, DataType
| sort by Solution asc, DataType asc`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: resource id column (ResourceIdColumn)",
    query: `AppDependencies 
| where TimeGenerated > ago(7d)
| getschema 
| where ColumnName == "_ResourceId" or ColumnName == "ResourceId"
| project ColumnName
| take 1`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: ingestion volume",
    query: `AppDependencies
| where TimeGenerated > ago(7d)
| summarize BillableDataMB =sum(_BilledSize) by bin(TimeGenerated, 1h)`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: ingestion statistics by resource",
    query: `let TotalLogsCount=
AppDependencies
| where TimeGenerated > ago(7d)
| count;
let TotalGB=
AppDependencies
| where TimeGenerated > ago(7d)
| summarize sum(_BilledSize)/1.E9;
AppDependencies
| where TimeGenerated > ago(7d)
| summarize ResourceLogCount=count(), ResourceGB=sum(_BilledSize)/1.E9 by _ResourceId
| project Resource=_ResourceId, ['Percentage by count']=ResourceLogCount*100/toscalar(TotalLogsCount), ['Log count']=ResourceLogCount,
      ['Percentage by size']=ResourceGB*100/toscalar(TotalGB), ['Log GB']=ResourceGB
| sort by 'Percentage by size' desc`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: total ingestion time",
    query: `AppDependencies
| where TimeGenerated > ago(7d)
| extend IngestionDurationSeconds = (ingestion_time()-TimeGenerated)/1s 
| summarize ['95th % ingestion time (seconds)']=percentiles(IngestionDurationSeconds, 95) by bin(TimeGenerated, 1h)
| render timechart`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: pipeline and agent latency",
    query: `// Agent latency
AppDependencies
| where TimeGenerated > ago(7d)
| extend AgentLatencySeconds = (_TimeReceived-TimeGenerated)/1s,
  PipelineLatencySeconds = (ingestion_time()-_TimeReceived)/1s
| summarize ['95th % PipeLine latency'] = percentiles(PipelineLatencySeconds, 95),
            ['95th % Agent latency'] = percentiles(AgentLatencySeconds, 95) by bin(TimeGenerated, 1h)
| render barchart kind=stacked`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: data volume by resource",
    query: `union *
| where TimeGenerated > ago(24h)
//| where _IsBillable == true
| summarize IngestedVolume = sum(_BilledSize) by _ResourceId
| top 50 by IngestedVolume
| sort by IngestedVolume desc`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: data volume per subscription",
    query: `union *
| where TimeGenerated > ago(24h)
| where _IsBillable == true
| parse tolower(_ResourceId) with "/subscriptions/" subscriptionId "/resourcegroups/" resourceGroup "/providers/" provider "/" resourceType "/" resourceName  
| summarize IngestionVolume = sum(_BilledSize) by subscriptionId 
| top 50 by IngestionVolume
| sort by IngestionVolume nulls last`,
  },
  {
    source: LAU_WB,
    name: "Workspace Insights usage workbook: data volume per resource group",
    query: `union *
| where TimeGenerated > ago(24h)
| where _IsBillable == true
| parse tolower(_ResourceId) with "/subscriptions/" subscriptionId "/resourcegroups/" resourceGroup "/providers/" provider "/" resourceType "/" resourceName  
| summarize IngestionVolume = sum(_BilledSize) by resourceGroup 
| top 50 by IngestionVolume
| sort by IngestionVolume nulls last`,
  },
  {
    source: WSU_WB,
    name: "Workspace usage workbook: table sizes",
    query: `union withsource=['Table Name'] *
| summarize Entries = count(), Size = sum(_BilledSize) by ['Table Name']
| order by Size desc
| project ['Table Name'], ['Table Entries'] = Entries, ['Table Size'] = Size, ['Size per Entry'] = 1.0 * Size / Entries`,
  },
  {
    source: WSU_WB,
    name: "Workspace usage workbook: entries over time",
    query: `union withsource=['Table Name'] *
| where 'All Tables' == 'All Tables' or ['Table Name'] == 'All Tables'
| make-series TableSize = count() default = 0 on TimeGenerated from datetime(2026-11-20T14:45:00.000Z) to datetime(2026-11-20T15:00:00.000Z) step 1m
| mvexpand TableSize to typeof(real), TimeGenerated to typeof(datetime) limit 1000
| project TimeGenerated, ['All Tables'] = TableSize`,
  },
  {
    source: WSU_WB,
    name: "Workspace usage workbook: size over time",
    query: `union withsource=['Table Name'] *
| where 'All Tables' == 'All Tables' or ['Table Name'] == 'All Tables'
| make-series TableSize = sum(_BilledSize) default = 0 on TimeGenerated from datetime(2026-11-20T14:45:00.000Z) to datetime(2026-11-20T15:00:00.000Z) step 1m 
| mvexpand TableSize to typeof(real), TimeGenerated to typeof(datetime) limit 1000
| project TimeGenerated, ['All Tables'] = TableSize`,
  },
  {
    source: BACKUP_WB,
    name: "Backup user-triggered operations workbook: operation types by frequency",
    query: `let RangeStart = startofday(datetime(2026-11-13T15:00:00.000Z));
let VaultSubscriptionList = split('',",");
let VaultLocationList = split('',",");
let VaultResourceGroupList = split('',",");
AzureActivity
| where TimeGenerated >=(RangeStart)
| where ResourceProviderValue  == "MICROSOFT.RECOVERYSERVICES"
| where tostring(split(tostring(todynamic(_ResourceId)),"/")[6])  == "microsoft.recoveryservices" and tostring(split(tostring(todynamic(_ResourceId)),"/")[7]) == "vaults"
| extend VaultName = tostring(split(tostring(todynamic(_ResourceId)),"/")[8])
| extend VaultSubscriptionId = tostring(split(tostring(todynamic(_ResourceId)),"/")[2])
| extend VaultResourceGroup = tostring(split(tostring(todynamic(_ResourceId)),"/")[4])
| extend OperationType = OperationName
| extend EventInitiatedBy = Caller
| extend OperationStatus = ActivityStatusValue
| where set_has_element(VaultSubscriptionList,VaultSubscriptionId)
| where set_has_element(VaultResourceGroupList,toupper(VaultResourceGroup))
| where Caller != "Microsoft.RecoveryServices"
| where ActivityStatusValue == "Success" or ActivityStatusValue == "Failure"
| extend operationType =  iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPPOLICIES/WRITE","Create Backup Policy ", iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/DELETE","Delete BackupItem",iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/WRITE","Create BackupItem",iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/RECOVERYPOINTS/RESTORE/ACTION","Restore BackupItem","Others"))))
| sort by VaultName asc
| summarize count() by operationType`,
  },
  {
    source: BACKUP_WB,
    name: "Backup user-triggered operations workbook: pages (Page)",
    query: `let RangeStart = startofday(datetime(2026-11-13T15:00:00.000Z));
let VaultSubscriptionList = split('',",");
let VaultLocationList = split('',",");
let VaultResourceGroupList = split('',",");
AzureActivity
| where TimeGenerated >=(RangeStart)
| where ResourceProviderValue  == "MICROSOFT.RECOVERYSERVICES"
| where tostring(split(tostring(todynamic(_ResourceId)),"/")[6])  == "microsoft.recoveryservices" and tostring(split(tostring(todynamic(_ResourceId)),"/")[7]) == "vaults"
| extend VaultName = tostring(split(tostring(todynamic(_ResourceId)),"/")[8])
| extend VaultSubscriptionId = tostring(split(tostring(todynamic(_ResourceId)),"/")[2])
| extend VaultResourceGroup = tostring(split(tostring(todynamic(_ResourceId)),"/")[4])
| extend OperationType = OperationName
| extend EventInitiatedBy = Caller
| extend OperationStatus = ActivityStatusValue
| where set_has_element(VaultSubscriptionList,VaultSubscriptionId)
| where set_has_element(VaultResourceGroupList,toupper(VaultResourceGroup))
| where Caller != "Microsoft.RecoveryServices"
| where ActivityStatusValue == "Success" or ActivityStatusValue == "Failure"
| extend operationType =  iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/BACKUP/ACTION","Backup ",iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPPOLICIES/WRITE","Update BackupPolicy ", iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/DELETE","Delete Backup",iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/WRITE","Modify Backup",iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/RECOVERYPOINTS/RESTORE/ACTION","Restore","Others")))))
| summarize c=count()
| project num = (c-1)/toint('10') + 1
| sort by toint(num) asc
| project nums = range(1,num,1), num
| mvexpand nums
| project nums = tostring(nums), num = strcat(tostring(nums)," of ",tostring(num))`,
  },
  {
    source: BACKUP_WB,
    name: "Backup user-triggered operations workbook: user triggered operations on vaults",
    query: `let RangeStart = startofday(datetime(2026-11-13T15:00:00.000Z));
let VaultSubscriptionList = split('',",");
let VaultLocationList = split('',",");
let VaultResourceGroupList = split('',",");
AzureActivity
| where TimeGenerated >=(RangeStart)
| where ResourceProviderValue  == "MICROSOFT.RECOVERYSERVICES"
| where tostring(split(tostring(todynamic(_ResourceId)),"/")[6])  == "microsoft.recoveryservices" and tostring(split(tostring(todynamic(_ResourceId)),"/")[7]) == "vaults"
| extend VaultName = tostring(split(tostring(todynamic(_ResourceId)),"/")[8])
| extend VaultSubscriptionId = tostring(split(tostring(todynamic(_ResourceId)),"/")[2])
| extend VaultResourceGroup = tostring(split(tostring(todynamic(_ResourceId)),"/")[4])
| extend OperationType = OperationName
| extend EventInitiatedBy = Caller
| extend OperationStatus = ActivityStatusValue
| where set_has_element(VaultSubscriptionList,VaultSubscriptionId)
| where set_has_element(VaultResourceGroupList,toupper(VaultResourceGroup))
| where Caller != "Microsoft.RecoveryServices"
| where ActivityStatusValue == "Success" or ActivityStatusValue == "Failure"
| extend operationType =  iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPPOLICIES/WRITE","Create Backup Policy ", iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/DELETE","Delete BackupItem",iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/WRITE","Create BackupItem",iff(OperationNameValue == "MICROSOFT.RECOVERYSERVICES/VAULTS/BACKUPFABRICS/PROTECTIONCONTAINERS/PROTECTEDITEMS/RECOVERYPOINTS/RESTORE/ACTION","Restore BackupItem","Others"))))
| sort by VaultName asc
| extend row_num = row_number()
| extend page_num = tostring(((row_num-1)/toint('10') + 1))
| where page_num has ('1')
| project TimeStamp = TimeGenerated,VaultName = VaultName,VaultSubscriptionId = VaultSubscriptionId,VaultResourceGroup = VaultResourceGroup,OperationType = operationType,DetailedOperationType = OperationNameValue, EventInitiatedBy = Caller,OperationStatus = ActivityStatusValue ,_ResourceId,ExtendProperties = Properties`,
  },
  {
    source: VM_EVENTS_WB,
    name: "VM Events workbook: VM connection events (AzureDiagnostics)",
    query: `AzureDiagnostics
| where TimeGenerated > ago(4h)
| project TimeGenerated, instance_s = columnifexists('instance_s', ''), remoteIP_s = columnifexists('remoteIP_s', ''), status_s = columnifexists('status_s', ''), stateChangeReason_s = columnifexists('stateChangeReason_s', '')
| where instance_s != '' or remoteIP_s != '' or status_s != '' or stateChangeReason_s != ''`,
  },
  {
    source: VM_EVENTS_WB,
    name: "VM Events workbook: succeeded activity by operation",
    query: `AzureActivity
| where TimeGenerated > ago(4h)
| where ActivityStatus =~ "Succeeded"
| summarize Count = count() by OperationName
| order by Count desc, OperationName asc`,
  },
  {
    source: VM_EVENTS_WB,
    name: "VM Events workbook: failed activity by operation",
    query: `AzureActivity
| where TimeGenerated > ago(4h)
| where ActivityStatus =~ "Failed"
| summarize Count = count() by OperationName
| order by Count desc, OperationName asc`,
  },
  {
    source: VM_EVENTS_WB,
    name: "VM Events workbook: other activity by operation and status",
    query: `AzureActivity
| where TimeGenerated > ago(4h)
| where ActivityStatus !~ "Failed"
| where ActivityStatus !~ "Succeeded"
| summarize Count = count() by OperationName, ActivityStatus
| order by Count desc, OperationName asc, ActivityStatus asc`,
  },
  {
    source: SERVICE_HEALTH_WB,
    name: "Sentinel Service Health workbook: tracking ids (TrackingID_P)",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth"
| extend TrackingId = tostring(Properties_d.trackingId)
| distinct TrackingId
| order by TrackingId asc`,
  },
  {
    source: SERVICE_HEALTH_WB,
    name: "Sentinel Service Health workbook: Subscriptions Impacted",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth" 
| summarize TimeGenerated=arg_max(TimeGenerated,*) by SubscriptionId
| extend SubscriptionId == strcat('/subscriptions/', SubscriptionId)`,
  },
  {
    source: SERVICE_HEALTH_WB_ALL,
    name: "Sentinel Service Health workbook: Impacted Regions",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth"
| extend TrackingId = tostring(Properties_d.trackingId)
| summarize arg_max(TimeGenerated,*) by TrackingId
| where TrackingId in ('All') or 'All'=='All'
| extend ImpactedRegions = tostring(Properties_d.region)
| summarize count() by ImpactedRegions`,
  },
  {
    source: SERVICE_HEALTH_WB_ALL,
    name: "Sentinel Service Health workbook: Type of Incidents",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth"
| extend TrackingId = tostring(Properties_d.trackingId)
| summarize arg_max(TimeGenerated,*) by TrackingId
| where TrackingId in ('All') or 'All'=='All'
| extend IncidentType= tostring(Properties_d.incidentType)
| summarize count() by IncidentType`,
  },
  {
    source: SERVICE_HEALTH_WB_ALL,
    name: "Sentinel Service Health workbook: Service Health on Status",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth"
| extend TrackingId = tostring(Properties_d.trackingId)
| summarize arg_max(TimeGenerated,*) by TrackingId
| where TrackingId in ('All') or 'All'=='All'
| extend Status = tostring(Properties_d.activityStatusValue)
| summarize count() by Status`,
  },
  {
    source: SERVICE_HEALTH_WB_ALL,
    name: "Sentinel Service Health workbook: Service Health Across Services",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth"
| extend TrackingId = tostring(Properties_d.trackingId)
| summarize arg_max(TimeGenerated,*) by TrackingId
| where TrackingId in ('All') or 'All'=='All'
| extend Service = tostring(Properties_d.service)
| summarize count() by Service`,
  },
  {
    source: SERVICE_HEALTH_WB_ALL,
    name: "Sentinel Service Health workbook: Resolution Time",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth"
| extend TrackingId = tostring(Properties_d.trackingId)
| summarize arg_max(TimeGenerated,*) by TrackingId
| where TrackingId in ('All') or 'All'=='All'
| extend Service = tostring(Properties_d.service)
| extend ImpactMitigationTime = tostring(Properties_d.impactMitigationTime)
| extend ImpactStartTime = tostring(Properties_d.impactStartTime)
| extend ["ResolutionTime"]=datetime_diff('hour',todatetime(ImpactMitigationTime),todatetime(ImpactStartTime))
| extend ImpactedRegions = todynamic(parse_json(tostring(parse_json(tostring(parse_json(Properties).impactedServices))[0].ImpactedRegions)))
| mv-expand ImpactedRegions
| project  Service,ImpactedRegions.RegionName, ["ResolutionTime"], _ResourceId`,
  },
  {
    source: SERVICE_HEALTH_WB_ALL,
    name: "Sentinel Service Health workbook: Current Stage",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth"
| extend TrackingId = tostring(Properties_d.trackingId)
| summarize arg_max(TimeGenerated,*) by TrackingId
| where TrackingId in ('All') or 'All'=='All'
| extend Stage = tostring(parse_json(Properties).stage)
| summarize count() by Stage`,
  },
  {
    source: SERVICE_HEALTH_WB_ALL,
    name: "Sentinel Service Health workbook: Affected subscriptions",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth"
| extend TrackingId = tostring(Properties_d.trackingId)
| where TrackingId in ('All') or 'All'=='All'
| summarize ImpactedSubscriptions=make_set(SubscriptionId) by TrackingId
| project ImpactedSubscriptions, TrackingId
| mv-expand ImpactedSubscriptions
| project Subscription=strcat('/subscriptions/',ImpactedSubscriptions), TrackingId
| extend Info=strcat('https://app.azure.com/h/',TrackingId)
| order by TrackingId asc`,
  },
  {
    source: SERVICE_HEALTH_WB_ALL,
    name: "Sentinel Service Health workbook: Affected regions",
    query: `AzureActivity
| where CategoryValue == "ServiceHealth"
| extend TrackingId = tostring(Properties_d.trackingId)
| where TrackingId in ('All') or 'All'=='All'
| extend ImpactedRegions = tostring(parse_json(tostring(parse_json(tostring(parse_json(Properties).impactedServices))[0].ImpactedRegions)))
| project todynamic(ImpactedRegions), TrackingId
| mv-expand ImpactedRegions
| project Region=strcat(tostring(ImpactedRegions.RegionName),' (',tostring(ImpactedRegions.RegionId),')'),TrackingId
| distinct Region, TrackingId
| extend Info=strcat('https://app.azure.com/h/', TrackingId)
| order by TrackingId asc`,
  },
  {
    source: SENTINEL_COST_WB,
    name: "Sentinel cost workbook: average billable GBs/day",
    query: `union withsource = tt *
| where TimeGenerated > startofday(datetime(2026-11-13T15:00:00.000Z)) and TimeGenerated < startofday(datetime(2026-11-20T15:00:00.000Z))
// Only look at chargeable Tables
| where _IsBillable == True
| summarize TotalGBytes =round(sum(_BilledSize/(1024*1024*1024)),2) by bin(TimeGenerated, 1d)//, Solution=tt
| summarize ['GBs/day'] =round(avg(TotalGBytes),2)`,
  },
  {
    source: SENTINEL_COST_WB,
    name: "Sentinel cost workbook: total billable ingestion and cost",
    query: `Usage
| where IsBillable == true
| summarize size = sum(Quantity)/1024 by IsBillable
| project ['Total data ingestion'] = size, ['Estimated cost'] = size*4`,
  },
  {
    source: SENTINEL_COST_WB,
    name: "Sentinel cost workbook: data older than 90 days and its retention cost",
    query: `union withsource=TableName1 * | where TimeGenerated < ago(90d) | extend key = 'Key' | summarize size = sum(_BilledSize)/1024/1024/1024 by key
| project ['Data over 90 days'] = size, ['Retention Cost'] = size*0.1`,
  },
];
