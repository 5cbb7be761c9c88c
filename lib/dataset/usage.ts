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

/** One table's buckets, and what of the table they were computed from. */
export interface TableBuckets {
  reshaped: number;
  length: number;
  buckets: Bucket[];
}

/** A table's buckets for its rows with TimeGenerated from `from` on (all rows when from is -Infinity). */
function bucketsOf(t: StoredTable, from: number): Bucket[] {
  const snap = from === -Infinity ? t.snapshot() : t.snapshot({ from, to: Infinity });
  const col = (name: string) => snap.columns[snap.schema.findIndex((c) => c.name === name)];
  const time = col("TimeGenerated");
  if (!time || snap.length === 0) return [];
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
  return [...byKey.values()];
}

/**
 * Derives Usage from the tables. `cache` keeps each table's buckets between calls: when a
 * time-ordered table only gained rows since, only the hours from its first new row on are summed
 * again (the live demo appends on every query; a full pass over the 30-day demo takes seconds).
 */
export function deriveUsage(tables: Iterable<StoredTable>, cache: Map<string, TableBuckets> = new Map()): StoredTable {
  const buckets: Bucket[] = [];
  for (const t of tables) {
    if (!t.billing || t.name === USAGE_TABLE) continue;
    const before = cache.get(t.name);
    let mine: Bucket[];
    if (before && before.reshaped === t.reshaped && t.sortedByTime && t.length >= before.length) {
      const first = before.length < t.length ? t.timeAt(before.length) : Infinity;
      const hour = Math.floor(first / HOUR) * HOUR;
      mine = before.length === t.length ? before.buckets : Number.isFinite(hour) ? [...before.buckets.filter((b) => b.hour < hour), ...bucketsOf(t, hour)] : bucketsOf(t, -Infinity);
    } else mine = bucketsOf(t, -Infinity);
    cache.set(t.name, { reshaped: t.reshaped, length: t.length, buckets: mine });
    buckets.push(...mine);
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
