import { describe, expect, it } from "vitest";
import {
  evaluateTimeline,
  failedRunStart,
  flappingSpans,
  isSlotFailed,
  isUnhealthy,
  stateAt,
  type HealthFlip,
} from "@/lib/signals/origin-health/timeline";

const S = 1000;
const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);
const settings = { probeIntervalSeconds: 30, sampleSize: 4, successfulSamplesRequired: 3 };
const slot = (i: number) => T0 + i * 30 * S;

function run(failed: number[], slots = 20) {
  return evaluateTimeline({ origin: "o", failedSlotStarts: failed.map(slot), fromMs: T0, toMs: slot(slots), settings });
}

describe("half-of-POPs rule", () => {
  it("fails a slot when at least half of the known POPs logged a failure", () => {
    expect(isSlotFailed({ failedPops: 2, failures: 2 }, 4)).toBe(true);
    expect(isSlotFailed({ failedPops: 2, failures: 5 }, 5)).toBe(false);
    expect(isSlotFailed({ failedPops: 3, failures: 3 }, 5)).toBe(true);
    expect(isSlotFailed({ failedPops: 1, failures: 9 }, 4)).toBe(false);
  });
  it("counts any failure when no POP is known or the failures carry no POP", () => {
    expect(isSlotFailed({ failedPops: 1, failures: 1 }, 0)).toBe(true);
    expect(isSlotFailed({ failedPops: 0, failures: 1 }, 12)).toBe(true);
    expect(isSlotFailed({ failedPops: 0, failures: 0 }, 0)).toBe(false);
  });
});

describe("sample rule (sampleSize 4, successfulSamplesRequired 3)", () => {
  it("is unhealthy when more than 1 of the last 4 slots failed", () => {
    expect(isUnhealthy(1, settings)).toBe(false);
    expect(isUnhealthy(2, settings)).toBe(true);
  });

  it("flips after the second failed slot in the last 4, stamped at that slot's end", () => {
    const t = run([5, 7]);
    expect(t.flips[0]).toEqual({ origin: "o", atMs: slot(8), to: "unhealthy" });
  });

  it("one failed slot alone never flips", () => {
    expect(run([3]).flips).toEqual([]);
    expect(run([3, 8, 13]).flips).toEqual([]);
  });

  it("flips back healthy once at most one of the last 4 slots failed", () => {
    const t = run([5, 6, 7, 8]);
    // End of slot 6: {3..6} has 2 failed → unhealthy. End of slot 10: {7..10} still 2. End of slot 11: {8..11} has 1 → healthy.
    expect(t.flips).toEqual([
      { origin: "o", atMs: slot(7), to: "unhealthy" },
      { origin: "o", atMs: slot(12), to: "healthy" },
    ]);
    expect(t.unhealthy).toEqual([{ fromMs: slot(7), toMs: slot(12) }]);
    expect(stateAt(t, slot(11))).toBe("unhealthy");
    expect(stateAt(t, slot(12))).toBe("healthy");
  });

  it("keeps an unfinished unhealthy period open and ignores the incomplete last slot", () => {
    const t = evaluateTimeline({ origin: "o", failedSlotStarts: [slot(2), slot(3), slot(4)], fromMs: T0, toMs: slot(5) + 10 * S, settings });
    expect(t.stateAtEnd).toBe("unhealthy");
    expect(t.evaluatedUntilMs).toBe(slot(5));
    expect(t.unhealthy).toEqual([{ fromMs: slot(4), toMs: null }]);
  });

  it("marks a failure already present in the window's first slot", () => {
    expect(run([0, 1]).failingAtWindowStart).toBe(true);
    expect(run([1, 2]).failingAtWindowStart).toBe(false);
  });

  it("finds the unbroken run of failed slots that led to a flip", () => {
    const t = run([2, 4, 5]);
    expect(t.flips[0].atMs).toBe(slot(5));
    expect(failedRunStart(t.failedSlotStarts, t.flips[0].atMs, settings)).toBe(slot(4));
    expect(failedRunStart(t.failedSlotStarts, slot(4), settings)).toBeNull();
  });
});

describe("flapping", () => {
  const f = (min: number, to: "healthy" | "unhealthy" = "unhealthy", origin = "o"): HealthFlip => ({ origin, atMs: T0 + min * 60 * S, to });
  it("needs 3 flips of one origin within 30 minutes", () => {
    expect(flappingSpans([f(0), f(10, "healthy"), f(30)])).toEqual([{ origin: "o", fromMs: T0, toMs: T0 + 30 * 60 * S, flips: 3 }]);
    expect(flappingSpans([f(0), f(10, "healthy"), f(31)])).toEqual([]);
    expect(flappingSpans([f(0, "unhealthy", "a"), f(1, "healthy", "b"), f(2, "unhealthy", "a")])).toEqual([]);
  });
  it("merges overlapping groups into one span", () => {
    const spans = flappingSpans([f(0), f(5, "healthy"), f(10), f(25, "healthy"), f(38)]);
    expect(spans).toEqual([{ origin: "o", fromMs: T0, toMs: T0 + 38 * 60 * S, flips: 5 }]);
  });
});
