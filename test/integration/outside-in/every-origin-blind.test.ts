import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { simulate, type ScenarioName, type Truth } from "@/lib/simulator";
import { buildSnapshot } from "@/lib/catalog/build";
import type { Snapshot } from "@/lib/snapshot/types";
import { EmbeddedSource } from "@/lib/engine/embedded-source";

/**
 * A Front Door outage charges the edge's errors to every origin, so every origin reads probe-blind at
 * once (docs/signals.md "Every origin probe-blind"). The region rows, the origin-health signal's reason
 * and the wall's Regions tile keep the WARN but must point at Front Door, as the outside-in verdict does,
 * never accuse each origin; a single lying probe still accuses its origin. Compared with the simulator's
 * truth, which finds the shared stretch from the model's own bins.
 */
const config = loadConfigFile("config/demo.json");
const START = new Date("2026-11-20T11:00:00Z");

async function run(name: ScenarioName, minutesIn: number): Promise<{ truth: Truth; snapshot: Snapshot }> {
  const workspace = new Workspace();
  const to = new Date(START.getTime() + minutesIn * 60_000);
  const truth = simulate({ config, scenarios: [{ name, start: START }], from: new Date(START.getTime() - 3600_000), to, seed: 5, sink: workspace });
  const snapshot = await buildSnapshot({ config, source: new EmbeddedSource(workspace, () => to), range: { from: new Date(truth.range.from), to } });
  return { truth, snapshot };
}

const ORIGIN_LIES = /its requests failed while Front Door's probes passed it/;

describe("Front Door fails: every origin probe-blind at once", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => ({ truth, snapshot } = await run("frontdoor-outage", 12)), 120_000);

  it("finds every origin's blindness shared, as the truth does, over the same minutes", () => {
    expect(truth.probeBlind.map((s) => s.region).sort()).toEqual(config.regions.map((r) => r.id).sort());
    expect(truth.probeBlind.every((s) => s.everyOrigin !== null)).toBe(true);
    const byOrigin = (list: Snapshot["probeBlind"]) => [...list].sort((a, b) => a.origin.localeCompare(b.origin));
    expect(byOrigin(snapshot.probeBlind)).toEqual(byOrigin(truth.probeBlind));
  });

  it("keeps each region's origin WARN (the spec's status) with the truth's words, which blame Front Door, not the origin", () => {
    for (const expected of truth.regions) {
      const actual = snapshot.regions.find((r) => r.id === expected.id);
      expect(actual?.originStatus, expected.id).toBe("warn");
      expect(expected.originStatus, expected.id).toBe("warn");
      expect(actual?.originReason, expected.id).toBe(expected.originReason);
      expect(actual?.originReason, expected.id).toMatch(/^Every origin probe-blind at once since 11:00 UTC: likely Front Door failing, not the origins\.$/);
      expect(actual?.originReason, expected.id).not.toMatch(ORIGIN_LIES);
      expect(actual?.rangeWorst.reason, expected.id).toBe(expected.rangeWorst.reason);
      expect(actual?.rangeWorst.reason, expected.id).toMatch(/on every origin at once: likely Front Door failing/);
    }
  });

  it("gives the origin-health signal the same reason, beside the outside-in verdict that says Front Door", () => {
    expect(snapshot.signals.originHealth?.status).toBe("warn");
    expect(snapshot.signals.originHealth?.reason).toBe(truth.regions[0].originReason);
    expect(snapshot.outsideIn.verdict.kind).toBe("frontdoor-failing");
  });

  it("says it once on the wall's Regions tile, naming no region", () => {
    const tile = snapshot.wall?.tiles.regions;
    expect(tile?.status).toBe("warn");
    expect(tile?.reason).toBe(truth.regions[0].originReason);
  });
});

describe("one lying origin (lying-probe) still reads as that origin's fault", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => ({ truth, snapshot } = await run("lying-probe", 15)), 120_000);

  it("shares nothing, and the row, its range and the wall accuse the origin, as before", () => {
    expect(truth.probeBlind).toHaveLength(1);
    expect(truth.probeBlind[0].everyOrigin).toBeNull();
    expect(snapshot.probeBlind.map((s) => s.everyOrigin)).toEqual([null]);
    const uk = snapshot.regions.find((r) => r.id === truth.probeBlind[0].region);
    expect(uk?.originReason).toBe(truth.regions.find((r) => r.id === uk?.id)?.originReason);
    expect(uk?.originReason).toBe("Probe-blind 11:00–11:15 UTC (ongoing): its requests failed while Front Door's probes passed it.");
    expect(uk?.rangeWorst.reason).toBe(truth.regions.find((r) => r.id === uk?.id)?.rangeWorst.reason);
    expect(snapshot.signals.originHealth?.status).toBe("warn");
    expect(snapshot.signals.originHealth?.reason).toBeUndefined();
    expect(snapshot.wall?.tiles.regions.reason).toBe(`UK South: ${uk?.originReason}`);
  });
});
