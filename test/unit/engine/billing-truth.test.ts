/**
 * Published queries over `_IsBillable`, `_BilledSize` and Usage (queries-billing.ts), checked against
 * an independent answer: every row the simulator writes for 90 minutes of the demo (across a
 * midnight, so the "past month, whole days" Usage queries select an hour) goes into the workspace
 * and, as written (JSON, before the workspace converts anything), through this file's own sizing of
 * the documented rule into DuckDB, which answers each query's hand-written SQL equivalent. The sizing
 * here reads the JSON values and the contract schema's types; the workspace's reads its column store
 * (interned ids, packed bytes, typed arrays): two implementations of cost-logs' "Data size calculation".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, timestampValue, type DuckDBConnection } from "@duckdb/node-api";
import { loadConfigFile } from "@/lib/config/load";
import type { RowSink } from "@/lib/dataset/sink";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";
import { simulate } from "@/lib/simulator";
import { TABLE_SCHEMAS } from "@/lib/telemetry/schemas";
import { PUBLISHED_BILLING } from "./published/queries-billing";
import { PUBLISHED_EIGHTH } from "./published/queries-eighth";
import { PUBLISHED_NINTH } from "./published/queries-ninth";
import { billingCasesEighth, TABLE_SIZES_EIGHTH } from "./published-truth/cases-eighth";
import { billingCasesNinth } from "./published-truth/cases-ninth";
import { engineAnswer, expectSameAnswer, sql, type Expectation } from "./published-truth/duck";

const FROM = new Date("2026-11-20T23:00:00Z");
const TO = new Date("2026-11-21T00:30:00Z");
const NOT_BILLED = new Set(["_ResourceId", "_SubscriptionId", "_ItemId", "_IsBillable", "_BilledSize", "_TenantId", "Type"]);
const FREE = new Set(["AzureActivity"]);

/** A record's billed size from its JSON: UTF-8 bytes of each entry's Kusto text (tostring). */
function sizeOf(table: string, row: Record<string, unknown>): number {
  let bytes = 0;
  for (const [name, v] of Object.entries(row)) {
    if (NOT_BILLED.has(name) || v === null || v === undefined) continue;
    const type = TABLE_SCHEMAS[table].find((c) => c.name === name)?.type;
    if (type === "datetime") bytes += Date.parse(v as string) % 1000 === 0 ? "2026-11-20T23:00:00Z".length : "2026-11-20T23:00:00.1230000Z".length;
    else if (typeof v === "string") bytes += Buffer.byteLength(v, "utf8");
    else if (typeof v === "boolean") bytes += String(v).length;
    else if (typeof v === "number") bytes += String(v).length;
    else bytes += Buffer.byteLength(JSON.stringify(v), "utf8");
  }
  return bytes;
}

interface Billed {
  table: string;
  time: number;
  resourceId: string;
  subscriptionId: string;
  size: number;
}

class BillingTee implements RowSink {
  readonly rows: Billed[] = [];
  constructor(private readonly inner: Workspace) {}
  append(table: string, row: Record<string, unknown>): void {
    this.inner.append(table, row);
    this.keep(table, row);
  }
  ensureTable(table: string): void {
    this.inner.ensureTable(table);
  }
  appendTimed(table: string, row: Record<string, unknown>, timeMs: number): void {
    this.inner.appendTimed(table, row, timeMs);
    this.keep(table, row);
  }
  private keep(table: string, row: Record<string, unknown>): void {
    const str = (k: string) => (typeof row[k] === "string" ? (row[k] as string) : "");
    this.rows.push({ table, time: Date.parse(row.TimeGenerated as string), resourceId: str("_ResourceId"), subscriptionId: str("_SubscriptionId") || subscriptionIn(str("_ResourceId")), size: sizeOf(table, row) });
  }
}

/** A record's subscription as Log Analytics fills _SubscriptionId: the id after /subscriptions/ in its _ResourceId. */
function subscriptionIn(resourceId: string): string {
  const at = resourceId.toLowerCase().indexOf("/subscriptions/");
  return at === 0 ? resourceId.slice(15).split("/")[0] : "";
}

/** Usage as its reference page defines it, from the records: per table, hour and billability, Σ size / 10^6. */
const USAGE = `WITH Usage AS (
  SELECT T AS DataType, time_bucket(INTERVAL 1 hour, TimeGenerated) AS StartTime,
    time_bucket(INTERVAL 1 hour, TimeGenerated) + INTERVAL 3599 second AS EndTime, time_bucket(INTERVAL 1 hour, TimeGenerated) AS TimeGenerated,
    'LogManagement' AS Solution, _IsBillable = 'true' AS IsBillable, sum(_BilledSize) / 1e6 AS Quantity
  FROM Billing GROUP BY ALL)`;

/** Kusto's parse: the whole pattern from the text's start, each column up to the next literal, or every column empty. */
const RG = `regexp_extract(lower(_ResourceId), '^/subscriptions/(.*?)/resourcegroups/(.*?)/providers/(.*?)/(.*?)/(.*)$', 2)`;

/** `between(startofday(ago(1d))..startofday(now()))` at TO. */
const LAST_DAY = "TimeGenerated BETWEEN TIMESTAMP '2026-11-20 00:00:00' AND TIMESTAMP '2026-11-21 00:00:00'";

const CASES: [string, string, Expectation][] = [
  [
    "Billed bytes per subscription",
    "SELECT _SubscriptionId, sum(_BilledSize) AS Bytes FROM Billing WHERE _IsBillable = 'true' GROUP BY 1 ORDER BY Bytes DESC NULLS LAST",
    { orderedBy: ["Bytes"] },
  ],
  [
    "Billed bytes per resource group (parsed from _ResourceId)",
    `SELECT ${RG} AS resourceGroup, sum(_BilledSize) AS Bytes FROM Billing WHERE _IsBillable = 'true' GROUP BY 1 ORDER BY Bytes DESC NULLS LAST`,
    { orderedBy: ["Bytes"] },
  ],
  [
    "Billable bytes per resource group",
    `SELECT _SubscriptionId, regexp_extract(_ResourceId, '^/subscriptions/(.*?)/resourcegroups/(.*?)/', 2) AS ResourceGroupName, sum(_BilledSize) AS Bytes
     FROM Billing WHERE _IsBillable = 'true' GROUP BY 1, 2 ORDER BY Bytes DESC NULLS LAST`,
    { orderedBy: ["Bytes"] },
  ],
  [
    "Billable data volume by type over the past month",
    `${USAGE} SELECT time_bucket(INTERVAL 1 day, StartTime) AS StartTime, DataType, sum(Quantity) / 1000 AS BillableDataGB FROM Usage
     WHERE StartTime >= TIMESTAMP '2026-10-21 00:00:00' AND EndTime < TIMESTAMP '2026-11-21 00:00:00' AND IsBillable GROUP BY 1, 2`,
    {},
  ],
  [
    "Usage by data types",
    `${USAGE} SELECT DataType, count(*) AS count_per_type FROM Usage GROUP BY 1 ORDER BY 2 DESC`,
    { orderedBy: ["count_per_type"] },
  ],
  // find over every table (Usage included, not billable), the last full day: between's upper bound is inclusive.
  [
    "Billable data volume by resource ID for the last full day",
    `SELECT _ResourceId, sum(_BilledSize) AS BillableDataBytes FROM Billing WHERE _IsBillable = 'true' AND ${LAST_DAY} GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
    { orderedBy: ["BillableDataBytes"] },
  ],
  [
    "Billable data volume by resource group for the last full day",
    `SELECT split_part(_ResourceId, '/', 5) AS resourceGroup, sum(_BilledSize) AS BillableDataBytes FROM Billing WHERE _IsBillable = 'true' AND ${LAST_DAY} GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
    { orderedBy: ["BillableDataBytes"] },
  ],
  [
    "Billable data volume by subscription for the last full day",
    `SELECT _SubscriptionId, sum(_BilledSize) AS BillableDataBytes FROM Billing WHERE _IsBillable = 'true' AND ${LAST_DAY} GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
    { orderedBy: ["BillableDataBytes"] },
  ],
  ["Total workspace ingestion over the last 24 hours", `${USAGE} SELECT sum(Quantity) / 1024.0 AS TotalIngestionVolGB FROM Usage`, {}],
];

let ws: Workspace;
let con: DuckDBConnection;
beforeAll(async () => {
  ws = new Workspace();
  const tee = new BillingTee(ws);
  simulate({ config: loadConfigFile("config/demo.json"), scenarios: "demo", from: FROM, to: TO, seed: 7, sink: tee });
  const db = await DuckDBInstance.create(":memory:");
  con = await db.connect();
  await con.run("CREATE TABLE Billing (T VARCHAR, TimeGenerated TIMESTAMP, _ResourceId VARCHAR, _SubscriptionId VARCHAR, _BilledSize DOUBLE, _IsBillable VARCHAR)");
  const a = await con.createAppender("Billing");
  for (const r of tee.rows) {
    a.appendVarchar(r.table);
    a.appendTimestamp(timestampValue(BigInt(r.time) * 1000n));
    a.appendVarchar(r.resourceId);
    a.appendVarchar(r.subscriptionId);
    a.appendDouble(r.size);
    a.appendVarchar(FREE.has(r.table) ? "false" : "true");
    a.endRow();
  }
  a.closeSync();
}, 120_000);
afterAll(() => con?.closeSync());

const published = (name: string) => {
  const found = [...PUBLISHED_BILLING, ...PUBLISHED_EIGHTH, ...PUBLISHED_NINTH].filter((q) => q.name === name);
  expect(found, name).toHaveLength(1);
  return found[0].query;
};

describe("published billing queries give DuckDB's answer over the records' independently computed sizes", () => {
  for (const [name, text, how] of [...CASES, ...billingCasesEighth(USAGE), ...billingCasesNinth(USAGE)]) {
    it(name, async () => {
      const mine = engineAnswer(runQuery(ws, published(name), { timespan: { from: FROM, to: TO }, asOf: TO }));
      const duck = await sql(con, text);
      expect(duck.rows.length, "the SQL selects something").toBeGreaterThan(0);
      expectSameAnswer(mine, duck, how);
    }, 30_000);
  }
});

describe("the eighth published set's union withsource=['Table Name'] * over the same sizes", () => {
  it("Workspace usage workbook: table sizes: one row per table under union withsource=['Table Name'] *, the written tables' counts and sizes", async () => {
    const mine = engineAnswer(runQuery(ws, published("Workspace usage workbook: table sizes"), { timespan: { from: FROM, to: TO }, asOf: TO }));
    // Usage is derived by the workspace (no record is written to it): its row is the derived table's own count.
    const usage = mine.rows.filter((r) => r[0] === "Usage");
    expect(usage.map((r) => r[1])).toEqual([ws.rowCount("Usage")]);
    const duck = await sql(con, TABLE_SIZES_EIGHTH);
    expect(duck.rows.length).toBeGreaterThan(5);
    expectSameAnswer({ ...mine, rows: mine.rows.filter((r) => r[0] !== "Usage") }, duck, { orderedBy: ["Table Size"] });
  }, 30_000);
});
