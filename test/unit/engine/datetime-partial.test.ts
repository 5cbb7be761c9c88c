import { describe, expect, it } from "vitest";
import { refusal, runAtNoon as run } from "./refusal";

const one = (q: string) => run(q).rows[0];
const iso = (s: string) => new Date(s).toISOString();

describe("todatetime() of a partial date or time (none of the datetime page's formats; Kusto documents no output)", () => {
  it("refuses a time alone by name, never a null where Kusto may read today's time (an older datetime page: 'Omitting the date gives a time today')", () => {
    for (const t of ["8:00", "08:00", "08:00:00", "23:59:59.123", "12:00 PM", "7 am"]) {
      expect(refusal(`print todatetime(${JSON.stringify(t)})`)).toMatch(/todatetime\(\) of a time with no date/);
    }
  });

  it("refuses the other partial shapes by name, each saying what it is", () => {
    expect(refusal(`print todatetime("2021-01")`)).toMatch(/a year and month with no day/);
    expect(refusal(`print todatetime("2021-01-01T08")`)).toMatch(/a date and an hour with no minutes/);
    expect(refusal(`print todatetime("2021-01-01 08:00 PM")`)).toMatch(/a 12-hour \(AM\/PM\) time/);
    expect(refusal(`print todatetime("2021-01-01Z")`)).toMatch(/a date with a zone and no time/);
    expect(refusal(`print todatetime("Jan 2021")`)).toMatch(/a month written in words/);
    expect(refusal(`print todatetime("Tuesday, January 5, 2021")`)).toMatch(/a month written in words/);
    expect(refusal(`print todatetime("20210105")`)).toMatch(/a compact yyyyMMdd date/);
    expect(refusal(`print datetime(2021-01)`)).toMatch(/a datetime literal of a year and month with no day/);
  });

  it("refuses a column holding one such value, naming the value", () => {
    expect(refusal(`datatable(s:string)["2021-01-05 08:00", "08:30"] | extend d = todatetime(s)`)).toMatch(/a time with no date.*08:30/);
  });

  it("still reads the documented forms, and leaves text that is no date null", () => {
    expect(one(`print todatetime("2021-01-05"), todatetime("2021-01-05T08:00"), todatetime("Sat, 8 Nov 14 15:05:02 GMT"), todatetime("1/2/2021")`)).toEqual([
      iso("2021-01-05T00:00:00Z"),
      iso("2021-01-05T08:00:00Z"),
      iso("2014-11-08T15:05:02Z"),
      iso("2021-01-02T00:00:00Z"),
    ]);
    expect(one(`print todatetime(""), todatetime("8"), todatetime("2021"), todatetime("not 8:00 a date"), todatetime("I may have 3 apples"), todatetime("12345678"), todatetime(" ")`)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
