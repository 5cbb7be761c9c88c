import { describe, expect, it } from "vitest";
import { CrashRefusals, jobShape } from "@/lib/wiring/crash-refusals";

const day = (d: number, h = 0) => new Date(Date.UTC(2026, 9, d, h)).toISOString();

describe("CrashRefusals", () => {
  it("refuses a shape that ran the worker out of memory, whenever its window falls, until its time is up", () => {
    let now = 0;
    const refusals = new CrashRefusals(60_000, () => now);
    const replay = { type: "snapshot" as const, from: day(1), to: day(31) };
    refusals.record(replay);
    // Another 30-day replay (another `at`) is the same shape.
    expect(refusals.refusal({ ...replay, from: day(2), to: day(32) }, 256)).toBe(
      "a 30-day snapshot ran the query worker out of memory (256 MB heap) a moment ago, and is refused for 60 s more so that it cannot stop the workspace again; ask for a shorter range",
    );
    // A shorter range, or another region, is not.
    expect(refusals.refusal({ ...replay, from: day(24) }, 256)).toBeUndefined();
    expect(refusals.refusal({ ...replay, region: "uksouth" }, 256)).toBeUndefined();
    now = 59_001;
    expect(refusals.refusal(replay, 256)).toMatch(/refused for 1 s more/);
    now = 60_000;
    expect(refusals.refusal(replay, 256)).toBeUndefined();
  });

  it("keys a query on its text with blanks collapsed and on its span", () => {
    const a = jobShape({ type: "query", kql: "T\n| take  5", from: day(1), to: day(1, 6) });
    expect(jobShape({ type: "query", kql: "  T | take 5 ", from: day(3), to: day(3, 6) })).toBe(a);
    expect(jobShape({ type: "query", kql: "T | take 5", from: day(1), to: day(1, 7) })).not.toBe(a);
    expect(jobShape({ type: "query", kql: "T | take 6", from: day(1), to: day(1, 6) })).not.toBe(a);
  });
});
