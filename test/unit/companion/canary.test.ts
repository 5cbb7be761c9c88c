import { describe, expect, it } from "vitest";
import { LagCanary, type LagDirection } from "@/companion/canary";
import { InMemoryCosmos } from "@/companion/cosmos/in-memory";
import type { RegionEndpoint } from "@/companion/cosmos/types";

const A_TO_B: LagDirection = { sourceCosmos: "A", targetCosmos: "B", sourceValue: "a", targetValue: "b", metricName: "replication_lag_ms" };
const B_TO_A: LagDirection = { sourceCosmos: "B", targetCosmos: "A", sourceValue: "b", targetValue: "a", metricName: "replication_lag_ms" };

async function setup(
  configure: (c: InMemoryCosmos) => void,
  options: Partial<ConstructorParameters<typeof LagCanary>[2]> = {},
  directions: LagDirection[] = [A_TO_B, B_TO_A],
) {
  const cosmos = new InMemoryCosmos(["A", "B"]);
  configure(cosmos);
  const endpoints = new Map<string, RegionEndpoint>((await cosmos.regions()).map((r) => [r.cosmosRegion, r]));
  const problems: string[] = [];
  const canary = new LagCanary(endpoints, directions, {
    instance: "t",
    pollMs: 5,
    maxWaitMs: 2000,
    maxThrottledAttempts: 3,
    onProblem: (m) => problems.push(m),
    ...options,
  });
  return { cosmos, canary, problems };
}

describe("LagCanary", () => {
  it("measures each direction on its own (lag is not symmetric)", async () => {
    const { canary } = await setup((c) => {
      c.setDelay("A", "B", 120);
      c.setDelay("B", "A", 40);
    });
    const samples = await canary.round();
    const ab = samples.find((s) => s.direction === A_TO_B);
    const ba = samples.find((s) => s.direction === B_TO_A);
    expect(ab?.bound).toBe("estimate");
    expect(Math.abs((ab?.lagMs ?? 0) - 120)).toBeLessThan(30);
    expect(Math.abs((ba?.lagMs ?? 0) - 40)).toBeLessThan(30);
  });

  it("waits out 429s on the write and still measures", async () => {
    const { canary, cosmos } = await setup((c) => {
      c.setDelay("A", "B", 60);
      c.throttle("A", 2, 10);
    }, {}, [A_TO_B]);
    const samples = await canary.round();
    expect(cosmos.calls.get("A:upsert")).toBe(3);
    expect(Math.abs((samples.find((s) => s.direction === A_TO_B)?.lagMs ?? 0) - 60)).toBeLessThan(30);
  });

  it("gives up on a region that keeps throttling: no sample, a problem said", async () => {
    const { canary, problems } = await setup((c) => c.throttle("A", 10, 1), { maxThrottledAttempts: 2 });
    const samples = await canary.round();
    expect(samples.filter((s) => s.direction.sourceCosmos === "A")).toEqual([]);
    expect(problems.join("\n")).toContain("write A");
  });

  it("a target that answers but has not caught up yields a lower bound, not silence", async () => {
    const { canary } = await setup((c) => c.setDelay("A", "B", 60_000), { maxWaitMs: 150 });
    const ab = (await canary.round()).find((s) => s.direction === A_TO_B);
    expect(ab?.bound).toBe("lower");
    expect(ab?.lagMs).toBeGreaterThan(100);
    expect(ab?.lagMs).toBeLessThanOrEqual(150);
  });

  it("a region that is down yields no sample in either direction, never a zero", async () => {
    const { canary, problems } = await setup((c) => c.setDown("B", true), { maxWaitMs: 100 });
    expect(await canary.round()).toEqual([]);
    expect(problems.some((p) => p.includes("B"))).toBe(true);
  });

  it("refuses a direction whose region the account does not have", async () => {
    const cosmos = new InMemoryCosmos(["A"]);
    const endpoints = new Map((await cosmos.regions()).map((r) => [r.cosmosRegion, r]));
    expect(() => new LagCanary(endpoints, [A_TO_B], { instance: "t", pollMs: 5, maxWaitMs: 10, maxThrottledAttempts: 1 })).toThrow(/no readable region "B"/);
  });
});
