import { describe, expect, it } from "vitest";
import { survivorProjection, survivorProjections } from "@/lib/signals/saturation/projection";

const region = (id: string, utilPercent: number | null, capacity = 1) => ({ id, utilPercent, capacity });

describe("survivor projection for N regions (SIGNALS 3.5, one more failure)", () => {
  it("with two regions is Σ util × capacity / capacity, bit for bit", () => {
    const p = survivorProjection([region("a", 37.3), region("b", 41.9, 2)]);
    expect(p.get("a")).toBe(37.3 + 41.9 * 2);
    expect(p.get("b")).toBe((37.3 + 41.9 * 2) / 2);
  });

  it("with three regions up: the other region whose load would hurt most, spread over the two left by capacity", () => {
    const p = survivorProjections([region("a", 36), region("b", 40), region("c", 30)]);
    // a: if b fails, a takes half of b's 40 → 56; if c fails, half of 30 → 51. The worse: b.
    expect(p.get("a")).toEqual({ percent: 56, ifFails: "b" });
    expect(p.get("b")).toEqual({ percent: 58, ifFails: "a" });
    // Never the double failure (36 + 40 + 30 = 106 %): a deployment sized to lose one region is not amber for it.
    expect(Math.max(...[...p.values()].map((x) => x?.percent ?? 0))).toBeLessThan(100);
  });

  it("splits by capacity: a bigger survivor takes a bigger share", () => {
    const p = survivorProjections([region("a", 30, 2), region("b", 30, 1), region("c", 60, 1)]);
    // c fails: its 60 (×1) goes 2/3 to a, 1/3 to b. a: (60 + 40) / 2 = 50 (b failing moves only 15 to a: 45).
    expect(p.get("a")?.ifFails).toBe("c");
    expect(p.get("a")?.percent).toBeCloseTo(50, 9);
    // b: a's 60 (30 × 2) splits evenly between b and c: 30 + 30 = 60, worse than c's 20 share (50).
    expect(p.get("b")).toEqual({ percent: 60, ifFails: "a" });
  });

  it("with one of three down: the down region carries and absorbs nothing; the two left would carry each other", () => {
    const p = survivorProjections([region("a", null), region("b", 55), region("c", 53)]);
    expect(p.get("b")).toEqual({ percent: 108, ifFails: "c" });
    expect(p.get("c")).toEqual({ percent: 108, ifFails: "b" });
  });

  it("with two of three down: the last one's own load, with no further failure to suppose", () => {
    const p = survivorProjections([region("a", null), region("b", null), region("c", 99.9)]);
    expect(p.get("c")).toEqual({ percent: 99.9, ifFails: null });
  });

  it("is unknown only when no region reported", () => {
    expect([...survivorProjection([region("a", null), region("b", null)]).values()]).toEqual([null, null]);
  });
});
