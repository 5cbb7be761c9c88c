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

describe("makelist() and make_dictionary(): deprecated aggregates whose default maxSize is 128 (make-list, make-bag pages)", () => {
  it("makelist collects like make_list and stops at 128 by default; make_list goes on", () => {
    const r = run("range x from 1 to 300 step 1 | summarize a = array_length(makelist(x)), b = array_length(make_list(x)), c = array_length(makelist(x, 200))");
    expect(r.rows).toEqual([[128, 300, 200]]);
    // The stdev page of 2018: `summarize makelist(x), stdev(x)` over 1..5.
    expect(run("range x from 1 to 5 step 1 | summarize makelist(x), stdev(x)").rows).toEqual([[[1, 2, 3, 4, 5], 1.5811388300841898]]);
  });

  it("make_dictionary merges bags like make_bag, the page of 2019's example", () => {
    const q = (f: string) => `datatable(prop:string, value:string)["prop01", "val_a", "prop02", "val_b", "prop03", "val_c"] | extend p = bag_pack(prop, value) | summarize dict = ${f}(p)`;
    expect(run(q("make_dictionary")).rows).toEqual([[{ prop01: "val_a", prop02: "val_b", prop03: "val_c" }]]);
    expect(run(q("make_dictionary")).rows).toEqual(run(q("make_bag")).rows);
  });

  it("make_dictionary keeps 128 properties by default; make_bag and make_bag_if take a maxSize, make_bag has none by default", () => {
    const T = "range x from 1 to 300 step 1 | extend p = bag_pack(strcat('k', x), x)";
    const r = run(`${T} | summarize a = bag_keys(make_dictionary(p)), b = bag_keys(make_bag(p)), c = bag_keys(make_bag(p, 2)), d = bag_keys(make_bag_if(p, x > 10, 3)) | project array_length(a), array_length(b), c, d`);
    expect(r.rows).toEqual([[128, 300, ["k1", "k2"], ["k11", "k12", "k13"]]]);
  });
});

describe("anyif(): take_anyif's deprecated alias (take-anyif-aggregation-function page)", () => {
  it("takes a value from a row whose predicate is true, null when none is, preferring a non-empty value", () => {
    const T = 'datatable(k:string, v:string, ok:bool)["a", "", true, "a", "x", true, "a", "y", false, "b", "z", false]';
    const r = run(`${T} | summarize t = take_anyif(v, ok), u = anyif(v, ok) by k | order by k asc`);
    // A string is never null in Kusto: b's "null value" is the empty string.
    expect(r.rows).toEqual([["a", "x", "x"], ["b", "", ""]]);
    expect(run("range x from 1 to 3 step 1 | summarize take_anyif(x, x > 5)").rows).toEqual([[null]]);
  });

  it("names an unnamed column as the analyzer does: the deprecated form with its anyif_ prefix", () => {
    const r = run("range x from 1 to 3 step 1 | summarize take_anyif(x, x > 2), anyif(x, x > 2)");
    expect(r.columns.map((c) => c.name)).toEqual(["x", "anyif_x"]);
    expect(r.rows).toEqual([[3, 3]]);
  });
});

describe("scalar deprecated aliases, each the function its page lists it on", () => {
  it("give what the functions give", () => {
    const pairs: [string, string][] = [
      ["arraylength(dynamic([1, 2, 3]))", "array_length(dynamic([1, 2, 3]))"],
      ['base64_decodestring("S3VzdG8=")', 'base64_decode_tostring("S3VzdG8=")'],
      ['base64_encodestring("Kusto")', 'base64_encode_tostring("Kusto")'],
      ['extractall(@"(\\w)(\\w+)(\\w)", dynamic([1, 3]), "82b8be2d-dfa7")', 'extract_all(@"(\\w)(\\w+)(\\w)", dynamic([1, 3]), "82b8be2d-dfa7")'],
      ['notempty("")', 'isnotempty("")'],
      ["notnull(int(null))", "isnotnull(int(null))"],
      ['parsejson(\'{"a": 1}\')', 'parse_json(\'{"a": 1}\')'],
      ['toobject("[1, 2]")', 'parse_json("[1, 2]")'],
      ['todynamic("2")', 'parse_json("2")'],
      ['parseurl("https://a.example/b?c=1")', 'parse_url("https://a.example/b?c=1")'],
      ['parseurlquery("k1=v1&k2=v2")', 'parse_urlquery("k1=v1&k2=v2")'],
      ['totime("1.02:03:04")', 'totimespan("1.02:03:04")'],
    ];
    for (const [old, now] of pairs) {
      const a = run(`print r = ${old}`);
      const b = run(`print r = ${now}`);
      expect(a.rows, old).toEqual(b.rows);
      expect(a.columns, old).toEqual(b.columns);
    }
    expect(run('print base64_decodestring("S3VzdG8="), extractall(@"([\\da-f]{2})", "82b8")').rows).toEqual([["Kusto", ["82", "b8"]]]);
  });

  it("weekofyear() stays refused: its page calls it an obsolete, non-ISO variant without saying how its weeks start", () => {
    expect(() => run("print weekofyear(datetime(2020-01-01))")).toThrow(/weekofyear/);
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
