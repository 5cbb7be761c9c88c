import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const T = `datatable(f:long, l:dynamic, n:string)[1, dynamic([1]), "a", 1, dynamic([1,2]), "b", 2, dynamic([]), "c"]`;

describe("summarize (a, b) = aggregate(...)", () => {
  it("names the aggregate's output columns in order (arg_max: the maximum, then the carried value)", () => {
    const r = run(`${T} | summarize (generations, name) = arg_max(array_length(l), n) by f`);
    expect(r.columns.map((c) => c.name)).toEqual(["f", "generations", "name"]);
    expect(r.rows).toEqual([[1, 2, "b"], [2, 0, "c"]]);
  });

  it("stays refused in extend for functions the engine does not evaluate (series_stats' and series_fit_line's tuples are: series-multi-column.test.ts)", () => {
    expect(() => run(`datatable(x:dynamic)[dynamic([1,2])] | extend (a, b) = series_periods_validate(x, 4.0)`)).toThrow(KqlUnsupportedError);
  });
});
