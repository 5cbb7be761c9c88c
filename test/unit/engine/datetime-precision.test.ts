import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";
import { formatDatetimeDynamic, formatDatetimeKusto, hasTickDigits, parseDatetime } from "@/lib/format/kusto-time";

/**
 * Datetimes are epoch-millisecond doubles: exact to the microsecond, never to Kusto's 100 ns tick.
 * What needs the tick is refused by name; everything else prints Kusto's text, 7th digit included.
 */
const one = (q: string) => runQuery(new Workspace(), q, {}).rows[0][0];
const refusal = (q: string) => {
  try {
    runQuery(new Workspace(), q, {});
  } catch (e) {
    if (e instanceof KqlUnsupportedError) return e.constructs.map((c) => c.construct).join("; ");
    throw e;
  }
  return "answered";
};

describe("datetimes to the microsecond", () => {
  it("prints microsecond text exactly, where rounding a double to the tick printed a wrong 7th digit", () => {
    expect(one("print tostring(datetime(2017-12-31 23:59:59.123456))")).toBe("2017-12-31T23:59:59.1234560Z");
    expect(one("print tostring(datetime(2024-02-03 04:05:06.000001))")).toBe("2024-02-03T04:05:06.0000010Z");
    expect(one("print tostring(datetime(2017-12-31 23:59:59.1234560))")).toBe("2017-12-31T23:59:59.1234560Z");
    expect(one("print d = dynamic({'a': datetime(2017-12-31 23:59:59.654321)})")).toEqual({ a: "2017-12-31T23:59:59.6543210Z" });
    // Every microsecond of a second round-trips (a sample across it, at today's epoch).
    const base = Date.parse("2026-12-05T06:00:00Z");
    for (let us = 0; us < 1_000_000; us += 7_919) {
      const ms = parseDatetime(`2026-12-05T06:00:00.${String(us).padStart(6, "0")}Z`);
      expect(Math.abs(ms - base - us / 1000)).toBeLessThan(0.0005); // within half a microsecond
      expect(formatDatetimeKusto(ms)).toBe(us === 0 ? "2026-12-05T06:00:00Z" : `2026-12-05T06:00:00.${String(us * 10).padStart(7, "0")}Z`);
    }
  });

  it("refuses 100 ns digits in a literal or in todatetime() text, instead of printing a neighbouring tick", () => {
    // tostring() of the literal itself reads its text (datetime-ticks.test.ts); its value is refused.
    expect(refusal("print datetime(2017-12-31 23:59:59.1234567)")).toMatch(/100 ns digits/);
    expect(refusal("print tostring(datetime(2017-12-31 23:59:59.1234567) + 1s)")).toMatch(/100 ns digits/);
    // Was printed as 2018-01-01T00:00:00Z: the tick rounded into the next year.
    expect(refusal("print tostring(todatetime('2017-12-31T23:59:59.9999999Z'))")).toMatch(/100 ns digits/);
    expect(hasTickDigits("2024-01-01 00:00:00.0000000")).toBe(false);
    expect(hasTickDigits("2024-01-01T00:00:00.00000001Z")).toBe(true);
    expect(hasTickDigits("2024-01-01T00:00:00.123Z")).toBe(false);
  });

  it("refuses a datetime moved by part of a microsecond, where 2019-11-07 - 1tick == 2019-11-07 was true", () => {
    expect(refusal("print datetime(2019-11-07) - 1tick == datetime(2019-11-07)")).toMatch(/finer than a microsecond/);
    expect(refusal("print 3tick + datetime(2019-11-07)")).toMatch(/finer than a microsecond/);
    expect(refusal("print datetime_add('nanosecond', 100, datetime(2024-01-01))")).toMatch(/part of a microsecond/);
    expect(one("print tostring(datetime(2019-11-07) + 3microsecond)")).toBe("2019-11-07T00:00:00.0000030Z");
    expect(one("print tostring(datetime_add('nanosecond', 2000, datetime(2024-01-01)))")).toBe("2024-01-01T00:00:00.0000020Z");
  });

  it("subtracts datetimes to the tick, without the doubles' noise as a 7th digit", () => {
    expect(one("print datetime(2017-01-01 10:00:00.123456) - datetime(2017-01-01)")).toBe("10:00:00.1234560");
    expect(one("print datetime(2024-03-01 10:00:00.000007) - datetime(2024-03-01 10:00:00.000001)")).toBe("00:00:00.0000060");
    expect(one("print datetime(2024-03-01) - datetime(2024-03-02 00:00:00.5)")).toBe("-1.00:00:00.5000000");
    expect(one("print (datetime(2024-03-01 10:00:01) - datetime(2024-03-01 10:00:00)) / 1s")).toBe(1);
  });

  it("keeps endof*()'s last tick: printed as .9999999, subtracted to the tick, refused when moved", () => {
    expect(one("print tostring(endofday(datetime(2017-01-01)))")).toBe("2017-01-01T23:59:59.9999999Z");
    expect(formatDatetimeDynamic(Date.parse("2017-02-01T00:00:00Z") - 0.0005)).toBe("2017-01-31T23:59:59.9999999Z");
    expect(one("print endofday(datetime(2024-03-01)) - datetime(2024-03-01)")).toBe("23:59:59.9999999");
    expect(one("print datetime(2024-03-01) - endofday(datetime(2024-03-01))")).toBe("-23:59:59.9999999");
    expect(refusal("print endofday(datetime(2017-01-01)) + 1microsecond")).toMatch(/last tick/);
  });
});
