import { describe, expect, it } from "vitest";
import { refusal, runAtNoon } from "./refusal";

const one = (q: string) => runAtNoon(q).rows[0][0];

/**
 * Kusto's datetimes run from 0001-01-01 to 9999-12-31 23:59:59.9999999 (the datetime data type page).
 * The engine's double of epoch milliseconds is spaced up to 31.25 µs apart near those ends: the largest
 * microsecond was the double of 10000-01-01 and printed +010000-01-01T00:00Z.
 */
describe("datetimes at the ends of Kusto's range", () => {
  it("prints the largest microsecond and tick, and the smallest datetime, with Kusto's digits", () => {
    expect(one("print tostring(datetime(9999-12-31 23:59:59.999999))")).toBe("9999-12-31T23:59:59.9999990Z");
    expect(one("let d = datetime(9999-12-31 23:59:59.999999); print tostring(d)")).toBe("9999-12-31T23:59:59.9999990Z");
    expect(one("print tostring(datetime(9999-12-31 23:59:59.9999999))")).toBe("9999-12-31T23:59:59.9999999Z");
    expect(one("print tostring(datetime(9999-12-31 23:59:59.123456))")).toBe("9999-12-31T23:59:59.1234560Z");
    expect(one("print tostring(datetime(0001-01-01))")).toBe("0001-01-01T00:00:00Z");
    expect(one("print tostring(datetime(0001-01-01 00:00:00.000001))")).toBe("0001-01-01T00:00:00.0000010Z");
    expect(one("print tostring(datetime(9999-12-31 23:59:59) + 999ms)")).toBe("9999-12-31T23:59:59.9990000Z");
  });

  it("compares and takes apart microseconds near 9999 exactly", () => {
    expect(one("print datetime(9999-12-31 23:59:59.999999) > datetime(9999-12-31 23:59:59.999998)")).toBe(true);
    expect(one("print datetime(9999-12-31 23:59:59.9999999) > datetime(9999-12-31 23:59:59.9999998)")).toBe(true);
    expect(one("print datetime_part('microsecond', datetime(9999-12-31 23:59:59.999999))")).toBe(999999);
  });

  it("refuses by name a microsecond its double loses, where the value would flow on", () => {
    expect(refusal("print d = datetime(9999-12-31 23:59:59.999999)")).toMatch(/^a datetime with microseconds before 1691 or after 2248/);
    expect(refusal("print tostring(todatetime('9999-12-31 23:59:59.999999'))")).toMatch(/^todatetime\(\) of text with microseconds before 1691 or after 2248/);
    expect(refusal("print tostring(datetime(9999-12-31) + 1microsecond)")).toMatch(/^datetime ± timespan to a microsecond before 1691 or after 2248/);
    // Near today the double holds the microsecond: nothing is refused.
    expect(one("print tostring(datetime(2026-01-01 10:00:00.123456) + 1microsecond)")).toBe("2026-01-01T10:00:00.1234570Z");
  });

  // Kusto documents no result for arithmetic past its range (.NET's DateTime throws): refused, not guessed.
  it("refuses arithmetic past 9999-12-31 or before 0001-01-01", () => {
    expect(refusal("print tostring(datetime(9999-12-31 23:59:59) + 1s)")).toMatch(/^datetime ± timespan past 9999-12-31 or before 0001-01-01/);
    expect(refusal("print tostring(datetime(0001-01-01) - 1s)")).toMatch(/^datetime ± timespan past 9999-12-31 or before 0001-01-01/);
    expect(refusal("print datetime_add('second', 1, datetime(9999-12-31 23:59:59))")).toMatch(/^datetime_add\(\) past 9999-12-31/);
    expect(refusal("print datetime_add('year', -1, datetime(0001-06-01))")).toMatch(/^datetime_add\(\) past 9999-12-31 or before 0001-01-01/);
  });

  it("converts unix times to the ends of the range, null past them (the pages' failed conversion), refusing a lost microsecond", () => {
    expect(one("print tostring(unixtime_milliseconds_todatetime(253402300799999))")).toBe("9999-12-31T23:59:59.9990000Z");
    expect(one("print tostring(unixtime_seconds_todatetime(-62135596800))")).toBe("0001-01-01T00:00:00Z");
    expect(one("print isnull(unixtime_seconds_todatetime(253402300800))")).toBe(true);
    expect(one("print isnull(unixtime_milliseconds_todatetime(-62135596800001))")).toBe(true);
    expect(refusal("print unixtime_microseconds_todatetime(253402300799999999)")).toMatch(/^unixtime_microseconds_todatetime\(\) of a microsecond before 1691 or after 2248/);
    expect(one("print tostring(unixtime_microseconds_todatetime(1546300800123456))")).toBe("2019-01-01T00:00:00.1234560Z");
    expect(refusal("print make_datetime(9999, 12, 31, 23, 59, 59.999999)")).toMatch(/^make_datetime\(\) to a microsecond before 1691 or after 2248/);
    expect(one("print tostring(make_datetime(9999, 12, 31, 23, 59, 59.999))")).toBe("9999-12-31T23:59:59.9990000Z");
  });

  it("moves years 1 to 99 by months in those years (Date.UTC read them as 1900-1999), keeping microseconds", () => {
    expect(one("print tostring(datetime_add('month', 1, datetime(0001-01-31)))")).toBe("0001-02-28T00:00:00Z");
    expect(one("print tostring(datetime_add('year', 98, datetime(0001-06-01)))")).toBe("0099-06-01T00:00:00Z");
    expect(one("print tostring(datetime_add('month', 1, datetime(2020-01-31 00:00:00.000123)))")).toBe("2020-02-29T00:00:00.0001230Z");
  });
});
