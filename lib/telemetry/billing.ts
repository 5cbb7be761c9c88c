/**
 * The billing standard columns every Log Analytics table has, and the workspace's Usage table.
 *
 * Sources (learn.microsoft.com/azure/azure-monitor/...):
 * - logs/log-standard-columns: `_IsBillable` says whether ingesting the record is billed; `_BilledSize`
 *   is the record's size in bytes, billed when `_IsBillable` is true. Neither shows in a query's
 *   results unless the query names it.
 * - reference/tables/<table> (every table's page): `_IsBillable` string, `_BilledSize` real.
 * - logs/cost-logs, "Data size calculation": a record's billed size is computed from "a string
 *   representation of the column entries" stored for it; `_ResourceId`, `_SubscriptionId`,
 *   `_ItemId`, `_IsBillable`, `_BilledSize`, `_TenantId` and `Type` are excluded. GB = 10^9 bytes.
 *   "Excluded tables": AzureActivity, Heartbeat, Usage and Operation are free of ingestion charges.
 * - reference/tables/usage: one row per table (DataType) and hour, Quantity in MBytes. Microsoft's
 *   own queries divide _BilledSize by 1.E6 for MB and sum(Quantity) by 1000 for GB: MB = 10^6 bytes.
 */
import type { ColumnSchema, TableSchema } from "./schemas";

export const IS_BILLABLE = "_IsBillable";
export const BILLED_SIZE = "_BilledSize";

/** Appended to every table of the embedded workspace that stands for a Log Analytics table. */
export const BILLING_COLUMNS: readonly ColumnSchema[] = [
  { name: IS_BILLABLE, type: "string" },
  { name: BILLED_SIZE, type: "real" },
];

/**
 * The billing columns are hidden: `where * has x` and `search x` look at the columns a query shows, so
 * they skip these (Kusto does not document whether hidden columns are searched; a row would otherwise
 * match "true" through `_IsBillable`).
 */
export const isBillingColumn = (name: string): boolean => name === IS_BILLABLE || name === BILLED_SIZE;

/** Standard columns left out of a record's billed size (cost-logs, "Excluded columns"). */
export const NOT_BILLED_COLUMNS: ReadonlySet<string> = new Set(["_ResourceId", "_SubscriptionId", "_ItemId", IS_BILLABLE, BILLED_SIZE, "_TenantId", "Type"]);

/** Tables whose ingestion is free (cost-logs, "Excluded tables"; the ones this workspace can hold). */
export const FREE_TABLES: ReadonlySet<string> = new Set(["AzureActivity", "Usage", "Heartbeat", "Operation"]);

export const USAGE_TABLE = "Usage";

/** Bytes per Usage Quantity unit ("MBytes"). */
export const BYTES_PER_MB = 1e6;

/**
 * The Usage table's columns (reference/tables/usage; a recorded answer of the query API,
 * test/integration/azure/published/success-string-encoded.json, has the same ones and TenantId).
 */
export const USAGE_SCHEMA: TableSchema = [
  { name: "TenantId", type: "string" },
  { name: "Computer", type: "string" },
  { name: "TimeGenerated", type: "datetime" },
  { name: "SourceSystem", type: "string" },
  { name: "StartTime", type: "datetime" },
  { name: "EndTime", type: "datetime" },
  { name: "ResourceUri", type: "string" },
  { name: "LinkedResourceUri", type: "string" },
  { name: "DataType", type: "string" },
  { name: "Solution", type: "string" },
  { name: "BatchesWithinSla", type: "long" },
  { name: "BatchesOutsideSla", type: "long" },
  { name: "BatchesCapped", type: "long" },
  { name: "TotalBatches", type: "long" },
  { name: "AvgLatencyInSeconds", type: "real" },
  { name: "Quantity", type: "real" },
  { name: "QuantityUnit", type: "string" },
  { name: "IsBillable", type: "bool" },
  { name: "MeterId", type: "string" },
  { name: "LinkedMeterId", type: "string" },
  { name: "Type", type: "string" },
];

/** A table's schema with the billing columns after its own (unless it declares them itself). */
export function withBillingColumns(schema: TableSchema): TableSchema {
  const missing = BILLING_COLUMNS.filter((b) => !schema.some((c) => c.name === b.name));
  return missing.length === 0 ? schema : [...schema, ...missing];
}

/**
 * Log Analytics shows the billing columns only when a query names them. The embedded engine drops
 * them from a result unless the query text names the column anywhere (a query that filters on
 * `_IsBillable` and then returns whole rows shows it here, not in Azure: the one known difference).
 */
export function hiddenUnlessNamed(name: string, kql: string): boolean {
  return isBillingColumn(name) && !new RegExp(`(^|[^A-Za-z0-9_])${name}($|[^A-Za-z0-9_])`).test(kql);
}
