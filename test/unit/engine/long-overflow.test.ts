import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") }).rows;
const refused = (q: string, what: RegExp) => {
  expect(() => run(q), q).toThrow(KqlUnsupportedError);
  expect(() => run(q), q).toThrow(what);
};
/** Three rows whose x passes 2^53 by 1, 2 and 3 (their doubles: 2^53, 2^53, 2^53 + 4... tie or merge). */
const R = `range i from 1 to 3 step 1 | extend x = 9007199254740991 + i`;

describe("long arithmetic past ±(2^53 − 1) is exact", () => {
  it("prints + - * / % and unary minus with every digit", () => {
    expect(run(`print a = 3037000499 * 3037000499, b = tolong(9007199254740991) + 2, c = -9007199254740991 - 2, d = -(9007199254740991 + 2)`)).toEqual([
      [9223372030926249001n, 9007199254740993n, -9007199254740993n, -9007199254740993n],
    ]);
    expect(run(`print q = (9007199254740991 * 3) / 3, r = (9007199254740991 * 3 + 2) % 3, n = (-9007199254740991 * 3 - 2) % 3, t = (-9007199254740991 * 3 - 2) / 3`)).toEqual([
      [9007199254740991, 2, 1, -9007199254740991],
    ]);
  });

  it("compares, groups, sorts and keeps computing on the exact value", () => {
    expect(run(`${R} | where x > 9007199254740993 | project x`)).toEqual([[9007199254740994n]]);
    expect(run(`${R} | where x == 9007199254740993 | count`)).toEqual([[1]]);
    expect(run(`${R} | summarize n = count() by x | sort by x desc`)).toEqual([[9007199254740994n, 1], [9007199254740993n, 1], [9007199254740992n, 1]]);
    expect(run(`${R} | extend y = x - 9007199254740990 | project y`)).toEqual([[2], [3], [4]]);
    expect(run(`${R} | distinct x | count`)).toEqual([[3]]);
    expect(run(`${R} | extend s = tostring(x) | project s`)).toEqual([["9007199254740992"], ["9007199254740993"], ["9007199254740994"]]);
  });

  it("sums longs past 2^53 exactly, per group and with sumif; small sums stay plain numbers", () => {
    expect(run(`${R} | summarize s = sum(x)`)).toEqual([[27021597764222979n]]);
    expect(run(`datatable(v:long)[9007199254740991, 2] | summarize m = max(v) + 2, n = count() * 2`)).toEqual([[9007199254740993n, 4]]);
    expect(run(`${R} | summarize s = sumif(x, i > 1), t = sum(i)`)).toEqual([[18014398509481987n, 6]]);
    expect(run(`${R} | summarize s = sum(x) by odd = i % 2 | sort by odd asc`)).toEqual([[0, 9007199254740993n], [1, 18014398509481986n]]);
    // Partial sums past 2^53 that come back: the total is exact.
    expect(run(`datatable(v:long)[9007199254740991, 9007199254740991, -9007199254740991, -9007199254740990] | summarize sum(v)`)).toEqual([[1]]);
  });

  it("keeps nulls and division by zero null", () => {
    expect(run(`print a = long(null) * 9007199254740991, b = (9007199254740991 * 2) / 0, c = (9007199254740991 * 2) % 0`)).toEqual([[null, null, null]]);
    expect(run(`datatable(v:long)[long(null)] | summarize sum(v)`)).toEqual([[0]]);
    expect(run(`datatable(t:datetime, v:long)[datetime(2024-01-01), 5, datetime(2024-01-01), 2] | make-series s = sum(v) default = 0 on t from datetime(2024-01-01) to datetime(2024-01-02) step 1d | project s`)).toEqual([[[7]]]);
  });

  it("refuses by name what Kusto does not document: 64-bit overflow, and functions that would see a rounded double", () => {
    refused(`print 9223372036854775807 + 1`, /long arithmetic overflowing 64 bits/);
    refused(`print 3037000500 * 3037000500`, /long arithmetic overflowing 64 bits/);
    refused(`print -(-9223372036854775807 - 1)`, /long arithmetic overflowing 64 bits/);
    refused(`datatable(v:long)[9223372036854775807, 1] | summarize sum(v)`, /sum\(\) overflowing 64 bits/);
    refused(`${R} | extend b = bin(x, 10)`, /bin\(\) of a long beyond/);
    refused(`${R} | summarize make_list(x)`, /make_list\(\) of a long beyond/);
    refused(`datatable(v:long)[9007199254740991, 2] | serialize c = row_cumsum(v) | where c > 0`, /row_cumsum\(\) of longs past/);
    refused(`datatable(t:datetime, v:long)[datetime(2024-01-01), 9007199254740991, datetime(2024-01-01), 2] | make-series s = sum(v) on t from datetime(2024-01-01) to datetime(2024-01-02) step 1d`, /make-series sum\(\) of longs past/);
  });
});

describe("toint() is 32-bit; tolong() of a long string is exact", () => {
  it("converts in range as before", () => {
    expect(run(`print a = toint(2147483647), b = toint(-2147483648), c = toint("12"), d = toint(2.7), e = toint("x")`)).toEqual([[2147483647, -2147483648, 12, 2, null]]);
  });

  it("refuses a value outside int's range instead of returning a 33-bit int", () => {
    refused(`print toint(2147483648)`, /toint\(\) of a value outside the 32-bit int range/);
    refused(`print toint("-2147483649")`, /toint\(\) of a value outside the 32-bit int range/);
  });

  it("reads a string long past 2^53 exactly, also per distinct value of a column", () => {
    expect(run(`print a = tolong("9007199254740993"), b = tolong(" -9223372036854775808 "), c = tolong("1.5")`)).toEqual([[9007199254740993n, -9223372036854775808n, 1]]);
    const T = `datatable(s:string)["9007199254740993", "9007199254740992", "9007199254740993"]`;
    expect(run(`${T} | summarize n = count() by l = tolong(s) | sort by l asc`)).toEqual([[9007199254740992n, 1], [9007199254740993n, 2]]);
    refused(`print tolong("9223372036854775808")`, /tolong\(\) of a string beyond 64 bits/);
  });
});
