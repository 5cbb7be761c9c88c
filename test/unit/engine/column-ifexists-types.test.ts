import { describe, expect, it } from "vitest";
import { refusal, runAtNoon as run } from "./refusal";

const LONGS = `datatable(x:long, k:string)[5, 'a', 7, 'a', -7, 'b', long(null), 'b']`;

describe("column_ifexists() whose column's type differs from the default's (the analyzer types the call as the default)", () => {
  it("a long column with a real default: where a long and a real of the same value answer alike, the values pass through typed real", () => {
    const r = run(`${LONGS} | extend v = column_ifexists('x', 0.0) | extend s = tostring(v), w = v * 2 + 1, h = v * 0.5, q = todouble(v) / 4, p = v / 2.0`);
    expect(r.columns.find((c) => c.name === "v")?.type).toBe("real");
    expect(r.rows.map((row) => row.slice(2))).toEqual([
      [5, "5", 11, 2.5, 1.25, 2.5],
      [7, "7", 15, 3.5, 1.75, 3.5],
      [-7, "-7", -13, -3.5, -1.75, -3.5],
      [null, "", null, null, null, null],
    ]);
    const s = run(`${LONGS} | summarize total = sum(column_ifexists('x', 0.0)), mean = avg(column_ifexists('x', 0.0)), top = max(column_ifexists('x', 0.0)) by k`);
    expect(s.rows).toEqual([
      ["a", 12, 6, 7],
      ["b", -7, -7, -7],
    ]);
  });

  it("refuses it by name in a query where the two readings differ: / or % between values not surely real (7 / 2: 3 or 3.5), gettype(), getschema", () => {
    const why = /column_ifexists\(\) of x, a long column, with a real default, in a query that/;
    expect(refusal(`${LONGS} | extend v = column_ifexists('x', 0.0) | extend d = v / 2`)).toMatch(why);
    expect(refusal(`${LONGS} | extend v = column_ifexists('x', 0.0) | where v > 0 | extend d = v / 2`)).toMatch(/divides two values not surely real/);
    expect(refusal(`${LONGS} | extend v = column_ifexists('x', 0.0) | extend w = v + 1 | extend m = w % 2`)).toMatch(/takes a remainder of two values not surely real/);
    expect(refusal(`${LONGS} | summarize half = sum(column_ifexists('x', 0.0) / 2) by k`)).toMatch(why);
    expect(refusal(`${LONGS} | extend v = column_ifexists('x', 0.0) | extend t = gettype(v)`)).toMatch(/calls gettype\(\)/);
    expect(refusal(`${LONGS} | extend v = column_ifexists('x', 0.0) | getschema`)).toMatch(/runs getschema/);
    // Divisions settled by a real or timespan operand leave both readings equal: the query runs.
    expect(run(`${LONGS} | extend v = column_ifexists('x', 0.0) | extend d = v / 2.0, e = v / toreal(4), f = 1h / 2m`).rows[0].slice(2)).toEqual([5, 2.5, 1.25, 30]);
  });

  it("an int column with a long default stays whole numbers (integer division either way)", () => {
    const r = run(`datatable(x:int)[7, -7] | extend v = column_ifexists('x', 0) | extend d = v / 2, m = v % 2, s = tostring(v), t = gettype(v)`);
    expect(r.rows.map((row) => row.slice(1))).toEqual([
      [7, 3, 1, "7", "long"],
      [-7, -3, 1, "-7", "long"],
    ]);
  });

  it("refuses by name a column the default's type would narrow (real → long, long → int) or that meets a decimal, outside a to*() conversion", () => {
    expect(refusal(`datatable(x:real)[5.5] | extend v = column_ifexists('x', 0) | extend d = v / 2`)).toMatch(/column_ifexists\(\) of x, a real column, with a long default/);
    expect(refusal(`datatable(x:real)[5.5] | summarize sum(column_ifexists('x', 0))`)).toMatch(/column_ifexists\(\) of x, a real column, with a long default/);
    expect(refusal(`${LONGS} | extend v = column_ifexists('x', int(0))`)).toMatch(/a long column, with a int default/);
    expect(refusal(`${LONGS} | extend v = column_ifexists('x', decimal(0))`)).toMatch(/a long column, with a decimal default/);
    expect(refusal(`datatable(x:decimal)[1.5] | extend v = column_ifexists('x', 0.0)`)).toMatch(/a decimal column, with a real default/);
  });

  it("inside a conversion the column is read at its own type, as before (both readings agree there)", () => {
    expect(run(`datatable(x:real)[5.5, -5.5] | extend v = tolong(column_ifexists('x', 0)), s = tostring(column_ifexists('x', ''))`).rows).toEqual([
      [5.5, 5, "5.5"],
      [-5.5, -5, "-5.5"],
    ]);
  });

  it("a missing column gives the default, and a column of the default's own type passes through", () => {
    expect(run(`${LONGS} | take 1 | extend v = column_ifexists('nope', 0.5), w = column_ifexists('x', 1)`).rows).toEqual([[5, "a", 0.5, 5]]);
  });
});

describe("column_ifexists() in the functions library's percentiles_linear_fl idiom", () => {
  it("a long column under a 0.0 default sorts and lists as reals of the same values (the page prints [5,7,9])", () => {
    const r = run(`${LONGS} | where isnotnull(x) | extend _vals = column_ifexists('x', 0.0) | order by _vals asc | summarize l = make_list(_vals), h = make_list(_vals / 2.0)`);
    expect(r.rows).toEqual([[[-7, 5, 7], [-3.5, 2.5, 3.5]]]);
  });
});
