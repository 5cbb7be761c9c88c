/**
 * The eighth and ninth published sets' AzureActivity queries checked against DuckDB over Activity-log rows of the
 * operations they look for (published-truth/activity-rows.ts): each row goes into the workspace and, as written,
 * into DuckDB, and each query's hand-written SQL (published-truth/cases-eighth.ts) must give the same answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, timestampValue, type DuckDBConnection } from "@duckdb/node-api";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";
import { PUBLISHED_EIGHTH } from "./published/queries-eighth";
import { PUBLISHED_NINTH } from "./published/queries-ninth";
import { ACTIVITY_COLUMNS, ACTIVITY_ROWS, ACTIVITY_TO } from "./published-truth/activity-rows";
import { ACTIVITY_CASES_EIGHTH, ROLE_ASSIGNMENTS_EIGHTH, SERVICE_HEALTH_CASES_EIGHTH } from "./published-truth/cases-eighth";
import { ACTIVITY_CASES_NINTH } from "./published-truth/cases-ninth";
import { engineAnswer, expectSameAnswer, sql } from "./published-truth/duck";

const window = { timespan: { from: new Date(ACTIVITY_TO.getTime() - 4 * 86400_000), to: ACTIVITY_TO }, asOf: ACTIVITY_TO };
let ws: Workspace;
let con: DuckDBConnection;
beforeAll(async () => {
  ws = new Workspace();
  for (const r of ACTIVITY_ROWS) ws.append("AzureActivity", r);
  const db = await DuckDBInstance.create(":memory:");
  con = await db.connect();
  await con.run(`CREATE TABLE AzureActivity (${ACTIVITY_COLUMNS.map((c) => `"${c}" ${c === "TimeGenerated" ? "TIMESTAMP" : "VARCHAR"}`).join(", ")})`);
  const a = await con.createAppender("AzureActivity");
  for (const r of ACTIVITY_ROWS) {
    for (const c of ACTIVITY_COLUMNS) {
      if (c === "TimeGenerated") a.appendTimestamp(timestampValue(BigInt(Date.parse(r[c] as string)) * 1000n));
      else a.appendVarchar(String(r[c]));
    }
    a.endRow();
  }
  a.closeSync();
});
afterAll(() => con?.closeSync());

const engine = (name: string) => {
  const found = [...PUBLISHED_EIGHTH, ...PUBLISHED_NINTH].filter((q) => q.name === name);
  expect(found, name).toHaveLength(1);
  return engineAnswer(runQuery(ws, found[0].query, window));
};

describe("the eighth and ninth sets' AzureActivity queries give DuckDB's answer over rows of the operations they look for", () => {
  for (const [name, text, how] of [...ACTIVITY_CASES_EIGHTH, ...SERVICE_HEALTH_CASES_EIGHTH, ...ACTIVITY_CASES_NINTH]) {
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
