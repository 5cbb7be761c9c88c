import { describe, expect, it } from "vitest";
import { binRuns, errorRunStartAt, probeBlindSpans, subtractIntervals } from "@/lib/signals/origin-health/blindness";

const S = 1000;
const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);
const bins = (from: number, count: number) => Array.from({ length: count }, (_, i) => T0 + (from + i) * 10 * S);

describe("error bin runs", () => {
  it("joins consecutive 10 s bins and breaks on a missing one", () => {
    expect(binRuns([...bins(0, 3), ...bins(4, 2)])).toEqual([
      { fromMs: T0, toMs: T0 + 30 * S },
      { fromMs: T0 + 40 * S, toMs: T0 + 60 * S },
    ]);
  });

  it("finds the run reaching the flip (ending at it or covering it)", () => {
    const flip = T0 + 60 * S;
    expect(errorRunStartAt(bins(2, 4), flip)).toBe(T0 + 20 * S);
    expect(errorRunStartAt(bins(2, 6), flip)).toBe(T0 + 20 * S);
    expect(errorRunStartAt(bins(2, 3), flip)).toBeNull();
  });
});

describe("probe blindness", () => {
  it("reports ≥ 5 minutes of failing requests while the probes say healthy", () => {
    expect(probeBlindSpans(bins(0, 30), [])).toEqual([{ fromMs: T0, toMs: T0 + 300 * S }]);
    expect(probeBlindSpans(bins(0, 29), [])).toEqual([]);
  });

  it("does not count the time the probes already called the origin unhealthy", () => {
    const unhealthy = [{ fromMs: T0 + 120 * S, toMs: null }];
    expect(probeBlindSpans(bins(0, 60), unhealthy)).toEqual([]);
    const earlyFlip = [{ fromMs: T0 + 400 * S, toMs: T0 + 500 * S }];
    expect(probeBlindSpans(bins(0, 90), earlyFlip)).toEqual([
      { fromMs: T0, toMs: T0 + 400 * S },
      { fromMs: T0 + 500 * S, toMs: T0 + 900 * S },
    ]);
  });

  it("a gap in the error bins splits a span", () => {
    expect(probeBlindSpans([...bins(0, 20), ...bins(21, 20)], [])).toEqual([]);
  });

  it("subtracts open and closed intervals", () => {
    expect(subtractIntervals({ fromMs: 0, toMs: 100 }, [{ fromMs: 20, toMs: 30 }, { fromMs: 90, toMs: null }])).toEqual([
      { fromMs: 0, toMs: 20 },
      { fromMs: 30, toMs: 90 },
    ]);
  });
});
