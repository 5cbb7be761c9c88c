import { describe, expect, it } from "vitest";
import { dialArc, dialPoint, lagGauge } from "@/lib/wall/gauge";

describe("lagGauge", () => {
  it("places the budget at two thirds of the dial", () => {
    const g = lagGauge(5, 5);
    expect(g.position).toBeCloseTo(2 / 3);
    expect(g.budgetPosition).toBeCloseTo(2 / 3);
    expect(g.budgetShare).toBe(1);
    expect(g.zone).toBe("warn");
  });

  it("is ok below 80 % of budget, warn up to it, breach above", () => {
    expect(lagGauge(3.9, 5).zone).toBe("ok");
    expect(lagGauge(4.5, 5).zone).toBe("warn");
    expect(lagGauge(5.1, 5).zone).toBe("breach");
  });

  it("pins the needle past 1.5 × budget and says it is off scale", () => {
    expect(lagGauge(60, 5)).toMatchObject({ position: 1, offScale: true, zone: "breach", budgetShare: 12 });
  });

  it("has no needle without a sample or with a broken budget", () => {
    expect(lagGauge(null, 5)).toMatchObject({ position: null, zone: null, budgetShare: null });
    expect(lagGauge(1, 0).position).toBeNull();
  });

  it("treats negative lag (clock skew) as zero", () => {
    expect(lagGauge(-2, 5)).toMatchObject({ position: 0, zone: "ok" });
  });
});

describe("dial geometry", () => {
  it("runs from the left end through the top to the right end", () => {
    expect(dialPoint(100, 100, 50, 0)).toEqual({ x: 50, y: 100 });
    expect(dialPoint(100, 100, 50, 0.5)).toEqual({ x: 100, y: 50 });
    expect(dialPoint(100, 100, 50, 1)).toEqual({ x: 150, y: 100 });
  });

  it("draws an arc between positions", () => {
    expect(dialArc(100, 100, 50, 0, 1)).toBe("M 50 100 A 50 50 0 0 1 150 100");
  });
});
