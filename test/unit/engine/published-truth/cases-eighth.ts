/**
 * DuckDB's answers for queries of the eighth published set (queries-eighth.ts) over Usage and the billing
 * columns, written by hand from the Kusto reference's semantics and checked in billing-truth.test.ts: its rows
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
  const perType = `${usage} SELECT DataType, count(*) AS count_per_type FROM Usage GROUP BY 1 ORDER BY 2 DESC`;
  return [
    ["SentinelKQL: billable data by data type", byType(false, "DataType"), {}],
    ["SentinelKQL: billable data volume by data type", byType(true, "DataType"), {}],
    ["SentinelKQL: billable data volume by solution", byType(true, "Solution"), {}],
    ["SentinelKQL: usage by data type pie chart", perType, { orderedBy: ["count_per_type"] }],
    ["Must Learn KQL part 12: table usage by data type", perType, { orderedBy: ["count_per_type"] }],
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
  ];
}

/**
 * The Workspace Usage workbook's `union withsource=['Table Name'] *` by table, over the tables the records were
 * written to (Usage, which the workspace derives, is compared apart: billing-truth.test.ts).
 */
export const TABLE_SIZES_EIGHTH = `SELECT T AS "Table Name", count(*) AS "Table Entries", sum(_BilledSize) AS "Table Size", 1.0 * sum(_BilledSize) / count(*) AS "Size per Entry"
  FROM Billing GROUP BY 1 ORDER BY "Table Size" DESC`;
