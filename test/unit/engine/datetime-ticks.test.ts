import { describe, expect, it } from "vitest";
import { refusal, runAtNoon } from "./refusal";

/**
 * datetime_part() and datetime_diff() of datetime literals with 100 ns digits, read exactly from the
 * literal's text (lib/engine/datetime-ticks.ts). Expected values are the pages' own examples:
 * https://learn.microsoft.com/kusto/query/datetime-part-function and
 * https://learn.microsoft.com/kusto/query/datetime-diff-function
 */
const rows = (q: string) => runAtNoon(q).rows;

describe("datetime_part() of a literal with 100 ns digits", () => {
  it("gives the page's parts of 2017-10-30 01:02:03.7654321, through a let", () => {
    const q = `let dt = datetime(2017-10-30 01:02:03.7654321);
      print datetime_part("year", dt), datetime_part("dayOfYear", dt), datetime_part("second", dt),
        datetime_part("millisecond", dt), datetime_part("microsecond", dt), datetime_part("nanosecond", dt)`;
    expect(rows(q)).toEqual([[2017, 303, 3, 765, 765432, 765432100]]);
  });

  it("reads the literal written in the call, in parentheses, with an offset, and before 1970", () => {
    expect(rows("print datetime_part('Nanosecond', (datetime(2017-10-30T01:02:03.0000001+02:00))), datetime_part('hour', datetime(2017-10-30T01:02:03.0000001+02:00))")).toEqual([[100, 23]]);
    expect(rows("print datetime_part('nanosecond', datetime(1960-01-01 00:00:00.9999999)), datetime_part('second', datetime(1960-01-01 00:00:00.9999999))")).toEqual([[999999900, 0]]);
  });

  it("gives microsecond and nanosecond parts of literals without 100 ns digits, which are exact too", () => {
    expect(rows("print datetime_part('nanosecond', datetime(2017-10-30 01:02:03.123456)), datetime_part('microsecond', datetime(2017-10-30 01:02:03.5))")).toEqual([[123456000, 500000]]);
  });
});

describe("datetime_diff() of literals with 100 ns digits", () => {
  it("gives the page's microsecond (100) and nanosecond (-700) differences", () => {
    const q = `print
      microsecond = datetime_diff('microsecond',datetime(2017-10-30 23:00:00.1009001),datetime(2017-10-30 23:00:00.1008009)),
      nanosecond = datetime_diff('nanosecond',datetime(2017-10-30 23:00:00.0000000),datetime(2017-10-30 23:00:00.0000007))`;
    expect(rows(q)).toEqual([[100, -700]]);
  });

  it("counts boundaries crossed for the other periods, and keeps a nanosecond count past 2^53 exact", () => {
    expect(rows("print datetime_diff('day', datetime(2017-10-29 00:00:00.0000001), datetime(2017-10-28 23:59:59.9999999)), datetime_diff('Week', datetime(2017-10-29 00:00:00.0000001), datetime(2017-09-30 23:59))")).toEqual([[1, 5]]);
    expect(rows("print datetime_diff('nanosecond', datetime(2000-10-30 01:02:03.7654321), datetime(2017-10-30))")).toEqual([[-536_453_876_234_567_900n]]);
  });

  it("refuses by name a difference past 64 bits, and a non-literal other datetime (endofday()'s last tick is not exact)", () => {
    expect(refusal("print datetime_diff('nanosecond', datetime(1017-10-30 00:00:00.0000001), datetime(2017-10-30))")).toMatch(/outside the 64-bit long range/);
    expect(refusal("print datetime_diff('nanosecond', datetime(2017-10-30 00:00:00.0000001), endofday(datetime(2017-10-30)))")).toMatch(/not a datetime literal/);
    expect(refusal("print datetime_diff('nanosecond', datetime(2017-10-30 00:00:00.0000001), now())")).toMatch(/not a datetime literal/);
  });
});

describe("tostring() of a literal with 100 ns digits", () => {
  it("writes Kusto's text of the datetime, all seven fraction digits, through a let or not", () => {
    expect(rows("let dt = datetime(2017-12-31 23:59:59.9999999); print tostring(dt), tostring(datetime(1960-05-06T07:08:09.0000001+01:00))")).toEqual([
      ["2017-12-31T23:59:59.9999999Z", "1960-05-06T06:08:09.0000001Z"],
    ]);
  });
});

describe("every other use of a literal with 100 ns digits is still refused by name", () => {
  it("refuses the literal in arithmetic, another function, strcat(), and digits past the 7th (comparisons: datetime-tick-compare.test.ts)", () => {
    expect(refusal("print datetime(2017-10-30 01:02:03.7654321) + 1d")).toMatch(/100 ns digits/);
    expect(refusal("print max_of(datetime(2017-10-30 01:02:03.7654321), now())")).toMatch(/100 ns digits/);
    expect(refusal("print strcat(datetime(2017-10-30 01:02:03.7654321))")).toMatch(/100 ns digits/);
    expect(refusal("print datetime_part('nanosecond', datetime(2017-10-30 01:02:03.76543219))")).toMatch(/not a datetime literal of at most 7 fraction digits/);
  });

  it("refuses a let name bound to one wherever it is not such an argument", () => {
    const let_ = "let dt = datetime(2017-10-30 01:02:03.7654321); ";
    expect(refusal(`${let_}print dt`)).toMatch(/100 ns digits/);
    expect(refusal(`${let_}print x = datetime_part('nanosecond', dt), y = dt - 1d`)).toMatch(/100 ns digits/);
    expect(refusal(`${let_}range i from 1 to 2 step 1 | where bin(dt, 1d) < datetime(2017-10-30)`)).toMatch(/100 ns digits/);
  });

  it("does not read a function parameter that shadows the let as the literal", () => {
    const q = "let dt = datetime(2017-10-30 01:02:03.7654321); let f = (dt: datetime) { datetime_part('nanosecond', dt) }; print f(datetime(2017-10-30))";
    expect(refusal(q)).toMatch(/datetime_part\('nanosecond'\)/);
  });

  it("evaluates the let's parts once per row as a constant", () => {
    expect(rows("let dt = datetime(2017-10-30 01:02:03.7654321); range i from 1 to 2 step 1 | extend n = datetime_part('nanosecond', dt)")).toEqual([[1, 765432100], [2, 765432100]]);
  });
});

describe("datetime_diff('microsecond') of computed datetimes (doubles of epoch milliseconds)", () => {
  it("counts whole microseconds where x / 0.001 of the double lands just below one", () => {
    // Before: floor(x / 0.001) gave 100 - 1 for about one pair in five of these.
    const pairs = Array.from({ length: 40 }, (_, k) => [(k * 99_793) % 1_000_000, (k * 7_919) % 1_000_000]);
    const q = `print ${pairs.map(([a, b], k) => `d${k} = datetime_diff('microsecond', datetime(2017-10-30 23:00:00) + ${a}microsecond, datetime(2017-10-30 22:59:59) + ${b}microsecond)`).join(", ")}`;
    expect(rows(q)[0]).toEqual(pairs.map(([a, b]) => 1_000_000 + a - b));
  });

  it("counts endofday()'s last tick (23:59:59.9999999) in the day's last microsecond", () => {
    expect(rows("print datetime_diff('microsecond', endofday(datetime(2017-10-30)), datetime(2017-10-30))")).toEqual([[86_399_999_999]]);
  });
});
