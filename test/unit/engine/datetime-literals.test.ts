import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const one = (q: string) => run(q).rows[0];
const iso = (s: string) => new Date(s).toISOString();

describe("datetime literal forms beyond ISO 8601", () => {
  it("reads dd-MM-yyyy / MM-dd-yyyy when day and month are the same number (either order gives it)", () => {
    expect(one(`print datetime("01-01-2022"), datetime('12-12-2021 10:30'), todatetime("07-07-2020")`)).toEqual([
      iso("2022-01-01T00:00:00Z"),
      iso("2021-12-12T10:30:00Z"),
      iso("2020-07-07T00:00:00Z"),
    ]);
  });

  it("refuses a dashed date whose day and month differ, naming the construct, in a literal and in todatetime() (never a null where Kusto has a date)", () => {
    // A bare month-first date is read ('12-02-2022' is 2 December, published-idioms.test.ts); a first number past 12 is not.
    expect(() => run(`print datetime('13-02-2022')`)).toThrow(/datetime literal in day\/month\/year order/);
    expect(() => run(`print datetime('13-02-2022')`)).toThrow(KqlUnsupportedError);
    // todatetime() of a bare date reads month first, as measured on the Kusto emulator (published-idioms.test.ts);
    // with a time after it, still refused.
    expect(() => run(`print todatetime('13-02-2022 10:00')`)).toThrow(/todatetime\(\) of dd-MM-yyyy or MM-dd-yyyy text whose day and month differ/);
    expect(() => run(`datatable(s:string)["2022-02-12", "12-02-2022 08:00"] | extend d = todatetime(s)`)).toThrow(KqlUnsupportedError);
    expect(one(`print todatetime('not a date'), todatetime('2022-02-30')`)).toEqual([null, null]);
    // Named with every other refusal of the query at once, before anything runs.
    try {
      run(`print datetime('13-02-2022'), hash_many(1)`);
      expect.unreachable();
    } catch (e) {
      expect((e as KqlUnsupportedError).constructs.map((c) => c.construct.replace(/ \(.*/, ""))).toEqual(["datetime literal in day/month/year order", "function hash_many()"]);
    }
  });

  it("reads yyyy - MM - dd with blanks around the separators, as the sliding_window_counts page writes it", () => {
    expect(one(`print datetime(2017 - 08 - 01), datetime(2017 -8- 7), todatetime("2017 - 02 - 28")`)).toEqual([
      iso("2017-08-01T00:00:00Z"),
      iso("2017-08-07T00:00:00Z"),
      iso("2017-02-28T00:00:00Z"),
    ]);
  });

  it("rejects a day its month does not have instead of rolling it into the next month", () => {
    expect(() => run(`print datetime(2017-02-31)`)).toThrow(/bad datetime literal/);
    expect(() => run(`print datetime(2017 - 02 - 29)`)).toThrow(/bad datetime literal/);
    expect(one(`print todatetime("2017-04-31 10:00"), todatetime("2017-02-29T00:00:00Z"), todatetime("2016-02-29"), todatetime("2017-13-01")`)).toEqual([
      null,
      null,
      iso("2016-02-29T00:00:00Z"),
      null,
    ]);
    expect(one(`print todatetime("2024-12-31T23:59:59Z"), todatetime("2024-01-30 25:00")`)).toEqual([iso("2024-12-31T23:59:59Z"), null]);
  });
});
