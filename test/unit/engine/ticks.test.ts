import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });

describe("tolong/toint/todouble/toreal of a timespan or a datetime: its tick count (100 ns)", () => {
  it("a timespan converts to ticks, not milliseconds", () => {
    const r = run("print a = tolong(1s), b = tolong(1d), c = todouble(1s), d = toreal(1.5s), e = tolong(-2h), f = tolong(1tick), g = toint(1ms)");
    expect(r.columns.map((c) => c.type)).toEqual(["long", "long", "real", "real", "long", "long", "int"]);
    expect(r.rows).toEqual([[10_000_000, 864_000_000_000, 10_000_000, 15_000_000, -72_000_000_000, 1, 10_000]]);
  });

  it("a datetime converts to its ticks since 0001-01-01, exactly (beyond 2^53)", () => {
    const [[epoch, y2020, micro, asReal]] = run(
      "print a = tolong(datetime(1970-01-01)), b = tolong(datetime(2020-01-01)), c = tolong(datetime(2020-01-01 00:00:00.000001)), d = todouble(datetime(2020-01-01))",
    ).rows as [[bigint, bigint, bigint, number]];
    expect(epoch).toBe(621_355_968_000_000_000n);
    expect(y2020).toBe(637_134_336_000_000_000n);
    expect(micro).toBe(637_134_336_000_000_010n);
    expect(asReal).toBe(637134336000000000);
  });

  it("buckets by minute the way a published workbook does: tolong(TimeGenerated) / 600000000", () => {
    const r = run(`datatable(t:datetime)[datetime(2026-11-20 14:03:10), datetime(2026-11-20 14:03:59), datetime(2026-11-20 14:04:00)]
      | summarize n = count() by B = tolong(t) / 600000000 | order by B asc`);
    // 2026-11-20 14:03 is minute 1065513003 since 0001-01-01.
    expect(r.rows).toEqual([[1065513003, 2], [1065513004, 1]]);
  });

  it("null stays null; other types convert as before", () => {
    expect(run("print tolong(timespan(null)), todouble(datetime(null)), tolong('12'), toint(5.7), todouble('1.5')").rows).toEqual([[null, null, 12, 5, 1.5]]);
  });

  it("refuses what is not documented: an int outside 32 bits, a decimal", () => {
    expect(() => run("print toint(1d)")).toThrow(KqlUnsupportedError);
    expect(() => run("print todecimal(1s)")).toThrow(/todecimal\(\) of a timespan/);
  });
});
