import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { KqlUnsupportedError } from "@/lib/engine/errors";

// row_rank(Term): row_rank_dense's old name. Its reference page (MicrosoftDocs/dataexplorer-docs,
// data-explorer/kusto/query/rowrankfunction.md, 2021): "The row index starts by default at 1 for the first
// row, and is incremented by 1 whenever the provided Term is different than the previous row's Term".
const ws = new Workspace();
const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-01-01T00:00:00Z") });

describe("row_rank()", () => {
  it("gives the old reference page's example output (the same as row_rank_dense's page)", () => {
    const q = `datatable (Airport:string, Airline:string, Departures:long)
[
  "SEA", "LH", 3,
  "SEA", "LY", 100,
  "SEA", "UA", 3,
  "SEA", "BA", 2,
  "SEA", "EL", 3
]
| sort by Departures asc
| extend Rank=row_rank(Departures)`;
    const r = run(q);
    expect(r.columns.at(-1)).toEqual({ name: "Rank", type: "long" });
    expect(r.rows.map((row) => [row[1], row[3]])).toEqual([
      ["BA", 1],
      ["LH", 2],
      ["UA", 2],
      ["EL", 2],
      ["LY", 3],
    ]);
  });

  it("equals row_rank_dense over strings, nulls and repeated runs", () => {
    const q = `datatable (s:string, n:long)["a", 1, "a", 2, "", 3, "", 4, "b", 5, "a", 6]
| serialize
| extend r = row_rank(s), d = row_rank_dense(s)
| project r, d`;
    const rows = run(q).rows;
    expect(rows.map((row) => row[0])).toEqual([1, 1, 2, 2, 3, 4]);
    expect(rows.map((row) => row[0])).toEqual(rows.map((row) => row[1]));
    const nulls = run("datatable (x:long)[1, long(null), long(null), 2] | serialize | extend r = row_rank(x), d = row_rank_dense(x) | project r, d").rows;
    expect(nulls.map((row) => row[0])).toEqual(nulls.map((row) => row[1]));
  });

  it("a second argument (the language service's `dense` flag, documented nowhere) is refused by name", () => {
    expect(() => run("datatable (x:long)[1, 2] | serialize | extend r = row_rank(x, true)")).toThrow(KqlUnsupportedError);
    expect(() => run("datatable (x:long)[1, 2] | serialize | extend r = row_rank(x, false)")).toThrow(/row_rank\(\) with a second \(dense\) argument/);
  });
});
