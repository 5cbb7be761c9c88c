/**
 * A sixth set of real published queries for the contract tables, copied as published (comments and
 * whitespace included), from sources the first five sets did not use. Same selection rule as
 * queries.ts … queries-fifth.ts: every query of a source that reads only contract tables and columns
 * those tables have in a workspace like this deployment's. Workbook parameters are replaced by the
 * text the portal substitutes, and placeholders of code that formats the query (PowerShell `${Hours}`,
 * shell `${TIME_RANGE:-1h}`) by their default; each replacement is named in the query's source. Queries
 * published on one line in code (a string of a script, a Bicep or Terraform value) are copied as that
 * one line; header comments of the AzureMonitorCommunity .kql files are left out, as in queries.ts.
 *
 * Sources: the Activity log "at scale" workbook of microsoft/Application-Insights-Workbooks (the
 * resource-scoped one is in queries-more.ts: only its queries whose text differs are here); the
 * AzureMonitorCommunity queries the first sets did not take; Microsoft Sentinel's Azure Activity
 * solution: its workbook and the rules and hunting queries queries-fifth.ts did not read, and the AzureActivity
 * rules of Sentinel's older Detections/ and Hunting Queries/ folders that the solution does not carry; and public
 * GitHub files found by the code index (runbooks, skills, Bicep workbooks and alerts, scripts); a gist; and two Cosmos DB
 * documentation pages of MicrosoftDocs/azure-databases-docs (monitor.md, troubleshoot-request-rate-too-large.md).
 *
 * Left out of the same sources, with the reason:
 * - The Sentinel workbook's "Activities over time": `count(OperationNameValue)`; Kusto's language service
 *   rejects it (KS107: count() takes no argument, or a bool predicate), as Log Analytics does.
 * - Sentinel's "Azure Diagnostic settings removed from a resource" (Detections/AzureActivity/AzDiagSettingsDeleted.yaml):
 *   `strcat_array(ParentResourceSplit[0], "/")`, which Kusto's language service rejects (KS234: the argument must
 *   be a dynamic array; an element of a dynamic is not typed as one); "CIS Benchmark 5.2.9" (its
 *   `== ""Microsoft.Sql/...` does not parse); "Azure Backups Ceased" (its `between (starttime) .. end)` does
 *   not parse); "Azure Backup Possible Retention Tampering" (AddonAzureBackupPolicy) and "Azure VM Run Command
 *   operations executing a unique PowerShell script" (DeviceFileEvents, DeviceEvents).
 * - Sentinel's "Azure VM Run Command executed from Azure IP address" and "Azure administration from VPS"
 *   (externaldata of a public file), and the solution's "XDR Detections" (Defender XDR tables).
 * - AzureMonitorCommunity's "Requests per hour" for Front Doors (classic Front Door: isReceivedFromClient_b),
 *   "Exceptions causing request failures" (joins AppExceptions), and the VPN Gateway copy of "P2S bandwidth
 *   utilization" (the Performance one's text but for a trailing space).
 * - The Front Door load-test notes' five queries over timeTaken_d and httpStatusCode_d (Standard/Premium
 *   access logs write timeTaken_s and httpStatusCode_s: Log Analytics fails them), and their second,
 *   identical "take 10".
 * - The container-app runbook's `union isfuzzy=true ContainerAppSystemLogs_CL, ...`, the platform
 *   workbook's and alerts' unions over ContainerAppConsoleLogs_CL and AppTraces, and every query over
 *   AppTraces, AppExceptions, AppPerformanceCounters, CDBPartitionKeyRUConsumption or
 *   CDBControlPlaneRequests in the GitHub files read (the OTel reference's classic `requests` /
 *   `dependencies` queries likewise).
 * - The annotated patterns' queries over Perf, Heartbeat, Syslog, SecurityEvent, SigninLogs and
 *   AppServiceHTTPLogs, its Example 3 (FunctionAppLogs' message_s) and Example 10 (a union with SecurityEvent and
 *   Syslog).
 * - The Cosmos DB pages' CDBControlPlaneRequests and CDBPartitionKeyRUConsumption queries and their AzureDiagnostics
 *   (legacy) tabs (legacy Cosmos columns, as in queries.ts).
 * - The health-check skill's step 1c (the text of queries-fifth.ts' "Availability tests over 24 hours") and its
 *   AppExceptions and ContainerApp*_CL steps; the Terraform operations workbook's tiles over its container-log
 *   `local.api_events` and its Key Vault tile (httpStatusCode_d: this deployment writes no Key Vault log).
 * - The Bicep alert file's "waf-blocks" and "keyvault-failures" (WAF and Key Vault columns without
 *   column_ifexists; this deployment writes neither log), and a Terraform note's `AppRequests | summarize by
 *   Status` (no such column: Log Analytics fails it).
 *
 * Sentinel's "Creation of an anomalous number of resources" (`make-series ... on EventSubmissionTimestamp in
 *   range(ago(7d), now(), 1d)`) runs: the alternate syntax is implemented as the reference states it (stop
 *   inclusive, axis binned with bin()); a row of its first bin before ago(7d), or of its last after now(), would be
 *   refused by name (lib/engine/make-series-range.ts), and this test's hour of rows has none.
 *
 * Refused by the engine, on purpose (three):
 * - Sentinel's "Anomalous Azure Operation Hunting Model": `_B == 1` where `_B = column_ifexists(B_col, '')` of
 *   an int column: the analyzer types the call as its string default, and Kusto does not document which type
 *   the call then has (lib/engine/column-ifexists.ts). Its `row_rank(P_AIB)` runs: row_rank() is row_rank_dense's
 *   old name (its 2021 reference page, lib/engine/functions-window.ts).
 * - Sentinel's "Granting permissions to account": evaluate basket() (see queries-fifth.ts).
 * - The annotated patterns' "Example 8": series_decompose_anomalies(RequestCount, 1.5, -1, "linefit"), seasonality
 *   autodetected (-1), its three results assigned as a tuple (see queries-fifth.ts).
 */
import type { PublishedQuery } from "./queries";

const OTEL_REF = "public GitHub file, code index id 2936949959 ('OpenTelemetry Queries Reference', Log Analytics Explorer page)";
const SRE_GUIDE = "public GitHub file, code index id 53452195319 ('SRE Troubleshooting Guide — Copilot SDK Service', KQL Queries for Troubleshooting)";
const ATSCALE = "microsoft/Application-Insights-Workbooks@1ea1c77 Workbooks/Activity Log/AtScale/ActivityLogsInsights.workbook";
const FD_NOTES = "public GitHub file, code index id 48187042903 (Front Door Standard load-test notes; the queries over timeTaken_d and httpStatusCode_d are left out, see above)";
const FD_WAF_RUNBOOK = "public GitHub file, code index id 59896991909 (Container Apps behind Front Door runbook, 'Useful Log Analytics queries')";
const FD_ENV = "public GitHub file, code index id 55231346140 (Front Door requests by environment (.kql))";
const COSMOS_MODULE = "public GitHub file, code index id 71487338249 (Cosmos DB training unit 'Query the logs to answer a diagnostic question')";
const AGENT_PS = "public GitHub file, code index id 56117860680 (PowerShell latency script; ${Hours} = 2, the script's default)";
const AGENT_PS7 = "public GitHub file, code index id 56117860680 (PowerShell latency script)";
const GRAPH_DIAG = "public GitHub file, code index id 59979435514 (incident diagnosis notes, 'KQL used')";
const SQL_PT = "public GitHub file, code index id 47168111741 (Azure SQL Analytics solution docs, Portuguese translation, 'Analisar dados e criar alertas')";
const OBS_SKILL = "public GitHub file, code index id 53026511981 (Azure observability skill, step 4; ${TIME_RANGE:-1h} = 1h, its default)";
const NW_BICEP = "public GitHub file, code index id 71404510630 (Bicep platform workbook, workbookItems)";

export const PUBLISHED_SIXTH: PublishedQuery[] = [
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/AADHybridHealthADFSServiceDelete.yaml (@128d1aa)",
    name: "Sentinel: Azure Active Directory Hybrid Health AD FS Service Delete",
    query: `AzureActivity
| where CategoryValue =~ 'Administrative'
| where ResourceProviderValue =~ 'Microsoft.ADHybridHealthService'
| where _ResourceId has 'AdFederationService'
| where OperationNameValue =~ 'Microsoft.ADHybridHealthService/services/delete'
| extend claimsJson = parse_json(Claims)
| extend AppId = tostring(claimsJson.appid), AccountName = tostring(claimsJson.name), Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
| project-away claimsJson`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/AADHybridHealthADFSSuspApp.yaml (@020d25e)",
    name: "Sentinel: Microsoft Entra ID Hybrid Health AD FS Suspicious Application",
    query: `// Microsoft Entra ID Connect Health Agent - cf6d7e68-f018-4e0a-a7b3-126e053fb88d
// Microsoft Entra ID Connect - cb1056e2-e479-49de-ae31-7812af012ed8
let appList = dynamic(['cf6d7e68-f018-4e0a-a7b3-126e053fb88d','cb1056e2-e479-49de-ae31-7812af012ed8']);
let operationNamesList = dynamic(['Microsoft.ADHybridHealthService/services/servicemembers/action','Microsoft.ADHybridHealthService/services/delete']);
AzureActivity
| where CategoryValue =~ 'Administrative'
| where ResourceProviderValue =~ 'Microsoft.ADHybridHealthService'
| where _ResourceId has 'AdFederationService'
| where OperationNameValue in~ (operationNamesList)
| extend claimsJson = parse_json(Claims)
| extend AppId = tostring(claimsJson.appid), AccountName = tostring(claimsJson.name), Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
| where AppId !in (appList)
| project-away claimsJson`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/NRT_Creation_of_Expensive_Computes_in_Azure.yaml (@0ec2a07)",
    name: "Sentinel: NRT Creation of expensive computes in Azure",
    query: `let tokens = dynamic(["416","208","192","128","120","96","80","72","64","48","44","40","nc12","nc24","nv24"]);
let operationList = dynamic(["microsoft.compute/virtualmachines/write", "microsoft.resources/deployments/write"]);
AzureActivity
| where OperationNameValue in~ (operationList)
| where ActivityStatusValue startswith "Accept"
| where Properties has 'vmSize'
| extend parsed_property= parse_json(tostring((parse_json(Properties).responseBody))).properties
| extend vmSize = tostring((parsed_property.hardwareProfile).vmSize)
| mv-apply token=tokens to typeof(string) on (where vmSize contains token)
| extend ComputerName = tostring((parsed_property.osProfile).computerName)
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, CallerIpAddress, ComputerName, vmSize
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/AnomalousAzureOperationModel.yaml (@2d6149a)",
    name: "Sentinel hunting: Anomalous Azure Operation Hunting Model",
    query: `// When the detection window will end (3 days prior to now)
let startDetectDate = 3d;
// When the detection window will start (now)
let endDetectDate = 0d;
// When to start collecting data for detection
let startDate = startDetectDate + 30d;
// Operation to monitor, in this case Run Command
let monitoredOps = dynamic(['microsoft.compute/virtualmachines/runcommand/action']);
// The resource type to monitor, in this case virtual machines
let monitoredResource = pack_array('microsoft.compute/virtualmachines');
let pair_probabilities_fl = (tbl:(*), A_col:string, B_col:string, scope_col:string)
{
let T = (tbl | extend _A = column_ifexists(A_col, ''), _B = column_ifexists(B_col, ''), _scope = column_ifexists(scope_col, ''));
let countOnScope = T | summarize countAllOnScope = count() by _scope;
let probAB = T | summarize countAB = count() by _A, _B, _scope | join kind = leftouter (countOnScope) on _scope | extend P_AB = todouble(countAB)/countAllOnScope;
let probA  = probAB | summarize countA = sum(countAB), countAllOnScope = max(countAllOnScope) by _A, _scope | extend P_A = todouble(countA)/countAllOnScope;
let probB  = probAB | summarize countB = sum(countAB), countAllOnScope = max(countAllOnScope) by _B, _scope | extend P_B = todouble(countB)/countAllOnScope;
    probAB
    | join kind = leftouter (probA) on _A, _scope
    | join kind = leftouter (probB) on _B, _scope
    | extend P_AUB = P_A + P_B - P_AB
           , P_AIB = P_AB/P_B
           , P_BIA = P_AB/P_A
    | extend Lift_AB = P_AB/(P_A * P_B)
           , Jaccard_AB = P_AB/P_AUB
    | project _A, _B, _scope, floor(P_A, 0.00001), floor(P_B, 0.00001), floor(P_AB, 0.00001), floor(P_AUB, 0.00001), floor(P_AIB, 0.00001)
    , floor(P_BIA, 0.00001), floor(Lift_AB, 0.00001), floor(Jaccard_AB, 0.00001)
    | sort by _scope, _A, _B
};
let eventsTable = materialize (
AzureActivity
| where TimeGenerated between (ago(startDate) .. ago(endDetectDate))
| where isnotempty(CallerIpAddress)
| where ActivityStatusValue has_any ('Success', 'Succeeded')
| extend ResourceId = iff(isempty(_ResourceId), ResourceId, _ResourceId)
| extend splitOp = split(OperationNameValue, '/')
| extend splitRes = split(ResourceId, '/')
| project TimeGenerated , subscriptionId=SubscriptionId
            , ResourceProvider
            , ResourceName = tolower(tostring(splitRes[-1]))
            , OperationNameValue = tolower(OperationNameValue)
            , timeSlice = floor(TimeGenerated, 1d)
            , clientIp = tostring(CallerIpAddress)
            , Caller
            , isMonitoredOp = iff(OperationNameValue has_any (monitoredOps), 1, 0)
            , isMonitoredResource = iff(OperationNameValue has_any (monitoredResource), 1, 0)
            , CorrelationId
| extend clientIpMask = format_ipv4_mask(clientIp, 16)
);
let modelData =  (
eventsTable
| where TimeGenerated < ago(startDetectDate) and isnotempty(Caller) and isnotempty(subscriptionId)
| summarize countEvents = count(), countMonRes = countif(isMonitoredResource == 1), counMonOp = countif(isMonitoredOp == 1)
    , firstSeen = min(timeSlice), firstSeenOnMonRes = minif(timeSlice, isMonitoredResource == 1), firstSeenOnMonOp = minif(timeSlice, isMonitoredOp == 1)
    by subscriptionId, Caller, clientIpMask
);
let monOpProbs = materialize (
eventsTable
| where TimeGenerated < ago(startDetectDate) and isnotempty(Caller) and isnotempty(subscriptionId)
| invoke pair_probabilities_fl('Caller', 'isMonitoredResource','subscriptionId')
| where _B == 1
| sort by P_AIB desc
| extend rankOnMonRes = row_rank(P_AIB), sumBiggerCondProbs = row_cumsum(P_AIB) - P_AIB
| extend avgBiggerCondProbs = floor(iff(rankOnMonRes > 1, sumBiggerCondProbs/(rankOnMonRes-1), max_of(0.0, prev(sumBiggerCondProbs))), 0.00001)
| project-away sumBiggerCondProbs
);
eventsTable
| where TimeGenerated between (ago(startDetectDate) .. ago(endDetectDate))
| join kind = leftouter (modelData | summarize countEventsPrincOnSub = sum(countEvents), countEventsMonResPrincOnSub = sum(countMonRes),  countEventsMonOpPrincOnSub = sum(counMonOp)
    , firstSeenPrincOnSubs = min(firstSeen), firstSeenMonResPrincOnSubs = min(firstSeenOnMonRes), firstSeenMonOpPrincOnSubs = min(firstSeenOnMonOp) by subscriptionId, Caller) 
        on subscriptionId, Caller
| join kind = leftouter (modelData | summarize countEventsIpMaskOnSub = sum(countEvents), countEventsMonResIpMaskOnSub = sum(countMonRes),  countEventsMonOpIpMaskOnSub = sum(counMonOp)
    , firstSeenIpMaskOnSubs = min(firstSeen), firstSeenMonResIpMaskOnSubs = min(firstSeenOnMonRes), firstSeenMonOpIpMaskOnSubs = min(firstSeenOnMonOp) by subscriptionId, clientIpMask) 
        on subscriptionId, clientIpMask
| join kind = leftouter (modelData | summarize countEventsOnSub = sum(countEvents), countEventsMonResOnSub = sum(countMonRes),  countEventsMonOpOnSub = sum(counMonOp)
    , firstSeenOnSubs = min(firstSeen), firstSeenMonResOnSubs = min(firstSeenOnMonRes), firstSeenMonOpOnSubs = min(firstSeenOnMonOp)
    , countCallersOnSubs = dcount(Caller), countIpMasksOnSubs = dcount(clientIpMask) by subscriptionId)
        on subscriptionId        
| project-away subscriptionId1, Caller1, subscriptionId2
| extend daysOnSubs = datetime_diff('day', timeSlice, firstSeenOnSubs)
| extend avgMonOpOnSubs = floor(1.0*countEventsMonOpOnSub/daysOnSubs, 0.01), avgMonResOnSubs = floor(1.0*countEventsMonResOnSub/daysOnSubs, 0.01)
| join kind = leftouter(monOpProbs) on $left.subscriptionId == $right._scope, $left.Caller == $right._A
| project-away _A, _B, _scope
| sort by subscriptionId asc, TimeGenerated asc
| extend rnOnSubs = row_number(1, subscriptionId != prev(subscriptionId))
| sort by subscriptionId asc, Caller asc, TimeGenerated asc
| extend rnOnCallerSubs = row_number(1, (subscriptionId != prev(subscriptionId) and (Caller != prev(Caller))))
| extend newCaller = iff(isempty(firstSeenPrincOnSubs), 1, 0)
    , newCallerOnMonRes = iff(isempty(firstSeenMonResPrincOnSubs), 1, 0)
    , newIpMask = iff(isempty(firstSeenIpMaskOnSubs), 1, 0)
    , newIpMaskOnMonRes = iff(isempty(firstSeenMonResIpMaskOnSubs), 1, 0)
    , newMonOpOnSubs = iff(isempty(firstSeenMonResOnSubs), 1, 0)
    , anomCallerMonRes = iff(((Jaccard_AB <= 0.1) or (P_AIB <= 0.1)), 1, 0)
| project TimeGenerated, subscriptionId,  ResourceProvider, ResourceName, OperationNameValue, Caller, CorrelationId, ClientIP=clientIp, ActiveDaysOnSub=daysOnSubs, avgMonOpOnSubs, newCaller, newCallerOnMonRes, newIpMask, newIpMaskOnMonRes, newMonOpOnSubs, anomCallerMonRes, isMonitoredOp, isMonitoredResource
| order by TimeGenerated
| where isMonitoredOp == 1
// Optional - focus only on monitored operations or monitored resource in detection window
| where isMonitoredOp == 1
//| where isMonitoredResource == 1`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/AzureSentinelConnectors_AdministrativeOperations.yaml (@442ef2f)",
    name: "Sentinel hunting: Microsoft Sentinel Connectors Administrative Operations",
    query: `let opValues = dynamic(["Microsoft.SecurityInsights/dataConnectors/write", "Microsoft.SecurityInsights/dataConnectors/delete"]);
// Microsoft Sentinel Data Connectors Update / Delete
AzureActivity
| where OperationNameValue in (opValues)
| where ActivitySubstatusValue in ("Created", "OK")
| sort by TimeGenerated desc
| extend timestamp = TimeGenerated, AccountCustomEntity = Caller, IPCustomEntity = CallerIpAddress`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/AzureSentinelWorkbooks_AdministrativeOperation.yaml (@10aeed7)",
    name: "Sentinel hunting: Microsoft Sentinel Workbooks Administrative Operations",
    query: `let opValues = dynamic(["microsoft.insights/workbooks/write", "microsoft.insights/workbooks/delete"]);
// Microsoft Sentinel Workbook Create / Update / Delete
AzureActivity
| where Category =~ "Administrative"
| where OperationNameValue in~ (opValues)
| where ActivitySubstatusValue in~ ("Created", "OK")
| sort by TimeGenerated desc
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/AzureVirtualNetworkSubnets_AdministrativeOperationset.yaml (@13328fa)",
    name: "Sentinel hunting: Azure Virtual Network Subnets Administrative Operations",
    query: `let opValues = dynamic(["Microsoft.Network/virtualNetworks/subnets/write","Microsoft.Network/virtualNetworks/subnets/delete"]);
// Creating, Updating or Deleting Virtual Network Subnets
AzureActivity
| where CategoryValue =~ "Administrative"
| where OperationNameValue in~ (opValues)
| where ActivitySubstatusValue in~ ("Created","Accepted")
| sort by TimeGenerated desc
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
| extend Account_0_Name = Name
| extend Account_0_UPNSuffix = UPNSuffix
| extend IP_0_Address = CallerIpAddress`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/Creating_Anomalous_Number_Of_Resources.yaml (@51be4ea)",
    name: "Sentinel hunting: Creation of an anomalous number of resources",
    query: `AzureActivity
| where OperationNameValue in~ ("microsoft.compute/virtualMachines/write", "microsoft.resources/deployments/write")
| where ActivityStatusValue == "Succeeded" 
| make-series dcount(ResourceId)  default=0 on EventSubmissionTimestamp in range(ago(7d), now(), 1d) by Caller
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
| extend Account_0_Name = Name
| extend Account_0_UPNSuffix = UPNSuffix`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/Granting_Permissions_to_Account.yaml (@3cff626)",
    name: "Sentinel hunting: Granting permissions to account",
    query: `AzureActivity
| where OperationName == "Create role assignment"
| where ActivityStatus == "Succeeded" 
| project Caller, CallerIpAddress
| evaluate basket()
| join kind=leftouter (AzureActivity
| where OperationName == "Create role assignment"
| where ActivityStatus == "Succeeded"
| summarize StartTime = min(TimeGenerated), EndTime = max(TimeGenerated) by Caller, CallerIpAddress)
on Caller, CallerIpAddress
| project-away Caller1, CallerIpAddress1
| where isnotempty(StartTime)
| extend timestamp = StartTime, AccountCustomEntity = Caller, IPCustomEntity = CallerIpAddress`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/Machine_Learning_Creation.yaml (@3d649b4)",
    name: "Sentinel hunting: Azure Machine Learning Write Operations",
    query: `AzureActivity
| where ResourceProviderValue == "MICROSOFT.MACHINELEARNINGSERVICES"  // Filter activities related to Microsoft Machine Learning Services
| extend SCOPE = tostring(parse_json(Authorization).scope)  
| extend subname = split(Hierarchy, "/") 
| extend ['Subscription Name'] = subname[-2], ['Subscription ID'] = subname[-1]  // Extract Subscription Name and ID
| extend Properties = parse_json(Properties)  
| extend Properties_entity = tostring(Properties.entity)  
| where isnotempty(Properties_entity)  // Filter activities where Properties.entity is not empty
| where OperationNameValue contains "write"  // Filter activities where OperationNameValue contains "write"
| where OperationNameValue !contains "MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE"  // Exclude role assignments
| extend LLM = tostring(split(Properties_entity, "/")[-1])  
| distinct TimeGenerated, tostring(['Subscription Name']), ResourceGroup, tostring(['Subscription ID']), Caller, CallerIpAddress, OperationNameValue, LLM  `,
  },
  {
    source: "Azure/Azure-Sentinel Detections/AzureActivity/Azure_CIS_521.yaml (@0081b5e)",
    name: "Sentinel CIS Benchmark 5.2.1: activity log alert for Create Policy Assignment",
    query: `AzureActivity
| where CategoryValue =~ "Administrative"
| where OperationNameValue =~ "microsoft.authorization/policyassignments/write"
| project TimeGenerated, Caller, CallerIpAddress, _ResourceId, ResourceGroup, SubscriptionId
| extend AccountCustomEntity = Caller, IPCustomEntity = CallerIpAddress, AzCustomEntity = _ResourceId`,
  },
  {
    source: "Azure/Azure-Sentinel Detections/AzureActivity/Azure_CIS_522.yaml (@a6c3245)",
    name: "Sentinel CIS Benchmark 5.2.2: activity log alert for Delete Policy Assignment",
    query: `AzureActivity
| where CategoryValue == "Administrative"
| where OperationNameValue == "microsoft.authorization/policyassignments/delete"
| project TimeGenerated, Caller, CallerIpAddress, _ResourceId, ResourceGroup, SubscriptionId
| extend
    AccountCustomEntity = Caller,
    IPCustomEntity = CallerIpAddress,
    AzCustomEntity = _ResourceId`,
  },
  {
    source: "Azure/Azure-Sentinel Detections/AzureActivity/Azure_CIS_523.yaml (@3a3a3a0)",
    name: "Sentinel CIS Benchmark 5.2.3: activity log alert for Create or Update Network Security Group",
    query: `AzureActivity
| where CategoryValue =~ "Administrative"
| where OperationNameValue =~ "Microsoft.Network/networkSecurityGroups/write"
| project TimeGenerated, Caller, CallerIpAddress, _ResourceId, ResourceGroup, SubscriptionId
| extend AccountCustomEntity = Caller, IPCustomEntity = CallerIpAddress, AzCustomEntity = _ResourceId`,
  },
  {
    source: "Azure/Azure-Sentinel Detections/AzureActivity/Azure_CIS_524.yaml (@013e3d7)",
    name: "Sentinel CIS Benchmark 5.2.4: activity log alert for Delete Network Security Group",
    query: `AzureActivity
| where CategoryValue == "Administrative"
| where OperationNameValue == "Microsoft.Network/networkSecurityGroups/delete"
| project TimeGenerated, Caller, CallerIpAddress, _ResourceId, ResourceGroup, SubscriptionId
| extend
    AccountCustomEntity = Caller,
    IPCustomEntity = CallerIpAddress,
    AzCustomEntity = _ResourceId`,
  },
  {
    source: "Azure/Azure-Sentinel Detections/AzureActivity/Azure_CIS_525.yaml (@280d03c)",
    name: "Sentinel CIS Benchmark 5.2.5: activity log alert for Create or Update Network Security Group Rule",
    query: `AzureActivity
| where CategoryValue == "Administrative"
| where OperationNameValue == "Microsoft.Network/networkSecurityGroups/securityRules/write"
| project TimeGenerated, Caller, CallerIpAddress, _ResourceId, ResourceGroup, SubscriptionId
| extend AccountCustomEntity = Caller, IPCustomEntity = CallerIpAddress, AzCustomEntity = _ResourceId`,
  },
  {
    source: "Azure/Azure-Sentinel Detections/AzureActivity/Azure_CIS_526.yaml (@0e38721)",
    name: "Sentinel CIS Benchmark 5.2.6: activity log alert for Delete Network Security Group Rule",
    query: `AzureActivity
| where CategoryValue =~ "Administrative"
| where OperationNameValue =~ "Microsoft.Network/networkSecurityGroups/securityRules/delete"
| project TimeGenerated, Caller, CallerIpAddress, _ResourceId, ResourceGroup, SubscriptionId
| extend AccountCustomEntity = Caller, IPCustomEntity = CallerIpAddress, AzCustomEntity = _ResourceId`,
  },
  {
    source: "Azure/Azure-Sentinel Detections/AzureActivity/Azure_CIS_527.yaml (@c85da5a)",
    name: "Sentinel CIS Benchmark 5.2.7: activity log alert for Create or Update Security Solution",
    query: `AzureActivity
| where CategoryValue == "Security"
| where OperationNameValue == "Microsoft.Security/securitySolutions/write"
| project TimeGenerated, Caller, CallerIpAddress, _ResourceId, ResourceGroup, SubscriptionId
| extend AccountCustomEntity = Caller, IPCustomEntity = CallerIpAddress, AzCustomEntity = _ResourceId`,
  },
  {
    source: "Azure/Azure-Sentinel Detections/AzureActivity/Azure_CIS_528.yaml (@bce6369)",
    name: "Sentinel CIS Benchmark 5.2.8: activity log alert for Delete Security Solution",
    query: `AzureActivity
| where CategoryValue == "Security"
| where OperationNameValue == "Microsoft.Security/securitySolutions/delete"
| project TimeGenerated, Caller, CallerIpAddress, _ResourceId, ResourceGroup, SubscriptionId
| extend
    AccountCustomEntity = Caller,
    IPCustomEntity = CallerIpAddress,
    AzCustomEntity = _ResourceId`,
  },
  {
    source: "Azure/Azure-Sentinel Hunting Queries/AzureActivity/Azure-CloudShell-Usage.yaml (@2511bc7)",
    name: "Sentinel hunting: Azure CloudShell Usage",
    query: `AzureActivity
   | where ActivityStatusValue == "Succeeded"
   | where ResourceGroup has "cloud-shell-storage"
   | where OperationNameValue == "Microsoft.Storage/storageAccounts/listKeys/action"
   // Change the timekey scope below to get activity for a longer window 
   | summarize by Caller, timekey= bin(TimeGenerated, 1h)
   | join (AzureActivity | where TimeGenerated >= ago(1d)
   | where OperationNameValue != "Microsoft.Storage/storageAccounts/listKeys/action"
   | where isnotempty(OperationNameValue)
    // Change the timekey scope below to get activity for a longer window 
   | summarize make_set(OperationNameValue) by Caller, timekey=bin(TimeGenerated, 1h)) on Caller, timekey
   | extend timestamp = timekey, AccountCustomEntity = Caller`,
  },
  {
    source: "Azure/Azure-Sentinel Detections/AzureActivity/ExpensiveComputes.yaml (@81a676f)",
    name: "Sentinel: Creation of expensive computes in Azure (first version)",
    query: `let timeframe = 1d;
let tokens = dynamic(["416","208","128","120","96","80","72","64","48","44","40","g5","gs5","g4","gs4","nc12","nc24","nv12"]);
let operationList = dynamic(["Create or Update Virtual Machine", "Create Deployment"]);
AzureActivity
| where TimeGenerated >= ago(timeframe)
| where OperationName in (operationList)
| where ActivityStatus == "Accepted" 
| where isnotempty(Properties)
| extend vmSize = tolower(tostring(parse_json(tostring(parse_json(tostring(parse_json(tostring(parse_json(Properties).responseBody)).properties)).hardwareProfile)).vmSize))
| where isnotempty(vmSize)
| where vmSize has_any (tokens) 
| extend ComputerName = tostring(parse_json(tostring(parse_json(tostring(parse_json(tostring(parse_json(Properties).responseBody)).properties)).osProfile)).computerName)
| extend clientIpAddress = tostring(parse_json(HTTPRequest).clientIpAddress)
| project TimeGenerated, OperationName, ActivityStatus, Caller, CallerIpAddress, ComputerName, vmSize
| extend timestamp = TimeGenerated, AccountCustomEntity = Caller, IPCustomEntity = CallerIpAddress`,
  },
  {
    source: OTEL_REF,
    name: "OTel reference: Application Insights - All Requests",
    query: `AppRequests
| where TimeGenerated > ago(7d)
| project TimeGenerated, Name, Url, DurationMs, ResultCode, Success, OperationId
| order by TimeGenerated desc
| take 100`,
  },
  {
    source: OTEL_REF,
    name: "OTel reference: Application Insights - Slow Requests",
    query: `AppRequests
| where TimeGenerated > ago(7d)
| where DurationMs > 1000
| project TimeGenerated, Name, Url, DurationMs, ResultCode, OperationId
| order by DurationMs desc
| take 50`,
  },
  {
    source: OTEL_REF,
    name: "OTel reference: Application Insights - Dependencies",
    query: `AppDependencies
| where TimeGenerated > ago(7d)
| summarize Count=count(), AvgDuration=avg(DurationMs), MaxDuration=max(DurationMs) by Target, Type, Name
| order by Count desc`,
  },
  {
    source: OTEL_REF,
    name: "OTel reference: Application Insights - Performance Summary",
    query: `AppRequests
| where TimeGenerated > ago(7d)
| summarize 
    Count=count(), 
    AvgDuration=avg(DurationMs), 
    P50=percentile(DurationMs, 50), 
    P95=percentile(DurationMs, 95), 
    P99=percentile(DurationMs, 99),
    Failures=countif(Success == false) 
    by Name
| extend FailureRate=round(Failures * 100.0 / Count, 2)
| order by Count desc`,
  },
  {
    source: OTEL_REF,
    name: "OTel reference: Application Insights - Failed Requests",
    query: `AppRequests
| where TimeGenerated > ago(7d)
| where Success == false
| summarize Count=count(), AvgDuration=avg(DurationMs), ResultCodes=make_set(ResultCode) by Name, Url
| order by Count desc`,
  },
  {
    source: OTEL_REF,
    name: "OTel reference: OpenTelemetry - Distributed Traces",
    query: `AppRequests
| where TimeGenerated > ago(7d)
| where AppRoleName == "pulse-360-portal"
| join kind=leftouter (
    AppDependencies
    | where TimeGenerated > ago(7d)
    | where AppRoleName == "pulse-360-portal"
) on OperationId
| project TimeGenerated, RequestName=Name, RequestUrl=Url, RequestDuration=DurationMs, DependencyName=Name1, DependencyTarget=Target, DependencyDuration=DurationMs1, OperationId
| order by TimeGenerated desc
| take 50`,
  },
  {
    source: SRE_GUIDE,
    name: "SRE guide: Is the API receiving traffic?",
    query: `// Is the API receiving traffic?
AppRequests
| where TimeGenerated > ago(1h)
| summarize count() by Name, ResultCode
| order by count_ desc`,
  },
  {
    source: SRE_GUIDE,
    name: "SRE guide: Request latency percentiles by endpoint",
    query: `// Request latency percentiles by endpoint
AppRequests
| where TimeGenerated > ago(24h)
| summarize
    p50 = percentile(DurationMs, 50),
    p95 = percentile(DurationMs, 95),
    p99 = percentile(DurationMs, 99),
    count = count()
  by Name`,
  },
  {
    source: SRE_GUIDE,
    name: "SRE guide: Slow requests (> 10s)",
    query: `// Slow requests (> 10s)
AppRequests
| where TimeGenerated > ago(24h)
| where DurationMs > 10000
| project TimeGenerated, Name, DurationMs, ResultCode, Properties
| order by DurationMs desc`,
  },
  {
    source: SRE_GUIDE,
    name: "SRE guide: Request trend over time (5-min buckets)",
    query: `// Request trend over time (5-min buckets)
AppRequests
| where TimeGenerated > ago(6h)
| summarize count() by bin(TimeGenerated, 5m), Name
| render timechart`,
  },
  {
    source: SRE_GUIDE,
    name: "SRE guide: Find a failed request",
    query: `// Find a failed request and its traces
AppRequests
| where TimeGenerated > ago(24h)
| where Success == false
| project TimeGenerated, Name, DurationMs, OperationId
| take 10`,
  },
  {
    source: ATSCALE,
    name: "Activity log at scale: Scale down",
    query: `AzureActivity
| where CategoryValue has 'Autoscale'
| where OperationNameValue has 'Scaledown' or OperationNameValue has 'ScaledownResult'
| summarize AggregatedValue = count() by OperationNameValue
`,
  },
  {
    source: ATSCALE,
    name: "Activity log at scale: Scale Up Activities",
    query: `AzureActivity
| where CategoryValue has 'Autoscale'
| where OperationNameValue has 'Scaleup' or OperationNameValue has 'ScaleupResult'

`,
  },
  {
    source: ATSCALE,
    name: "Activity log at scale: Scale Down Activities",
    query: `AzureActivity
| where CategoryValue has 'Autoscale'
| where OperationNameValue has 'Scaledown' or OperationNameValue has 'ScaledownResult'

`,
  },
  {
    source: ATSCALE,
    name: "Activity log at scale: ACTIVITY LOGS BY STATUS",
    query: `AzureActivity
| summarize AggregatedValue = count() by ActivityStatusValue`,
  },
  {
    source: ATSCALE,
    name: "Activity log at scale: ACTIVITY LOGS BY RESOURCE PROVIDER",
    query: `AzureActivity
| summarize AggregatedValue = count() by ResourceProviderValue`,
  },
  {
    source: ATSCALE,
    name: "Activity log at scale: Failures by Resources",
    query: `AzureActivity
| where ActivityStatusValue has "Failure"
| summarize AggregatedValue = count() by ResourceProviderValue`,
  },
  {
    source: ATSCALE,
    name: "Activity log at scale: Failures by Category",
    query: `AzureActivity
| where ActivityStatusValue has "Failure" or ActivityStatusValue has "Failed"
| summarize AggregatedValue = count() by CategoryValue
`,
  },
  {
    source: `${ATSCALE} ({resource} = MICROSOFT.WEB)`,
    name: "Activity log at scale: Failure by Categories",
    query: `AzureActivity
| where ActivityStatusValue has "Failure" or ActivityStatusValue has "Failed"
| where ResourceProviderValue has "MICROSOFT.WEB"
| order by CategoryValue
`,
  },
  {
    source: `${ATSCALE} ({status} = Active)`,
    name: "Activity log at scale: Operations by Activity Status Value",
    query: `AzureActivity
| where ResourceProviderValue has 'MICROSOFT.'
| where ActivityStatusValue has 'Active'`,
  },
  {
    source: ATSCALE,
    name: "Activity log at scale: Activity Status",
    query: `AzureActivity
| where CategoryValue has 'Administrative'
| summarize AggregatedValue = count() by ActivityStatusValue
`,
  },
  {
    source: ATSCALE,
    name: "Activity log at scale: Resource Provider",
    query: `AzureActivity
| where CategoryValue has 'Administrative'
| summarize AggregatedValue = count() by ResourceProviderValue
`,
  },
  {
    source: `${ATSCALE} ({RP} = MICROSOFT.WEB)`,
    name: "Activity log at scale: Administrative Activities by Resource Provider",
    query: `AzureActivity
| where CategoryValue has 'Administrative'
| where ResourceProviderValue has 'MICROSOFT.WEB'
`,
  },
  {
    source: `${ATSCALE} ({RG} = rg-demo)`,
    name: "Activity log at scale: Administrative Activities by Resource Group",
    query: `AzureActivity
| where CategoryValue has 'Administrative'
| where ResourceGroup has 'rg-demo'
`,
  },
  {
    source: "microsoft/AzureMonitorCommunity@d747e49 Azure Services/Azure AD Domain Services/Queries/Preview Data/Show logs from AzureActivity table.kql",
    name: "Show logs from AzureActivity table",
    query: `AzureActivity
| top 10 by TimeGenerated`,
  },
  {
    source: "microsoft/AzureMonitorCommunity@d747e49 Azure Services/Data factories/Alerts/Pipeline changed.kql",
    name: "ADF Pipeline Added/Modified/Deleted",
    query: `AzureActivity 
| where OperationNameValue in ("MICROSOFT.DATAFACTORY/FACTORIES/PIPELINES/WRITE","MICROSOFT.DATAFACTORY/FACTORIES/PIPELINES/DELETE")
| summarize arg_max(TimeGenerated, *) by CorrelationId
| extend Res=tostring(Properties_d.resource),
         Op=tostring(trim_start("MICROSOFT.DATAFACTORY/FACTORIES/PIPELINES/", OperationNameValue))
| where Res has "ADF Name"                        // replace with the name of your ADF
| project TimeGenerated, ResourceGroup, Caller, Res, ActivityStatusValue, Op`,
  },
  {
    source: "microsoft/AzureMonitorCommunity@d747e49 Azure Services/ExpressRoute circuits/Queries/Diagnostics/ExpressRoute Circuit BGP availability.kql",
    name: "ExpressRoute Circuit BGP availability",
    query: `AzureMetrics
| where MetricName == "BgpAvailability"
| summarize by Average, bin(TimeGenerated, 5m), Resource
| render timechart`,
  },
  {
    source: "microsoft/AzureMonitorCommunity@d747e49 Azure Services/ExpressRoute circuits/Queries/Diagnostics/ExpressRoute Circuit BitsOutPerSecond traffic graph.kql",
    name: "ExpressRoute Circuit BitsOutPerSecond traffic graph",
    query: `AzureMetrics
| where MetricName == "BitsOutPerSecond"
| summarize by Average, bin(TimeGenerated, 1h), Resource
| render timechart`,
  },
  {
    source: "microsoft/AzureMonitorCommunity@d747e49 Azure Services/Virtual Network Gateways/Queries/Performance/P2S bandwidth utilization.kql",
    name: "P2S bandwidth utilization",
    query: `AzureMetrics
| where TimeGenerated > ago(24h)
| where MetricName == "P2SBandwidth" 
| summarize by Average, bin(TimeGenerated, 1h), Resource
| render timechart`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Workbooks/AzureActivity.json (@05bb09d; TimeRange = its default 7 days: {TimeRange:start} = datetime(2026-11-13T15:00:00.000Z), {TimeRange:end} = datetime(2026-11-20T15:00:00.000Z), {TimeRange:grain} = 1h; {Caller} and {ResourceGroup} = their default 'All', {Caller:lable} and {ResourceGroup:lable} = All)",
    name: "Sentinel Azure Activity workbook: Caller parameter",
    query: `AzureActivity
| summarize by Caller`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Workbooks/AzureActivity.json (@05bb09d; TimeRange = its default 7 days: {TimeRange:start} = datetime(2026-11-13T15:00:00.000Z), {TimeRange:end} = datetime(2026-11-20T15:00:00.000Z), {TimeRange:grain} = 1h; {Caller} and {ResourceGroup} = their default 'All', {Caller:lable} and {ResourceGroup:lable} = All)",
    name: "Sentinel Azure Activity workbook: ResourceGroup parameter",
    query: `AzureActivity
| summarize by ResourceGroup`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Workbooks/AzureActivity.json (@05bb09d; TimeRange = its default 7 days: {TimeRange:start} = datetime(2026-11-13T15:00:00.000Z), {TimeRange:end} = datetime(2026-11-20T15:00:00.000Z), {TimeRange:grain} = 1h; {Caller} and {ResourceGroup} = their default 'All', {Caller:lable} and {ResourceGroup:lable} = All)",
    name: "Sentinel Azure Activity workbook: Top 10 active resource groups",
    query: `let data = AzureActivity
| where "All" == "All" or "All" == "All" or Caller in ('All')
| where "All" == "All" or "All" == "All" or ResourceGroup in ('All');
data
| summarize Count = count() by ResourceGroup
| join kind = fullouter (datatable(ResourceGroup:string)['Medium', 'high', 'low']) on ResourceGroup
| project ResourceGroup = iff(ResourceGroup == '', ResourceGroup1, ResourceGroup), Count = iff(ResourceGroup == '', 0, Count)
| join kind = inner (data
 | make-series Trend = count() default = 0 on TimeGenerated from datetime(2026-11-13T15:00:00.000Z) to datetime(2026-11-20T15:00:00.000Z) step 1h by ResourceGroup)
 on ResourceGroup
| project-away ResourceGroup1, TimeGenerated
| extend ResourceGroups = ResourceGroup
| union (
 data 
 | summarize Count = count() 
 | extend jkey = 1
 | join kind=inner (data
 | make-series Trend = count() default = 0 on TimeGenerated from datetime(2026-11-13T15:00:00.000Z) to datetime(2026-11-20T15:00:00.000Z) step 1h
 | extend jkey = 1) on jkey
 | extend ResourceGroup = 'All', ResourceGroups = '*' 
)
| order by Count desc
| take 10`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Workbooks/AzureActivity.json (@05bb09d; TimeRange = its default 7 days: {TimeRange:start} = datetime(2026-11-13T15:00:00.000Z), {TimeRange:end} = datetime(2026-11-20T15:00:00.000Z), {TimeRange:grain} = 1h; {Caller} and {ResourceGroup} = their default 'All', {Caller:lable} and {ResourceGroup:lable} = All)",
    name: "Sentinel Azure Activity workbook: Caller activities",
    query: `AzureActivity
| where "All" == "All" or Caller in ('All')
| where "All" == "All" or ResourceGroup in ('All')
| summarize deletions = countif(OperationNameValue hassuffix "Delete"), creations = countif(OperationNameValue hassuffix "write"), updates = countif(OperationNameValue hassuffix "write"), Activities = count() by Caller
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Workbooks/AzureActivity.json (@05bb09d; TimeRange = its default 7 days: {TimeRange:start} = datetime(2026-11-13T15:00:00.000Z), {TimeRange:end} = datetime(2026-11-20T15:00:00.000Z), {TimeRange:grain} = 1h; {Caller} and {ResourceGroup} = their default 'All', {Caller:lable} and {ResourceGroup:lable} = All)",
    name: "Sentinel Azure Activity workbook: Activities by log level over time",
    query: `AzureActivity 
| where "All" == "All" or Caller in ('All')
| where "All" == "All" or ResourceGroup in ('All')
| summarize Informational = countif(Level == "Informational"), Warning = countif(Level == "Warning"), Error = countif(Level == "Error") by bin_at(TimeGenerated, 1h, now())
`,
  },
  {
    source: FD_NOTES,
    name: "Front Door load-test notes: take 10 access-log rows",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| take 10`,
  },
  {
    source: FD_NOTES,
    name: "Front Door load-test notes: requests per 5 seconds in a window",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| where ResourceId == "/SUBSCRIPTIONS/7F619149-07DC-42AD-8987-5ED45CA65301/RESOURCEGROUPS/LOADBALANCERSPIKEFRONTDOORSTANDARDGROUP/PROVIDERS/MICROSOFT.CDN/PROFILES/LOADBALANCERSPIKEFRONTDOORSTANDARD"
| where TimeGenerated between (datetime(2022-05-20 06:51:30) .. datetime(2022-05-20 06:59:30))
| summarize Requests = count() by bin(TimeGenerated, 5s)
| render timechart`,
  },
  {
    source: FD_NOTES,
    name: "Front Door load-test notes: one profile's rows in a window",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| where ResourceId == "/SUBSCRIPTIONS/7F619149-07DC-42AD-8987-5ED45CA65301/RESOURCEGROUPS/LOADBALANCERSPIKEFRONTDOORSTANDARDGROUP/PROVIDERS/MICROSOFT.CDN/PROFILES/LOADBALANCERSPIKEFRONTDOORSTANDARD"
| where TimeGenerated between (datetime(2022-05-20 07:00:00) .. datetime(2022-05-20 07:01:10))`,
  },
  {
    source: FD_WAF_RUNBOOK,
    name: "Container app runbook: Front Door access and WAF rows with column_ifexists",
    query: `AzureDiagnostics
| where TimeGenerated > ago(24h)
| where ResourceProvider == "MICROSOFT.CDN"
| where Category in ("FrontDoorAccessLog", "FrontDoorWebApplicationFirewallLog")
| extend RequestUri = tostring(column_ifexists("requestUri_s", "")),
         Status = tostring(column_ifexists("httpStatusCode_s", "")),
         Action = tostring(column_ifexists("action_s", "")),
         Details = tostring(column_ifexists("details_msg_s", ""))
| project TimeGenerated, Category, RequestUri, Status, Action, Details
| order by TimeGenerated desc`,
  },
  {
    source: FD_ENV,
    name: "Front Door requests by environment per hour",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN"
    and Category == "FrontDoorAccessLog"
| where requestUri_s contains "redberry.app.euccz.org"
| extend Environment = case(
    requestUri_s contains "uat.",  "UAT",
    requestUri_s contains "test.", "TEST",
    "PROD")
| summarize Requests = count()
    by bin(TimeGenerated, 1h), Environment
| render timechart`,
  },
  {
    source: COSMOS_MODULE,
    name: "Cosmos training module: throttled share per operation and minute",
    query: `CDBDataPlaneRequests
| where TimeGenerated >= ago(24h)
| summarize throttledOperations = dcountif(ActivityId, StatusCode == 429),
            totalOperations = dcount(ActivityId),
            totalConsumedRUPerMinute = sum(RequestCharge)
    by DatabaseName, CollectionName, OperationName, RequestResourceType, bin(TimeGenerated, 1min)
| extend averageRUPerOperation = 1.0 * totalConsumedRUPerMinute / totalOperations
| extend fractionOf429s = 1.0 * throttledOperations / totalOperations
| order by fractionOf429s desc`,
  },
  {
    source: COSMOS_MODULE,
    name: "Cosmos training module: the row of one activity id",
    query: `CDBDataPlaneRequests
| where ActivityId == "<activity-id-from-your-application>"`,
  },
  {
    source: AGENT_PS,
    name: "Agent latency script: agent latency, 10-min buckets",
    query: `AppMetrics | where TimeGenerated > ago(2h) | where Name == 'AgentRequest.Duration' | summarize p50=percentile(Sum,50), p95=percentile(Sum,95), p99=percentile(Sum,99), maxv=max(Sum), n=count() by bin(TimeGenerated, 10m) | order by TimeGenerated desc`,
  },
  {
    source: AGENT_PS,
    name: "Agent latency script: slowest 20 agent requests",
    query: `AppRequests | where TimeGenerated > ago(2h) | where Name has 'Agent' or Name has 'recommend' | top 20 by DurationMs desc | project TimeGenerated, Name, DurationMs, ResultCode, OperationId, Url`,
  },
  {
    source: AGENT_PS,
    name: "Agent latency script: recommendations endpoint latency",
    query: `AppRequests | where TimeGenerated > ago(2h) | where Url has 'recommendations' or Name has 'Recommendations' | summarize n=count(), p50=percentile(DurationMs,50), p95=percentile(DurationMs,95), p99=percentile(DurationMs,99), maxv=max(DurationMs), errors=countif(Success == false) by bin(TimeGenerated, 10m) | order by TimeGenerated desc`,
  },
  {
    source: AGENT_PS,
    name: "Agent latency script: slow dependencies (>3s)",
    query: `AppDependencies | where TimeGenerated > ago(2h) | where DurationMs > 3000 | summarize n=count(), p50=percentile(DurationMs,50), p95=percentile(DurationMs,95), maxv=max(DurationMs) by Type, Target | order by p95 desc | take 30`,
  },
  {
    source: AGENT_PS7,
    name: "Agent latency script: hourly P95 trend (last 7 days)",
    query: `AppMetrics | where TimeGenerated > ago(7d) | where Name == 'AgentRequest.Duration' | summarize p95=percentile(Sum,95), n=count() by bin(TimeGenerated, 1h) | where n > 0 | order by TimeGenerated desc | take 40`,
  },
  {
    source: GRAPH_DIAG,
    name: "Graph inbox diagnosis: function and hook requests",
    query: `AppRequests | where TimeGenerated > datetime(2026-09-02T12:00:00Z)
| where OperationName in ('InboxRecoveryFunction','UnifiedWorkFunction') or Name contains 'hooks'
| project TimeGenerated, OperationName, Success, DurationMs, OperationId | order by TimeGenerated asc`,
  },
  {
    source: GRAPH_DIAG,
    name: "Graph inbox diagnosis: Graph dependency calls",
    query: `AppDependencies | where TimeGenerated > datetime(2026-09-02T13:54:00Z)
| where Target has 'graph.microsoft.com' | project TimeGenerated, Data, DurationMs, ResultCode | order by TimeGenerated asc`,
  },
  {
    source: SQL_PT,
    name: "Azure SQL Analytics (pt-PT): high DTU on Azure SQL Database",
    query: `AzureMetrics | where ResourceProvider=="MICROSOFT.SQL" and ResourceId contains "/DATABASES/" and MetricName=="dtu_consumption_percent" | summarize avg(Maximum) by ResourceId`,
  },
  {
    source: SQL_PT,
    name: "Azure SQL Analytics (pt-PT): high DTU on an elastic pool",
    query: `AzureMetrics | where ResourceProvider=="MICROSOFT.SQL" and ResourceId contains "/ELASTICPOOLS/" and MetricName=="dtu_consumption_percent" | summarize avg(Maximum) by ResourceId`,
  },
  {
    source: OBS_SKILL,
    name: "Observability skill: request performance",
    query: `AppRequests | where TimeGenerated > ago(1h) | summarize avg(DurationMs), count() by Name | order by avg_DurationMs desc | take 10`,
  },
  {
    source: OBS_SKILL,
    name: "Observability skill: resource utilization",
    query: `AzureMetrics | where TimeGenerated > ago(1h) | where MetricName == 'Percentage CPU' | summarize avg(Average) by Resource | take 10`,
  },
  {
    source: NW_BICEP,
    name: "Platform workbook: requests, failures and p95 per service",
    query: `AppRequests | summarize requests = count(), failures = countif(Success == false), p95_ms = percentile(DurationMs, 95) by AppRoleName | order by requests desc`,
  },
  {
    source: NW_BICEP,
    name: "Platform workbook: model tokens per tenant subscription",
    query: `AppMetrics | where Name in ("Total Tokens", "Prompt Tokens", "Completion Tokens") | extend subscription = tostring(Properties["Subscription ID"]) | summarize tokens = sum(Sum) by subscription, Name, bin(TimeGenerated, 1h) | order by TimeGenerated desc`,
  },
  {
    source: NW_BICEP,
    name: "Platform workbook: online endpoints requests and p95 latency",
    query: `AzureMetrics | where ResourceProvider == "MICROSOFT.MACHINELEARNINGSERVICES" and MetricName in ("RequestsPerMinute", "RequestLatency_P95") | summarize value = avg(Average) by Resource, MetricName, bin(TimeGenerated, 5m)`,
  },
  {
    source: "public GitHub file, code index id 55804874262 (App Service monitoring guide, querying the workspace directly)",
    name: "App Service guide: requests by result code",
    query: `AppRequests | summarize count() by ResultCode`,
  },
  {
    source: "public GitHub file, code index id 57141072086 (deployment guide, Log Aggregation query examples)",
    name: "Deployment guide: average and maximum duration by request name",
    query: `AppRequests | summarize avg(DurationMs), max(DurationMs) by Name`,
  },
  {
    source: "public GitHub file, code index id 43224138404 (Azure monitoring skill, Common KQL)",
    name: "Monitoring skill: average duration by request name",
    query: `AppRequests | summarize avg(DurationMs) by Name | order by avg_DurationMs desc`,
  },
  {
    source: "public GitHub file, code index id 119411859 (Log Analytics query client perf test, its query)",
    name: "Logs query perf test: average duration per 10 minutes and resource",
    query: `AppRequests | summarize avgRequestDuration=avg(DurationMs) by bin(TimeGenerated, 10m), _ResourceId`,
  },
  {
    source: "public GitHub file, code index id 60249933133 (operations runbook, [P1] High P99 Latency)",
    name: "Runbook: p99 latency by request name",
    query: `AppRequests | summarize percentile(DurationMs, 99) by Name`,
  },
  {
    source: "public GitHub file, code index id 60249933133 (operations runbook, [P1] High P99 Latency)",
    name: "Runbook: PostgreSQL dependencies",
    query: `AppDependencies | where Type =~ "postgresql"`,
  },
  {
    source: "public GitHub file, code index id 69009143668 (Pulumi issue reproduction, the workspace-scoped alert query)",
    name: "Pulumi reproduction: request count",
    query: `AppRequests | summarize Count = count()`,
  },
  {
    source: "public GitHub file, code index id 70082289223 (Deno tests of an Azure Monitor KQL analysis)",
    name: "KQL analysis test: request count",
    query: `AppRequests | summarize n = count()`,
  },
  {
    source: "public GitHub file, code index id 62079451107 (MCP tool description, its query examples; the first without the sentence's full stop)",
    name: "MCP tool example: failures by role",
    query: `AppRequests | where Success == false | summarize failures = count() by AppRoleName`,
  },
  {
    source: "public GitHub file, code index id 62079451107 (MCP tool description, its query examples; the first without the sentence's full stop)",
    name: "MCP tool example: average duration by role",
    query: `AppRequests | summarize avg(DurationMs) by AppRoleName`,
  },
  {
    source: "public GitHub file, code index id 71544626052 (plan of a KQL test harness, its test query)",
    name: "Test harness plan: totals, failures, mean and failure rate by name",
    query: `AppRequests | summarize Total=count(), Failed=countif(Success == false), MeanMs=avg(DurationMs) by Name | extend FailureRate=100.0 * Failed / Total`,
  },
  {
    source: "public GitHub file, code index id 71413458958 (Front Door operations guide, sizing rateLimitThresholdPerMinute)",
    name: "Front Door guide: busiest clients' peak requests per minute",
    query: `AzureDiagnostics | where Category == "FrontDoorAccessLog" | summarize perMinute = count() by clientIp_s, bin(TimeGenerated, 1m) | summarize max(perMinute) by clientIp_s | top 10 by max_perMinute`,
  },
  {
    source: "public GitHub file, code index id 17121211894 (App Gateway behind Front Door notes, Troubleshooting Tips)",
    name: "AFD and AppGW notes: the Front Door access log",
    query: `AzureDiagnostics | where Category == "FrontDoorAccessLog"`,
  },
  {
    source: "public GitHub file, code index id 17121211894 (App Gateway behind Front Door notes, Troubleshooting Tips)",
    name: "AFD and AppGW notes: the Front Door health probe log",
    query: `AzureDiagnostics | where Category == "FrontDoorHealthProbeLog"`,
  },
  {
    source: "public GitHub file, code index id 70397432970 (Bicep alert definitions, api-5xx)",
    name: "Bicep alert: API 5xx requests",
    query: `AppRequests | where Success == false and toint(ResultCode) >= 500`,
  },
  {
    source: "public GitHub file, code index id 71150736353 (OTP service operations guide, Front Door queries)",
    name: "OTP guide: Front Door SendOtp status codes",
    query: `let ProfileId = "/subscriptions/<subscription-id>/resourceGroups/<global-rg>/providers/Microsoft.Cdn/profiles/<profile-name>";
AzureDiagnostics
| where TimeGenerated > ago(24h)
| where _ResourceId =~ ProfileId and Category == "FrontDoorAccessLog"
| where tostring(parse_url(requestUri_s).Path) =~ "/api/SendOtp"
| extend HttpStatus=toint(coalesce(
    tostring(column_ifexists("httpStatusCode_s", "")),
    tostring(column_ifexists("httpStatusCode_d", real(null))),
    tostring(column_ifexists("httpStatus_d", real(null)))))
| summarize ObservedRequests=count() by bin(TimeGenerated, 15m), HttpStatus
| order by TimeGenerated desc`,
  },
  {
    source: "public GitHub file, code index id 71150736353 (OTP service operations guide, Front Door queries)",
    name: "OTP guide: Front Door failed probes by origin",
    query: `let ProfileId = "/subscriptions/<subscription-id>/resourceGroups/<global-rg>/providers/Microsoft.Cdn/profiles/<profile-name>";
AzureDiagnostics
| where TimeGenerated > ago(24h)
| where _ResourceId =~ ProfileId and Category == "FrontDoorHealthProbeLog"
| summarize FailedProbes=count(), LastSeen=max(TimeGenerated)
    by Origin=tostring(originName_s), Result=tostring(result_s),
       HttpStatus=toint(httpStatusCode_s)
| order by FailedProbes desc`,
  },
  {
    source: "public GitHub file, code index id 54801364687 (Bicep 'FrontLens' Front Door alert rules, KQL fragments)",
    name: "FrontLens alert: Front Door 5xx error rate",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| extend statusNum = toint(httpStatusCode_s)
| summarize total = count(), errors = countif(statusNum >= 500) by bin(TimeGenerated, 5m)
| where total > 20
| extend errorRatePct = 100.0 * errors / total
| project TimeGenerated, errorRatePct`,
  },
  {
    source: "public GitHub file, code index id 54801364687 (Bicep 'FrontLens' Front Door alert rules, KQL fragments)",
    name: "FrontLens alert: Front Door p95 latency",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| extend ms = todouble(timeTaken_s) * 1000.0
| summarize p95ms = percentile(ms, 95), n = count() by bin(TimeGenerated, 5m)
| where n > 20
| project TimeGenerated, p95ms`,
  },
  {
    source: "public GitHub file, code index id 60927794450 (Bicep monitoring dashboard, AnalyticsGridPart queries; its '\\n' are the query's line breaks)",
    name: "Monitoring dashboard: Cosmos DB Requests (5-min)",
    query: `CDBDataPlaneRequests
| summarize RequestCount=count() by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 60927794450 (Bicep monitoring dashboard, AnalyticsGridPart queries; its '\\n' are the query's line breaks)",
    name: "Monitoring dashboard: Cosmos DB Errors (5-min)",
    query: `CDBDataPlaneRequests
| where StatusCode >= 400
| summarize Errors=count() by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 17913184162 (production health-check skill with MCP tools; the query of each step)",
    name: "Health-check skill: request volume and latency (24h)",
    query: `AppRequests | where TimeGenerated > ago(24h) | summarize total=count(), failed=countif(Success == false), p95=percentile(DurationMs, 95)`,
  },
  {
    source: "public GitHub file, code index id 17913184162 (production health-check skill with MCP tools; the query of each step)",
    name: "Health-check skill: per-endpoint latency (24h)",
    query: `AppRequests | where TimeGenerated > ago(24h) | summarize P95=percentile(DurationMs, 95), Count=count() by OperationName | where Count > 10 | order by P95 desc | take 10`,
  },
  {
    source: "public GitHub file, code index id 17913184162 (production health-check skill with MCP tools; the query of each step)",
    name: "Health-check skill: HTTP errors (24h)",
    query: `AppRequests | where TimeGenerated > ago(24h) and toint(ResultCode) >= 400 | summarize Count=count() by ResultCode | order by Count desc | take 10`,
  },
  {
    source: "public GitHub file, code index id 17913184162 (production health-check skill with MCP tools; the query of each step)",
    name: "Health-check skill: error rate trend (7d)",
    query: `AppRequests | where TimeGenerated > ago(7d) | summarize Total=count(), Failed=countif(Success == false) by bin(TimeGenerated, 1d) | extend ErrorRate=round(todouble(Failed)/todouble(Total)*100, 2) | order by TimeGenerated desc`,
  },
  {
    source: "public GitHub file, code index id 17913184162 (production health-check skill with MCP tools; the query of each step)",
    name: "Health-check skill: dependency health (24h)",
    query: `AppDependencies | where TimeGenerated > ago(24h) | summarize Count=count(), FailureCount=countif(Success == false) by DependencyType, Target | order by Count desc | take 10`,
  },
  {
    source: "public GitHub file, code index id 70952016986 (Terraform operations workbook, its tiles)",
    name: "Operations workbook: availability (readiness check)",
    query: `AppAvailabilityResults | summarize availability = 100.0 * countif(Success == true) / count() by bin(TimeGenerated, 15m), Location | render timechart`,
  },
  {
    source: "public GitHub file, code index id 56040185204 (banking platform monitoring design, alert rule 3 'Service Availability')",
    name: "Banking alert: service availability",
    query: `AppAvailabilityResults | summarize Availability = (todouble(countif(Success == true)) / count()) * 100`,
  },
  {
    source: "public GitHub file, code index id 52442356696 ('KQL Query Patterns & Annotated Examples')",
    name: "KQL patterns: AzureDiagnostics (legacy) App Service HTTP logs",
    query: `// AzureDiagnostics (legacy)
AzureDiagnostics
| where ResourceType == "MICROSOFT.WEB/SITES"
| where Category == "AppServiceHTTPLogs"`,
  },
  {
    source: "public GitHub file, code index id 52442356696 ('KQL Query Patterns & Annotated Examples')",
    name: "KQL patterns: Example 4, summarize with bin() for threshold alert",
    query: `// PURPOSE: Detect when response time exceeds threshold in any 5-min window
// PATTERN: summarize + bin() + post-aggregation where
// USE CASE: Alert rule for API latency SLA breach
AppRequests
| where TimeGenerated > ago(1h)
| summarize
    AvgDuration = avg(DurationMs),
    P95Duration = percentile(DurationMs, 95),
    RequestCount = count()
    by bin(TimeGenerated, 5m), AppRoleName
| where AvgDuration > 500 or P95Duration > 2000
| project TimeGenerated, AppRoleName, AvgDuration, P95Duration, RequestCount
// NOTES:
// - Combining avg and percentile gives central tendency + tail latency
// - Post-agg where is correct: alerting on aggregated values`,
  },
  {
    source: "public GitHub file, code index id 52442356696 ('KQL Query Patterns & Annotated Examples')",
    name: "KQL patterns: Example 8, anomaly detection with make-series",
    query: `// PURPOSE: Detect anomalous drops in request volume
// PATTERN: make-series + series_decompose_anomalies
// USE CASE: Proactive service health monitoring
AppRequests
| where TimeGenerated > ago(7d)
| make-series RequestCount = count() default=0
    on TimeGenerated from ago(7d) to now() step 1h
    by AppRoleName
| extend (anomalies, score, baseline) =
    series_decompose_anomalies(RequestCount, 1.5, -1, "linefit")
| mv-expand
    TimeGenerated to typeof(datetime),
    RequestCount to typeof(long),
    anomalies to typeof(int),
    score to typeof(double)
| where anomalies != 0
| project TimeGenerated, AppRoleName, RequestCount, anomalies, score
| sort by abs(score) desc
// NOTES:
// - make-series fills missing bins with default=0
// - Threshold 1.5 = std deviations for anomaly flag
// - mv-expand converts series arrays back to rows
// - Use render timechart on series (before mv-expand) for viz`,
  },
  {
    source: "MicrosoftDocs/azure-databases-docs@02b7946 articles/cosmos-db/monitor.md (Resource-specific table tab)",
    name: "Cosmos DB monitor page: all data-plane logs",
    query: `CDBDataPlaneRequests`,
  },
  {
    source: "MicrosoftDocs/azure-databases-docs@02b7946 articles/cosmos-db/monitor.md (Resource-specific table tab)",
    name: "Cosmos DB monitor page: data-plane logs of one account",
    query: `CDBDataPlaneRequests
| where AccountName=="<account-name>"`,
  },
  {
    source: "MicrosoftDocs/azure-databases-docs@02b7946 articles/cosmos-db/monitor.md (Resource-specific table tab)",
    name: "Cosmos DB monitor page: data-plane logs by account",
    query: `CDBDataPlaneRequests
| summarize count() by AccountName`,
  },
  {
    source: "MicrosoftDocs/azure-databases-docs@02b7946 articles/cosmos-db/monitor.md (Resource-specific table tab)",
    name: "Cosmos DB monitor page: data-plane logs by operation (pie chart)",
    query: `CDBDataPlaneRequests
| summarize count() by OperationName
| render piechart`,
  },
  {
    source: "https://gist.github.com/x3nc0n/1a60171f700b4ad02a031032e0e9e4e4 ('KQL Query for Front Door Access Anomalies'; the text as the gist page renders it, one line per line)",
    name: "Gist: Front Door access anomalies (clients above a daily mean plus one deviation)",
    query: `let request_threshold = toscalar(
AzureDiagnostics
| where Category contains "FrontDoorAccessLog"
| where TimeGenerated >= startofday(ago(90d)) and TimeGenerated < startofday(now())
| summarize cnt=count() by clientIp_s, bin(TimeGenerated, 1d)
| summarize avg(cnt), stdev(cnt)
| project threshold = avg_cnt+stdev_cnt);
AzureDiagnostics
| where Category == "FrontdoorAccessLog"
| summarize count() by userAgent_s,clientIp_s
| where count_ > request_threshold`,
  },
];
