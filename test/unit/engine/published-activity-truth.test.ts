/**
 * The eighth, ninth and tenth published sets' AzureActivity queries checked against DuckDB over Activity-log rows of the
 * operations they look for (published-truth/activity-rows.ts; the ninth set's platform rules over
 * activity-rows-ninth.ts, events whose properties sit under Properties.eventProperties): each row goes into the
 * workspace and, as written, into DuckDB, and each query's hand-written SQL (published-truth/cases-eighth.ts,
 * cases-ninth-activity.ts, cases-tenth-activity.ts) must give the same answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, timestampValue, type DuckDBConnection } from "@duckdb/node-api";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";
import { PUBLISHED_EIGHTH } from "./published/queries-eighth";
import { PUBLISHED_NINTH } from "./published/queries-ninth";
import { PUBLISHED_TENTH } from "./published/queries-tenth";
import { ACTIVITY_COLUMNS, ACTIVITY_ROWS, ACTIVITY_TO } from "./published-truth/activity-rows";
import { ACTIVITY_CASES_EIGHTH, ROLE_ASSIGNMENTS_EIGHTH, SERVICE_HEALTH_CASES_EIGHTH } from "./published-truth/cases-eighth";
import { ACTIVITY_COLUMNS_NINTH, ACTIVITY_ROWS_NINTH, ACTIVITY_TO_NINTH } from "./published-truth/activity-rows-ninth";
import { ACTIVITY_CASES_NINTH, PLATFORM_RULE_CASES_NINTH } from "./published-truth/cases-ninth-activity";
import { ACTIVITY_CASES_TENTH } from "./published-truth/cases-tenth-activity";
import { engineAnswer, expectSameAnswer, sql } from "./published-truth/duck";

const window = { timespan: { from: new Date(ACTIVITY_TO.getTime() - 4 * 86400_000), to: ACTIVITY_TO }, asOf: ACTIVITY_TO };
const windowNinth = { timespan: { from: new Date(ACTIVITY_TO_NINTH.getTime() - 4 * 86400_000), to: ACTIVITY_TO_NINTH }, asOf: ACTIVITY_TO_NINTH };
let ws: Workspace;
let con: DuckDBConnection;
let wsNinth: Workspace;
let conNinth: DuckDBConnection;

/** The rows into a workspace and, as written, into DuckDB's AzureActivity (the given columns, all VARCHAR but the time). */
async function load(rows: Record<string, unknown>[], columns: string[]): Promise<[Workspace, DuckDBConnection]> {
  const w = new Workspace();
  for (const r of rows) w.append("AzureActivity", r);
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  await c.run(`CREATE TABLE AzureActivity (${columns.map((n) => `"${n}" ${n === "TimeGenerated" ? "TIMESTAMP" : "VARCHAR"}`).join(", ")})`);
  const a = await c.createAppender("AzureActivity");
  for (const r of rows) {
    for (const n of columns) {
      if (n === "TimeGenerated") a.appendTimestamp(timestampValue(BigInt(Date.parse(r[n] as string)) * 1000n));
      else a.appendVarchar(String(r[n]));
    }
    a.endRow();
  }
  a.closeSync();
  return [w, c];
}

beforeAll(async () => {
  [ws, con] = await load(ACTIVITY_ROWS, ACTIVITY_COLUMNS);
  [wsNinth, conNinth] = await load(ACTIVITY_ROWS_NINTH, ACTIVITY_COLUMNS_NINTH);
});
afterAll(() => {
  con?.closeSync();
  conNinth?.closeSync();
});

const engine = (name: string) => {
  const found = [...PUBLISHED_EIGHTH, ...PUBLISHED_NINTH, ...PUBLISHED_TENTH].filter((q) => q.name === name);
  expect(found, name).toHaveLength(1);
  return engineAnswer(runQuery(ws, found[0].query, window));
};

describe("the eighth and ninth sets' AzureActivity queries give DuckDB's answer over rows of the operations they look for", () => {
  for (const [name, text, how] of [...ACTIVITY_CASES_EIGHTH, ...SERVICE_HEALTH_CASES_EIGHTH, ...ACTIVITY_CASES_NINTH, ...ACTIVITY_CASES_TENTH]) {
    it(name, async () => {
      const duck = await sql(con, text);
      expect(duck.rows.length, "the SQL selects something").toBeGreaterThan(0);
      expectSameAnswer(engine(name), duck, how);
    });
  }

  it("SentinelKQL: successful role assignments per provider: parse up to the first /providers/, count() and makeset(Caller) (sets compared sorted)", async () => {
    const mine = engine("SentinelKQL: successful role assignments per provider");
    const duck = await sql(con, ROLE_ASSIGNMENTS_EIGHTH);
    expect(duck.rows.length).toBe(2);
    expect(mine.columns).toEqual(duck.columns);
    expect(mine.kinds).toEqual(["string", "integer", "dynamic"]);
    const scalars = (a: typeof mine) => ({ columns: a.columns.slice(0, 2), kinds: a.kinds.slice(0, 2), rows: a.rows.map((r) => r.slice(0, 2)) });
    expectSameAnswer(scalars(mine), scalars(duck));
    const sets = (a: typeof mine) => new Map(a.rows.map((r) => [r[0], [...(r[2] as string[])].sort()]));
    expect(sets(mine)).toEqual(sets(duck));
  });
});

describe("the ninth set's platform-monitoring rules give DuckDB's answer over events with Properties.eventProperties", () => {
  // Their dynamic columns (p.subscriptionId, policy.policyAssignmentName, ...) hold JSON strings here: compared as text.
  const asText = (a: ReturnType<typeof engineAnswer>) => ({ ...a, kinds: a.kinds.map((k) => (k === "dynamic" ? "string" : k)) });
  for (const [rule, text] of PLATFORM_RULE_CASES_NINTH) {
    it(`Platform monitoring rule: ${rule}`, async () => {
      const q = PUBLISHED_NINTH.find((x) => x.name === `Platform monitoring rule: ${rule}`);
      expect(q, rule).toBeDefined();
      const mine = engineAnswer(runQuery(wsNinth, q?.query ?? "", windowNinth));
      const duck = await sql(conNinth, text);
      expect(duck.rows.length, "the SQL selects something").toBeGreaterThan(0);
      expect(mine.rows.flat().every((v) => typeof v !== "object" || v === null), "dynamic cells are scalars").toBe(true);
      expectSameAnswer(asText(mine), duck);
    });
  }
});
