import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";
import { queryTableJson } from "@/lib/engine/exact-long";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const one = (q: string) => run(q).rows[0];
/** XXH64("World") as a signed long (hash page), and a string with a negative one. */
const WORLD = 1846988464401551951n;
const T = `datatable(s:string)["World", "a", "b", "World"] | extend h = hash(s)`;

describe("64-bit longs beyond ±(2^53 − 1)", () => {
  it("keeps hash() exact through where, sort, take and project, and through a join's row selection", () => {
    const r = run(`${T} | where s == "World" or s == "b" | sort by s asc | take 3 | project s, k = h`);
    expect(r.rows).toEqual([["World", WORLD], ["World", WORLD], ["b", 8666379929374662555n]]);
    const j = run(`${T} | join kind=inner (datatable(s:string)["World"] | extend g = hash(s)) on s | project h, g`);
    expect(j.rows).toEqual([[WORLD, WORLD], [WORLD, WORLD]]);
  });

  it("computes long arithmetic and comparisons on the 64-bit value (Kusto's % is never negative)", () => {
    expect(one(`print a = hash("World") % 100, b = hash("World") / 1000, c = hash("World") - 1846988464401551900, d = -hash("World"), e = hash("World") % -7`)).toEqual([
      51, 1846988464401551, 51, -WORLD, Number(WORLD % 7n),
    ]);
    expect(one(`print eq = hash("World") == 1846988464401551951, near = hash("World") == 1846988464401551952, lt = hash("World") < 1846988464401551952, ne = hash("World") != 9223372036854775807`)).toEqual([
      true, false, true, true,
    ]);
    expect(run(`${T} | where h == 1846988464401551951 | count`).rows).toEqual([[2]]);
    expect(run(`${T} | where h > 1846988464401551951 | project s`).rows).toEqual([["b"]]);
  });

  it("prints tostring() with every digit, and converts to real as Kusto does (the nearest double)", () => {
    expect(one(`print t = tostring(hash("World")), s = strcat("#", tostring(hash("World"))), r = toreal(hash("World"))`)).toEqual(["1846988464401551951", "#1846988464401551951", Number(WORLD)]);
  });

  it("narrows a long computed past 2^53 with every digit", () => {
    expect(run(`print x = 3037000499 * 3037000499 | evaluate narrow()`).rows).toEqual([[0, "x", "9223372030926249001"]]);
  });

  it("reads long literals beyond 2^53 exactly, and nulls stay null", () => {
    expect(one(`print m = 9223372036854775807, n = 9223372036854775807 - 1, z = hash(datetime(null)) % 10, h = hash(datetime(null))`)).toEqual([
      9223372036854775807n, 9223372036854775806n, null, null,
    ]);
  });

  it("refuses by name what would need the low digits it cannot see, instead of a double's answer", () => {
    const refused = (q: string, what: RegExp) => {
      expect(() => run(q), q).toThrow(KqlUnsupportedError);
      expect(() => run(q), q).toThrow(what);
    };
    refused(`print hash("World") * 10`, /overflowing 64 bits/);
    refused(`print tohex(hash("World"))`, /tohex\(\) of a long beyond/);
    refused(`${T} | extend x = iff(true, h, 0)`, /iff\(\) of a long beyond/);
    refused(`${T} | where h between (1.5 .. 2.5)`, /between of a long beyond/);
    refused(`${T} | summarize make_list(h)`, /make_list\(\) of a long beyond/);
    refused(`${T} | where s != "a" | summarize sum(h)`, /sum\(\) overflowing 64 bits/);
    refused(`${T} | extend t = datetime(2024-01-01) | make-series m = max(h) default = 0 on t from datetime(2024-01-01) to datetime(2024-01-02) step 1d`, /max\(\) of a long beyond/);
    // A column that lost the exact values (make-series' keys, a scalar let) is refused at output, as before.
    refused(`${T} | extend t = datetime(2024-01-01) | make-series c = count() on t from datetime(2024-01-01) to datetime(2024-01-02) step 1d by h`, /beyond ±\(2\^53 − 1\) in column h/);
    refused(`let x = hash("World"); print x`, /beyond ±\(2\^53 − 1\) in column print_0/);
  });

  it("groups by a 64-bit key and prints each group's exact value (summarize by, distinct)", () => {
    expect(run(`${T} | summarize c = count() by h, s`).rows).toEqual([[WORLD, "World", 2], [-3292477735350538661n, "a", 1], [8666379929374662555n, "b", 1]]);
    expect(run(`datatable(s:string)["a", "World", "a"] | summarize c = count() by k = hash(s)`).rows).toEqual([[-3292477735350538661n, 2], [WORLD, 1]]);
    expect(run(`${T} | distinct h | sort by h asc`).rows).toEqual([[-3292477735350538661n], [WORLD], [8666379929374662555n]]);
  });

  it("computes the binary_* functions on all 64 bits, their results exact too", () => {
    expect(one(`print a = binary_and(hash("World"), 255), b = binary_shift_left(1, 62), c = binary_shift_left(1, 63), d = binary_xor(hash("World"), hash("World")), e = binary_shift_left(1, 62) % 1000, f = binary_shift_left(1, 65), g = binary_shift_left(1, -1), h = binary_not(long(null))`)).toEqual([
      79, 4611686018427387904n, -9223372036854775808n, 0, 904, 2, null, null,
    ]);
    expect(one(`print binary_shift_right(-16, 2), binary_not(0), binary_or(5, 3)`)).toEqual([-4, -1, 7]);
  });

  it("writes exact values where an operator turns them into text (narrow)", () => {
    expect(run(`print s = "World" | extend h = hash(s), n = long(null) | evaluate narrow()`).rows).toEqual([[0, "s", "World"], [0, "h", "1846988464401551951"], [0, "n", ""]]);
  });

  it("lets counting aggregates and safe results through", () => {
    expect(run(`${T} | summarize dcount(h), count()`).rows).toEqual([[3, 4]]);
    expect(one(`print a = hash("World", 100), b = hash("World") % 2 == 1`)).toEqual([51, true]);
  });

  it("writes the 64-bit values into JSON as digits, as the Log Analytics API writes longs", () => {
    const json = queryTableJson(run(`print h = hash("World"), s = "\\u00011", n = 1, d = dynamic({"a": [1]})`));
    expect(json).toBe('{"columns":[{"name":"h","type":"long"},{"name":"s","type":"string"},{"name":"n","type":"long"},{"name":"d","type":"dynamic"}],"rows":[[1846988464401551951,"\\u00011",1,{"a":[1]}]]}');
  });
});

describe("long literals past 2^53 against ordinary columns", () => {
  it("compare ordinary longs with 9223372036854775807 exactly, and convert nanoseconds exactly", () => {
    const r = run(`range x from -2 to 2 step 1 | where x < 9223372036854775807 and x > -9223372036854775807 and x != 9007199254740993 | count`);
    expect(r.rows).toEqual([[5]]);
    // Kusto keeps 100 ns ticks (…00.1234567Z); the engine keeps microseconds, so the instant is printed to the
    // microsecond it holds (123456.789 µs rounds to 123457), with Kusto's 7 fraction digits rather than 3.
    expect(one(`print unixtime_nanoseconds_todatetime(1546300800123456789)`)).toEqual(["2019-01-01T00:00:00.1234570Z"]);
    expect(one(`print tostring(unixtime_nanoseconds_todatetime(1546300800000001000))`)).toEqual(["2019-01-01T00:00:00.0000010Z"]);
  });
});
