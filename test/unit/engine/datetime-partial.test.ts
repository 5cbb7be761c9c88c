import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { compareTable } from "./doc-examples/compare";
import { refusal, runAtNoon as run } from "./refusal";

const one = (q: string) => run(q).rows[0];
const iso = (s: string) => new Date(s).toISOString();

describe("todatetime() of a partial date or time (none of the datetime page's formats; Kusto documents no output)", () => {
  it("refuses a 12-hour time alone by name, never a null", () => {
    for (const t of ["12:00 PM", "7 am", "8:00 a.m."]) {
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
    // The datetime page's RFC 822/850 forms end in %Z, shown only as GMT; EST or +0100 used to give null.
    for (const t of ["Sat, 8 Nov 14 15:05:02 EST", "8 Nov 14 15:05 +0100", "Saturday, 08-Nov-14 15:05:02 PDT"]) {
      expect(refusal(`print todatetime(${JSON.stringify(t)})`), t).toMatch(/RFC 822\/850 text with a zone other than GMT/);
    }
    expect(refusal(`print datetime(2021-01)`)).toMatch(/a datetime literal of a year and month with no day/);
  });

  it("refuses a column holding one such value, naming the value", () => {
    expect(refusal(`datatable(s:string)["2021-01-05 08:00", "8:30 PM"] | extend d = todatetime(s)`)).toMatch(/a time with no date.*8:30 PM/);
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

describe("a 24-hour time alone is that time on now()'s UTC day (an older datetime page; the functions library prints datetime(8:00) on the day it ran)", () => {
  const at = (q: string, asOf: string) => runQuery(new Workspace(), q, { asOf: new Date(asOf) }).rows[0];

  it("reads datetime(8:00) and todatetime('08:30:15.5') on the query's day, and follows set query_now", () => {
    expect(at(`print datetime(8:00), todatetime('08:30:15.5'), todatetime("23:59"), datetime(00:00:01)`, "2026-12-05T15:00:00Z")).toEqual([
      iso("2026-12-05T08:00:00Z"),
      iso("2026-12-05T08:30:15.500Z"),
      iso("2026-12-05T23:59:00Z"),
      iso("2026-12-05T00:00:01Z"),
    ]);
    expect(at(`set query_now = datetime(2021-11-29 13:00); print datetime(8:00)`, "2026-12-05T15:00:00Z")).toEqual([iso("2021-11-29T08:00:00Z")]);
  });

  it("gives the time_window_rolling_avg_fl page's rows exactly when run on the day the page was (2021-11-29)", () => {
    const file = path.join(__dirname, "doc-examples", "cases-fl.json");
    const { cases } = JSON.parse(fs.readFileSync(file, "utf8")) as { cases: { id: string; query: string; columns: string[]; rows: string[][] }[] };
    const c = cases.find((x) => x.id === "fl/time-window-rolling-avg-fl#1");
    expect(c).toBeDefined();
    if (!c) return;
    // partition hint.strategy=shuffle documents no order for its partitions: both sides sorted by key and time.
    const sorted = { ...c, rows: [...c.rows].sort((x, y) => (x[3] + x[0] < y[3] + y[0] ? -1 : 1)) };
    const got = runQuery(new Workspace(), `${c.query}\n| order by key asc, timestamp asc`, { asOf: new Date("2021-11-29T12:00:00Z") });
    expect(compareTable(sorted, got)).toEqual({ ok: true });
  });

  it("still refuses an out-of-range time, a 12-hour time and 100 ns digits", () => {
    expect(refusal(`print datetime(24:00)`)).toMatch(/a datetime literal of a time with no date/);
    expect(refusal(`print todatetime("25:00")`)).toMatch(/a time with no date/);
    expect(refusal(`print todatetime("12:00 PM")`)).toMatch(/a time with no date/);
    expect(refusal(`print datetime(08:00:00.0000001)`)).toMatch(/100 ns digits/);
  });
});
