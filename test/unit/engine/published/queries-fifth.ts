/**
 * A fifth set of real published queries for the contract tables, copied as published (comments and
 * whitespace included), from sources the first four sets did not use. Same selection rule as
 * queries.ts … queries-fourth.ts: every query of a source that reads only contract tables and columns
 * those tables have in a workspace like this deployment's. Workbook parameters are replaced by the
 * text the portal substitutes (a relative time range `{x:query}` becomes `> ago(1d)`), and template
 * placeholders of code that formats the query (Terraform `${var}`, Python f-strings, JavaScript
 * template literals, Bicep `${...}`) by a value; each replacement is named in the query's source.
 *
 * Left out of the same sources, with the reason:
 * - Azure/azure-monitor-baseline-alerts AmlFilesystems alerts "OST Bytes Available", "MDT Files Free",
 *   "MDT Files Available" (they compare with `threshold_available`/`threshold_free`, names their own
 *   `let` does not declare) and "MDT Files Used" (reads `MDTFilesFree`, a column its summarize does not
 *   make): Log Analytics fails them too (KS142, unknown name).
 * - The FilteredAPIM workbook's "Requests": `summarize count(tostring(ResultCode))`; Kusto's language
 *   service rejects it (KS107: count() takes no argument, or a bool predicate).
 * - The Bicep Front Door workbook (code index 51786908182): "HTTP Status Code Distribution" and
 *   "Origin Health Probe Results" (httpStatusCode_d, origin_s: columns of classic Front Door, not of the
 *   Standard/Premium access and probe logs), "Top 20 Countries" (clientCountry_s) and the six WAF-log
 *   queries (WAF columns without column_ifexists; this deployment writes no WAF log). The same for the
 *   Python job's status-code query (httpStatusCode_d) and the APIM guide's "WAF Blocks".
 * - The SRTP workbooks' queries over AppExceptions, AppTraces and StorageBlobLogs, and their
 *   AzureDiagnostics queries over Application Gateway columns (httpStatus_d, clientIP_s).
 * - The availability SLO signal's `... | where isnotnan(Value)` (code index 57377716252) (Kusto has isnan(), no isnotnan():
 *   KS211) and the availability workbook that groups by `TestName` (code index 68467918072) (not an AppAvailabilityResults column).
 * - The natural-language translator's "app metrics"/"custom metrics" (project `Count`, not an AppMetrics
 *   column: KS142), its queries over non-contract tables, and "custom events": AppEvents holds rows only
 *   in hours with a failover drill, and over this test's hour the table does not exist (Log Analytics
 *   answers a table never written with "Failed to resolve table" too), so it cannot run here.
 * - The TerraFusion dashboard's "Total Platform Cost" (Cost_USD, not an AzureDiagnostics column here), the
 *   Databricks script's "DatabricksClusterCost" (ClusterName, not an AzureMetrics column) and the slow-requests
 *   runbook's step 2 (`by Name, p99_duration=percentile(...)`: an aggregate in `by`, which Kusto rejects).
 * - The monitoring-queries page (code index 52711423751): its AppExceptions/AppTraces queries. The
 *   runbooks 01, 02 and 06 (code index 67195867378, 67615973814, 67554497360): their ContainerImageInventory,
 *   kubectl and PromQL steps.
 * - The Cosmos best-practices script's throttling query (PartitionKeyRangeId is a
 *   CDBPartitionKeyRUConsumption column, not a CDBDataPlaneRequests one).
 *
 * - Microsoft Sentinel's Azure Activity solution (Azure/Azure-Sentinel Solutions/Azure Activity): the rule
 *   "Suspicious granting of permissions to an account" (externaldata and IdentityInfo, outside the contract);
 *   the rules and hunting queries here are the ones read (eight rules, six hunting queries), not all of them.
 *   This deployment writes AzureActivity rows only around failover drills, none in the test's hour: these
 *   queries are checked for running, columns and types, not for rows.
 *
 * Refused by the engine, on purpose (five): "Request volume anomalies" and the Sentinel rules "Suspicious
 * number of resource creation or deployment activities" and "Mass Cloud resource deletions Time Series
 * Anomaly" call series_decompose_anomalies() with seasonality autodetection (-1) and assign its three
 * results as a tuple: the detection uses series_periods_detect, whose scores the reference does not describe,
 * and series_outliers' score formula is not given either, so the engine names both constructs instead of
 * answering. The hunting queries "Common deployed resources" (evaluate basket()) and "Azure storage key
 * enumeration" (evaluate autocluster()) call plugins whose pattern selection and output order the reference
 * does not specify exactly.
 */
import type { PublishedQuery } from "./queries";

export const PUBLISHED_FIFTH: PublishedQuery[] = [
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/mdc_app/workbooks/EMDDashboardPRODv2.json.tpl ({evaluation_window:query} = > ago(1d))",
    name: "EMD dashboard: Volume Richieste nel Tempo",
    query: `AzureDiagnostics
| where TimeGenerated > ago(1d)
| where requestUri_s has "emd/message-core/sendMessage" or requestUri_s has "emd/mil/citizen/"
| extend normalizedUri = case(
    requestUri_s has "emd/message-core/sendMessage", "emd/message-core/sendMessage",
    requestUri_s has "emd/mil/citizen/", "emd/mil/citizen/",
    requestUri_s has "emd/citizen/", "emd/citizen/",
    requestUri_s
)
| summarize totalRequests = count() by bin(TimeGenerated, 1h), normalizedUri
| order by bin(TimeGenerated, 1h)`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d))",
    name: "SRTP activator: JWT subjects (the SubjectParam parameter)",
    query: `AppDependencies
| where TimeGenerated > ago(1d)
| where Name startswith "POST" and Name contains "/rtpactivator/activations"
| extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
| where isnotempty(JWT_Subject)
| distinct JWT_Subject
| sort by JWT_Subject asc`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: Panoramica delle attivazioni totali con status code",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | distinct OperationId;

let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

let data = AppRequests
    | where TimeGenerated > ago(1d)
    | where AppRoleName == "rtp-activator"
    | where Name startswith "POST" and Name contains "activations"
    | join kind=inner validOps on OperationId
    | join kind=leftouter deps on OperationId
    | extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
    | where JWT_Subject in ("UNKNOWN")
    | summarize count() by StatusCode = ResultCode;
data
| union (
    data
    | where StatusCode !in ("201", "409")
    | summarize count_ = sum(count_)
    | extend StatusCode = "Total Errors"
)
| order by count_ desc
| render piechart`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: ❌ Distribuzione Errori per Subject e Status Code",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | distinct OperationId;

let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name startswith "POST" and Name contains "activations"
| join kind=inner validOps on OperationId
| where ResultCode != "201" and ResultCode != "409"
| project OperationId, ResultCode
| join kind=leftouter deps on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| extend Label = strcat(JWT_Subject, " (", ResultCode, ")")
| summarize NumeroEventi = count() by Label
| extend Label = strcat(Label, " — ", NumeroEventi)
| project Label, NumeroEventi`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\"; {activations_bin_size} = 1h)",
    name: "SRTP activator: Attivazioni nel tempo (Successi vs Fallimenti)",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | distinct OperationId;

let deps =
    AppDependencies
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name startswith "POST" and Name contains "activations"
| join kind=inner validOps on OperationId
| where ResultCode != "409"
| project OperationId, TimeGenerated, ResultCode
| join kind=leftouter deps on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| extend Esito = iif(ResultCode == "201", "✅ Successo", "❌ Fallimento")
| summarize Conteggio = count() by bin(TimeGenerated, 1h), Serie = strcat(JWT_Subject, " - ", Esito)
| render timechart with (series=Serie, title="Attivazioni nel tempo")`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: ✅ Attivazioni con successo per Service Provider",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | distinct OperationId;

let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name startswith "POST" and Name contains "activations"
| join kind=inner validOps on OperationId
| where ResultCode == "201"
| project OperationId
| join kind=leftouter deps on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| summarize Count = count() by ["Service Provider"] = JWT_Subject
| order by Count desc`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: ❌ Attivazioni fallite per Service Provider",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | distinct OperationId;

let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name startswith "POST" and Name contains "activations"
| join kind=inner validOps on OperationId
| where ResultCode != "201" and ResultCode != "409"
| project OperationId
| join kind=leftouter deps on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| summarize Count = count() by ["Service Provider"] = JWT_Subject
| order by Count desc`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: Panoramica degli status code per il Subentro",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations/takeover"
    | distinct OperationId;

let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "POST" and Name contains "/rtpactivator/activations/takeover"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

let data = AppRequests
    | where TimeGenerated > ago(1d)
    | where AppRoleName == "rtp-activator"
    | where Name startswith "POST" and Name contains "takeover"
    | join kind=inner validOps on OperationId
    | join kind=leftouter deps on OperationId
    | extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
    | where JWT_Subject in ("UNKNOWN")
    | summarize count() by StatusCode = ResultCode;
data
| union (
    data
    | where StatusCode !in ("201", "409")
    | summarize count_ = sum(count_)
    | extend StatusCode = "Total Errors"
)
| order by count_ desc
| render piechart`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: ❌ Distribuzione Errori per Subject e Status Code (2)",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "POST /rtpactivator/activations/takeover"
    | distinct OperationId;

let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "POST /rtpactivator/activations/takeover"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name startswith "POST" and Name contains "takeover"
| join kind=inner validOps on OperationId
| where ResultCode != "201" and ResultCode != "409"
| project OperationId, ResultCode
| join kind=leftouter deps on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| extend Label = strcat(JWT_Subject, " (", ResultCode, ")")
| summarize NumeroEventi = count() by Label
| extend Label = strcat(Label, " — ", NumeroEventi)
| project Label, NumeroEventi`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\"; {activations_bin_size} = 1h)",
    name: "SRTP activator: Subentri nel tempo (Successi vs Fallimenti)",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "POST /rtpactivator/activations" and Name has "takeover"
    | distinct OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name startswith "POST" and Name contains "takeover"
| join kind=inner validOps on OperationId
| project OperationId, TimeGenerated, ResultCode
| join kind=leftouter (
    AppDependencies
    | where Name has "takeover"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | project OperationId, JWT_Subject
) on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| extend Esito = iif(ResultCode == "201", "✅ Successo", "❌ Fallimento")
| summarize Conteggio = count() by bin(TimeGenerated, 1h), Serie = strcat(JWT_Subject, " - ", Esito)
| render timechart with (series=Serie)`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: Panoramica delle disattivazioni totali con status code",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "DELETE /rtpactivator/activations/"
    | distinct OperationId;

let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "DELETE /rtpactivator/activations/"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

let data = AppRequests
    | where TimeGenerated > ago(1d)
    | where AppRoleName == "rtp-activator"
    | where Name has "DELETE" and Name contains "activations"
    | join kind=inner validOps on OperationId
    | join kind=leftouter deps on OperationId
    | extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
    | where JWT_Subject in ("UNKNOWN")
    | summarize count() by StatusCode = ResultCode;
data
| union (
    data
    | where StatusCode !in ("204", "409")
    | summarize count_ = sum(count_)
    | extend StatusCode = "Total Errors"
)
| order by count_ desc
| render piechart`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: ❌ Distribuzione Errori per Subject e Status Code (3)",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "DELETE /rtpactivator/activations/"
    | distinct OperationId;

let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "DELETE /rtpactivator/activations/"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name has "DELETE" and Name contains "activations"
| join kind=inner validOps on OperationId
| where ResultCode != "204" and ResultCode != "409"
| project OperationId, ResultCode
| join kind=leftouter deps on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| extend Label = strcat(JWT_Subject, " (", ResultCode, ")")
| summarize NumeroEventi = count() by Label
| extend Label = strcat(Label, " — ", NumeroEventi)
| project Label, NumeroEventi`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\"; {activations_bin_size} = 1h)",
    name: "SRTP activator: Disattivazioni nel tempo (Successi vs Fallimenti)",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "DELETE /rtpactivator/activations/"
    | distinct OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name has "DELETE" and Name contains "activations"
| join kind=inner validOps on OperationId
| project OperationId, TimeGenerated, ResultCode
| join kind=leftouter (
    AppDependencies
    | where Name has "DELETE /rtpactivator/activations/"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | project OperationId, JWT_Subject
) on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| extend Esito = iif(ResultCode == "204", "✅ Successo", "❌ Fallimento")
| summarize Conteggio = count() by bin(TimeGenerated, 1h), Serie = strcat(JWT_Subject, " - ", Esito)
| render timechart with (series=Serie)`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: ✅ Disattivazioni con successo per Service Provider",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "DELETE /rtpactivator/activations/"
    | distinct OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name has "DELETE" and Name contains "activations"
| join kind=inner validOps on OperationId
| where ResultCode == "204"
| project OperationId
| join kind=leftouter (
    AppDependencies
    | where Name has "DELETE /rtpactivator/activations/"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | project OperationId, JWT_Subject
) on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| summarize ["Conteggio"] = count() by ["Service Provider"] = JWT_Subject`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {SubjectParam} = \"UNKNOWN\")",
    name: "SRTP activator: ❌ Disattivazioni fallite per Service Provider",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name has "DELETE /rtpactivator/activations/"
    | distinct OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name has "DELETE" and Name contains "activations"
| join kind=inner validOps on OperationId
| where ResultCode != "204"
| project OperationId
| join kind=leftouter (
    AppDependencies
    | where Name has "DELETE /rtpactivator/activations/"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | project OperationId, JWT_Subject
) on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| where JWT_Subject in ("UNKNOWN")
| summarize ["Conteggio"] = count() by ["Service Provider"] = JWT_Subject`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d))",
    name: "SRTP activator: Esito Salvataggi su MongoDB (rtp-activator → activation)",
    query: `let dati = AppDependencies
| where TimeGenerated > ago(1d)
| where AppRoleName == 'rtp-activator'
| where Target == 'mongodb | activation'
| summarize Conteggio = count() by Esito = case(tostring(Success) == 'True', '✅ Successo', '⚠️ Duplicato (già presente)');
let defaults = datatable(Esito:string, Conteggio:long)[
    '✅ Successo', 0,
    '⚠️ Duplicato (già presente)', 0
];
defaults
| where Esito !in ((dati | project Esito))
| union dati
| order by Esito asc`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/activator.json.tpl ({evaluation_window:query} = > ago(1d); {activations_bin_size} = 1h)",
    name: "SRTP activator: Salvataggi su MongoDB nel Tempo - Successi vs Duplicati (rtp-activator → activation)",
    query: `AppDependencies
| where TimeGenerated > ago(1d)
| where AppRoleName == 'rtp-activator'
| where Target == 'mongodb | activation'
| extend Esito = case(tostring(Success) == 'True', '✅ Successo', '⚠️ Duplicato')
| summarize Conteggio = count() by bin(TimeGenerated, 1h), Esito
| order by TimeGenerated asc`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/getPayees.json.tpl ({evaluation_window:query} = > ago(1d))",
    name: "SRTP getPayees: ✅ Accessi per Subject alla get payees",
    query: `let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "GET" and Name contains "/rtppayees"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | where isnotempty(JWT_Subject)
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-payees"
| where Name == "GET /"
| where ResultCode != "200"
| project OperationId, ResultCode
| join kind=leftouter deps on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| extend Label = strcat(JWT_Subject, " (", ResultCode, ")")
| summarize NumeroEventi = count() by Label
| extend Label = strcat(Label, " — ", NumeroEventi)
| project Label, NumeroEventi`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/monitoraggio-service-providers.json.tpl ({evaluation_window:query} = > ago(1d); ${cbi_token_url} = https://token.cbi.example/oauth2/token)",
    name: "SRTP monitoraggio-service-providers: Status code chiamate verso endpoint di stacco token CBI",
    query: `AppDependencies
| where TimeGenerated > ago(1d)
| where AppRoleName == 'rtp-sender'
| where Data contains 'https://token.cbi.example/oauth2/token'
| summarize count() by tostring(toint(ResultCode))`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/monitoraggio-service-providers.json.tpl ({evaluation_window:query} = > ago(1d); ${ms_token_url} = https://token.poste.example/oauth2/token)",
    name: "SRTP monitoraggio-service-providers: Status code chiamate verso endpoint di stacco token Poste",
    query: `AppDependencies
| where TimeGenerated > ago(1d)
| where AppRoleName == 'rtp-sender'
| where Data contains 'https://token.poste.example/oauth2/token'
| summarize count() by tostring(toint(ResultCode))`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/servizi-per-sp.json.tpl ({evaluation_window:query} = > ago(1d))",
    name: "SRTP servizi-per-sp: Accessi per Subject alla getByFiscalCode",
    query: `let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "GET" and Name contains "/rtpactivator/activations/payer"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | where isnotempty(JWT_Subject)
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name contains "activations/payer" and Name contains "/status"
| where ResultCode != "200"
| project OperationId, ResultCode
| join kind=leftouter deps on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| extend Label = strcat(JWT_Subject, " (", ResultCode, ")")
| summarize NumeroEventi = count() by Label
| extend Label = strcat(Label, " — ", NumeroEventi)
| project Label, NumeroEventi`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/servizi-per-sp.json.tpl ({evaluation_window:query} = > ago(1d))",
    name: "SRTP servizi-per-sp: Accessi alla getByFiscalCode (Successi vs Fallimenti) in bin 1 ora",
    query: `let validOps = 
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "GET" and Name contains "/rtpactivator/activations/payer"
    | distinct OperationId;

let deps =
    AppDependencies
    | where TimeGenerated > ago(1d)
    | where Name startswith "GET" and Name contains "/rtpactivator/activations/payer"
    | extend JWT_Subject = tostring(Properties["Request-X-JWT-Subject"])
    | summarize JWT_Subject = any(JWT_Subject) by OperationId;

AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-activator"
| where Name contains "activations/payer" and Name contains "/status"
| join kind=inner validOps on OperationId
| project OperationId, TimeGenerated, ResultCode
| join kind=leftouter deps on OperationId
| extend JWT_Subject = iif(isempty(JWT_Subject), "UNKNOWN", JWT_Subject)
| summarize Conteggio = count() by bin(TimeGenerated, 1h), Serie = strcat(JWT_Subject, " - ", ResultCode)
| render timechart with (series=Serie, title="Get Activation by Fiscal Code nel tempo")`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/servizienti.json.tpl ({evaluation_window:query} = > ago(1d))",
    name: "SRTP servizienti: Panoramica delle richieste delivery-status con status code",
    query: `let data = AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-sender"
| where Name has "GET" and Name contains "delivery-status"
| summarize count() by StatusCode = ResultCode;
data
| union (
    data
    | where StatusCode !in ("200")
    | summarize count_ = sum(count_)
    | extend StatusCode = "Total Errors"
)
| order by count_ desc
| render piechart`,
  },
  {
    source: "pagopa/cstar-securehub-infra@2bff4ae src/70_domains/srtp_common/workbooks/tabs/servizienti.json.tpl ({evaluation_window:query} = > ago(1d))",
    name: "SRTP servizienti: Richieste delivery-status nel tempo (Successi vs Fallimenti) in bin di 1 ora",
    query: `AppRequests
| where TimeGenerated > ago(1d)
| where AppRoleName == "rtp-sender"
| where Name has "GET" and Name contains "delivery-status"
| extend Esito = iif(ResultCode == "200", "✅ Successo", "❌ Fallimento")
| summarize Conteggio = count() by bin(TimeGenerated, 1h), Esito
| render timechart with (series=Esito)`,
  },
  {
    source: "Azure/azure-monitor-baseline-alerts@b772e9f services/StorageCache/AmlFilesystems/alerts.yaml",
    name: "AMBA AML OST Files Used",
    query: `
let threshold_used = 0.85;
AzureMetrics
| where MetricName == "OSTFilesTotal" or MetricName == "OSTFilesUsed"
| summarize
OSTFilesTotal = maxif(Total, MetricName == "OSTFilesTotal"),
OSTFilesUsed = maxif(Total, MetricName == "OSTFilesUsed")
| extend UsedRatio = OSTFilesUsed / OSTFilesTotal
| where UsedRatio > threshold_used
| project UsedRatio, OSTFilesUsed, OSTFilesTotal
`,
  },
  {
    source: "Azure/azure-monitor-baseline-alerts@b772e9f services/StorageCache/AmlFilesystems/alerts.yaml",
    name: "AMBA AML OST Files Free",
    query: `
let threshold_free = 0.15;
AzureMetrics
| where MetricName == "OSTFilesFree" or MetricName == "OSTFilesTotal"
| summarize
OSTFilesFree = maxif(Total, MetricName == "OSTFilesFree"),
OSTFilesTotal = maxif(Total, MetricName == "OSTFilesTotal")
| extend FreeRatio = OSTFilesFree / OSTFilesTotal
| where FreeRatio < threshold_free
| project FreeRatio, OSTFilesFree, OSTFilesTotal
`,
  },
  {
    source: "Azure/azure-monitor-baseline-alerts@b772e9f services/StorageCache/AmlFilesystems/alerts.yaml",
    name: "AMBA AML OST Bytes Used",
    query: `
let threshold_used = 0.85;
AzureMetrics
| where MetricName == "OSTBytesTotal" or MetricName == "OSTBytesUsed"
| summarize
OSTBytesTotal = maxif(Total, MetricName == "OSTBytesTotal"),
OSTBytesUsed = maxif(Total, MetricName == "OSTBytesUsed")
| extend UsedRatio = OSTBytesUsed / OSTBytesTotal
| where UsedRatio > threshold_used
| project UsedRatio, OSTBytesUsed, OSTBytesTotal
`,
  },
  {
    source: "Azure/azure-monitor-baseline-alerts@b772e9f services/StorageCache/AmlFilesystems/alerts.yaml",
    name: "AMBA AML MDT Bytes Used",
    query: `
let threshold_used = 0.85;
AzureMetrics
| where MetricName == "MDTBytesTotal" or MetricName == "MDTBytesUsed"
| summarize
MDTBytesTotal = maxif(Total, MetricName == "MDTBytesTotal"),
MDTBytesUsed = maxif(Total, MetricName == "MDTBytesUsed")
| extend UsedRatio = MDTBytesUsed / MDTBytesTotal
| where UsedRatio > threshold_used
| project UsedRatio, MDTBytesUsed, MDTBytesTotal
`,
  },
  {
    source: "microsoft/Application-Insights-Workbooks@1ea1c77 Workbooks/Azure Logic Apps/Integration Environment Application/FilteredAPIM/FilteredAPIM.workbook ({Api} = \"apim-demo/apis/orders\"; {TimeRange:grain} = 5m)",
    name: "Filtered APIM: response time",
    query: `let apiFilter = dynamic(["apim-demo/apis/orders"]);
AppRequests
| where tostring(Properties["Service Type"]) == "API Management"
| where isnotnull(Properties["API Name"]) and isnotnull(Properties["Operation Name"])
| extend OperationName = tostring(Properties["Operation Name"])
| extend LoggedAPISuffix = strcat(tostring(Properties["Service ID"]), "/apis/", tostring(Properties["API Name"]))
| where apiFilter hassuffix LoggedAPISuffix
| summarize avg(DurationMs) by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: "microsoft/Application-Insights-Workbooks@1ea1c77 Workbooks/Azure Logic Apps/Integration Environment Application/FilteredAPIM/FilteredAPIM.workbook ({Api} = \"apim-demo/apis/orders\")",
    name: "Filtered APIM: requests by API",
    query: `let apiFilter = dynamic(["apim-demo/apis/orders"]);
AppRequests
| where tostring(Properties["Service Type"]) == "API Management"
| where isnotnull(Properties["API Name"]) and isnotnull(Properties["Operation Name"])
| extend OperationName = tostring(Properties["Operation Name"])
| extend ResponseCode = tolong(ResultCode)
| extend LoggedAPISuffix = strcat(tostring(Properties["Service ID"]), "/apis/", tostring(Properties["API Name"]))
| where apiFilter hassuffix LoggedAPISuffix
| summarize 
    SuccessfullRequests = countif(ResponseCode < 400), 
    FailedRequests = countif(ResponseCode == 400 or (ResponseCode >= 500 and ResponseCode < 600)),
    UnauthorizedRequests = countif(ResponseCode == 401 or ResponseCode == 403 or ResponseCode == 429),
    OtherRequests = countif((ResponseCode > 401 and ResponseCode < 500 and ResponseCode != 401 and ResponseCode != 403 and ResponseCode != 429) or ResponseCode > 599 or isempty(ResponseCode)),
    TotalRequests = count(),
    Duration = avg(DurationMs)
  by
    Api = coalesce(LoggedAPISuffix, 'None')
| extend
    AverageDuration = iff(isnan(Duration), 0.0, Duration)
| project-away Duration`,
  },
  {
    source: "microsoft/Application-Insights-Workbooks@1ea1c77 Workbooks/Azure Logic Apps/Integration Environment Application/FilteredAPIM/FilteredAPIM.workbook ({Api} = \"apim-demo/apis/orders\")",
    name: "Filtered APIM: requests by API and operation",
    query: `let apiFilter = dynamic(["apim-demo/apis/orders"]);
AppRequests
| where tostring(Properties["Service Type"]) == "API Management"
| where isnotnull(Properties["API Name"])
| extend OperationName = tostring(Properties["Operation Name"])
| extend ResponseCode = tolong(ResultCode)
| extend LoggedAPISuffix = strcat(tostring(Properties["Service ID"]), "/apis/", tostring(Properties["API Name"]))
| where apiFilter hassuffix LoggedAPISuffix
| summarize 
    SuccessfullRequests = countif(ResponseCode < 400), 
    FailedRequests = countif(ResponseCode == 400 or (ResponseCode >= 500 and ResponseCode < 600)),
    UnauthorizedRequests = countif(ResponseCode == 401 or ResponseCode == 403 or ResponseCode == 429),
    OtherRequests = countif((ResponseCode > 401 and ResponseCode < 500 and ResponseCode != 401 and ResponseCode != 403 and ResponseCode != 429) or ResponseCode > 599 or isempty(ResponseCode)),
    TotalRequests = count(),
    Duration = avg(DurationMs)
  by
    Api = coalesce(LoggedAPISuffix, 'None'),
    OperationName = coalesce(OperationName, 'None')
| extend
    AverageDuration = iff(isnan(Duration), 0.0, Duration)
| project-away Duration`,
  },
  {
    source: "public GitHub file, code index id 51786908182 (Bicep module 'Azure Monitor Workbooks for Front Door & WAF', Front Door Traffic Analytics workbook)",
    name: "Front Door Traffic Analytics: Request Volume (5-min bins)",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| summarize Requests = count() by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 51786908182 (Bicep module 'Azure Monitor Workbooks for Front Door & WAF', Front Door Traffic Analytics workbook)",
    name: "Front Door Traffic Analytics: Latency Percentiles (P50, P95, P99)",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| summarize P50=percentile(todouble(timeTaken_s), 50), P95=percentile(todouble(timeTaken_s), 95), P99=percentile(todouble(timeTaken_s), 99) by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 51786908182 (Bicep module 'Azure Monitor Workbooks for Front Door & WAF', Front Door Traffic Analytics workbook)",
    name: "Front Door Traffic Analytics: Cache Hit Ratio (%)",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN" and Category == "FrontDoorAccessLog"
| extend IsHit = cacheStatus_s has "HIT"
| summarize Total = count(), Hits = countif(IsHit) by bin(TimeGenerated, 5m)
| extend HitRatio = round(100.0 * Hits / Total, 1)
| project TimeGenerated, HitRatio
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 32179395983 (Python MI statistics job querying Front Door access logs with LogsQueryClient)",
    name: "Front Door API percentiles for one client",
    query: `
        AzureDiagnostics
        | where Category == "FrontDoorAccessLog"
        | where requestUri_s startswith "https://api.gb.bink.com:443/v2"
        | where userAgent_s startswith "Apache-HttpClient"
        | summarize percentiles(todouble(timeTaken_s), 50, 95, 99)
        `,
  },
  {
    source: "public GitHub file, code index id 32179395983 (Python MI statistics job querying Front Door access logs with LogsQueryClient) ({endpoint} = /v2/me, the first value of the loop that formats it)",
    name: "Front Door DELETE requests to one endpoint",
    query: `
            AzureDiagnostics
            | where Category == "FrontDoorAccessLog"
            | where requestUri_s startswith "https://api.gb.bink.com:443/v2/me"
            | where userAgent_s startswith "Apache-HttpClient"
            | where httpMethod_s == "DELETE"
            | summarize count()
            `,
  },
  {
    source: "public GitHub file, code index id 55152846179 (slow Front Door requests by environment (.kql))",
    name: "Front Door requests slower than 2000 by environment",
    query: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.CDN"
    and Category == "FrontDoorAccessLog"
| where requestUri_s contains "redberry.app.euccz.org"
| where todouble(timeTaken_s) > 2000
| extend Environment = case(
    requestUri_s contains "uat.",  "UAT",
    requestUri_s contains "test.", "TEST",
    "PROD")
| project TimeGenerated, Environment,
    Method   = httpMethod_s,
    URI      = requestUri_s,
    Status   = httpStatusCode_s,
    DurMs    = timeTaken_s,
    RespKB   = round(todouble(responseBytes_s)/1024, 1),
    Origin   = originName_s,
    Ref      = trackingReference_s
| order by DurMs desc
`,
  },
  {
    source: "public GitHub file, code index id 70518795686 (Cosmos DB best-practices script, 'Slowest operations')",
    name: "Cosmos slowest operations (p99 by 5 minutes)",
    query: `CDBDataPlaneRequests | summarize p99 = percentile(DurationMs, 99) by OperationName, bin(TimeGenerated, 5m)`,
  },
  {
    source: "public GitHub file, code index id 15257243297 (APIM behind Front Door guide, 'Cache Hit Ratio')",
    name: "Front Door cache hit ratio by hour (HIT only)",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize Total = count(), Hits = countif(cacheStatus_s == "HIT") by bin(TimeGenerated, 1h)
| extend HitRatio = todouble(Hits) / Total * 100
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 56612294916 (CDN caching skill, provider-specific metrics for Azure Front Door)",
    name: "Front Door cache hit ratio in Log Analytics",
    query: `// Cache hit ratio in Log Analytics
AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| summarize
    TotalRequests = count(),
    CacheHits = countif(cacheStatus_s in ("HIT", "PARTIAL_HIT", "REMOTE_HIT")),
    CacheMisses = countif(cacheStatus_s == "MISS")
    by bin(TimeGenerated, 1h)
| extend HitRatio = round(100.0 * CacheHits / TotalRequests, 2)`,
  },
  {
    source: "public GitHub file, code index id 32441586809 (JavaScript dashboard fetching availability from the Log Analytics query API) (${timespan} = 7d)",
    name: "Daily availability test summary",
    query: `AppAvailabilityResults | where TimeGenerated > ago(7d) | project TimeGenerated, Success, DurationMs | extend Date = format_datetime(TimeGenerated, "yyyy-MM-dd") | summarize Success = min(toint(Success)), AvgDurationMs = avg(DurationMs), MinDurationMs = min(DurationMs), MaxDurationMs = max(DurationMs) by Date | order by Date asc`,
  },
  {
    source: "public GitHub file, code index id 53439122908 (platform health-check skill, step 3 'Availability Tests (24h)')",
    name: "Availability tests over 24 hours",
    query: `AppAvailabilityResults | where TimeGenerated > ago(24h) | summarize Total=count(), Failed=countif(Success == false), AvgDuration=avg(DurationMs)`,
  },
  {
    source: "public GitHub file, code index id 61564717785 (Bicep scheduled-query alert on an availability test) (${environmentName} = prod)",
    name: "Failed availability test results",
    query: `AppAvailabilityResults | where Name == "webtest-prod-health" | where Success == false`,
  },
  {
    source: "public GitHub file, code index id 66284399009 (notes 'Checking it yourself', az monitor log-analytics query)",
    name: "Availability results in the last hour",
    query: `AppAvailabilityResults | where TimeGenerated > ago(1h) | order by TimeGenerated desc`,
  },
  {
    source: "public GitHub file, code index id 53831658348 (Bicep operations workbook ({TimeRange} = > ago(1d), as the workbook expands a relative range))",
    name: "Operations workbook: Dead-Letter Count",
    query: `AzureDiagnostics | where ResourceProvider == "MICROSOFT.EVENTGRID" and Category == "DeliveryFailures" and TimeGenerated > ago(1d) | summarize ['Dead Letters'] = count()`,
  },
  {
    source: "public GitHub file, code index id 53831658348 (Bicep operations workbook ({TimeRange} = > ago(1d), as the workbook expands a relative range))",
    name: "Operations workbook: Front Door Metrics",
    query: `AzureDiagnostics | where Category == "FrontDoorAccessLog" and TimeGenerated > ago(1d) | summarize RequestCount = count(), P95Latency = percentile(todouble(timeTaken_s), 95) by bin(TimeGenerated, 5m) | render timechart`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: failed",
    query: `AppRequests | where Success == false | where TimeGenerated > ago(24h) | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: requests",
    query: `AppRequests | where TimeGenerated > ago(24h) | project TimeGenerated, Name, Url, ResultCode, DurationMs, Success, ClientIP, AppRoleName | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: api requests",
    query: `AppRequests | where TimeGenerated > ago(24h) | project TimeGenerated, Name, Url, ResultCode, DurationMs, Success, ClientIP | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: slow requests",
    query: `AppRequests | where TimeGenerated > ago(24h) | where DurationMs > 3000 | project TimeGenerated, Name, Url, DurationMs, ResultCode, Success | order by DurationMs desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: failed requests",
    query: `AppRequests | where TimeGenerated > ago(24h) | where Success == false | project TimeGenerated, Name, Url, ResultCode, DurationMs, ClientIP | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: request performance",
    query: `AppRequests | where TimeGenerated > ago(24h) | summarize AvgDuration=avg(DurationMs), P95=percentile(DurationMs, 95), Count=count(), FailureRate=countif(Success==false)*100.0/count() by Name | order by Count desc | take 50`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: dependencies",
    query: `AppDependencies | where TimeGenerated > ago(24h) | project TimeGenerated, Name, Target, DependencyType, DurationMs, Success, ResultCode | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: external calls",
    query: `AppDependencies | where TimeGenerated > ago(24h) | project TimeGenerated, Name, Target, DependencyType, DurationMs, Success | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: sql calls",
    query: `AppDependencies | where TimeGenerated > ago(24h) | where DependencyType == 'SQL' | project TimeGenerated, Name, Target, DurationMs, Success, Data | order by DurationMs desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: slow dependencies",
    query: `AppDependencies | where TimeGenerated > ago(24h) | where DurationMs > 1000 | project TimeGenerated, Name, Target, DependencyType, DurationMs, Success | order by DurationMs desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: failed dependencies",
    query: `AppDependencies | where TimeGenerated > ago(24h) | where Success == false | project TimeGenerated, Name, Target, DependencyType, DurationMs, ResultCode | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: http dependencies",
    query: `AppDependencies | where TimeGenerated > ago(24h) | where DependencyType == 'HTTP' | project TimeGenerated, Name, Target, DurationMs, Success, ResultCode | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: availability tests",
    query: `AppAvailabilityResults | where TimeGenerated > ago(24h) | project TimeGenerated, Name, Location, Success, Message, DurationMs | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: web tests",
    query: `AppAvailabilityResults | where TimeGenerated > ago(24h) | project TimeGenerated, Name, Location, Success, DurationMs | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: failed availability",
    query: `AppAvailabilityResults | where TimeGenerated > ago(24h) | where Success == false | project TimeGenerated, Name, Location, Message, DurationMs | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: app health",
    query: `AppRequests | where TimeGenerated > ago(1h) | summarize TotalRequests=count(), FailedRequests=countif(Success==false), AvgDuration=avg(DurationMs), P95Duration=percentile(DurationMs, 95) by bin(TimeGenerated, 5m) | order by TimeGenerated desc`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: app overview",
    query: `AppRequests | where TimeGenerated > ago(24h) | summarize Requests=count(), Failures=countif(Success==false), AvgDuration=avg(DurationMs) by AppRoleName | order by Requests desc`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: error rate",
    query: `AppRequests | where TimeGenerated > ago(24h) | summarize Total=count(), Errors=countif(Success==false) by bin(TimeGenerated, 1h) | extend ErrorRate=round(Errors*100.0/Total, 2) | order by TimeGenerated desc`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: app insights",
    query: `AppRequests | where TimeGenerated > ago(24h) | summarize Requests=count(), Failures=countif(Success==false), AvgDuration=avg(DurationMs), P95=percentile(DurationMs, 95) by AppRoleName | order by Requests desc`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: activity",
    query: `AzureActivity | where TimeGenerated > ago(24h) | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: who did",
    query: `AzureActivity | where TimeGenerated > ago(24h) | project TimeGenerated, Caller, OperationNameValue, ResourceGroup, _ResourceId | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 40724044364 (natural-language-to-KQL translator, COMMON_QUERIES)",
    name: "Translator: deployments",
    query: `AzureActivity | where OperationNameValue contains 'deploy' or OperationNameValue contains 'write' | where TimeGenerated > ago(24h) | order by TimeGenerated desc | take 100`,
  },
  {
    source: "public GitHub file, code index id 66440903894 (Python ops agent, kql_anomaly_request_volume()) ({hours} = 24, {bin_m} = 10: the function's defaults)",
    name: "Request volume anomalies (series_decompose_anomalies)",
    query: `AppRequests
| where TimeGenerated >= ago(24h)
| make-series req_count=count() on TimeGenerated from ago(24h) to now() step 10m
| extend (anomalies, scores, baseline) = series_decompose_anomalies(req_count, 1.5)
| mv-expand TimeGenerated, req_count, anomalies, scores
| where toint(anomalies) != 0
| extend direction = iff(toint(anomalies) > 0, 'SPIKE', 'DIP')
| project TimeGenerated, req_count = toint(req_count), anomaly_score = round(todouble(scores), 1), direction
| order by anomaly_score desc
| take 20`,
  },
  {
    source: "public GitHub file, code index id 35216393339 (Codebreaker app notes, AppMetrics make-series)",
    name: "Game moves per instance (make-series any(Sum), step 10min)",
    query: `AppMetrics |
where AppRoleInstance startswith "game" and Name startswith "codebreaker.game_moves" 
| make-series Games=any(Sum) default=0 on TimeGenerated from ago(4h) to now() step 10min by AppRoleInstance
| render timechart `,
  },
  {
    source: "public GitHub file, code index id 66440997223 (Terraform diagnostic settings, KQL comment for Container Apps metrics)",
    name: "Container Apps replica, CPU and memory metrics",
    query: `AzureMetrics | where ResourceProvider == "MICROSOFT.APP"
     | where MetricName in ("Replicas","CpuPercentage","MemoryPercentage")
     | summarize avg(Average) by MetricName, bin(TimeGenerated, 5m)`,
  },
  {
    source: "public GitHub file, code index id 29127568275 (Terraform container registry monitoring locals)",
    name: "Container registry storage usage",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.CONTAINERREGISTRY' | where MetricName == 'StorageUsed' | summarize avg(Average) by bin(TimeGenerated, 1h)`,
  },
  {
    source: "public GitHub file, code index id 29127568275 (Terraform container registry monitoring locals)",
    name: "Container registry pull and push activity",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.CONTAINERREGISTRY' | where MetricName in ('TotalPullCount', 'TotalPushCount') | summarize sum(Total) by MetricName, bin(TimeGenerated, 1h)`,
  },
  {
    source: "public GitHub file, code index id 70940114188 (Bicep alert catalog, 'postgres-unavailable-or-failover')",
    name: "PostgreSQL connection failures or HA state",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.DBFORPOSTGRESQL' | where MetricName in ('connections_failed','ha_state') | summarize failures = sum(Total) by bin(TimeGenerated, 5m) | where failures > 0 | project failures`,
  },
  {
    source: "public GitHub file, code index id 55711885330 (PowerShell-deployed workbook, 'Storage Account - Iskoristen kapacitet')",
    name: "Storage account used capacity",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.STORAGE' | where MetricName == 'UsedCapacity' | summarize max(Maximum) by bin(TimeGenerated, 1h), Resource | render timechart`,
  },
  {
    source: "public GitHub file, code index id 18259167643 (PowerShell monitoring setup, 'App Service Performance')",
    name: "App Service performance metrics",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.WEB' | where TimeGenerated > ago(1h) | summarize avg(Average) by MetricName, bin(TimeGenerated, 5m) | render timechart`,
  },
  {
    source: "public GitHub file, code index id 56644639153 (Databricks monitoring script, 'StorageUtilization')",
    name: "Storage utilization in GB",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.STORAGE' | where MetricName == 'UsedCapacity' | summarize AvgUsedGB = avg(Total)/1024/1024/1024 by bin(TimeGenerated, 1h) | render timechart`,
  },
  {
    source: "public GitHub file, code index id 58630780394 (architecture notes, 'TerraFusion Cost Monitoring' dashboard tiles)",
    name: "Cosmos DB - Request Units (RU/s)",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.DOCUMENTDB' | where MetricName == 'TotalRequestUnits' | summarize avg(Total) by bin(TimeGenerated, 5m)`,
  },
  {
    source: "public GitHub file, code index id 58630780394 (architecture notes, 'TerraFusion Cost Monitoring' dashboard tiles)",
    name: "Cosmos DB - Estimated Monthly Cost",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.DOCUMENTDB' | extend MonthlyCost = (Total * 0.008 * 730) | summarize sum(MonthlyCost)`,
  },
  {
    source: "public GitHub file, code index id 58630780394 (architecture notes, 'TerraFusion Cost Monitoring' dashboard tiles)",
    name: "Kafka - Throughput (Events/min)",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.EVENTHUB' | where MetricName == 'IncomingMessages' | summarize sum(Total) by bin(TimeGenerated, 1m)`,
  },
  {
    source: "public GitHub file, code index id 58630780394 (architecture notes, 'TerraFusion Cost Monitoring' dashboard tiles)",
    name: "Kafka - Estimated Monthly Cost",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.EVENTHUB' | extend MonthlyCost = (Total * 0.028 * 30) | summarize sum(MonthlyCost)`,
  },
  {
    source: "public GitHub file, code index id 58630780394 (architecture notes, 'TerraFusion Cost Monitoring' dashboard tiles)",
    name: "Azure APIM - API Calls (per day)",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.APIMANAGEMENT' | where MetricName == 'TotalRequests' | summarize sum(Total) by bin(TimeGenerated, 1d)`,
  },
  {
    source: "public GitHub file, code index id 53375356222 (storage cost workbook, 'Daily egress (bytes) per storage account')",
    name: "Daily egress per storage account",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.STORAGE' and MetricName == 'Egress' | summarize EgressBytes = sum(Total) by bin(TimeGenerated, 1d), Resource | render timechart`,
  },
  {
    source: "public GitHub file, code index id 2528143242 (Azure MCP server live test, monitor workspace log query)",
    name: "Storage metrics rows",
    query: `AzureMetrics | where ResourceProvider == 'MICROSOFT.STORAGE' | project TimeGenerated, MetricName, Total, ResourceId`,
  },
  {
    source: "public GitHub file, code index id 55916693529 (Cosmos DB advisor, TypeScript query builders) (${db} = orders, ${coll} = payments, ${writes} = 'Create', 'Upsert', 'Replace', 'Delete', 'Patch': the code's WRITE_OPS)",
    name: "Cosmos uncontrolled ingestion: RU, write RU, requests, throttles",
    query: `CDBDataPlaneRequests | where DatabaseName == 'orders' and CollectionName == 'payments' | summarize totalRu = sum(RequestCharge), writeRu = sumif(RequestCharge, OperationName in ('Create', 'Upsert', 'Replace', 'Delete', 'Patch')), reqs = count(), throttles = countif(StatusCode == 429)`,
  },
  {
    source: "public GitHub file, code index id 55916693529 (Cosmos DB advisor, TypeScript query builders) (${db} = orders, ${coll} = payments, ${writes} = 'Create', 'Upsert', 'Replace', 'Delete', 'Patch': the code's WRITE_OPS)",
    name: "Cosmos uncontrolled ingestion: write burst per minute",
    query: `CDBDataPlaneRequests | where DatabaseName == 'orders' and CollectionName == 'payments' | where OperationName in ('Create', 'Upsert', 'Replace', 'Delete', 'Patch') | summarize ru = sum(RequestCharge) by bin(TimeGenerated, 1m) | summarize peak = max(ru), avg = avg(ru)`,
  },
  {
    source: "public GitHub file, code index id 55916693529 (Cosmos DB advisor, TypeScript query builders) (${db} = orders, ${coll} = payments, ${writes} = 'Create', 'Upsert', 'Replace', 'Delete', 'Patch': the code's WRITE_OPS)",
    name: "Cosmos uncontrolled ingestion: dominant user agent",
    query: `CDBDataPlaneRequests | where DatabaseName == 'orders' and CollectionName == 'payments' | where OperationName in ('Create', 'Upsert', 'Replace', 'Delete', 'Patch') | summarize n = count() by UserAgent | top 1 by n`,
  },
  {
    source: "public GitHub file, code index id 55916693529 (Cosmos DB advisor, TypeScript query builders) (${db} = orders)",
    name: "Cosmos shared throughput traffic per collection",
    query: `CDBDataPlaneRequests | where DatabaseName == 'orders' and isnotempty(CollectionName) | summarize requests = count(), throttled = countif(StatusCode == 429), ru = sum(RequestCharge) by CollectionName`,
  },
  {
    source: "public GitHub file, code index id 57890685487 (web demo README, 'How to view the logs', example queries)",
    name: "Cosmos requests with an error status",
    query: `CDBDataPlaneRequests | where StatusCode >= 400 | order by TimeGenerated desc`,
  },
  {
    source: "public GitHub file, code index id 63577322752 (runbook 'Slow Requests (p99 > 5s)', step 1)",
    name: "Cosmos dependency p99 by statement",
    query: `AppDependencies | where DependencyType == "cosmosdb" | summarize p99_duration=percentile(DurationMs, 99) by Data`,
  },
  {
    source: "public GitHub file, code index id 67195867378 (Runbook 01 — API error budget burn)",
    name: "Error budget burn: one region or both",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| extend Region = tostring(Properties["cloud.region"])
| summarize Total = count(),
            Failed = countif(Success == false),
            ErrorRate = 100.0 * countif(Success == false) / count()
          by Region, bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 67195867378 (Runbook 01 — API error budget burn)",
    name: "Error budget burn: Front Door probe successes and failures per origin",
    query: `AzureDiagnostics
| where Category == "FrontDoorHealthProbeLog"
| where TimeGenerated > ago(30m)
| summarize Successes = countif(httpStatusCode_s startswith "2"),
            Failures  = countif(httpStatusCode_s !startswith "2")
          by originName_s, bin(TimeGenerated, 5m)`,
  },
  {
    source: "public GitHub file, code index id 67195867378 (Runbook 01 — API error budget burn)",
    name: "Error budget burn: Cosmos status codes per 5 minutes",
    query: `CDBDataPlaneRequests
| where TimeGenerated > ago(1h)
| summarize count() by StatusCode, bin(TimeGenerated, 5m)`,
  },
  {
    source: "public GitHub file, code index id 67195867378 (Runbook 01 — API error budget burn)",
    name: "Error budget burn: verify the error rate per minute",
    query: `AppRequests
| where TimeGenerated > ago(15m)
| summarize ErrorRate = 100.0 * countif(Success == false) / count()
          by bin(TimeGenerated, 1m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 67195867378 (Runbook 01 — API error budget burn)",
    name: "Error budget burn: budget consumed this month",
    query: `let SLO = 0.9995;
AppRequests
| where TimeGenerated > startofmonth(now())
| summarize Total = count(), Failed = countif(Success == false)
| extend BudgetMinutes  = (1 - SLO) * 30 * 24 * 60,
         ConsumedPct    = 100.0 * (todouble(Failed) / todouble(Total)) / (1 - SLO)
| project BudgetMinutes, ConsumedPct`,
  },
  {
    source: "public GitHub file, code index id 67615973814 (Runbook 02 — API p99 latency above objective)",
    name: "p99 runbook: where is the time going",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| extend Region = tostring(Properties["cloud.region"])
| summarize P50 = percentile(DurationMs, 50),
            P95 = percentile(DurationMs, 95),
            P99 = percentile(DurationMs, 99),
            Count = count()
          by Region, Name
| order by P99 desc`,
  },
  {
    source: "public GitHub file, code index id 67615973814 (Runbook 02 — API p99 latency above objective)",
    name: "p99 runbook: cold starts per pod",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| extend Pod = tostring(Properties["k8s.pod.name"])
| summarize P99 = percentile(DurationMs, 99), Count = count() by Pod
| order by P99 desc`,
  },
  {
    source: "public GitHub file, code index id 67615973814 (Runbook 02 — API p99 latency above objective)",
    name: "p99 runbook: dependency tail",
    query: `AppDependencies
| where TimeGenerated > ago(1h)
| summarize P50 = percentile(DurationMs, 50),
            P99 = percentile(DurationMs, 99),
            Failures = countif(Success == false),
            Count = count()
          by Target, Name
| order by P99 desc`,
  },
  {
    source: "public GitHub file, code index id 67615973814 (Runbook 02 — API p99 latency above objective)",
    name: "p99 runbook: slow examples",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| where DurationMs > 400
| project OperationId, Name, DurationMs
| take 5`,
  },
  {
    source: "public GitHub file, code index id 67615973814 (Runbook 02 — API p99 latency above objective)",
    name: "p99 runbook: expand one operation",
    query: `AppDependencies
| where OperationId == "<paste OperationId>"
| project Name, Target, DurationMs, Success
| order by DurationMs desc`,
  },
  {
    source: "public GitHub file, code index id 67615973814 (Runbook 02 — API p99 latency above objective)",
    name: "p99 runbook: verify p99 per 5 minutes",
    query: `AppRequests
| where TimeGenerated > ago(30m)
| summarize P99 = percentile(DurationMs, 99) by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 67554497360 (Runbook 06 — Regional failover game day)",
    name: "Game day baseline per region and minute",
    query: `AppRequests
| where TimeGenerated > ago(30m)
| extend Region = tostring(Properties["cloud.region"])
| summarize Requests = count(),
            ErrorRate = 100.0 * countif(Success == false) / count(),
            P99 = percentile(DurationMs, 99)
          by Region, bin(TimeGenerated, 1m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 67554497360 (Runbook 06 — Regional failover game day)",
    name: "Game day traffic shift per origin (30s bins)",
    query: `AzureDiagnostics
| where Category == "FrontDoorAccessLog"
| where TimeGenerated > ago(30m)
| summarize Requests = count() by originName_s, bin(TimeGenerated, 30s)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 52711423751 ('Application & System Monitoring Queries')",
    name: "Failed requests with latency – last 1h",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| where Success == false
| summarize
    FailCount = count(),
    AvgDuration = round(avg(DurationMs), 0),
    P95Duration = round(percentile(DurationMs, 95), 0),
    ResultCodes = make_set(ResultCode, 5)
  by Name, AppRoleName
| order by FailCount desc`,
  },
  {
    source: "public GitHub file, code index id 52711423751 ('Application & System Monitoring Queries')",
    name: "Request latency percentiles – P50 / P95 / P99",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| where Success == true
| summarize
    P50 = round(percentile(DurationMs, 50), 0),
    P95 = round(percentile(DurationMs, 95), 0),
    P99 = round(percentile(DurationMs, 99), 0),
    RequestCount = count()
  by Name
| order by P95 desc
| take 20`,
  },
  {
    source: "public GitHub file, code index id 52711423751 ('Application & System Monitoring Queries')",
    name: "Success rate per endpoint – last 6h",
    query: `AppRequests
| where TimeGenerated > ago(6h)
| summarize
    Total = count(),
    Failed = countif(Success == false)
  by Name, AppRoleName
| extend SuccessRate = round((1.0 - todouble(Failed) / todouble(Total)) * 100, 2)
| where Total > 10
| order by SuccessRate asc`,
  },
  {
    source: "public GitHub file, code index id 52711423751 ('Application & System Monitoring Queries')",
    name: "Dependency failures – downstream services",
    query: `AppDependencies
| where TimeGenerated > ago(6h)
| where Success == false
| summarize
    Failures = count(),
    AvgDuration = round(avg(DurationMs), 0),
    LastFailure = max(TimeGenerated)
  by Target, Type, AppRoleName
| order by Failures desc`,
  },
  {
    source: "public GitHub file, code index id 52711423751 ('Application & System Monitoring Queries')",
    name: "Slow dependency calls – P95 latency by target",
    query: `AppDependencies
| where TimeGenerated > ago(6h)
| where Success == true
| summarize
    CallCount = count(),
    P95Duration = round(percentile(DurationMs, 95), 0),
    AvgDuration = round(avg(DurationMs), 0)
  by Target, Type
| where CallCount > 50
| order by P95Duration desc
| take 15`,
  },
  {
    source: "public GitHub file, code index id 52711423751 ('Application & System Monitoring Queries')",
    name: "Custom metrics per node over time",
    query: `AppMetrics
| where TimeGenerated > ago(6h)
| where Name == "YourMetricName" // replace with your metric
| summarize
    AvgValue = round(avg(Sum), 2),
    MaxValue = round(max(Max), 2)
  by AppRoleInstance, bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 51917150351 (SLO Guardian agent, 'Example KQL Queries Used Internally')",
    name: "SLO Guardian: HTTP success rate (availability SLI)",
    query: `AppRequests
| where TimeGenerated > ago(30d)
| where AppRoleName == "order-service"
| summarize
    TotalRequests   = count(),
    SuccessRequests = countif(ResultCode !startswith "5")
| extend SLI_Pct = round(todouble(SuccessRequests) / TotalRequests * 100, 4)`,
  },
  {
    source: "public GitHub file, code index id 51917150351 (SLO Guardian agent, 'Example KQL Queries Used Internally')",
    name: "SLO Guardian: p99 latency",
    query: `AppRequests
| where TimeGenerated > ago(30d)
| where AppRoleName == "order-service"
| summarize P99_ms = percentile(DurationMs, 99)`,
  },
  {
    source: "public GitHub file, code index id 70233509127 (starter KQL for an App Service with workspace-based Application Insights (Japanese))",
    name: "Records per table in the last 24 hours ($table)",
    query: `search *
| where TimeGenerated > ago(24h)
| summarize Records=count() by $table
| order by Records desc`,
  },
  {
    source: "public GitHub file, code index id 70233509127 (starter KQL for an App Service with workspace-based Application Insights (Japanese))",
    name: "App Service HTTP failures per result code and 5 minutes",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| where Success == false or ResultCode startswith "5"
| summarize Failures=count(), P95DurationMs=percentile(DurationMs, 95)
    by ResultCode, bin(TimeGenerated, 5m)
| order by TimeGenerated desc`,
  },
  {
    source: "public GitHub file, code index id 70233509127 (starter KQL for an App Service with workspace-based Application Insights (Japanese))",
    name: "API latency P95 per 5 minutes",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| summarize P95DurationMs=percentile(DurationMs, 95) by bin(TimeGenerated, 5m)
| order by P95DurationMs desc`,
  },
  {
    source: "public GitHub file, code index id 57913251895 (Container Apps operations guide, 'P95 response time')",
    name: "P95 response time of path requests",
    query: `// P95 response time
AppRequests
| where TimeGenerated > ago(1h)
| where Name startswith "/"
| summarize percentile(DurationMs, 95) by bin(TimeGenerated, 5m)
| render timechart`,
  },
  {
    source: "public GitHub file, code index id 21965650707 (platform architecture, 'Performance Analysis')",
    name: "Hourly average, p95 and p99 duration",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| summarize 
    avg(DurationMs), 
    percentile(DurationMs, 95),
    percentile(DurationMs, 99)
  by bin(TimeGenerated, 1h)`,
  },
  {
    source: "public GitHub file, code index id 33370168645 (Azure Functions lab notes, 'Queries')",
    name: "Functions lab: view requests",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| project TimeGenerated, Name,Success, DurationMs, OperationId
| order by TimeGenerated desc`,
  },
  {
    source: "public GitHub file, code index id 33370168645 (Azure Functions lab notes, 'Queries')",
    name: "Functions lab: success by piechart",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| summarize count() by tostring(Success)
| render piechart  `,
  },
  {
    source: "public GitHub file, code index id 33370168645 (Azure Functions lab notes, 'Queries')",
    name: "Functions lab: timeline",
    query: `AppRequests
| where TimeGenerated > ago(1h)
| summarize count() by bin(TimeGenerated,3m), tostring(Success)
| render barchart `,
  },
  {
    source: "public GitHub file, code index id 58827528416 (cloud interview Q&A, Q45)",
    name: "Top 10 slowest or failed requests in 24 hours",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| where Success == false or DurationMs > 2000
| project TimeGenerated, Name, Url, DurationMs, ResultCode
| top 10 by DurationMs desc`,
  },
  {
    source: "public GitHub file, code index id 54619007322 (telemetry cost runbook, step 5 'Sanity-check function health')",
    name: "Function executions and failures by role and name",
    query: `AppRequests
| where TimeGenerated > ago(24h)
| summarize Executions=count(), Failed=countif(Success == false), AvgMs=avg(DurationMs) by AppRoleName, Name
| where Failed > 0 or Executions > 0
| order by Executions desc`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/Creating_Anomalous_Number_Of_Resources_detection.yaml (@0b24484, the rule's query)",
    name: "Sentinel: Suspicious number of resource creation or deployment activities",
    query: `let szOperationNames = dynamic(["microsoft.compute/virtualMachines/write", "microsoft.resources/deployments/write"]);
let starttime = 7d;
let endtime = 1d;
let timeframe = 1d;
let TimeSeriesData =
AzureActivity
| where TimeGenerated between (startofday(ago(starttime)) .. startofday(now()))
| where OperationNameValue in~ (szOperationNames)
| project TimeGenerated, Caller 
| make-series Total = count() on TimeGenerated from startofday(ago(starttime)) to startofday(now()) step timeframe by Caller; 
TimeSeriesData
| extend (anomalies, score, baseline) = series_decompose_anomalies(Total, 3, -1, 'linefit')
| mv-expand Total to typeof(double), TimeGenerated to typeof(datetime), anomalies to typeof(double), score to typeof(double), baseline to typeof(long) 
| where TimeGenerated >= startofday(ago(endtime))
| where anomalies > 0 and baseline > 0
| project Caller, TimeGenerated, Total, baseline, anomalies, score
| join (AzureActivity
| where TimeGenerated > startofday(ago(endtime)) 
| where OperationNameValue in~ (szOperationNames)
| summarize make_set(OperationNameValue,100), make_set(_ResourceId,100), make_set(CallerIpAddress,100) by bin(TimeGenerated, timeframe), Caller
) on TimeGenerated, Caller
| mv-expand CallerIpAddress=set_CallerIpAddress
| project-away Caller1
| extend Name = iif(Caller has '@',tostring(split(Caller,'@',0)[0]),"")
| extend UPNSuffix = iif(Caller has '@',tostring(split(Caller,'@',1)[0]),"")
| extend AadUserId = iif(Caller !has '@',Caller,"")
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/RareOperations.yaml (@05bb09d, the rule's query)",
    name: "Sentinel: Rare subscription-level operations in Azure",
    query: `let starttime = 14d;
let endtime = 1d;
// The number of operations above which an IP address is considered an unusual source of role assignment operations
let alertOperationThreshold = 5;
// Add or remove operation names below as per your requirements. For operations lists, please refer to https://learn.microsoft.com/en-us/Azure/role-based-access-control/resource-provider-operations#all
let SensitiveOperationList =  dynamic(["microsoft.compute/snapshots/write", "microsoft.network/networksecuritygroups/write", "microsoft.storage/storageaccounts/listkeys/action"]);
let SensitiveActivity = AzureActivity
| where OperationNameValue in~ (SensitiveOperationList) or OperationNameValue hassuffix "listkeys/action"
| where ActivityStatusValue =~ "Success";
SensitiveActivity
| where TimeGenerated between (ago(starttime) .. ago(endtime))
| summarize count() by CallerIpAddress, Caller, OperationNameValue, bin(TimeGenerated,1d)
| where count_ >= alertOperationThreshold
// Returns all the records from the right side that don't have matches from the left
| join kind = rightanti (
SensitiveActivity
| where TimeGenerated >= ago(endtime)
| summarize StartTimeUtc = min(TimeGenerated), EndTimeUtc = max(TimeGenerated), ActivityTimeStamp = make_list(TimeGenerated), ActivityStatusValue = make_list(ActivityStatusValue), CorrelationIds = make_list(CorrelationId), ResourceGroups = make_list(ResourceGroup), ResourceIds = make_list(_ResourceId), ActivityCountByCallerIPAddress = count()
by CallerIpAddress, Caller, OperationNameValue
| where ActivityCountByCallerIPAddress >= alertOperationThreshold
) on CallerIpAddress, Caller, OperationNameValue
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/TimeSeriesAnomaly_Mass_Cloud_Resource_Deletions.yaml (@28002e0, the rule's query)",
    name: "Sentinel: Mass Cloud resource deletions Time Series Anomaly",
    query: `let starttime = 14d;
let endtime = 1d;
let timeframe = 1d;
let TotalEventsThreshold = 25;
let TimeSeriesData = AzureActivity 
| where TimeGenerated between (startofday(ago(starttime))..startofday(now())) 
| where OperationNameValue endswith "delete" 
| project TimeGenerated, Caller 
| make-series Total = count() on TimeGenerated from startofday(ago(starttime)) to startofday(now()) step timeframe by Caller;
TimeSeriesData 
| extend (anomalies, score, baseline) = series_decompose_anomalies(Total, 3, -1, 'linefit') 
| mv-expand Total to typeof(double), TimeGenerated to typeof(datetime), anomalies to typeof(double), score to typeof(double), baseline to typeof(long) 
| where TimeGenerated >= startofday(ago(endtime)) 
| where anomalies > 0 
| project Caller, TimeGenerated, Total, baseline, anomalies, score 
| where Total > TotalEventsThreshold and baseline > 0 
| join (AzureActivity 
| where TimeGenerated > startofday(ago(endtime)) 
| where OperationNameValue endswith "delete" 
| summarize count(), make_set(OperationNameValue,100), make_set(_ResourceId,100) by bin(TimeGenerated, timeframe), Caller ) on TimeGenerated, Caller 
| extend Name = iif(Caller has '@',tostring(split(Caller,'@',0)[0]),"")
| extend UPNSuffix = iif(Caller has '@',tostring(split(Caller,'@',1)[0]),"")
| extend AadUserId = iif(Caller !has '@',Caller,"")
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/NewResourceGroupsDeployedTo.yaml (@05bb09d, the rule's query)",
    name: "Sentinel: Suspicious Resource deployment",
    query: `// Add or remove operation names below as per your requirements. For operations lists, please refer to https://learn.microsoft.com/en-us/Azure/role-based-access-control/resource-provider-operations#all
let szOperationNames = dynamic(["Microsoft.Compute/virtualMachines/write", "Microsoft.Resources/deployments/write", "Microsoft.Resources/subscriptions/resourceGroups/write"]);
let starttime = 14d;
let endtime = 1d;
let RareCaller = AzureActivity
| where TimeGenerated between (ago(starttime) .. ago(endtime))
| where OperationNameValue in~ (szOperationNames)
| summarize count() by CallerIpAddress, Caller, OperationNameValue, bin(TimeGenerated,1d)
// Returns all the records from the right side that don't have matches from the left.
| join kind=rightantisemi (
AzureActivity
| where TimeGenerated > ago(endtime)
| where OperationNameValue in~ (szOperationNames)
| summarize StartTimeUtc = min(TimeGenerated), EndTimeUtc = max(TimeGenerated), ActivityTimeStamp = make_set(TimeGenerated,100), ActivityStatusValue = make_set(ActivityStatusValue,100), CorrelationIds = make_set(CorrelationId,100), ResourceGroups = make_set(ResourceGroup,100), ResourceIds = make_set(_ResourceId,100), ActivityCountByCallerIPAddress = count()
by CallerIpAddress, Caller, OperationNameValue) on CallerIpAddress, Caller, OperationNameValue;
RareCaller
| extend Name = iif(Caller has '@',tostring(split(Caller,'@',0)[0]),"")
| extend UPNSuffix = iif(Caller has '@',tostring(split(Caller,'@',1)[0]),"")
| extend AadUserId = iif(Caller !has '@',Caller,"")
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/Creation_of_Expensive_Computes_in_Azure.yaml (@13328fa, the rule's query)",
    name: "Sentinel: Creation of expensive computes in Azure",
    query: `let tokens = dynamic(["416","208","192","128","120","96","80","72","64","48","44","40","g5","gs5","g4","gs4","nc12","nc24","nv24"]);
let operationList = dynamic(["microsoft.compute/virtualmachines/write", "microsoft.resources/deployments/write"]);
AzureActivity
| where OperationNameValue in~ (operationList)
| where ActivityStatusValue startswith "Accept"
| where Properties has 'vmSize'
| extend parsed_property= parse_json(tostring((parse_json(Properties).responseBody))).properties
| extend vmSize = tostring((parsed_property.hardwareProfile).vmSize)
| where vmSize has_any (tokens)
| extend ComputerName = tostring((parsed_property.osProfile).computerName)
| project TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, CallerIpAddress, ComputerName, vmSize
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/Machine_Learning_Creation.yaml (@02fc873, the rule's query)",
    name: "Sentinel: Azure Machine Learning Write Operations",
    query: `AzureActivity
| where ResourceProviderValue == "MICROSOFT.MACHINELEARNINGSERVICES"  // Filter activities related to Microsoft Machine Learning Services
| extend SCOPE = tostring(parse_json(Authorization).scope)  // Parse Authorization scope as string
| extend subname = split(Hierarchy, "/")  // Split Hierarchy to extract Subscription Name and ID
| extend ['Subscription Name'] = subname[-2], ['Subscription ID'] = subname[-1]  // Extract Subscription Name and ID
| extend Properties = parse_json(Properties)  // Parse Properties as JSON
| extend Properties_entity = tostring(Properties.entity)  // Cast Properties.entity to string
| where isnotempty(Properties_entity)  // Filter activities where Properties.entity is not empty
// | where Properties_entity contains "deepseek"  // Filter activities where Properties.entity contains "deepseek"
| where OperationNameValue contains "write"  // Filter activities where OperationNameValue contains "write"
| where OperationNameValue !contains "MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE"  // Exclude role assignments
| extend LLM = tostring(split(Properties_entity, "/")[-1])  // Extract the last segment of Properties_entity and cast it to string
| distinct TimeGenerated, tostring(['Subscription Name']), ResourceGroup, tostring(['Subscription ID']), Caller, CallerIpAddress, OperationNameValue, LLM, _ResourceId  // Select distinct relevant fields for output
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/SubscriptionMigration.yaml (@54319c3, the rule's query)",
    name: "Sentinel: Subscription moved to another tenant",
    query: `let eventCapture = "moved from tenant ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}) to tenant ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
AzureActivity
| where OperationNameValue == "Microsoft.Subscription/updateTenant/action"
| extend EventCapture = extract_all(eventCapture, tostring(Properties_d.message))
| extend SourceTenant = iff(isnotempty(EventCapture), EventCapture[0][0], "")
| extend DestinationTenant = iff(isnotempty(EventCapture), EventCapture[0][1], "")
| extend UserParts = split(Caller, "@")
| extend UserName = iff(array_length(UserParts)==2, UserParts[0], Caller)
| extend UserUPNSuffix = iff(array_length(UserParts)==2, UserParts[1], "")
| extend Summary=Properties_d.message
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/New-CloudShell-User.yaml (@31ceca8, the rule's query)",
    name: "Sentinel: New CloudShell User",
    query: `let match_window = 3m;
AzureActivity
| where ResourceGroup has "cloud-shell"
| where (OperationNameValue =~ "Microsoft.Storage/storageAccounts/listKeys/action")
| where ActivityStatusValue == "Success"
| extend TimeKey = bin(TimeGenerated, match_window), AzureIP = CallerIpAddress
| join kind = inner
(AzureActivity
| where ResourceGroup has "cloud-shell"
| where (OperationNameValue =~ "Microsoft.Storage/storageAccounts/write")
| extend TimeKey = bin(TimeGenerated, match_window), UserIP = CallerIpAddress
) on Caller, TimeKey
| summarize count() by TimeKey, Caller, ResourceGroup, SubscriptionId, TenantId, AzureIP, UserIP, HTTPRequest, Type, Properties, CategoryValue, OperationList = strcat(OperationNameValue, ' , ', OperationNameValue1)
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Analytic Rules/AADHybridHealthADFSNewServer.yaml (@3038336, the rule's query)",
    name: "Sentinel: Azure Active Directory Hybrid Health AD FS New Server",
    query: `AzureActivity
| where CategoryValue =~ 'Administrative'
| where ResourceProviderValue =~ 'Microsoft.ADHybridHealthService'
| where _ResourceId has 'AdFederationService'
| where OperationNameValue =~ 'Microsoft.ADHybridHealthService/services/servicemembers/action'
| extend claimsJson = parse_json(Claims)
| extend AppId = tostring(claimsJson.appid), AccountName = tostring(claimsJson.name), Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
| project-away claimsJson
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/Common_Deployed_Resources.yaml (@13328fa, the hunting query)",
    name: "Sentinel hunting: Common deployed resources",
    query: `AzureActivity
| where OperationNameValue has_any (@"deployments/write", @"virtualMachines/write")  
| where ActivityStatusValue =~ "Succeeded"
| summarize by bin(TimeGenerated,1d), Resource, ResourceGroup, ResourceId, OperationNameValue, Caller
| evaluate basket()
| where isnotempty(Caller) and isnotempty(Resource) and isnotempty(TimeGenerated)
| order by Percent desc, TimeGenerated desc
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
| extend Account_0_Name = Name
| extend Account_0_UPNSuffix = UPNSuffix
| extend AzureResource_0_ResourceId = ResourceId
// remove comments below on filters if the goal is to see more common or more rare Resource, Resource Group and Caller combinations
//| where Percent <= 40 // <-- more rare
//| where Percent >= 60 // <-- more common
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/AnalyticsRulesAdministrativeOperations.yaml (@10aeed7, the hunting query)",
    name: "Sentinel hunting: Microsoft Sentinel Analytics Rules Administrative Operations",
    query: `let opValues = dynamic(["Microsoft.SecurityInsights/alertRules/write", "Microsoft.SecurityInsights/alertRules/delete"]);
// Microsoft Sentinel Analytics - Rule Create / Update / Delete
AzureActivity
| where Category =~ "Administrative"
| where OperationNameValue in~ (opValues)
| where ActivitySubstatusValue in~ ("Created", "OK")
| sort by TimeGenerated desc
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/Anomalous_Listing_Of_Storage_Keys.yaml (@234d34c, the hunting query)",
    name: "Sentinel hunting: Azure storage key enumeration",
    query: `AzureActivity
| where OperationNameValue =~ "microsoft.storage/storageaccounts/listkeys/action"
| where ActivityStatusValue =~ "Succeeded" 
| join kind= inner (
    AzureActivity
    | where OperationNameValue =~ "microsoft.storage/storageaccounts/listkeys/action"
    | where ActivityStatusValue =~ "Succeeded" 
    | project ExpectedIpAddress=CallerIpAddress, Caller 
    | evaluate autocluster()
) on Caller
| where CallerIpAddress != ExpectedIpAddress
| summarize StartTime = min(TimeGenerated), EndTime = max(TimeGenerated), ResourceIds = make_set(ResourceId,100), ResourceIdCount = dcount(ResourceId) by OperationNameValue, Caller, CallerIpAddress
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
| extend Account_0_Name = Name
| extend Account_0_UPNSuffix = UPNSuffix
| extend IP_0_Address = CallerIpAddress
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/PortOpenedForAzureResource.yaml (@10aeed7, the hunting query)",
    name: "Sentinel hunting: Port opened for an Azure Resource",
    query: `let lookback = 7d;
AzureActivity
| where TimeGenerated >= ago(lookback)
| where OperationNameValue has_any ("ipfilterrules", "securityRules", "publicIPAddresses", "firewallrules") and OperationNameValue endswith "write"
// Choosing Accepted here because it has the Rule Attributes included
| where ActivityStatusValue == "Accepted" 
// If there is publicIP info, include it
| extend parsed_properties = parse_json(tostring(parse_json(Properties).responseBody)).properties
| extend publicIPAddressVersion = case(Properties has_cs 'publicIPAddressVersion',tostring(parsed_properties.publicIPAddressVersion),"")
| extend publicIPAllocationMethod = case(Properties has_cs 'publicIPAllocationMethod',tostring(parsed_properties.publicIPAllocationMethod),"")
// Include rule attributes for context
| extend access = case(Properties has_cs 'access',tostring(parsed_properties.access),"")
| extend description = case(Properties has_cs 'description',tostring(parsed_properties.description),"")
| extend destinationPortRange = case(Properties has_cs 'destinationPortRange',tostring(parsed_properties.destinationPortRange),"")
| extend direction = case(Properties has_cs 'direction',tostring(parsed_properties.direction),"")
| extend protocol = case(Properties has_cs 'protocol',tostring(parsed_properties.protocol),"")
| extend sourcePortRange = case(Properties has_cs 'sourcePortRange',tostring(parsed_properties.sourcePortRange),"")
| summarize StartTime = min(TimeGenerated), EndTime = max(TimeGenerated), ResourceIds = make_set(_ResourceId,100) by Caller, CallerIpAddress, Resource, ResourceGroup, 
ActivityStatusValue, ActivitySubstatus, SubscriptionId, access, description, destinationPortRange, direction, protocol, sourcePortRange, publicIPAddressVersion, publicIPAllocationMethod
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/Rare_Custom_Script_Extension.yaml (@07c019e, the hunting query; its {{StartTimeISO}}/{{EndTimeISO}} placeholders are string literals the hunting page fills, kept as published)",
    name: "Sentinel hunting: Rare Custom Script Extension",
    query: `let starttime = todatetime('{{StartTimeISO}}');
let endtime = todatetime('{{EndTimeISO}}');
let Lookback = starttime - 14d;
let CustomScriptExecution = AzureActivity
| where TimeGenerated >= Lookback
| where OperationName =~ "Create or Update Virtual Machine Extension"
| extend parsed_properties = parse_json(Properties)
| extend Settings = tostring((parse_json(tostring(parsed_properties.responseBody)).properties).settings)
| parse Settings with * 'fileUris":[' FileURI "]" *
| parse Settings with * 'commandToExecute":' commandToExecute '}' *
| extend message_ = tostring((parse_json(tostring(parsed_properties.statusMessage)).error).message);
let LookbackCustomScriptExecution = CustomScriptExecution
| where TimeGenerated >= Lookback and TimeGenerated < starttime
| where isnotempty(FileURI) and isnotempty(commandToExecute)
| summarize max(TimeGenerated), OperationCount = count() by Caller, Resource, CallerIpAddress, FileURI, commandToExecute;
let CurrentCustomScriptExecution = CustomScriptExecution
| where TimeGenerated between (starttime..endtime)
| where isnotempty(FileURI) and isnotempty(commandToExecute)
| project TimeGenerated, ActivityStatus, OperationId, CorrelationId, ResourceId, CallerIpAddress, Caller, OperationName, Resource, ResourceGroup, FileURI, commandToExecute, FailureMessage = message_, HTTPRequest, Settings;
let RareCustomScriptExecution =  CurrentCustomScriptExecution
| join kind= leftanti (LookbackCustomScriptExecution) on Caller, CallerIpAddress, FileURI, commandToExecute;
let IPCheck = RareCustomScriptExecution
| summarize arg_max(TimeGenerated, OperationName), OperationIds = make_set(OperationId,100), CallerIpAddresses = make_set(CallerIpAddress,100) by ActivityStatus, CorrelationId, ResourceId, Caller, Resource, ResourceGroup, FileURI, commandToExecute, FailureMessage
| extend IPArray = array_length(CallerIpAddresses);
//Get IPs for later summarization so all associated CorrelationIds and Caller actions have an IP.  Success and Fails do not always have IP
let multiIP = IPCheck | where IPArray > 1
| mv-expand CallerIpAddresses | extend CallerIpAddress = tostring(CallerIpAddresses)
| where isnotempty(CallerIpAddresses);
let singleIP = IPCheck | where IPArray <= 1
| mv-expand CallerIpAddresses | extend CallerIpAddress = tostring(CallerIpAddresses);
let FullDetails = singleIP | union multiIP;
//Get IP address associated with successes and fails with no IP listed
let IPList = FullDetails | where isnotempty(CallerIpAddress) | summarize by CorrelationId, Caller, CallerIpAddress;
let EmptyIP = FullDetails | where isempty(CallerIpAddress) | project-away CallerIpAddress;
let IpJoin = EmptyIP | join kind= leftouter (IPList) on CorrelationId, Caller | project-away CorrelationId1, Caller1;
let nonEmptyIP = FullDetails | where isnotempty(CallerIpAddress);
nonEmptyIP | union IpJoin
// summarize all activities with a given CorrelationId and Caller together so we can provide a singular result
| summarize StartTime = min(TimeGenerated), EndTime = max(TimeGenerated), ActivityStatusSet = make_set(ActivityStatus,100), OperationIds = make_set(OperationIds,100), FailureMessages = make_set(FailureMessage,100) by CorrelationId, ResourceId, CallerIpAddress, Caller, Resource, ResourceGroup, FileURI, commandToExecute
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])
| extend Account_0_Name = Name
| extend Account_0_UPNSuffix = UPNSuffix
| extend IP_0_Address = CallerIpAddress`,
  },
  {
    source: "Azure/Azure-Sentinel Solutions/Azure Activity/Hunting Queries/AzureNSG_AdministrativeOperations.yaml (@10aeed7, the hunting query)",
    name: "Sentinel hunting: Azure Network Security Group NSG Administrative Operations",
    query: `let opValues = dynamic(["Microsoft.Network/networkSecurityGroups/write", "Microsoft.Network/networkSecurityGroups/delete"]);
// Azure NSG Create / Update / Delete
AzureActivity
| where Category =~ "Administrative"
| where OperationNameValue in~ (opValues)
| where ActivitySubstatusValue in~ ("Created", "OK","Accepted")
| sort by TimeGenerated desc
| extend Name = tostring(split(Caller,'@',0)[0]), UPNSuffix = tostring(split(Caller,'@',1)[0])`,
  },
];
