import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { simulate, type ScenarioName } from "@/lib/simulator";
import { buildSnapshot } from "@/lib/catalog/build";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import type { Snapshot } from "@/lib/snapshot/types";

/** Where the browser tests' scenarios begin (2026-11-20 11:00 UTC). */
export const SCENARIO_START = new Date("2026-11-20T11:00:00Z");

/**
 * The catalog's own snapshot (wall model included, as the server builds it) of the demo
 * configuration's (or `configFile`'s) deployment `minutesIn` into a simulated scenario, over the last hour: what a test
 * serves in place of /api/snapshot, so the words on screen are lib's, from data.
 */
export async function scenarioSnapshot(name: ScenarioName, minutesIn: number, configFile = "config/demo.json"): Promise<Snapshot> {
  const config = loadConfigFile(configFile);
  const to = new Date(SCENARIO_START.getTime() + minutesIn * 60_000);
  const workspace = new Workspace();
  simulate({ config, scenarios: [{ name, start: SCENARIO_START }], from: new Date(SCENARIO_START.getTime() - 3600_000), to, seed: 5, sink: workspace });
  return buildSnapshot({ config, source: new EmbeddedSource(workspace, () => to), range: { from: new Date(to.getTime() - 3600_000), to } });
}
