import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { lagReason } from "@/lib/format/reasons";
import { replicationLag } from "@/lib/signals/replication-lag";
import type { ReplicationSnapshot } from "@/lib/snapshot/types";

/**
 * Seed 001, game-day #3: UK South failed in a write burst with SQL 33 s behind. The wall's lag tile
 * went on saying "at risk if UK South fails" while UK South was down (its last lag sample stands for
 * 10 min). With the source's origin UNHEALTHY the pair says it is down with those writes.
 */
const config = loadConfigFile("config/demo.json");
const pair = (overrides: Partial<ReplicationSnapshot> = {}): ReplicationSnapshot => ({
  source: "uksouth",
  target: "westeurope",
  tier: "sql",
  lagSecondsNow: 33,
  lagSecondsP99: 33,
  lagSecondsMax: 33,
  budgetSeconds: 30,
  status: "breach",
  reason: "33 s of UK South's writes not yet in West Europe (RPO budget 30 s): at risk if UK South fails.",
  rangeWorst: { status: "breach", overBudgetSeconds: 60, reason: null },
  ...overrides,
});
const health = (downIds: string[]) => ({ regions: config.regions.map((r) => ({ id: r.id, originHealthy: !downIds.includes(r.id) })) });
const project = (pairs: ReplicationSnapshot[], downIds: string[] | null, region?: string) =>
  replicationLag.project(pairs, { config, region, valueOf: (key: string) => (key === "originHealth" && downIds ? health(downIds) : null) }).replication;

describe("replication pair whose source region is down", () => {
  it("says the source is down with its unreplicated writes, lost unless it comes back", () => {
    const base = { source: "UK South", target: "West Europe", budgetSeconds: 30, nowSeconds: 33, recentMaxSeconds: 33 };
    expect(lagReason({ ...base, status: "breach", sourceDown: true })).toBe("UK South is down with 33 s of its writes not yet in West Europe (RPO budget 30 s): lost unless UK South comes back.");
    expect(lagReason({ ...base, status: "breach", sourceDown: false })).toBe("33 s of UK South's writes not yet in West Europe (RPO budget 30 s): at risk if UK South fails.");
  });

  it("the snapshot rows take it from origin health: only the breaching pairs out of the down region", () => {
    const rows = [pair(), pair({ source: "westeurope", target: "uksouth" }), pair({ tier: "cosmos", status: "ok", reason: null, lagSecondsNow: 1, budgetSeconds: 5 })];
    const shown = project(rows, ["uksouth"]);
    expect(shown?.map((p) => p.reason)).toEqual(["UK South is down with 33 s of its writes not yet in West Europe (RPO budget 30 s): lost unless UK South comes back.", rows[1].reason, null]);
    expect(shown?.map((p) => p.status)).toEqual(["breach", "breach", "ok"]);
    // Origin health unknown (no value) or every origin healthy: the words stay "at risk if … fails".
    expect(project(rows, null)?.[0].reason).toBe(rows[0].reason);
    expect(project(rows, [])?.[0].reason).toBe(rows[0].reason);
    // The region filter still narrows the rows.
    expect(project(rows, ["uksouth"], "uksouth")?.length).toBe(3);
  });

  it("a silent pair to or from a down region says why it is silent; other silent pairs say nothing", () => {
    const silent = (source: string, target: string) => pair({ source, target, tier: "cosmos", status: "no-data", reason: null, lagSecondsNow: null, budgetSeconds: 5 });
    const rows = [silent("uksouth", "northeurope"), silent("northeurope", "uksouth"), silent("westeurope", "northeurope")];
    const three = loadConfigFile("test/fixtures/three-regions.json");
    const shown = replicationLag.project(rows, { config: three, valueOf: (key: string) => (key === "originHealth" ? { regions: three.regions.map((r) => ({ id: r.id, originHealthy: r.id !== "uksouth" })) } : null) }).replication;
    expect(shown?.map((p) => [p.status, p.reason])).toEqual([
      ["no-data", "No lag sample: UK South is down (expected while it is, not zero lag)."],
      ["no-data", "No lag sample: UK South is down (expected while it is, not zero lag)."],
      // West Europe and North Europe are both up: a silent pair between them is a real gap, nothing to excuse it.
      ["no-data", null],
    ]);
  });
});
