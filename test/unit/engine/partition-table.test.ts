import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlRuntimeError, KqlSemanticError, KqlUnsupportedError, runQuery } from "@/lib/engine";

const T0 = Date.parse("2026-11-22T10:00:00Z");

function workspace(): Workspace {
  const ws = new Workspace();
  for (let i = 0; i < 5; i++) ws.append("AppMetrics", { TimeGenerated: new Date(T0 + i * 60_000).toISOString(), Name: i % 2 ? "lag" : "depth", Sum: i });
  return ws;
}

const run = (q: string, ws = workspace(), timespan?: { from: Date; to: Date }) => runQuery(ws, q, { asOf: new Date("2026-11-23T00:00:00Z"), timespan });
const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("partition with a subquery that has its own source, under every strategy", () => {
  const q = (hint: string) => `datatable(k:long)[1, 2, 2, 3] | partition ${hint} by k { range x from 1 to 3 step 1 | where x <= toscalar(k) | summarize n = count(), key = take_any(toscalar(k)) }`;

  it("native and shuffle give the legacy strategy's rows (a strategy does not change the result)", () => {
    const legacy = sorted(run(q("")).rows);
    expect(legacy).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(sorted(run(q("hint.strategy=native")).rows)).toEqual(legacy);
    expect(sorted(run(q("hint.strategy=shuffle hint.materialized=true")).rows)).toEqual(legacy);
  });

  it("native has no 64-key limit, legacy keeps it", () => {
    const many = (hint: string) => `range k from 1 to 70 step 1 | partition ${hint} by k { print v = toscalar(k) * 2 }`;
    expect(run(many("hint.strategy=native")).rows).toHaveLength(70);
    expect(() => run(many(""))).toThrow(KqlRuntimeError);
  });

  it("an empty input runs no part", () => {
    expect(run(`datatable(k:long)[] | partition hint.strategy=native by k { print v = toscalar(k) }`).rows).toEqual([]);
  });
});

describe("table()", () => {
  it("reads a workspace table by a constant name, and through a function's string parameter", () => {
    expect(run(`table('AppMetrics') | count`).rows).toEqual([[5]]);
    expect(run(`let foo = (tableName:string) { table(tableName) | count }; foo('AppMetrics')`).rows).toEqual([[5]]);
    expect(run(`table("AppMetrics") | where Name == "lag" | summarize sum(Sum)`).rows).toEqual([[4]]);
  });

  it("is filtered by the query window like any table reference", () => {
    const window = { from: new Date(T0 + 60_000), to: new Date(T0 + 180_000) };
    expect(run(`table('AppMetrics') | count`, workspace(), window).rows).toEqual([[2]]);
  });

  it("names a tabular let (a parameterless function) when no table has the name", () => {
    expect(run(`let T = datatable(a:long)[1, 2, 3]; table('T') | summarize sum(a)`).rows).toEqual([[6]]);
    expect(run(`let T = datatable(a:long)[1, 2, 3]; let f = (n:string) { table(n) | count }; f('T')`).rows).toEqual([[3]]);
    expect(run(`let V = view () { AppMetrics | take 2 }; table('V') | count`).rows).toEqual([[2]]);
  });

  it("DataScope all/default read every row; hotcache is refused by name; anything else names the argument", () => {
    expect(run(`table('AppMetrics', 'all') | count`).rows).toEqual([[5]]);
    expect(run(`table('AppMetrics', 'default') | count`).rows).toEqual([[5]]);
    expect(() => run(`table('AppMetrics', 'hotcache') | count`)).toThrow(KqlUnsupportedError);
    expect(() => run(`table('AppMetrics', 'warm') | count`)).toThrow(/DataScope must be hotcache, all or default/);
  });

  it("a name that is no table nor tabular let is a semantic error naming it; an empty name names the argument", () => {
    const missing = () => run(`let foo = (tableName:string) { table(tableName) | count }; foo('StormEvents')`);
    expect(missing).toThrow(KqlSemanticError);
    expect(missing).toThrow(/'StormEvents'/);
    expect(() => run(`table('StormEvents') | count`)).toThrow(KqlSemanticError);
    expect(() => run(`let foo = (tableName:string) { table(tableName) | count }; foo('')`)).toThrow(/TableName must be a non-empty string/);
  });
});
