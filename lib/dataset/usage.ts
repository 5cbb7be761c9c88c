/**
 * The Usage table of a workspace that has none stored: derived from its tables' rows when queried
 * (reference/tables/usage: "Table that usage is being reported about", one row per hour and table).
 *
 * One row per table (DataType), hour of TimeGenerated and `_IsBillable` value, for every hour that
 * has rows; Quantity = the sum of those rows' `_BilledSize` / 10^6 (MBytes; Microsoft's queries read
 * sum(Quantity) / 1000 as GB, and GB is 10^9 bytes: cost-logs). StartTime = TimeGenerated = the hour's
 * start (the reference page: "same as TimeGenerated"); EndTime = its last second, as in the query
 * API's recorded answer (test/integration/azure/published/success-string-encoded.json, whose SourceSystem
 * "OMS", MeterId of billable Log Analytics data and zero LinkedMeterId are used too).
 *
 * What differs from Azure: Azure buckets by the hour a record was ingested and reports an hour after
 * it ends; here the bucket is the record's TimeGenerated hour (the simulator's records arrive when
 * generated) and the hour in progress is reported with the rows it has so far. Usage's own rows are
 * free and are not reported; ResourceUri (the workspace's resource id) is unknown here and left empty,
 * as are the deprecated columns; MeterId is left empty for free data (no published value).
 */
import { BILLED_SIZE, IS_BILLABLE, USAGE_SCHEMA, USAGE_TABLE, BYTES_PER_MB, withBillingColumns } from "../telemetry/billing";
import { StoredTable } from "./stored-table";

const HOUR = 3600_000;
const LOG_ANALYTICS_METER = "a4e29a95-5b4c-408b-80e3-113f9410566e";
const NO_METER = "00000000-0000-0000-0000-000000000000";

interface Bucket {
  table: string;
  hour: number;
  billable: boolean;
  bytes: number;
  tenant: string;
}

export function deriveUsage(tables: Iterable<StoredTable>): StoredTable {
  const buckets: Bucket[] = [];
  for (const t of tables) {
    if (!t.billing || t.name === USAGE_TABLE) continue;
    const snap = t.snapshot();
    const col = (name: string) => snap.columns[snap.schema.findIndex((c) => c.name === name)];
    const time = col("TimeGenerated");
    if (!time || snap.length === 0) continue;
    const size = col(BILLED_SIZE);
    const billable = col(IS_BILLABLE);
    const tenant = col("TenantId");
    const byKey = new Map<number, Bucket>();
    for (let i = 0; i < snap.length; i++) {
      const at = time.get(i);
      if (typeof at !== "number") continue; // a row without TimeGenerated falls in no hour
      const hour = Math.floor(at / HOUR) * HOUR;
      const isBillable = billable.get(i) === "true";
      const key = hour * 2 + (isBillable ? 1 : 0);
      let b = byKey.get(key);
      if (!b) byKey.set(key, (b = { table: t.name, hour, billable: isBillable, bytes: 0, tenant: "" }));
      b.bytes += size.get(i) as number;
      if (!b.tenant && tenant) b.tenant = (tenant.get(i) as string) ?? "";
    }
    buckets.push(...byKey.values());
  }
  buckets.sort((a, b) => a.hour - b.hour || (a.table < b.table ? -1 : a.table > b.table ? 1 : 0) || Number(b.billable) - Number(a.billable));
  const usage = new StoredTable(USAGE_TABLE, withBillingColumns(USAGE_SCHEMA), true);
  for (const b of buckets) {
    const start = new Date(b.hour).toISOString();
    usage.append({
      TenantId: b.tenant,
      TimeGenerated: start,
      SourceSystem: "OMS",
      StartTime: start,
      EndTime: new Date(b.hour + HOUR - 1000).toISOString(),
      DataType: b.table,
      Solution: "LogManagement",
      Quantity: b.bytes / BYTES_PER_MB,
      QuantityUnit: "MBytes",
      IsBillable: b.billable,
      MeterId: b.billable ? LOG_ANALYTICS_METER : "",
      LinkedMeterId: NO_METER,
      Type: USAGE_TABLE,
    });
  }
  return usage;
}
