import { describe, expect, it } from "vitest";
import { evaluateDepth } from "@/lib/signals/conflicts/evaluate";

const asOf = new Date("2026-01-10T12:00:00Z");
const at = (minBefore: number) => asOf.getTime() - minBefore * 60_000;
const args = { asOf, rangeFrom: new Date(at(60)), threshold: 50, label: "uksouth/orders" };
/** One sample per minute, the last one at asOf. */
const perMinute = (depths: number[]) => depths.map((depth, i) => ({ t: at(depths.length - 1 - i), depth }));

describe("conflict-feed depth (SIGNALS 3.2)", () => {
  it("a 30-day range of 20 s samples (the companion's export interval) evaluates without overflowing the call stack", () => {
    const n = 30 * 24 * 180;
    const samples = Array.from({ length: n }, (_, i) => ({ t: asOf.getTime() - (n - 1 - i) * 20_000, depth: i === 5000 ? 80 : 0 }));
    const e = evaluateDepth(samples, { ...args, rangeFrom: new Date(asOf.getTime() - 30 * 86_400_000) });
    expect(e.depthMax).toBe(80);
    expect(e.status).toBe("ok");
    expect(e.rangeWorst.status).toBe("breach");
  });

  it("no rows → no-data; stale newest sample → no-data", () => {
    expect(evaluateDepth([], args).status).toBe("no-data");
    expect(evaluateDepth([{ t: at(12), depth: 0 }], args).status).toBe("no-data");
  });

  it("empty feed is ok and not growing", () => {
    const e = evaluateDepth(perMinute(Array(40).fill(0)), args);
    expect(e).toMatchObject({ depthNow: 0, depthMax: 0, growing: false, status: "ok" });
  });

  it("breach at the threshold", () => {
    expect(evaluateDepth(perMinute([...Array(5).fill(0), 50]), args).status).toBe("breach");
  });

  it("growing = positive slope over 15 min with depth > 0; breach once growing for 30 min", () => {
    const rising20 = perMinute([...Array(30).fill(0), ...Array.from({ length: 20 }, (_, i) => i + 1)]);
    const e20 = evaluateDepth(rising20, args);
    expect(e20.growing).toBe(true);
    expect(e20.status).toBe("warn"); // > 0 for 19 min, growing for < 30 min
    const rising40 = perMinute(Array.from({ length: 45 }, (_, i) => 1 + i * 0.5));
    expect(evaluateDepth(rising40, args)).toMatchObject({ growing: true, status: "breach" });
  });

  it("warn only after depth > 0 for 15 min", () => {
    expect(evaluateDepth(perMinute([...Array(30).fill(0), ...Array(10).fill(3)]), args).status).toBe("ok");
    expect(evaluateDepth(perMinute([...Array(10).fill(0), ...Array(16).fill(3)]), args)).toMatchObject({ status: "warn", growing: false });
  });

  it("says which rule fired: the threshold, growing for 30 min under it, above 0 for 15 min; nothing when OK or silent", () => {
    expect(evaluateDepth(perMinute([...Array(5).fill(0), 40, 50]), args).reason).toBe("At or over the threshold of 50, still growing.");
    expect(evaluateDepth(perMinute([...Array(20).fill(60), 55, 52]), args).reason).toBe("At or over the threshold of 50.");
    expect(evaluateDepth(perMinute(Array.from({ length: 45 }, (_, i) => 1 + i * 0.5)), args).reason).toBe("Growing for 30 min or more (threshold 50).");
    expect(evaluateDepth(perMinute([...Array(10).fill(0), ...Array(16).fill(1)]), args).reason).toBe("Unresolved for 15 min or more.");
    expect(evaluateDepth(perMinute([...Array(30).fill(0), ...Array(10).fill(3)]), args).reason).toBeNull();
    expect(evaluateDepth([{ t: at(12), depth: 70 }], args).reason).toBeNull();
  });

  it("depthMax only over the range", () => {
    const e = evaluateDepth([{ t: at(90), depth: 40 }, { t: at(1), depth: 2 }], args);
    expect(e.depthMax).toBe(2);
  });
});
