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
