import { describe, expect, it } from "vitest";
import { downsampleMax } from "@/lib/charts/downsample";

describe("downsampleMax", () => {
  const points = Array.from({ length: 10_000 }, (_, i) => ({ t: i * 1000, v: i === 4321 ? 999 : i % 7 }));

  it("returns at most maxPoints, ascending", () => {
    const out = downsampleMax(points, 800);
    expect(out.length).toBeLessThanOrEqual(800);
    expect(out.every((p, i) => i === 0 || p.t > out[i - 1].t)).toBe(true);
  });

  it("keeps the spike an average would hide", () => {
    expect(downsampleMax(points, 50).some((p) => p.v === 999)).toBe(true);
  });

  it("keeps gaps as gaps and leaves short series alone", () => {
    const gappy = Array.from({ length: 100 }, (_, i) => ({ t: i, v: i < 50 ? null : 1 }));
    const out = downsampleMax(gappy, 10);
    expect(out.slice(0, 5).every((p) => p.v === null)).toBe(true);
    expect(out.slice(5).every((p) => p.v === 1)).toBe(true);
    expect(downsampleMax(gappy.slice(0, 3), 10)).toEqual(gappy.slice(0, 3));
  });
});
