import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { QueryGateway } from "@/lib/gateway/gateway";
import { periodIncidents } from "@/lib/review/incidents";
import type { IncidentRow } from "@/lib/review/types";
import { simulate, type Truth } from "@/lib/simulator";
import { demoPlacements } from "@/lib/simulator/demo";
import { EmbeddedSource } from "@/lib/engine/embedded-source";

/**
 * Regression: the live demo's review showed the drill's Cosmos RPO as "no sample". The demo drill
 * starts on a whole minute and the region keeps replicating during a drill; the app's gateway snaps
 * the incident's lag window (which ended 1 ms after the start) up to the next minute, so `top 1` picked
 * a sample after the start and the "at or before start" check discarded it. Runs the demo month's
 * schedule around its drill through the same gateway the app uses, against the simulator's truth.
 */
const config = loadConfigFile("config/demo.json");
const SEED = config.embedded?.seed ?? 42;
const ANCHOR = new Date("2026-11-20T12:00:00Z");
const placements = demoPlacements(config, ANCHOR, SEED);
const drillPlacement = placements.find((p) => p.name === "drill");
if (!drillPlacement) throw new Error("the demo schedule has no drill");
const FROM = new Date(drillPlacement.start.getTime() - 2 * 3600_000);
const TO = new Date(drillPlacement.start.getTime() + 2 * 3600_000);

let truth: Truth;
let drill: IncidentRow;

beforeAll(async () => {
  const workspace = new Workspace();
  truth = simulate({ config, scenarios: placements, from: FROM, to: TO, seed: SEED, sink: workspace });
  const source = new QueryGateway(new EmbeddedSource(workspace, () => TO));
  const { incidents } = await periodIncidents({ config, source, from: FROM, to: TO });
  const found = incidents.find((i) => i.kind === "drill");
  if (!found) throw new Error(`no drill among ${incidents.length} incidents`);
  drill = found;
}, 600_000);

describe("the demo month's drill in the review", () => {
  it("starts on a whole minute (the case the snapped window broke)", () => {
    expect(Date.parse(drill.start) % 60_000).toBe(0);
  });

  it("reports the Cosmos RPO as the last lag sample at or before the start, equal to the simulator's truth", () => {
    const truthDrill = truth.incidents.find((i) => i.kind === "drill");
    expect(truthDrill?.start).toBe(drill.start);
    const cosmos = drill.rpoTiers?.find((t) => t.tier === "cosmos");
    expect(cosmos?.lagSeconds).not.toBeNull();
    expect(cosmos?.lagSeconds).toBe(truthDrill?.rpoTiers?.find((t) => t.tier === "cosmos")?.lagSeconds);
    expect(drill.rpoSeconds).toBe(truthDrill?.rpoSeconds);
    expect(drill.rpoStatus).toBe("ok");
  });
});
