import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlRuntimeError, KqlSemanticError, KqlUnsupportedError, runQuery, validateQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const Events = `datatable(Ts:timespan, Event:string)[0m,"Start", 1m,"x", 2m,"Stop", 3m,"y", 4m,"Start", 9m,"z", 10m,"Stop"]`;

describe("scan", () => {
  it("a sequence advances step by step and a new one starts when the first step matches on an empty state", () => {
    const r = run(`${Events} | sort by Ts asc | scan with_match_id=m with (
      step s1: Event == "Start";
      step s2: Event != "Start" and Event != "Stop" and Ts - s1.Ts <= 3m;
      step s3: Event == "Stop" and Ts - s1.Ts <= 3m;)`);
    expect(r.columns.map((c) => c.name)).toEqual(["Ts", "Event", "m"]);
    // The second sequence's z comes 5m after its Start: it never reaches s2, so Stop at 10m cannot match s3.
    expect(r.rows).toEqual([
      ["00:00:00", "Start", 0],
      ["00:01:00", "x", 0],
      ["00:02:00", "Stop", 0],
      ["00:04:00", "Start", 1],
    ]);
  });

  it("reads an empty state as the declared default (null without one) and types assignments as declared", () => {
    const r = run(`range x from 1 to 4 step 1 | scan declare (total:long=100, prev:long) with (step s: true => total = s.total + x, prev = s.prev;)`);
    expect(r.rows).toEqual([
      [1, 101, null],
      [2, 103, null],
      [3, 106, null],
      [4, 110, null],
    ]);
  });

  it("a null condition is no match; output=none hides a step's rows but still moves the sequence", () => {
    const r = run(`datatable(v:long)[1, long(null), 3] | scan declare (seen:long) with (step a output=none: v > 0 => seen = v; step b: isnotnull(a.seen) => seen = a.seen;)`);
    // Row 1 matches a; row 2 (null v) moves a's sequence to b; row 3 matches b again (Check 2) and starts a new a.
    expect(r.rows).toEqual([
      [null, 1],
      [3, 1],
    ]);
  });

  it("refuses output=last and a declared column read without its step, by name", () => {
    expect(() => run(`range x from 1 to 3 step 1 | scan with (step s output=last: x > 0;)`)).toThrow(/scan step output=last/);
    expect(() => run(`range x from 1 to 3 step 1 | scan declare (t:long=0) with (step s: true => t = t + x;)`)).toThrow(KqlUnsupportedError);
  });
});

describe("partition", () => {
  const T = `datatable(k:string, v:long)["a",1, "b",5, "a",3, "b",2, "c",7]`;

  it("runs the subquery per key and unions the parts (every strategy gives the same rows)", () => {
    for (const hint of ["", "hint.strategy=native", "hint.strategy=shuffle", "hint.strategy=legacy hint.concurrency=4"]) {
      const r = run(`${T} | partition ${hint} by k (top 1 by v)`);
      expect([...r.rows].sort()).toEqual([["a", 3], ["b", 5], ["c", 7]]);
    }
  });

  it("a subquery with its own source reads the key with toscalar()", () => {
    const r = run(`datatable(k:long)[1, 2] | partition by k { range x from 1 to 3 step 1 | where x <= toscalar(k) | summarize n=count(), key=take_any(toscalar(k)) }`);
    expect([...r.rows].sort()).toEqual([[1, 1], [2, 2]]);
  });

  it("the legacy strategy allows at most 64 keys", () => {
    expect(() => run(`range k from 1 to 65 step 1 | partition by k (count)`)).toThrow(KqlRuntimeError);
    expect(run(`range k from 1 to 65 step 1 | partition hint.strategy=native by k (count)`).rows).toHaveLength(65);
  });
});

describe("sample and sample-distinct", () => {
  it("sample gives N distinct input rows, all rows when N exceeds them, none for 0", () => {
    const r = run(`range x from 1 to 50 step 1 | sample 10`);
    const xs = r.rows.map((row) => row[0] as number);
    expect(new Set(xs).size).toBe(10);
    expect(xs.every((x) => x >= 1 && x <= 50)).toBe(true);
    expect(run(`range x from 1 to 5 step 1 | sample 100`).rows).toHaveLength(5);
    expect(run(`range x from 1 to 5 step 1 | sample 0`).rows).toHaveLength(0);
  });

  it("sample-distinct gives up to N distinct values of the column", () => {
    const r = run(`range x from 1 to 30 step 1 | extend y = x % 4 | sample-distinct 10 of y`);
    expect(r.columns.map((c) => c.name)).toEqual(["y"]);
    expect([...r.rows].map((row) => row[0]).sort()).toEqual([0, 1, 2, 3]);
    expect(run(`range x from 1 to 30 step 1 | extend y = x % 4 | sample-distinct 2 of y`).rows).toHaveLength(2);
  });

  it("a let that samples is evaluated at each reference; materialize() evaluates it once", () => {
    const twice = `let s = range x from 1 to 1000 step 1 | sample 5; union (s), (s) | summarize dcount(x)`;
    const once = `let s = materialize(range x from 1 to 1000 step 1 | sample 5); union (s), (s) | summarize dcount(x)`;
    expect(run(once).rows).toEqual([[5]]);
    // Two independent draws of 5 from 1000 coincide entirely with probability ~1e-13.
    expect(run(twice).rows[0][0]).toBeGreaterThan(5);
  });
});

describe("getschema and column_names_of()", () => {
  it("lists each column's name, ordinal, .NET type and KQL type", () => {
    const r = run(`print a=1, b="x", c=now(), d=1s, e=dynamic([1]), f=1.5, g=int(1) | getschema`);
    expect(r.rows.map((row) => row[2])).toEqual(["System.Int64", "System.String", "System.DateTime", "System.TimeSpan", "System.Object", "System.Double", "System.Int32"]);
    expect(r.rows.map((row) => row[1])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(() => run(`print b=true | getschema`)).toThrow(/getschema of a bool column/);
  });

  it("column_names_of() reads the evaluated table (a let, a function call)", () => {
    expect(run(`let T = datatable(A:string, B:int)[]; print c=column_names_of(T)`).rows).toEqual([[["A", "B"]]]);
    expect(run(`let F = (n:long) { range x from 1 to n step 1 | extend y = x }; print c=column_names_of(F(2))`).rows).toEqual([[["x", "y"]]]);
  });
});

describe("pattern, set and externaldata statements", () => {
  const P = `declare pattern app = (id:string)[part:string] { ("a").["Data"] = { print v=1 }; ("b").["Data"] = { print v=2 }; };`;

  it("a pattern invocation runs the mapped expression; a missing mapping is a semantic error", () => {
    expect(run(`${P} union app("b").Data, app("a").["Data"] | order by v asc`).rows).toEqual([[1], [2]]);
    expect(() => run(`${P} app("c").Data`)).toThrow(KqlSemanticError);
  });

  it("set: execution-only options are accepted, query_now moves now(), result-changing options are refused", () => {
    expect(run(`set servertimeout = 1m; set notruncation; print 1`).rows).toEqual([[1]]);
    expect(run(`set query_now = datetime(2020-02-03); print now(), ago(1d)`).rows).toEqual([["2020-02-03T00:00:00.000Z", "2020-02-02T00:00:00.000Z"]]);
    expect(() => run(`set truncationmaxrecords = 1; set query_take_max_records = 2; print 1`)).toThrow(/2 constructs.*truncationmaxrecords.*query_take_max_records/);
  });

  it("bin_auto() follows query_bin_auto_size/_at and needs the size", () => {
    expect(run(`set query_bin_auto_size = 10; set query_bin_auto_at = 3; print bin_auto(27), bin_auto(2)`).rows).toEqual([[23, -7]]);
    expect(() => run(`print bin_auto(5)`)).toThrow(/query_bin_auto_size/);
  });

  it("an alias database names the embedded workspace, like every database(\"...\") here", () => {
    expect(validateQuery(`alias database db = cluster("https://x.kusto.windows.net").database("y"); database("db").AppRequests | count`)).toEqual({ ok: true });
  });

  it("externaldata is refused with its reason (no network)", () => {
    expect(() => run(`externaldata(a:string)["https://example.com/x.csv"] | count`)).toThrow(/externaldata.*no network/);
  });
});

describe("make-series with a constant item and parse-kv without delimiters", () => {
  it("a constant item is its value in bins with rows and the default elsewhere", () => {
    const r = run(`datatable(t:long, v:long)[0, 5, 2, 7] | make-series s=sum(v), c=-1 default=-2 on t from 0 to 4 step 1`);
    expect(r.rows).toEqual([[[5, 0, 7, 0], [-1, -2, -1, -2], [0, 1, 2, 3]]]);
    expect(() => run(`datatable(t:long, v:long)[0, 5] | make-series c=now() on t from 0 to 2 step 1`)).toThrow(KqlUnsupportedError);
  });

  it("parse-kv without delimiters: a key's value is the next token; absent keys are empty or null", () => {
    const r = run(`print s="at 10:00 [WARN] Code=42; Host = node-7, Msg: 'a, b'" | parse-kv s as (Code:long, Host:string, Msg:string, Gone:long) with (quote="'") | project-away s`);
    expect(r.rows).toEqual([[42, "node", "a, b", null]]);
    expect(() => run(`print s="a_b=1" | parse-kv s as (a_b:long)`)).toThrow(/holds a delimiter/);
  });
});

describe("tuple assignment", () => {
  it("(a, ...) = series_stats(x) names its columns in order; fewer names keep the generated ones", () => {
    const all = run(`print x=dynamic([1, 2, 3]) | project (mn, mni, mx, mxi, av, sd, vr) = series_stats(x)`);
    expect(all.columns.map((c) => c.name)).toEqual(["mn", "mni", "mx", "mxi", "av", "sd", "vr"]);
    expect(all.rows).toEqual([[1, 0, 3, 2, 2, 1, 1]]);
    const two = run(`print x=dynamic([4, 2]) | extend (lo, at) = series_stats(x)`);
    expect(two.columns.map((c) => c.name).slice(0, 4)).toEqual(["x", "lo", "at", "series_stats_x_max"]);
    expect(two.rows[0].slice(1, 4)).toEqual([2, 1, 4]);
  });

  it("refuses a tuple of any other function by name", () => {
    expect(() => run(`print x=dynamic([1, 2]) | extend (a, b) = series_periods_validate(x, 4.0)`)).toThrow(/tuple assignment.*series_periods_validate/);
  });
});
