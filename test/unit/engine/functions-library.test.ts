/**
 * The engine fixes the functions library's examples (cases-fl.json) needed, each beyond its page:
 * function bodies bound at the call site, join's `and`, column_ifexists' types, replace_regex's RE2
 * rewrite, scan steps assigning input columns, bag_unpack's columns through join/project-away, and
 * the time-only datetime literal refused by name.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const names = (q: string) => run(q).columns.map((c) => `${c.name}:${c.type}`);

function refusal(q: string): string[] {
  try {
    run(q);
  } catch (e) {
    if (e instanceof KqlUnsupportedError) return e.constructs.map((c) => c.construct);
    throw e;
  }
  throw new Error("not refused");
}

describe("a tabular function with a T:(*) parameter keeps the input's columns", () => {
  const T = "datatable(p:dynamic, k:string)[dynamic([0.5, 0.5]), 'a', dynamic([0.25, 0.75]), 'b']";

  it("extend/project-away inside the body see the columns of the table it is called with", () => {
    const q = `let f = (tbl:(*), c:string) { tbl | extend v = column_ifexists(c, dynamic(null)), w = 1 | project-away w }; ${T} | invoke f('p')`;
    expect(names(q)).toEqual(["p:dynamic", "k:string", "v:dynamic"]);
    expect(run(q).rows).toEqual([
      [[0.5, 0.5], "a", [0.5, 0.5]],
      [[0.25, 0.75], "b", [0.25, 0.75]],
    ]);
  });

  it("entropy_fl's body (mv-apply then project-away) gives the input column and the entropy", () => {
    const q = `let entropy = (tbl:(*), val_col:string) { tbl | extend _vals = column_ifexists(val_col, dynamic(null))
      | mv-apply pa=_vals to typeof(real) on (summarize H=sum(-pa*log2(pa))) | project-away _vals };
      ${T} | invoke entropy('p') | project k, H`;
    const rows = run(q).rows as [string, number][];
    expect(rows.map((r) => r[0])).toEqual(["a", "b"]);
    expect(rows[0][1]).toBe(1);
    expect(rows[1][1]).toBeCloseTo(-(0.25 * Math.log2(0.25) + 0.75 * Math.log2(0.75)), 12);
  });

  it("two calls with tables of different columns each get their own columns", () => {
    const q = `let f = (tbl:(*)) { tbl | extend n = 1 }; union (datatable(a:long)[1] | invoke f()), (datatable(b:string)['x'] | invoke f())`;
    expect(names(q).sort()).toEqual(["a:long", "b:string", "n:long"]);
    expect(run(q).rows).toHaveLength(2);
  });

  it("a call-site error still points into the query: an unknown column of the body is the analyzer's error", () => {
    expect(() => run(`let f = (tbl:(*)) { tbl | where nope > 1 }; datatable(a:long)[1] | invoke f()`)).toThrow(/KS142.*nope/);
  });
});

describe("join on conditions joined by and (the join page: 'use the and keyword or separate them with commas')", () => {
  const L = "datatable(a:string, b:long)['x', 1, 'x', 2, 'y', 1]";
  const R = "datatable(a:string, c:long, v:string)['x', 1, 'one', 'x', 2, 'two', 'y', 2, 'none']";

  it("`on a and $left.b == $right.c` is the same join as `on a, $left.b == $right.c`", () => {
    const and = run(`${L} | join kind=inner (${R}) on a and $left.b == $right.c | project a, b, v | order by b asc`);
    const comma = run(`${L} | join kind=inner (${R}) on a, $left.b == $right.c | project a, b, v | order by b asc`);
    expect(and.rows).toEqual([
      ["x", 1, "one"],
      ["x", 2, "two"],
    ]);
    expect(and.rows).toEqual(comma.rows);
  });

  it("an `and` of a string with a bool elsewhere is still the analyzer's error", () => {
    expect(() => run(`print x = "a" and true`)).toThrow(/KS106/);
  });
});

describe("column_ifexists() when the column's type is not the default's", () => {
  const T = "range t from 0 to 1 step 1 | extend ts = datetime(2022-01-01) + 1h * t, r = 1.5, s = '7'";

  it("a conversion reads the column at its own type (todatetime over a datetime column, default '')", () => {
    expect(run(`${T} | project d = todatetime(column_ifexists('ts', ''))`).rows).toEqual([["2022-01-01T00:00:00.000Z"], ["2022-01-01T01:00:00.000Z"]]);
    expect(run(`${T} | project x = tostring(column_ifexists('ts', ''))`).rows).toEqual(run(`${T} | project x = tostring(ts)`).rows);
    expect(run(`${T} | project n = tolong(column_ifexists('r', 0))`).rows[0]).toEqual([1]);
  });

  it("a column of the default's type, or a missing one (numeric clashes: column-ifexists-types.test.ts)", () => {
    expect(run(`${T} | project a = column_ifexists('s', ''), c = column_ifexists('nope', 'dflt') | take 1`).rows).toEqual([["7", "dflt"]]);
    // toreal() of the column (1.5) or of its long reading (a truncated 1): the readings differ, so refused.
    expect(refusal(`${T} | project x = toreal(column_ifexists('r', 0)) | take 1`)).toEqual([expect.stringMatching(/a real column, with a long default/)]);
  });

  it("a clash the engine cannot type is refused by name, not printed as milliseconds", () => {
    expect(refusal(`${T} | project x = column_ifexists('ts', '')`)).toEqual([expect.stringMatching(/column_ifexists\(\) of ts, a datetime column, with a string default/)]);
    expect(refusal(`${T} | project x = column_ifexists('s', 0)`)).toEqual([expect.stringMatching(/a string column, with a long default/)]);
    // A real column under a long default: the analyzer's long would truncate what Kusto may keep as 1.5.
    expect(refusal(`${T} | project x = column_ifexists('r', 0)`)).toEqual([expect.stringMatching(/a real column, with a long default/)]);
  });
});

describe("replace_regex reads its rewrite as RE2 does", () => {
  it("$ is literal text; \\0 is the match, \\1.. the groups, \\\\ a backslash", () => {
    const r = run(`print a = replace_regex("a b  c", @"\\s+", "$$$"), b = replace_regex("Number is 5", @"is (\\d)", @"was \\1 [\\0] $1 \\\\"), c = replace_regex("ab", "(a)(b)", @"\\2\\1\\10")`);
    expect(r.rows[0]).toEqual(["a$$$b$$$c", "Number was 5 [is 5] $1 \\", "baa0"]);
  });

  it("a reference past the pattern's groups is empty", () => {
    expect(run(`print a = replace_regex("ab", "a", @"<\\3>")`).rows[0]).toEqual(["<>b"]);
  });
});

describe("scan steps assigning an input column (time_weighted_val_fl's fill-forward)", () => {
  it("the assigned value replaces the column in the output and is what s.Col reads next", () => {
    const r = run(`datatable(t:long, x:long)[1, 1, 2, long(null), 3, long(null), 4, 4, 5, long(null)] | scan with (step s: true => x = iff(isnull(x), s.x, x);)`);
    expect(r.columns.map((c) => c.name)).toEqual(["t", "x"]);
    expect(r.rows).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 4],
      [5, 4],
    ]);
  });

  it("next to declared columns, which keep their place after the input's", () => {
    const r = run(`datatable(x:long)[2, 3, 4] | scan declare (total:long = 0) with (step s: true => x = x * 10, total = s.total + x;)`);
    expect(r.columns.map((c) => c.name)).toEqual(["x", "total"]);
    // total reads the row's own x (its assignments all see the state before the step's match).
    expect(r.rows).toEqual([
      [20, 2],
      [30, 5],
      [40, 9],
    ]);
  });

  it("a step that does not assign the column keeps the row's own value", () => {
    const r = run(`datatable(x:long)[1, 2, 3] | scan with (step a: x == 1 => x = 100; step b: x > 1;)`);
    expect(r.rows).toEqual([[100], [2], [3]]);
  });
});

describe("columns only the data knows (bag_unpack) through join and project-away", () => {
  it("tokenize_fl's shape: a join whose right side is bag_unpack'ed, then project-away of the keys", () => {
    const q = `let t = datatable(s:string)["a b", "c d e"];
      t | serialize _rid = row_number()
      | join (t | extend tokens = split(s, " ") | serialize _rid = row_number() | mv-expand with_itemindex = i tokens
              | summarize cols = make_bag(bag_pack(strcat("col", tostring(i + 1)), tokens)) by _rid | evaluate bag_unpack(cols)) on _rid
      | project-away _rid, _rid1`;
    const r = run(q);
    expect(r.columns.map((c) => c.name)).toEqual(["s", "col1", "col2", "col3"]);
    expect(r.rows).toEqual([
      ["a b", "a", "b", null],
      ["c d e", "c", "d", "e"],
    ]);
  });

  it("the right side's repeated names take Kusto's 1, 2, ... suffixes", () => {
    const q = `datatable(k:long, v:long)[1, 10] | join (datatable(k:long, v:long, b:dynamic)[1, 20, dynamic({"v1": 5, "w": 6})] | evaluate bag_unpack(b)) on k`;
    expect(run(q).columns.map((c) => c.name)).toEqual(["k", "v", "k1", "v2", "v1", "w"]);
  });

  it("project-away with a wildcard over such columns", () => {
    const q = `print d = dynamic({"a1": 1, "a2": 2, "b": 3}) | evaluate bag_unpack(d) | join (print k = 1) on $left.b == $right.k | project-away a*`;
    expect(run(q).columns.map((c) => c.name)).toEqual(["b", "k"]);
  });
});

describe("a datetime literal with a time and no date", () => {
  it("is that time on the query's UTC day, as time_window_rolling_avg_fl's page printed 2021-11-29, the day it ran (datetime-partial.ts)", () => {
    expect(run(`datatable(ts:datetime)[datetime(8:00), datetime(9:05)]`).rows).toEqual([[new Date("2026-01-01T08:00:00Z").toISOString()], [new Date("2026-01-01T09:05:00Z").toISOString()]]);
  });
});

describe("repeat() (series_moving_var_fl builds its filter with it)", () => {
  it("count copies in their dynamic form; 0 gives [], a negative or null count null", () => {
    const r = run(`print a = repeat(1, 3), b = repeat("x", 0), c = repeat(2.5, -1), d = repeat(datetime(2020-01-01), 2), e = repeat(1h, 2), f = repeat(true, int(null))`);
    expect(r.rows[0]).toEqual([[1, 1, 1], [], null, ["2020-01-01T00:00:00.0000000Z", "2020-01-01T00:00:00.0000000Z"], ["01:00:00", "01:00:00"], null]);
  });

  it("per row, and a null value or a huge count is refused by name", () => {
    expect(run(`datatable(n:int)[1, 2] | extend r = repeat(n, n)`).rows).toEqual([
      [1, [1]],
      [2, [2, 2]],
    ]);
    expect(refusal(`print a = repeat(int(null), 3)`)).toEqual([expect.stringMatching(/repeat\(\) of a null value/)]);
    expect(refusal(`print a = repeat(1, 100000000)`)).toEqual([expect.stringMatching(/repeat\(\) with a count above 10,000,000/)]);
  });
});

describe("cases-fl.json: the functions library's self-contained examples", () => {
  const file = JSON.parse(fs.readFileSync(path.join(__dirname, "doc-examples", "cases-fl.json"), "utf8")) as {
    cases: { id: string; page: string; query: string }[];
    sandboxPlugin: string[];
    analyzerErrors: string[];
  };

  it("each case defines its function inline (the Query-defined tab, not the stored one) and runs no Python", () => {
    expect(file.cases.length).toBeGreaterThanOrEqual(15);
    for (const c of file.cases) {
      expect(c.id.startsWith(`${c.page}#`) && c.page.startsWith("fl/"), c.id).toBe(true);
      // The page's function (graph-exposure-perimeter-fl's is named exposure_perimeter_fl there).
      expect(c.query, c.id).toMatch(/let\s+\w+_fl\s*=\s*\(/);
      expect(c.query, c.id).not.toMatch(/evaluate\s+python|^\s*\.create/m);
    }
  });

  it("the examples left out are listed, not dropped silently", () => {
    expect(file.sandboxPlugin).toContain("fl/binomial-test-fl");
    expect(file.analyzerErrors.some((e) => e.startsWith("fl/log-reduce-predict-fl:"))).toBe(true);
  });
});
