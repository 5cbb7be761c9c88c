import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlRuntimeError, KqlUnsupportedError, runQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });

describe("evaluate dcount_intersect()", () => {
  it("counts S1, S1 ∩ S2, S1 ∩ S2 ∩ S3 per input row, after the input's columns", () => {
    const r = run(`range x from 1 to 30 step 1
      | summarize a = hll(iif(x % 2 == 0, x, int(null))), b = hll(iif(x % 3 == 0, x, int(null))), c = hll(iif(x % 5 == 0, x, int(null))) by k = x <= 15
      | evaluate dcount_intersect(a, b, c) | project k, s0, s1, s2 | order by k asc`);
    expect(r.columns).toEqual([
      { name: "k", type: "bool" },
      { name: "s0", type: "long" },
      { name: "s1", type: "long" },
      { name: "s2", type: "long" },
    ]);
    // x in 16..30: evens 8, multiples of 6: 18, 24, 30; of 30: 30. x in 1..15: evens 7, of 6: 6, 12; of 30: none.
    expect(r.rows).toEqual([
      [false, 8, 3, 1],
      [true, 7, 2, 0],
    ]);
  });

  it("keeps the order of the sets: each count intersects the first ones only", () => {
    const r = run(`print a = 1 | extend h1 = toscalar(range x from 1 to 4 step 1 | summarize hll(x)), h2 = toscalar(range x from 3 to 9 step 1 | summarize hll(x))
      | evaluate dcount_intersect(h2, h1)`);
    expect(r.rows.map((row) => row.slice(-2))).toEqual([[7, 2]]);
  });

  it("a null sketch is the empty set; a value that is not a sketch is an error naming the argument", () => {
    const empty = run(`range x from 1 to 3 step 1 | summarize a = hll(x), b = hll(iif(x > 5, x, int(null))) | evaluate dcount_intersect(a, b) | project s0, s1`);
    expect(empty.rows).toEqual([[3, 0]]);
    expect(() => run(`print a = dynamic([1, 2]), b = dynamic([2]) | evaluate dcount_intersect(a, b)`)).toThrow(KqlRuntimeError);
    expect(() => run(`range x from 1 to 3 step 1 | summarize a = hll(x) | extend b = dynamic(["x"]) | evaluate dcount_intersect(a, b)`)).toThrow(/argument 2 is not an hll\(\) sketch/);
  });

  it("an empty input gives no row", () => {
    expect(run(`range x from 1 to 3 step 1 | summarize a = hll(x), b = hll(x) | where false | evaluate dcount_intersect(a, b)`).rows).toEqual([]);
  });
});

describe("evaluate narrow()", () => {
  it("unpivots each row into (Row, Column, Value), Row from 0, with the page's text for bools, datetimes, numbers", () => {
    const r = run(`datatable(IsHealthy:bool, MachinesTotal:long, BuildTime:datetime, Factor:real, BuildVersion:string)[
      true, 2, datetime(2017-03-13 11:02:44), 0.130552847673333, "1.0.6281.19882",
      false, int(null), datetime(null), 100, ""] | evaluate narrow()`);
    expect(r.columns).toEqual([
      { name: "Row", type: "long" },
      { name: "Column", type: "string" },
      { name: "Value", type: "string" },
    ]);
    expect(r.rows).toEqual([
      [0, "IsHealthy", "True"],
      [0, "MachinesTotal", "2"],
      [0, "BuildTime", "2017-03-13 11:02:44.0000000"],
      [0, "Factor", "0.130552847673333"],
      [0, "BuildVersion", "1.0.6281.19882"],
      [1, "IsHealthy", "False"],
      [1, "MachinesTotal", ""],
      [1, "BuildTime", ""],
      [1, "Factor", "100"],
      [1, "BuildVersion", ""],
    ]);
  });

  it("an empty input gives no row", () => {
    expect(run(`print a = 1 | where a > 1 | evaluate narrow()`).rows).toEqual([]);
  });

  it("refuses what the page does not show: other types, reals past 15 digits, sub-millisecond datetimes", () => {
    expect(() => run(`print t = 1h | evaluate narrow()`)).toThrow(/narrow\(\) of a timespan column .*column t/);
    expect(() => run(`print d = dynamic({"a": 1}) | evaluate narrow()`)).toThrow(KqlUnsupportedError);
    expect(() => run(`print x = 1.0 / 3 | evaluate narrow()`)).toThrow(/more than 15 significant digits/);
    expect(() => run(`print x = 1e20 | evaluate narrow()`)).toThrow(/exponent/);
    expect(() => run(`print d = datetime(2017-03-14 10:59:18.926302) | evaluate narrow()`)).toThrow(/sub-millisecond/);
  });
});
