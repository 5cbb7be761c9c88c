/**
 * Optional arguments the engine used to drop or trip over (issue #16: never a silently wrong answer). Each is
 * either honoured as its reference page says, or refused by name where the page does not say enough.
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const refused = (q: string, what: RegExp) => {
  expect(() => run(q)).toThrow(KqlUnsupportedError);
  expect(() => run(q)).toThrow(what);
};

describe("series_cosine_similarity(): magnitude1/magnitude2 (series-cosine-similarity-function page)", () => {
  it("gives the page's example", () => {
    const r = run(`datatable(s1:dynamic, s2:dynamic)[dynamic([0.1,0.2,0.1,0.2]), dynamic([0.11,0.2,0.11,0.21]), dynamic([0.1,0.2,0.1,0.2]), dynamic([1,2,3,4])]
      | extend c = series_cosine_similarity(s1, s2) | project c`);
    expect((r.rows[0][0] as number).toFixed(12)).toBe((0.99935343825504).toFixed(12));
    expect((r.rows[1][0] as number).toFixed(12)).toBe((0.923760430703401).toFixed(12));
  });
  it("divides by the given magnitudes instead of calculating them, a null one is calculated", () => {
    // dot([1,2],[3,4]) = 11, |[3,4]| = 5.
    expect(run("print series_cosine_similarity(dynamic([1,2]), dynamic([3,4]), 1, 1)").rows).toEqual([[11]]);
    expect(run("print series_cosine_similarity(dynamic([1,2]), dynamic([3,4]), 1)").rows).toEqual([[2.2]]);
    expect(run("print series_cosine_similarity(dynamic([1,2]), dynamic([3,4]), real(null), 10)").rows[0][0]).toBeCloseTo(11 / Math.sqrt(5) / 10, 12);
  });
  it("truncates the longer series to the shorter one's length; an empty one gives null", () => {
    const [[c, empty]] = run("print series_cosine_similarity(dynamic([1,2,9]), dynamic([3,4])), series_cosine_similarity(dynamic([]), dynamic([3,4]))").rows;
    expect(c).toBeCloseTo(11 / Math.sqrt(5) / 5, 12);
    expect(empty).toBeNull();
  });
});

describe("series_dot_product(): series of unequal lengths (series-dot-product-function page)", () => {
  it("truncates the longer series, as the page says, instead of giving null", () => {
    expect(run("print series_dot_product(dynamic([1,2,9]), dynamic([3,4])), series_dot_product(dynamic([1,2]), dynamic([3,4,5]))").rows).toEqual([[11, 11]]);
  });
});

describe("use_spheroid (geo-distance-2points-function and geo-line-locate-point-function pages)", () => {
  it("geo_distance_2points with use_spheroid = false measures on the sphere, as without it", () => {
    const q = (extra: string) => `print geo_distance_2points(-122.407628, 47.578557, -118.275287, 34.019056${extra})`;
    expect(run(q(", false")).rows).toEqual(run(q("")).rows);
    expect(Math.round(run(q(", false")).rows[0][0] as number)).toBe(1546754); // the page's 1546754.35197381
  });
  it("refuses use_spheroid = true by name (the spheroid's geodesic algorithm is not documented)", () => {
    refused("print geo_distance_2points(-122.407628, 47.578557, -118.275287, 34.019056, true)", /geo_distance_2points\(\) with use_spheroid = true/);
    const line = `dynamic({"type":"LineString","coordinates":[[-73.95796, 40.80042], [-73.97317, 40.764486]]})`;
    refused(`print geo_line_locate_point(${line}, -73.965, 40.792, true)`, /geo_line_locate_point\(\) with use_spheroid = true/);
    // The page's example, 0.25560135100307552, with use_spheroid = false spelled out.
    expect((run(`print geo_line_locate_point(${line}, -73.965, 40.792, false)`).rows[0][0] as number).toFixed(10)).toBe("0.2556013510");
  });
});

describe("series arguments the analyzer accepts but the pages do not document", () => {
  it("series_fill_const() without constant_value is refused (series-fill-const-function page: it is required)", () => {
    refused("print series_fill_const(dynamic([1, null, 3]))", /series_fill_const\(\) without constant_value/);
    expect(run("print series_fill_const(dynamic([1, null, 3]), 0.0)").rows).toEqual([[[1, 0, 3]]]);
  });
  it("series_seasonal() with a third (test_points) argument is refused (series-seasonal-function page: series [, period])", () => {
    refused("print series_seasonal(dynamic([1, 3, 5, 1, 3, 5, 2, 4, 6]), 3, 3)", /series_seasonal\(\) with a third \(test_points\) argument/);
    expect(run("print series_seasonal(dynamic([1, 3, 5, 1, 3, 5, 2, 4, 6]), 3)").rows).toEqual([[[1, 3, 5, 1, 3, 5, 1, 3, 5]]]);
  });
});

describe("accuracy of dcount/dcountif/hll/hll_if (the estimation-accuracy table: levels 0 to 4)", () => {
  it("counts exactly at every listed level", () => {
    for (const level of [0, 1, 2, 3, 4]) {
      expect(run(`range x from 1 to 10 step 1 | summarize dcount(x, ${level}), dcountif(x, x > 2, ${level})`).rows).toEqual([[10, 8]]);
      expect(run(`range x from 1 to 10 step 1 | summarize h = hll(x, ${level}), i = hll_if(x, x > 3, ${level}) | project dcount_hll(h), dcount_hll(i)`).rows).toEqual([[10, 7]]);
    }
  });
  it("refuses a level the table does not list, or one that is not a constant, instead of ignoring it", () => {
    refused("range x from 1 to 10 step 1 | summarize dcount(x, 9)", /dcount\(\) with accuracy 9/);
    refused("range x from 1 to 10 step 1 | summarize dcountif(x, x > 2, 5)", /dcountif\(\) with accuracy 5/);
    refused("range x from 1 to 10 step 1 | summarize hll(x, 5)", /hll\(\) with accuracy 5/);
    refused("range x from 1 to 10 step 1 | summarize hll_if(x, x > 3, 7)", /hll_if\(\) with accuracy 7/);
    refused("range x from 1 to 10 step 1 | summarize dcount(x, x)", /dcount\(\) with an accuracy that is not a constant/);
  });
});

describe("make_datetime(): its overloads and ranges (make-datetime-function page)", () => {
  it("gives the page's examples", () => {
    expect(run("print tostring(make_datetime(2017,10,01)), tostring(make_datetime(2017,10,01,12,10)), tostring(make_datetime(2017,10,01,12,11,0.1234567 - 0.0000007))").rows).toEqual([
      ["2017-10-01T00:00:00Z", "2017-10-01T12:10:00Z", "2017-10-01T12:11:00.1234560Z"],
    ]);
  });
  it("is null for a value outside its range ('otherwise, the result will be null'), not carried over", () => {
    const q = ["2020, 13, 1", "2021, 2, 29", "2020, 1, 32", "2020, 1, 1, 24, 0", "2020, 1, 1, 23, 60", "2020, 1, 1, 23, 59, 60", "0, 1, 1", "10000, 1, 1"];
    expect(run(`print ${q.map((a, k) => `c${k} = make_datetime(${a})`).join(", ")}`).rows).toEqual([q.map(() => null)]);
    expect(run("print tostring(make_datetime(2020, 2, 29))").rows).toEqual([["2020-02-29T00:00:00Z"]]);
  });
  it("keeps years 1-99 (JavaScript's Date.UTC reads them as 1900-1999)", () => {
    expect(run("print tostring(make_datetime(50, 1, 2)), tostring(make_datetime(1, 1, 1))").rows).toEqual([["0050-01-02T00:00:00Z", "0001-01-01T00:00:00Z"]]);
  });
  it("refuses the analyzer's one-argument overload, which the page does not list, and a second finer than a microsecond", () => {
    refused("print make_datetime(2020)", /make_datetime\(\) with fewer than three arguments/);
    refused("print make_datetime(2017,10,01,12,11,0.1234567)", /make_datetime\(\) with a second finer than a microsecond/);
  });
});

describe("extract_all(): captureGroups (extract-all-function page)", () => {
  it("picks groups by index or name, as the page's examples do", () => {
    expect(run(`print extract_all(@"(\\w)(\\w+)(\\w)", dynamic([1,3]), "The quick brown fox")`).rows).toEqual([[[["T", "e"], ["q", "k"], ["b", "n"], ["f", "x"]]]]);
    expect(run(`print extract_all(@"(?P<first>\\w)(\\w+)(?P<last>\\w)", dynamic(['first', 2, 'last']), "The quick")`).rows).toEqual([[[["T", "h", "e"], ["q", "uic", "k"]]]]);
  });
  it("refuses a group the regex does not have ('valid values are from 1 to the number of capturing groups') instead of matching it as empty", () => {
    refused(`print extract_all(@"(\\w)(\\d)", dynamic([3]), "a1 b2")`, /extract_all\(\) with capture group 3, which the regex does not have/);
    refused(`print extract_all(@"(\\w)(\\d)", dynamic([0]), "a1 b2")`, /extract_all\(\) with capture group 0/);
    refused(`print extract_all(@"(?P<a>\\w)(\\d)", dynamic(["b"]), "a1 b2")`, /extract_all\(\) with capture group "b"/);
  });
});

describe("tohex(): minLength (tohex-function page)", () => {
  it("gives the page's examples and truncates a minLength above 16 to 16", () => {
    expect(run("print tohex(256), tohex(-256), tohex(toint(-256), 8), tohex(256, 8), tohex(256, 2)").rows).toEqual([["100", "ffffffffffffff00", "ffffff00", "00000100", "100"]]);
    expect(run("print tohex(256, 20), tohex(256, 16)").rows).toEqual([["0000000000000100", "0000000000000100"]]);
  });
});
