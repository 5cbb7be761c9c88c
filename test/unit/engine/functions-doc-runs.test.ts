/**
 * What the reference's examples without an Output table needed (doc-examples-runs.test.ts runs the
 * examples themselves): exp2/exp10, isutf8, series_magnitude, a scalar expression statement's 64-bit
 * value, functions declared inside a function body, and toscalar() over a function's parameters.
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";

const rows = (q: string) => runQuery(new Workspace(), q).rows;

describe("functions the reference's unchecked examples use", () => {
  it("exp2 and exp10 raise 2 and 10 to a real power; null stays null", () => {
    expect(rows("print exp2(3), exp2(0.5), exp10(2), exp10(-1), exp2(real(null))")).toEqual([[8, Math.SQRT2, 100, 0.1, null]]);
  });

  it("isutf8 is false only for a string holding a lone UTF-16 surrogate", () => {
    expect(rows('print isutf8("some string"), isutf8(""), isutf8("a\\ud83d\\ude00b"), isutf8("\\ud800"), isutf8("x\\udc00")')).toEqual([[true, true, true, false, false]]);
  });

  it("series_magnitude is the Euclidean norm; an array holding a non-number gives null", () => {
    expect(rows("print series_magnitude(dynamic([1,2,3,4])), series_magnitude(dynamic([3,4])), series_magnitude(dynamic([])), series_magnitude(dynamic([3,'a']))")).toEqual([[Math.sqrt(30), 5, 0, null]]);
  });

  it("a scalar expression statement keeps hash()'s 64 bits as print does", () => {
    expect(rows('hash("World")')).toEqual(rows('print hash("World")'));
  });

  it("a function declared inside a function body is inlined with the lets before it (the page's Test4: 70)", () => {
    const q = "let Test = (id: int) { let Test2 = 10; let Test3 = 10 + Test2 + id; let Test4 = (arg: int) { let Test5 = 20; Test2 + Test3 + Test5 + arg }; Test4(10) };";
    expect(rows(`${q} range x from 1 to Test(10) step 1 | count`)).toEqual([[70]]);
    expect(rows("let f = (a:long) { let g = (b:long) { a + b }; let h = (c:long) { g(c) * 2 }; h(a) }; print f(3)")).toEqual([[12]]);
  });

  it("toscalar() over a function's parameter: a constant argument runs, a row-dependent one is refused, never read from an outer let of that name", () => {
    const q = "let hours = 5; let T = datatable(x:long)[1, 2]; let f = (hours:long) { toscalar(T | where x <= hours | count) };";
    expect(rows(`${q} T | extend c = f(1)`)).toEqual([[1, 1], [2, 1]]);
    // Before, the subquery read the outer `hours` (5) and answered 2 on both rows.
    expect(() => rows(`${q} T | extend c = f(x)`)).toThrow(KqlUnsupportedError);
    expect(() => rows(`${q} T | extend c = f(x)`)).toThrow(/row-dependent argument/);
    expect(rows(`${q} print hours`)).toEqual([[5]]);
  });
});

describe("welch_test and series_fft/series_ifft", () => {
  it("welch_test gives Wikipedia's two-sided p for the page's samples (0.021) and refuses a sample without variance", () => {
    const [[p]] = rows("print welch_test(20.82, 7.867428571428783, 15, 22.986666666666668, 3.8126666666665057, 15)") as number[][];
    expect(p).toBeCloseTo(0.021378, 5);
    // Equal means, any variances: t = 0, p = 1.
    expect(rows("print welch_test(5, 2, 10, 5, 3, 12)")).toEqual([[1]]);
    expect(() => rows("print welch_test(5, 0, 10, 6, 0, 12)")).toThrow(KqlUnsupportedError);
    expect(() => rows("print welch_test(5, 2, 1, 6, 3, 12)")).toThrow(/fewer than two values/);
  });

  it("series_fft is the unnormalised DFT with e^(-2πi kn/N); series_ifft divides by N and gives the series back", () => {
    const [[, re, im]] = rows("print r=dynamic([1, 2, 3, 4]) | extend (re, im) = series_fft(r)") as number[][][];
    // Twiddles at multiples of π/2 are exact: no -1.9999999999999998.
    expect(re).toEqual([10, -2, -2, -2]);
    expect(im).toEqual([0, 2, 0, -2]);
    // A length that is no power of two takes the direct sum: 1, 2, 3 → 6, −1.5 ± 0.866i.
    const [[, re3, im3, back]] = rows("print r=dynamic([1, 2, 3]) | extend (re, im) = series_fft(r) | extend (b, c) = series_ifft(re, im) | project r, re, im, b") as number[][][];
    [6, -1.5, -1.5].forEach((x, k) => expect(re3[k]).toBeCloseTo(x, 12));
    [0, Math.sqrt(3) / 2, -Math.sqrt(3) / 2].forEach((x, k) => expect(im3[k]).toBeCloseTo(x, 12));
    [1, 2, 3].forEach((x, k) => expect(back[k]).toBeCloseTo(x, 12));
  });

  it("series_fft refuses what its page leaves open: a non-number element, parts of different lengths, a nested call", () => {
    expect(() => rows("print r=dynamic([1, 'a']) | extend (a, b) = series_fft(r)")).toThrow(/not a number/);
    expect(() => rows("print r=dynamic([1, 2]), i=dynamic([1]) | extend (a, b) = series_fft(r, i)")).toThrow(/different lengths/);
    expect(() => rows("print r=dynamic([1, 2]) | extend n = tostring(series_fft(r))")).toThrow(KqlUnsupportedError);
  });
});

describe("pack_array(*)", () => {
  it("packs every input column in order (pairwise_dist_fl's `project _partition, p = pack_array(*)`)", () => {
    const q = 'datatable(a:long, b:string, c:datetime)[1, "x", datetime(2020-01-01), 2, "y", datetime(null)] | project a, p = pack_array(*)';
    expect(rows(q)).toEqual([
      [1, [1, "x", "2020-01-01T00:00:00.0000000Z"]],
      [2, [2, "y", null]],
    ]);
    expect(rows("datatable(a:long)[3] | extend p = pack_array(a, a * 2)")).toEqual([[3, [3, 6]]]);
  });
});

describe("a query Microsoft's analyzer throws on", () => {
  it("is refused by name, not a TypeError (the graph best practices page's graph_time_travel(...) | graph-match)", () => {
    const q = 'graph_time_travel(datetime(2022-06-01))\n| graph-match (employee)-[hasManager*2..5]-(manager)\n  where employee.name == "Bob"\n  project employee = employee.name, reportingPath = hasManager.manager';
    expect(() => rows(q)).toThrow(KqlUnsupportedError);
    expect(() => rows(q)).toThrow(/Microsoft's Kusto analyzer fails on/);
  });
});

describe("union withsource= over a piped input named by as", () => {
  it("names the piped input's rows by its `| as` name (the as page: T1 and T2), else union_arg0 as before", () => {
    const named = rows("range x from 1 to 2 step 1 | as T1 | union withsource=TableName (range x from 1 to 2 step 1 | as T2)");
    expect(named).toEqual([["T1", 1], ["T1", 2], ["T2", 1], ["T2", 2]]);
    const unnamed = rows("range x from 1 to 2 step 1 | union withsource=TableName (range x from 1 to 2 step 1 | as T2)");
    expect(unnamed.map((r) => r[0])).toEqual(["union_arg0", "union_arg0", "T2", "T2"]);
  });
});
