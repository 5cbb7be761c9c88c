/**
 * DuckDB's answers for queries of the eighth published set (queries-eighth.ts), written by hand from the Kusto
 * reference's semantics: its Sentinel AzureActivity queries (ACTIVITY_CASES_EIGHTH, at the end, checked in
 * published-activity-truth.test.ts), and its queries over Usage and the billing columns, checked in
 * billing-truth.test.ts: its rows
 * (90 minutes across a midnight) and its Usage, defined there from the records' independently computed sizes.
 * What they exercise beyond the earlier cases: `StartTime >= startofday(ago(31d)) and EndTime < startofday(now())`
 * with and without the IsBillable filter, by data type and by solution; `bin(TimeGenerated, 1d)` by Solution sorted
 * by the sum; split() of an empty string with negative and positive indexes in a summarize-then-distinct; a
 * Workspace Insights workbook's parameter queries (top 5 then project, `iff(DataType in (...), true, false)`,
 * `sort` then `where row_number() == 1`), its toscalar() share of the total with any(IsBillable), its
 * count-and-size shares per resource (long × 100 / long is a long: integer division, per the arithmetic page),
 * `union *` with `_IsBillable == true` and `parse tolower(_ResourceId)` by subscription and resource group, and
 * `union withsource=['Table Name'] *` (a bracketed source column) by table.
 *
 * At the billing test's end (2026-11-21T00:30Z): ago(32d) = 2026-10-20T00:30, startofday(ago(31d)) = 2026-10-21,
 * startofday(now()) = 2026-11-21, ago(1d) = 2026-11-20T00:30, ago(7d) and ago(24h) keep every row.
 */
import type { Expectation } from "./duck";

/** The five tables the workbook's TopDataTypes gave over the published-queries test's hour (queries-eighth.ts). */
const TOP = "'AzureDiagnostics','AppDependencies','CDBDataPlaneRequests','AppMetrics','AzureMetrics'";
const PAST_MONTH_WHOLE_DAYS = "StartTime >= TIMESTAMP '2026-10-21 00:00:00' AND EndTime < TIMESTAMP '2026-11-21 00:00:00'";
const APP_DEPENDENCIES = "Billing WHERE T = 'AppDependencies'";
/** Kusto's parse of the lower-cased id: each column up to the next literal (billing-truth's RG, its first group). */
const PARSED = (group: number) => `regexp_extract(lower(_ResourceId), '^/subscriptions/(.*?)/resourcegroups/(.*?)/providers/(.*?)/(.*?)/(.*)$', ${group})`;

/** [published query name, SQL, expectation]; `usage` is billing-truth's Usage CTE (`WITH Usage AS (...)`). */
export function billingCasesEighth(usage: string): [string, string, Expectation][] {
  const byType = (billable: boolean, key: string) =>
    `${usage} SELECT time_bucket(INTERVAL 1 day, StartTime) AS StartTime, ${key}, sum(Quantity) / 1000 AS BillableDataGB FROM Usage
     WHERE TimeGenerated > TIMESTAMP '2026-10-20 00:30:00' AND ${PAST_MONTH_WHOLE_DAYS}${billable ? " AND IsBillable" : ""} GROUP BY 1, 2`;
  return [
    ["SentinelKQL: billable data by data type", byType(false, "DataType"), {}],
    ["SentinelKQL: billable data volume by solution", byType(true, "Solution"), {}],
    [
      "SentinelKQL: data usage by solution",
      `${usage} SELECT time_bucket(INTERVAL 1 day, TimeGenerated) AS TimeGenerated, Solution, sum(Quantity) / 1000 AS TotalVolumeGB FROM Usage
       WHERE TimeGenerated > TIMESTAMP '2026-10-21 00:00:00' AND IsBillable GROUP BY 1, 2 ORDER BY TotalVolumeGB DESC`,
      { orderedBy: ["TotalVolumeGB"] },
    ],
    // ResourceUri is empty in this workspace (usage.ts): split("", "/") is [""], whose [-1] is "" and [2] null (tostring: "").
    ["SentinelKQL: workspaces and tables", `${usage} SELECT DISTINCT '' AS workspaceName, DataType AS "Table Name" FROM Usage WHERE StartTime > TIMESTAMP '2026-11-20 00:30:00'`, {}],
    [
      "SentinelKQL: workspaces and tables with the solution",
      `${usage} SELECT DISTINCT '' AS workspaceName, DataType AS "Table Name", Solution FROM Usage WHERE StartTime > TIMESTAMP '2026-11-20 00:30:00' ORDER BY Solution`,
      { orderedBy: ["Solution"] },
    ],
    ["Workspace Insights usage workbook: top data types (TopDataTypes)", `${usage} SELECT DataType FROM (SELECT DataType, sum(Quantity) AS v FROM Usage GROUP BY 1 ORDER BY v DESC LIMIT 5)`, {}],
    ["Workspace Insights usage workbook: usage rows in the range (UsageInTimeRange)", `${usage} SELECT count(*) AS "Count" FROM Usage`, {}],
    [
      "Workspace Insights usage workbook: workspace tables (SelectedDataTypes)",
      `${usage} SELECT DISTINCT DataType AS value, DataType AS label, DataType IN (${TOP}) AS selected, Solution AS "group" FROM Usage`,
      {},
    ],
    [
      "Workspace Insights usage workbook: table in focus (TableInFocus)",
      `${usage} SELECT DataType FROM (SELECT DISTINCT Solution, DataType FROM Usage WHERE DataType IN (${TOP}) ORDER BY Solution, DataType LIMIT 1)`,
      {},
    ],
    [
      "Workspace Insights usage workbook: billable tables volume",
      // any(IsBillable) of a table whose rows are all billable (every selected one) is true.
      `${usage} SELECT Solution, DataType, sum(Quantity) AS IngestionVolume, sum(Quantity) / (SELECT sum(Quantity) FROM Usage) AS IngestionPercent, bool_and(IsBillable) AS Billable
       FROM Usage WHERE DataType IN (${TOP}) GROUP BY 1, 2 ORDER BY Solution, DataType`,
      { orderedBy: ["Solution", "DataType"] },
    ],
    [
      "Workspace Insights usage workbook: ingestion volume",
      `SELECT time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated, sum(_BilledSize) AS BillableDataMB FROM ${APP_DEPENDENCIES} GROUP BY 1`,
      {},
    ],
    [
      "Workspace Insights usage workbook: ingestion statistics by resource",
      `SELECT _ResourceId AS Resource, count(*) * 100 // (SELECT count(*) FROM ${APP_DEPENDENCIES}) AS "Percentage by count", count(*) AS "Log count",
          sum(_BilledSize) / 1e9 * 100 / (SELECT sum(_BilledSize) / 1e9 FROM ${APP_DEPENDENCIES}) AS "Percentage by size", sum(_BilledSize) / 1e9 AS "Log GB"
       FROM ${APP_DEPENDENCIES} GROUP BY 1`,
      {},
    ],
    [
      "Workspace Insights usage workbook: data volume per subscription",
      `SELECT ${PARSED(1)} AS subscriptionId, sum(_BilledSize) AS IngestionVolume FROM Billing WHERE _IsBillable = 'true' GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
      { orderedBy: ["IngestionVolume"], limit: 50 },
    ],
    [
      "Workspace Insights usage workbook: data volume per resource group",
      `SELECT ${PARSED(2)} AS resourceGroup, sum(_BilledSize) AS IngestionVolume FROM Billing WHERE _IsBillable = 'true' GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
      { orderedBy: ["IngestionVolume"], limit: 50 },
    ],
    [
      "Sentinel cost workbook: total billable ingestion and cost",
      `${usage} SELECT sum(Quantity) / 1024 AS "Total data ingestion", sum(Quantity) / 1024 * 4 AS "Estimated cost" FROM Usage WHERE IsBillable GROUP BY IsBillable`,
      {},
    ],
  ];
}

/**
 * The Workspace Usage workbook's `union withsource=['Table Name'] *` by table, over the tables the records were
 * written to (Usage, which the workspace derives, is compared apart: billing-truth.test.ts).
 */
export const TABLE_SIZES_EIGHTH = `SELECT T AS "Table Name", count(*) AS "Table Entries", sum(_BilledSize) AS "Table Size", 1.0 * sum(_BilledSize) / count(*) AS "Size per Entry"
  FROM Billing GROUP BY 1 ORDER BY "Table Size" DESC`;

/** `has` of an alphanumeric term: the term with no letter or digit on either side, case-insensitively (datatypes-string-operators). */
const HAS = (column: string, term: string) => `regexp_matches(lower(${column}), '(^|[^a-z0-9])${term.toLowerCase()}([^a-z0-9]|$)')`;
const CI = (column: string, needle: string) => `contains(lower(${column}), '${needle.toLowerCase()}')`;
// "Authorization" is a keyword of DuckDB's SQL: the column is quoted.
const JSON_TEXT = (column: string, key: string) => `json_extract_string("${column}", '$.${key}')`;
const NSG_WRITE = `${JSON_TEXT("Authorization", "action")} = 'Microsoft.Network/networkSecurityGroups/securityRules/write' AND ActivityStatus = 'Succeeded'`;
const CLOUD_SHELL = (storageOnly: boolean) =>
  `SELECT TimeGenerated, ResourceGroup, Caller, CallerIpAddress, ActivityStatusValue, count(*) AS count_, Caller AS AccountCustomEntity, CallerIpAddress AS IPCustomEntity
   FROM AzureActivity WHERE starts_with(lower(ResourceGroup), 'cloud-shell')${storageOnly ? " AND ResourceProviderValue = 'MICROSOFT.STORAGE'" : ""} AND ActivityStatusValue = 'Start' GROUP BY 1, 2, 3, 4, 5`;
/** ago(4h) at the activity rows' end, 2026-11-20T15:00Z. */
const LAST_4H = "TimeGenerated > TIMESTAMP '2026-11-20 11:00:00'";

/**
 * The eighth set's AzureActivity queries over activity-rows.ts (published-activity-truth.test.ts): startswith, contains,
 * has and =~ case-insensitively; parse_json(Authorization).action compared with a string; parse-where of a dynamic
 * entity with `* "/tables/" Col` (rows without the literal dropped); parse of ResourceId up to the first
 * "/providers/"; distinct with renames; `ago(48h)` and `ago(4h)` bounds; `order by Count desc, OperationName asc`.
 */
export const ACTIVITY_CASES_EIGHTH: [string, string, Expectation][] = [
  ["SentinelKQL: Cloud Shell execution (analytics rule)", CLOUD_SHELL(false), {}],
  ["SentinelKQL: Cloud Shell starts (storage variant)", CLOUD_SHELL(true), {}],
  ["Must Learn KQL part 20: Cloud Shell activity", CLOUD_SHELL(true), {}],
  [
    "SentinelKQL: Cloud Shell activity by caller",
    `SELECT ResourceGroup, Caller, CallerIpAddress, ActivityStatusValue, ActivitySubstatusValue, CategoryValue, ${JSON_TEXT("Authorization", "action")} AS action_, count(*) AS count_
     FROM AzureActivity WHERE starts_with(lower(ResourceGroup), 'cloud-shell') GROUP BY ALL`,
    {},
  ],
  ["SentinelKQL: NSG changes by resource and who did it (analytics rule)", `SELECT DISTINCT Resource, Caller, Caller AS AccountCustomEntity, Resource AS URLCustomEntity FROM AzureActivity WHERE ${NSG_WRITE}`, {}],
  ["SentinelKQL: NSG changes by user and resource", `SELECT DISTINCT Resource, Caller FROM AzureActivity WHERE ${NSG_WRITE}`, {}],
  [
    "SentinelKQL: retention changed per table",
    `SELECT DISTINCT regexp_extract(${JSON_TEXT("Properties", "entity")}, '/tables/(.*)$', 1) AS Changed_Table, Caller AS Changed_by, CallerIpAddress AS User_IP, TimeGenerated AS Time_it_Happened
     FROM AzureActivity WHERE OperationNameValue = 'MICROSOFT.OPERATIONALINSIGHTS/WORKSPACES/TABLES/WRITE' AND contains(${JSON_TEXT("Properties", "entity")}, '/tables/')`,
    {},
  ],
  [
    "SentinelKQL: policy exemptions",
    `SELECT Caller, CallerIpAddress, ${JSON_TEXT("Properties", "resource")} AS resource_ FROM AzureActivity
     WHERE ${CI("OperationNameValue", "MICROSOFT.AUTHORIZATION/POLICYEXEMPTIONS")} AND (ActivityStatusValue = 'Start' OR ActivityStatusValue = 'Success')`,
    {},
  ],
  [
    "SentinelKQL: who modified an analytics rule",
    `SELECT TimeGenerated, CallerIpAddress, Caller, ${JSON_TEXT("Properties", "resource")} AS Analytics_Rule_ID FROM AzureActivity
     WHERE ${CI("OperationNameValue", "MICROSOFT.SECURITYINSIGHTS/ALERTRULES/WRITE")} AND ActivityStatusValue = 'Success'`,
    {},
  ],
  [
    "SentinelKQL: built-in Fusion rule creation",
    `SELECT TimeGenerated, Caller, CallerIpAddress, ResourceGroup FROM AzureActivity
     WHERE ${HAS(JSON_TEXT("Properties", "resource"), "builtinfusion")} AND lower(ActivitySubstatusValue) = 'created'`,
    {},
  ],
  [
    "SentinelKQL: incident comment deleted",
    `SELECT Caller, ${JSON_TEXT("HTTPRequest", "clientIpAddress")} AS clientIpAddress_ FROM AzureActivity
     WHERE ${CI("OperationNameValue", "MICROSOFT.SECURITYINSIGHTS/INCIDENTS/COMMENTS/DELETE")} AND ActivityStatusValue = 'Success'`,
    {},
  ],
  [
    "SentinelKQL: data connector requirements failed by caller",
    `SELECT Caller, CallerIpAddress, OperationName FROM AzureActivity
     WHERE ${CI("OperationNameValue", "dataconnectorscheckrequirements")} AND ActivityStatusValue = 'Failed' AND ActivitySubstatusValue = 'Unauthorized'`,
    {},
  ],
  [
    "Hunting rules: Azure activity of a compromised account",
    `SELECT OperationNameValue, count(*) AS TotalEvents FROM AzureActivity WHERE lower(Caller) = 'test@test.com' AND TimeGenerated > TIMESTAMP '2026-11-18 15:00:00'
     GROUP BY 1 ORDER BY TotalEvents DESC`,
    { orderedBy: ["TotalEvents"] },
  ],
  [
    "VM Events workbook: succeeded activity by operation",
    `SELECT OperationName, count(*) AS "Count" FROM AzureActivity WHERE ${LAST_4H} AND lower(ActivityStatus) = 'succeeded' GROUP BY 1 ORDER BY "Count" DESC, OperationName ASC`,
    { orderedBy: ["Count", "OperationName"] },
  ],
  [
    "VM Events workbook: failed activity by operation",
    `SELECT OperationName, count(*) AS "Count" FROM AzureActivity WHERE ${LAST_4H} AND lower(ActivityStatus) = 'failed' GROUP BY 1 ORDER BY "Count" DESC, OperationName ASC`,
    { orderedBy: ["Count", "OperationName"] },
  ],
  [
    "VM Events workbook: other activity by operation and status",
    `SELECT OperationName, ActivityStatus, count(*) AS "Count" FROM AzureActivity WHERE ${LAST_4H} AND lower(ActivityStatus) NOT IN ('failed', 'succeeded')
     GROUP BY 1, 2 ORDER BY "Count" DESC, OperationName ASC, ActivityStatus ASC`,
    { orderedBy: ["Count", "OperationName", "ActivityStatus"] },
  ],
  ["SentinelKQL: sum of a count column", "SELECT count(*) AS sum_count_ FROM AzureActivity", {}],
];

/** The Service Health workbook's `summarize arg_max(TimeGenerated, *) by TrackingId`: each tracking id's latest communication. */
const LATEST_HEALTH = `WITH h AS (SELECT *, ${JSON_TEXT("Properties", "trackingId")} AS TrackingId FROM AzureActivity WHERE CategoryValue = 'ServiceHealth'),
  latest AS (SELECT * FROM h QUALIFY row_number() OVER (PARTITION BY TrackingId ORDER BY TimeGenerated DESC) = 1)`;
const perLatest = (key: string, property: string) => `${LATEST_HEALTH} SELECT ${JSON_TEXT("Properties", property)} AS ${key}, count(*) AS count_ FROM latest GROUP BY 1`;

/** The Service Health workbook (its TrackingID_P at All) over three communications of two tracking ids. */
export const SERVICE_HEALTH_CASES_EIGHTH: [string, string, Expectation][] = [
  [
    "Sentinel Service Health workbook: tracking ids (TrackingID_P)",
    `SELECT DISTINCT ${JSON_TEXT("Properties", "trackingId")} AS TrackingId FROM AzureActivity WHERE CategoryValue = 'ServiceHealth' ORDER BY 1`,
    { orderedBy: ["TrackingId"] },
  ],
  ["Sentinel Service Health workbook: Impacted Regions", perLatest("ImpactedRegions", "region"), {}],
  ["Sentinel Service Health workbook: Type of Incidents", perLatest("IncidentType", "incidentType"), {}],
  ["Sentinel Service Health workbook: Service Health Across Services", perLatest("Service", "service"), {}],
  ["Sentinel Service Health workbook: Current Stage", perLatest("Stage", "stage"), {}],
  [
    "Sentinel Service Health workbook: Affected subscriptions",
    `SELECT '/subscriptions/' || SubscriptionId AS Subscription, TrackingId, 'https://app.azure.com/h/' || TrackingId AS Info
     FROM (SELECT DISTINCT SubscriptionId, ${JSON_TEXT("Properties", "trackingId")} AS TrackingId FROM AzureActivity WHERE CategoryValue = 'ServiceHealth') ORDER BY TrackingId`,
    { orderedBy: ["TrackingId"] },
  ],
  [
    "Sentinel Service Health workbook: Affected regions",
    // impactedServices is JSON text inside the properties: its first service's regions, one row each; tostring() of a missing RegionId is "".
    `SELECT DISTINCT r.RegionName || ' (' || coalesce(r.RegionId, '') || ')' AS Region, TrackingId, 'https://app.azure.com/h/' || TrackingId AS Info
     FROM (SELECT ${JSON_TEXT("Properties", "trackingId")} AS TrackingId,
             unnest(from_json(json_extract(${JSON_TEXT("Properties", "impactedServices")}, '$[0].ImpactedRegions'), '[{"RegionName":"VARCHAR","RegionId":"VARCHAR"}]')) AS r
           FROM AzureActivity WHERE CategoryValue = 'ServiceHealth') ORDER BY TrackingId`,
    { orderedBy: ["TrackingId"] },
  ],
];

/** Role assignments by the provider parsed from ResourceId, with makeset(Caller): compared as sorted sets (a set's order is not documented). */
export const ROLE_ASSIGNMENTS_EIGHTH = `SELECT regexp_extract(ResourceId, '/providers/([^/]*)/', 1) AS TargetResourceAuthProvider, count(*) AS count_, list(DISTINCT Caller ORDER BY Caller) AS set_Caller
  FROM AzureActivity WHERE TimeGenerated > TIMESTAMP '2026-08-22 15:00:00' AND ${CI('"Authorization"', "Microsoft.Authorization/roleAssignments/write")} AND ActivityStatusValue = 'Success' GROUP BY 1`;
