import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";

const ws = new Workspace();
const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-01-01T01:00:00Z") });
const T = `datatable(a:long, b:string, c:real)[1, "x", 2.5, 2, "x", 3.5, 5, "y", real(null)]`;

describe("take_any(*) and the deprecated any(*) (take_any reference: all input columns barring the group-by columns)", () => {
  it("by a column: that column once, then every other column from one row of the group", () => {
    const r = run(`${T} | summarize take_any(*) by b | order by b asc`);
    expect(r.columns.map((c) => [c.name, c.type])).toEqual([["b", "string"], ["a", "long"], ["c", "real"]]);
    const [x, y] = r.rows;
    expect(x[0]).toBe("x");
    // Whichever row is picked, a and c come from the same one.
    expect([[1, 2.5], [2, 3.5]]).toContainEqual([x[1], x[2]]);
    expect(y).toEqual(["y", 5, null]);
  });

  it("any(*) names its columns any_<column>, as the deprecated alias does", () => {
    const r = run(`${T} | where b == "y" | summarize any(*) by b`);
    expect(r.columns.map((c) => c.name)).toEqual(["b", "any_a", "any_c"]);
    expect(r.rows).toEqual([["y", 5, null]]);
  });

  it("without by: every column of one row; over an empty input: no row", () => {
    const r = run(`${T} | where a == 2 | summarize take_any(*)`);
    expect(r.rows).toEqual([[2, "x", 3.5]]);
    expect(run(`${T} | where a > 100 | summarize take_any(*) by b`).rows).toEqual([]);
  });

  it("a by expression over a column keeps that column (bin(a, 10) is not a), a renamed column is barred", () => {
    const binned = run(`${T} | where b == "y" | summarize take_any(*) by bin(a, 10)`);
    expect(binned.columns.map((c) => c.name)).toEqual(["a", "a1", "b", "c"]);
    expect(binned.rows).toEqual([[0, 5, "y", null]]);
    const renamed = run(`${T} | where b == "y" | summarize take_any(*) by k = b`);
    expect(renamed.columns.map((c) => c.name)).toEqual(["k", "a", "c"]);
  });

  it("sits next to other aggregates", () => {
    const r = run(`${T} | summarize n = count(), any(*) by b | order by b asc | project b, n`);
    expect(r.rows).toEqual([["x", 2], ["y", 1]]);
  });
});

describe("take_any of one column prefers a non-empty value (reference: 'will attempt to return a non-null/non-empty value')", () => {
  it("skips null and empty strings when the group has a value", () => {
    const q = `datatable(k:string, v:string, n:long)["a", "", long(null), "a", "z", 7, "b", "", long(null)]
      | summarize v = take_any(v), n = take_any(n) by k | order by k asc`;
    expect(run(q).rows).toEqual([["a", "z", 7], ["b", "", null]]);
  });

  it("with several expressions the values come from one row, empty or not", () => {
    const q = `datatable(k:string, v:string, n:long)["a", "", 1, "a", "z", 2] | summarize take_any(v, n) by k`;
    const [row] = run(q).rows;
    expect([["a", "", 1], ["a", "z", 2]]).toContainEqual(row);
  });
});
