import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";
import { refusal, runAtNoon } from "./refusal";

/**
 * Comparisons with a datetime literal that has 100 ns digits (lib/engine/datetime-tick-compare.ts):
 * the timestamp an engineer copies from Kusto's output, which prints seven fraction digits. The truth
 * is computed here independently, as BigInt tick counts of each value's text.
 */
const rows = (q: string) => runAtNoon(q).rows;

/** Epoch 100 ns ticks of an ISO text with up to 7 fraction digits. */
function ticks(iso: string): bigint {
  const m = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d{1,7}))?Z$/.exec(iso);
  if (!m) throw new Error(iso);
  return BigInt(Date.parse(`${m[1]}Z`)) * 10_000n + BigInt((m[2] ?? "").padEnd(7, "0"));
}

describe("a datetime compared with a literal with 100 ns digits", () => {
  const literal = "2026-12-05T23:41:10.6781234Z";
  const data = ["2026-12-05T23:41:10.678123Z", "2026-12-05T23:41:10.678124Z", "2026-12-05T23:41:10.678Z", "2026-12-05T23:41:11Z", "2026-12-05T23:41:10.6781Z"];

  it("gives each operator's answer for rows on either side of the literal, as the tick counts do", () => {
    const q = `datatable(T:datetime)[${data.map((d) => `datetime(${d})`).join(", ")}]
      | extend gt = T > datetime(${literal}), ge = T >= datetime(${literal}), lt = T < datetime(${literal}),
               le = T <= datetime(${literal}), eq = T == datetime(${literal}), ne = T != datetime(${literal}),
               flipped = datetime(${literal}) < T
      | project-away T`;
    const l = ticks(literal);
    const truth = data.map((d) => {
      const t = ticks(d);
      return [t > l, t >= l, t < l, t <= l, t === l, t !== l, l < t];
    });
    expect(rows(q)).toEqual(truth);
  });

  it("filters with where, through a let, and counts with countif", () => {
    const q = `let since = datetime(${literal});
      datatable(T:datetime)[${data.map((d) => `datetime(${d})`).join(", ")}]
      | where T > since | summarize n = count(), m = countif(T >= datetime(2026-12-05T23:41:10.9999999Z))`;
    const l = ticks(literal);
    const after = data.filter((d) => ticks(d) > l);
    expect(rows(q)).toEqual([[after.length, after.filter((d) => ticks(d) >= ticks("2026-12-05T23:41:10.9999999Z")).length]]);
  });

  it("keeps Kusto's null rules: == is false, != true, an order comparison null", () => {
    expect(rows(`datatable(T:datetime)[datetime(null)] | project eq = T == datetime(${literal}), ne = T != datetime(${literal}), gt = T > datetime(${literal})`)).toEqual([[false, true, null]]);
  });

  it("compares two literals, and a literal with 7 digits equal to one written with 8 (a trailing zero)", () => {
    expect(rows(`print a = datetime(${literal}) < datetime(2026-12-05T23:41:10.6781235Z), b = datetime(${literal}) == datetime(2026-12-05T23:41:10.67812340Z)`)).toEqual([[true, true]]);
  });

  it("reads endofday()'s last tick exactly: equal to .9999999, after .9999998", () => {
    const q = `print e = endofday(datetime(2026-12-05))
      | project eq = e == datetime(2026-12-05T23:59:59.9999999Z), before = e < datetime(2026-12-05T23:59:59.9999999Z), after = e > datetime(2026-12-05T23:59:59.9999998Z)`;
    expect(rows(q)).toEqual([[true, false, true]]);
  });
});

describe("between with a bound that has 100 ns digits", () => {
  const data = ["2026-12-05T23:41:10.678123Z", "2026-12-05T23:41:10.678124Z", "2026-12-05T23:41:11.678123Z", "2026-12-05T23:41:11.678124Z"];
  const table = `datatable(T:datetime)[${data.map((d) => `datetime(${d})`).join(", ")}]`;

  it("keeps lo <= T <= lo + span, as the tick counts do", () => {
    const lo = ticks("2026-12-05T23:41:10.6781234Z");
    const hi = lo + 10_000_000n;
    const inside = data.filter((d) => ticks(d) >= lo && ticks(d) <= hi).length;
    expect(rows(`let start = datetime(2026-12-05T23:41:10.6781234Z); ${table} | where T between (start .. 1s) | count`)).toEqual([[inside]]);
    expect(rows(`${table} | where T !between (datetime(2026-12-05T23:41:10.6781234Z) .. datetime(2026-12-06)) | count`)).toEqual([[data.length - data.filter((d) => ticks(d) >= lo).length]]);
  });
});

describe("what stays refused by name", () => {
  it("any other use of such a literal (arithmetic, a column), and digits past the 7th", () => {
    expect(refusal("print datetime(2026-12-05T23:41:10.6781234Z) + 1s")).toMatch(/100 ns digits/);
    expect(refusal("print t = datetime(2026-12-05T23:41:10.6781234Z)")).toMatch(/100 ns digits/);
    expect(refusal("print datetime(2026-12-05T23:41:10.67812345Z) > datetime(2026-12-05)")).toMatch(/past the 7th fraction digit/);
  });
});

describe("over a dataset whose datetimes have 100 ns digits", () => {
  it("refuses the comparison: such a row is held only to the microsecond, so it cannot be told apart from the literal", () => {
    const ws = new Workspace();
    ws.defineTable("Events", [{ name: "TimeGenerated", type: "datetime" }]);
    ws.append("Events", { TimeGenerated: "2026-12-05T23:41:10.6781231Z" });
    const q = "Events | where TimeGenerated < datetime(2026-12-05T23:41:10.6781234Z)";
    expect(() => runQuery(ws, q, { asOf: new Date("2026-12-06T00:00:00Z") })).toThrow(/100 ns digits over a dataset/);
    // The same rows to the microsecond compare exactly.
    const exact = new Workspace();
    exact.defineTable("Events", [{ name: "TimeGenerated", type: "datetime" }]);
    exact.append("Events", { TimeGenerated: "2026-12-05T23:41:10.678123Z" });
    expect(runQuery(exact, `${q} | count`, { asOf: new Date("2026-12-06T00:00:00Z") }).rows).toEqual([[1]]);
  });
});

describe("todatetime() of a pasted timestamp with 100 ns digits", () => {
  it("compares as the literal does", () => {
    const q = `datatable(T:datetime)[datetime(2026-12-05T23:41:10.678123Z), datetime(2026-12-05T23:41:10.678124Z)]
      | where T > todatetime("2026-12-05T23:41:10.6781234Z") or T == todatetime('2026-12-05 23:41:10.6781234')`;
    expect(rows(q).length).toBe(1);
    expect(refusal(`print todatetime("2026-12-05T23:41:10.6781234Z")`)).toMatch(/100 ns digits/);
  });
});
