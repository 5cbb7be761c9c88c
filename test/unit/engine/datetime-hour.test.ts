import { describe, expect, it } from "vitest";
import { KqlUnsupportedError } from "@/lib/engine";
import { refusal, runAtNoon as run } from "./refusal";

const one = (q: string) => run(q).rows[0];
const iso = (s: string) => new Date(s).toISOString();

describe("a datetime with a one-digit hour (the datetime page writes every hour as %H, two digits)", () => {
  it("refuses datetime(2021-11-29 8:00) by name, not an internal error", () => {
    expect(refusal(`print datetime(2021-11-29 8:00)`)).toMatch(/datetime literal with a one-digit hour/);
    expect(refusal(`print datetime('2021-11-29 8:00:00')`)).toMatch(/datetime literal with a one-digit hour/);
    expect(refusal(`print datetime(2021-11-29T8:00)`)).toMatch(/datetime literal with a one-digit hour/);
  });

  it("refuses it in every non-ISO form too (RFC 822/850, sortable, US), where it was read before", () => {
    expect(refusal(`print datetime("Sat, 8 Nov 14 5:05:02 GMT")`)).toMatch(/one-digit hour/);
    expect(refusal(`print datetime("08-Nov-14 5:05")`)).toMatch(/one-digit hour/);
    expect(refusal(`print datetime(2014-11-8 5:05)`)).toMatch(/one-digit hour/);
    expect(refusal(`print datetime("02/17/2016 8:40:00")`)).toMatch(/one-digit hour/);
  });

  it("is named with the query's other refusals at once, before anything runs", () => {
    try {
      run(`print datetime(2021-11-29 8:00), hash_many(1)`);
      expect.unreachable();
    } catch (e) {
      expect((e as KqlUnsupportedError).constructs.map((c) => c.construct.replace(/ \(.*/, ""))).toEqual([
        "a datetime literal with a one-digit hour",
        "function hash_many()",
      ]);
    }
  });

  it("todatetime() of such text is refused, never a null where Kusto may read a date", () => {
    expect(refusal(`print todatetime("2021-11-29 8:00")`)).toMatch(/todatetime\(\) of text with a one-digit hour/);
    expect(refusal(`datatable(s:string)["2021-11-29 08:00", "2021-11-29 8:00"] | extend d = todatetime(s)`)).toMatch(/one-digit hour/);
    expect(refusal(`print todatetime("Sat, 8 Nov 14 5:05:02 GMT")`)).toMatch(/one-digit hour/);
  });

  it("still reads every documented form with its two-digit hour, and leaves what is no date null", () => {
    expect(one(`print datetime(2021-11-29 08:00), datetime(2014-11-08 15:55:55.5Z), datetime("Sat, 8 Nov 14 15:05:02 GMT"), datetime("Saturday, 08-Nov-14 15:05 GMT"), datetime(2014-11-8 05:05)`)).toEqual([
      iso("2021-11-29T08:00:00Z"),
      iso("2014-11-08T15:55:55.500Z"),
      iso("2014-11-08T15:05:02Z"),
      iso("2014-11-08T15:05:00Z"),
      iso("2014-11-08T05:05:00Z"),
    ]);
    expect(one(`print todatetime("2021-11-29 18:00"), todatetime("not 8:00 a date"), todatetime("2021-11-29 08:00:00"), todatetime(""), todatetime("8")`)).toEqual([
      iso("2021-11-29T18:00:00Z"),
      null,
      iso("2021-11-29T08:00:00Z"),
      null,
      null,
    ]);
  });
});
