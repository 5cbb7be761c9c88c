import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { KqlRuntimeError, KqlUnsupportedError } from "@/lib/engine/errors";

// make-series' alternate syntax `on Axis in range(start, stop, step)` (make-series reference): the stop is
// inclusive, and the axis is binned with bin(), not bin_at(), so start may not be in the series.
const ws = new Workspace();
const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-02-01T00:00:00Z") });
const DATA = `let T = datatable(t:datetime, v:long, k:string)
[
  datetime(2025-12-31T06:00), 100, "a",
  datetime(2026-01-01T06:00), 1, "a",
  datetime(2026-01-02), 2, "a",
  datetime(2026-01-03T12:00), 4, "b",
  datetime(2026-01-04), 8, "a",
  datetime(2026-01-06), 16, "b",
];
`;
const day = (d: number) => `2026-01-0${d}T00:00:00.0000000Z`;

describe("make-series ... on Axis in range(start, stop, step)", () => {
  it("start off a bin boundary: the series begins at bin(start), so start itself is not in it; a row at start counts", () => {
    const r = run(`${DATA} T | make-series s=sum(v) default=0 on t in range(datetime(2026-01-01T06:00), datetime(2026-01-04), 1d)`);
    expect(r.rows).toEqual([[[1, 2, 4, 8], [day(1), day(2), day(3), day(4)]]]);
  });

  it("stop on a bin boundary is inclusive: its bin is the series' last element, holding the row at stop", () => {
    const r = run(`${DATA} T | where t >= datetime(2026-01-01T06:00) | make-series s=sum(v) default=0 on t in range(datetime(2026-01-01T06:00), datetime(2026-01-04), 1d)`);
    expect((r.rows[0][1] as string[]).at(-1)).toBe(day(4));
    expect((r.rows[0][0] as number[]).at(-1)).toBe(8);
    // The main syntax's `to` is exclusive: the same bounds end a day earlier.
    const main = run(`${DATA} T | make-series s=sum(v) default=0 on t from datetime(2026-01-01) to datetime(2026-01-04) step 1d`);
    expect(main.rows[0][1]).toEqual([day(1), day(2), day(3)]);
  });

  it("rows whose bin is outside the series are in no element (the day before the first bin, after the last)", () => {
    // 2025-12-31 (100) and 2026-01-06 (16) fall outside 2026-01-01 .. 2026-01-04.
    const r = run(`${DATA} T | make-series n=count() on t in range(datetime(2026-01-01T06:00), datetime(2026-01-04), 1d)`);
    expect(r.rows).toEqual([[[1, 1, 1, 1], [day(1), day(2), day(3), day(4)]]]);
  });

  it("the axis is what bin(Axis, step) of the same rows gives, and equals the main syntax when start is on a boundary", () => {
    const ranged = run(`${DATA} T | where t between (datetime(2026-01-01) .. datetime(2026-01-04)) | make-series s=sum(v) default=0 on t in range(datetime(2026-01-01), datetime(2026-01-04), 1d) by k | order by k asc`);
    const main = run(`${DATA} T | where t between (datetime(2026-01-01) .. datetime(2026-01-04)) | make-series s=sum(v) default=0 on t from datetime(2026-01-01) to datetime(2026-01-05) step 1d by k | order by k asc`);
    expect(ranged.rows).toEqual(main.rows);
    const bins = run(`${DATA} T | where t between (datetime(2026-01-01) .. datetime(2026-01-04)) | summarize by b = bin(t, 1d) | order by b asc`);
    expect(bins.rows.map((row) => String(row[0]).slice(0, 10))).toEqual(["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]);
  });

  it("by groups: one series per key, every series on the same axis, empty bins the default", () => {
    const r = run(`${DATA} T | make-series s=sum(v) default=-1 on t in range(datetime(2026-01-01T06:00), datetime(2026-01-04), 1d) by k | order by k asc`);
    expect(r.columns.map((c) => c.name)).toEqual(["k", "s", "t"]);
    expect(r.rows).toEqual([
      ["a", [1, 2, -1, 8], [day(1), day(2), day(3), day(4)]],
      ["b", [-1, -1, 4, -1], [day(1), day(2), day(3), day(4)]],
    ]);
  });

  it("empty input gives no series, and kind=nonempty one series of defaults", () => {
    expect(run(`${DATA} T | take 0 | make-series s=sum(v) on t in range(datetime(2026-01-01), datetime(2026-01-03), 1d)`).rows).toEqual([]);
    const r = run(`${DATA} T | take 0 | make-series kind=nonempty s=sum(v) default=7 on t in range(datetime(2026-01-01T12:00), datetime(2026-01-03), 1d)`);
    expect(r.rows).toEqual([[[7, 7, 7], [day(1), day(2), day(3)]]]);
  });

  it("numeric and timespan axes bin the same way", () => {
    const longs = run("datatable(x:long, v:long)[0, 1, 5, 2, 10, 4, 12, 8] | make-series s=sum(v) default=0 on x in range(0, 12, 5)");
    // Bins [0,5), [5,10), [10,15): 12 is the stop, inclusive, in the last.
    expect(longs.rows).toEqual([[[1, 2, 12], [0, 5, 10]]]);
    const spans = run("datatable(d:timespan, v:long)[1h, 1, 2h, 2] | make-series s=sum(v) default=0 on d in range(1h, 2h, 1h)");
    expect(spans.rows).toEqual([[[1, 2], ["01:00:00", "02:00:00"]]]);
  });

  it("a row of the first bin before start, or of the last bin after stop, is refused by name (the reference does not say whether it counts)", () => {
    expect(() => run(`${DATA} T | make-series s=sum(v) on t in range(datetime(2026-01-01T12:00), datetime(2026-01-04), 1d)`)).toThrow(/in range\(\) over a row before start in the first bin/);
    expect(() => run(`${DATA} T | make-series s=sum(v) on t in range(datetime(2026-01-01), datetime(2026-01-03T06:00), 1d)`)).toThrow(/in range\(\) over a row after stop in the last bin/);
    expect(() => run(`${DATA} T | make-series s=sum(v) on t in range(datetime(2026-01-01), datetime(2026-01-03T06:00), 1d)`)).toThrow(KqlUnsupportedError);
  });

  it("Sentinel's `in range(ago(7d), now(), 1d) by Caller` shape: runs when the rows lie within [ago(7d), now()]", () => {
    // asOf 2026-02-01T00:00: ago(7d) is 2026-01-25T00:00, on a day boundary; now() is the last element.
    const rows = `datatable(EventSubmissionTimestamp:datetime, ResourceId:string, Caller:string)
[
  datetime(2026-01-25T00:00), "r1", "a@x.com",
  datetime(2026-01-25T10:00), "r2", "a@x.com",
  datetime(2026-01-30T10:00), "r1", "b@x.com",
  datetime(2026-02-01T00:00), "r3", "b@x.com",
]`;
    const q = `${rows} | make-series dcount(ResourceId) default=0 on EventSubmissionTimestamp in range(ago(7d), now(), 1d) by Caller | order by Caller asc`;
    const r = run(q);
    expect(r.rows.map((row) => [row[0], row[1]])).toEqual([
      ["a@x.com", [2, 0, 0, 0, 0, 0, 0, 0]],
      ["b@x.com", [0, 0, 0, 0, 0, 1, 0, 1]],
    ]);
    expect((r.rows[0][2] as string[])[0]).toBe("2026-01-25T00:00:00.0000000Z");
    // With ago(7d) mid-day (asOf 12:00), a row of 2026-01-25 before it is in the first bin: refused by name.
    expect(() => runQuery(ws, q, { asOf: new Date("2026-02-01T12:00:00Z") })).toThrow(/row before start in the first bin/);
  });

  it("start after stop and null bounds are refused by name; a step that is not positive is an error", () => {
    expect(() => run(`${DATA} T | make-series s=sum(v) on t in range(datetime(2026-01-05), datetime(2026-01-04), 1d)`)).toThrow(/in range\(\) with start after stop/);
    expect(() => run(`${DATA} T | make-series s=sum(v) on t in range(datetime(null), datetime(2026-01-04), 1d)`)).toThrow(/in range\(\) with a null start/);
    expect(() => run(`${DATA} T | make-series s=sum(v) on t in range(datetime(2026-01-01), datetime(2026-01-04), 0d)`)).toThrow(KqlRuntimeError);
  });
});
