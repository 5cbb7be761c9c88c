/**
 * Deprecated names the Kusto reference lists on their functions' pages, a bracketed withsource name, and the
 * standard columns the embedded workspace does not keep: constructs of published Sentinel community queries and
 * Azure Monitor workbooks (queries-eighth.ts).
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });

describe("datepart(): datetime_part's deprecated alias (datetime-part-function page)", () => {
  // The page's datetime has 100 ns digits, which the engine refuses (it keeps microseconds): one digit less.
  it("gives the page's example parts, as datetime_part does", () => {
    const parts = ["year", "quarter", "month", "week_of_year", "day", "dayOfYear", "hour", "minute", "second", "millisecond"];
    const q = (f: string) => `let dt = datetime(2017-10-30 01:02:03.765432); print ${parts.map((p, k) => `p${k} = ${f}("${p}", dt)`).join(", ")}`;
    expect(run(q("datepart")).rows).toEqual([[2017, 4, 10, 44, 30, 303, 1, 2, 3, 765]]);
    expect(run(q("datepart")).columns.map((c) => c.type)).toEqual(run(q("datetime_part")).columns.map((c) => c.type));
  });
});

describe("columnifexists(): column_ifexists's deprecated alias (column-ifexists-function page)", () => {
  it("returns the column when it exists, else the default", () => {
    const r = run(`datatable(a:string)["x", "y"] | project c = columnifexists("a", ""), d = columnifexists("zz", "def")`);
    expect(r.rows).toEqual([["x", "def"], ["y", "def"]]);
  });
});

describe("to_utf8(): unicode_codepoints_from_string's deprecated alias (unicode-codepoints-from-string-function page)", () => {
  it("gives the code points of to_utf8's own page (docs of 2022), surrogate pairs as one", () => {
    expect(run('print a = to_utf8("⒦⒰⒮⒯⒪")').rows).toEqual([[[9382, 9392, 9390, 9391, 9386]]]);
    expect(run('print a = to_utf8("😀a"), b = unicode_codepoints_from_string("😀a")').rows).toEqual([[[128512, 97], [128512, 97]]]);
  });
});

describe("tdigest_merge() in a scalar context: merge_tdigest (merge-tdigest-function page: the two are equivalent)", () => {
  it("merges two sketches as merge_tdigest does: the page of 2022's example, 20", () => {
    const q = (f: string) => `range x from 1 to 10 step 1 | extend y = x + 10 | summarize a = tdigest(x), b = tdigest(y) | project m = ${f}(a, b) | project percentile_tdigest(m, 100, typeof(long)), percentile_tdigest(m, 0, typeof(long))`;
    expect(run(q("tdigest_merge")).rows).toEqual([[20, 1]]);
    expect(run(q("merge_tdigest")).rows).toEqual([[20, 1]]);
  });

  it("stays the aggregate in summarize", () => {
    const r = run("range x from 1 to 10 step 1 | summarize t = tdigest(x) by k = x % 2 | summarize m = tdigest_merge(t) | project percentile_tdigest(m, 100, typeof(long))");
    expect(r.rows).toEqual([[10]]);
  });
});

describe("argmax()/argmin(): arg_max/arg_min's deprecated aliases (arg-max/arg-min-aggregation-function pages)", () => {
  it("picks the rows arg_max/arg_min pick, under the analyzer's names for the alias", () => {
    const T = 'datatable(k:string, v:long, w:string)["a", 1, "x", "a", 3, "y", "b", 2, "z"]';
    const old = run(`${T} | summarize argmax(v, w), argmin(v, w) by k | order by k asc`);
    const now = run(`${T} | summarize arg_max(v, w), arg_min(v, w) by k | order by k asc`);
    expect(old.rows).toEqual([["a", 3, "y", 1, "x"], ["b", 2, "z", 2, "z"]]);
    expect(old.rows).toEqual(now.rows);
    expect(old.columns.map((c) => c.name)).toEqual(["k", "max_v", "max_v_w", "min_v", "min_v_w"]);
  });
});

describe("makeset(): make_set's deprecated alias, whose default maxSize is 128 (make-set-aggregation-function page)", () => {
  it("collects the distinct values like make_set", () => {
    const r = run(`datatable(a:string, b:long)["x", 1, "y", 2, "x", 3, "z", 4] | summarize s = makeset(a) by odd = b % 2 | order by odd asc`);
    expect(r.rows.map((row) => [row[0], [...(row[1] as string[])].sort()])).toEqual([[0, ["y", "z"]], [1, ["x"]]]);
  });

  it("stops at 128 values by default where make_set goes on, and takes a given maxSize", () => {
    const r = run("range x from 1 to 300 step 1 | summarize a = array_length(makeset(x)), b = array_length(make_set(x)), c = array_length(makeset(x, 200))");
    expect(r.rows).toEqual([[128, 300, 200]]);
  });
});

describe("union withsource= a bracketed name (entity-names page: ['Table Name'])", () => {
  it("names the source column by the name inside the brackets and fills it with each leg's name", () => {
    const r = run("let A = datatable(x:long)[1]; let B = datatable(y:long)[2]; union withsource=['Table Name'] A, B | project ['Table Name'], x, y | order by ['Table Name'] asc");
    expect(r.columns.map((c) => c.name)).toEqual(["Table Name", "x", "y"]);
    expect(r.rows).toEqual([["A", 1, null], ["B", null, 2]]);
    const dq = run(`let A = datatable(x:long)[1]; union withsource=["src"] A`);
    expect(dq.rows).toEqual([["A", 1]]);
  });
});

describe("standard columns the embedded workspace does not keep (log-standard-columns page)", () => {
  it("_TimeReceived and _ItemId are refused by name, not reported as unknown names", () => {
    const ws = new Workspace();
    ws.append("AppRequests", { TimeGenerated: "2026-01-01T11:00:00Z", Name: "GET /" });
    for (const q of ["AppRequests | extend lag = (_TimeReceived - TimeGenerated) / 1s", "AppRequests | project _ItemId"]) {
      expect(() => runQuery(ws, q, { asOf: new Date("2026-01-01T12:00:00Z") }), q).toThrow(KqlUnsupportedError);
    }
    expect(() => runQuery(ws, "AppRequests | project _NoSuchColumn", { asOf: new Date("2026-01-01T12:00:00Z") })).toThrow(/KS142/);
  });
});
