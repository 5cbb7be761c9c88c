import { beforeAll, expect } from "vitest";
import { buildSnapshot } from "@/lib/catalog/build";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { QueryGateway } from "@/lib/gateway/gateway";
import { periodIncidents } from "@/lib/review/incidents";
import { headlineStatus } from "@/lib/signals/runtime/status";
import { simulate, type ScenarioPlacement, type Truth } from "@/lib/simulator";
import type { IncidentSnapshot, Snapshot, Status } from "@/lib/snapshot/types";
import type { DashboardConfig } from "@/lib/config/schema";
import type { LogsSource } from "@/lib/workspace/types";
import { lastClosedIncident, openIncident } from "@/lib/wall/incidents";

/**
 * A reconstruction: scenarios placed on the demo deployment (UK South and West Europe, 30 s probes
 * 3 of 4, RTO budget 5 min, RPO 5 s Cosmos / 30 s SQL), simulated, and read on every surface that
 * reports them: the snapshot's rows and statuses, the wall model's tiles, the incident list and the
 * review's incidents; each compared with the simulator's truth (computed from its model, never from rows).
 */
export const config = loadConfigFile("config/demo.json");
export const FROM = Date.parse("2026-11-20T12:00:00Z");
export const SEED = 42;
export const PROBE_MS = config.frontDoor.probeIntervalSeconds * 1000;
export const min = (m: number) => FROM + m * 60_000;

export interface View {
  truth: Truth;
  snapshot: Snapshot;
  review: IncidentSnapshot[];
  /** The workspace behind the view, for the review's other parts (a period's verdict, attribution). */
  source: LogsSource;
  /** The simulated tables themselves, for what reads them outside a source (alert rules replayed as Azure runs them). */
  workspace: Workspace;
}

export interface Placed {
  name: ScenarioPlacement["name"];
  /** Minutes after the dataset begins (two hours of history before the first event keeps burn windows whole). */
  at: number;
  minutes: number;
  region?: string;
  errorRatio?: number;
  dependency?: ScenarioPlacement["dependency"];
}

/** The three-region deployment (UK South, West Europe, North Europe; Cosmos pairs in all six directions). */
export const threeRegions = loadConfigFile("test/fixtures/three-regions.json");

/**
 * `from`: when the dataset begins (default FROM); a reconstruction at a calendar boundary moves it.
 * `deployment`: the configuration (default the demo's two regions).
 */
export async function reconstruct(placed: readonly Placed[], asOfMinute: number, from = FROM, deployment: DashboardConfig = config): Promise<View> {
  const at = (m: number) => new Date(from + m * 60_000);
  const scenarios: ScenarioPlacement[] = placed.map((p) => ({ name: p.name, start: at(p.at), durationSeconds: p.minutes * 60, region: p.region, errorRatio: p.errorRatio, dependency: p.dependency }));
  const to = at(asOfMinute);
  const workspace = new Workspace();
  const truth = simulate({ config: deployment, scenarios, from: new Date(from), to, seed: SEED, sink: workspace });
  const source = new QueryGateway(new EmbeddedSource(workspace, () => to));
  const snapshot = await buildSnapshot({ config: deployment, source, range: { from: new Date(from), to } });
  const review = (await periodIncidents({ config: deployment, source, from: new Date(from), to })).incidents;
  return { truth, snapshot, review, source, workspace };
}

export function wallOf(view: View) {
  const wall = view.snapshot.wall;
  if (!wall) throw new Error("the snapshot has no wall model");
  return wall;
}

/** The view of a reconstruction, built once before the describe's tests. */
export function reconstructed(placed: readonly Placed[], asOfMinute: number): () => View {
  let view: View | undefined;
  beforeAll(async () => {
    view = await reconstruct(placed, asOfMinute);
  });
  return () => {
    if (!view) throw new Error("the reconstruction did not run");
    return view;
  };
}

/** Views of one reconstruction at several stages (minutes after the dataset begins), built once before the describe's tests. */
export function reconstructedAt(placed: readonly Placed[], asOfMinutes: readonly number[], from = FROM, deployment: DashboardConfig = config): () => View[] {
  let views: View[] | undefined;
  beforeAll(async () => {
    views = [];
    for (const at of asOfMinutes) views.push(await reconstruct(placed, at, from, deployment));
  });
  return () => {
    if (!views) throw new Error("the reconstruction did not run");
    return views;
  };
}

export const near = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Math.abs(Date.parse(a) - Date.parse(b)) <= PROBE_MS);

/** The incident list, the review and the truth: same incidents, same verdicts, same words. */
export function expectIncidentsTrue(view: View) {
  const { truth, snapshot, review } = view;
  expect(snapshot.incidents.length, "incidents in the list").toBe(truth.incidents.length);
  expect(review.length, "incidents in the review").toBe(truth.incidents.length);
  truth.incidents.forEach((expected, i) => {
    for (const [where, shown] of [
      ["list", snapshot.incidents[i]],
      ["review", review[i]],
    ] as const) {
      const what = `${where}: ${expected.region} incident at ${expected.start}`;
      expect([shown.region, shown.kind], what).toEqual([expected.region, expected.kind]);
      expect(near(shown.start, expected.start), `${what} start ${shown.start}`).toBe(true);
      expect(near(shown.recoveredAt, expected.recoveredAt), `${what} recovered ${shown.recoveredAt} vs ${expected.recoveredAt}`).toBe(true);
      expect(Math.abs(shown.elapsedSeconds - expected.elapsedSeconds), `${what} elapsed`).toBeLessThanOrEqual(PROBE_MS / 1000);
      expect(shown.rpoTiers, `${what} RPO tiers`).toEqual(expected.rpoTiers);
      expect([shown.rtoStatus, shown.rpoStatus, shown.survivor.status, shown.status], `${what} statuses`).toEqual([
        expected.rtoStatus,
        expected.rpoStatus,
        expected.survivor.status,
        expected.status,
      ]);
      expect([shown.survivor.region, shown.survivor.ranOut, shown.survivor.downToo, shown.survivor.stillCarrying], `${what} survivor`).toEqual([
        expected.survivor.region,
        expected.survivor.ranOut,
        expected.survivor.downToo,
        expected.survivor.stillCarrying,
      ]);
      expect(shown.reasons, `${what} reasons`).toEqual(expected.reasons);
      // A non-ok verdict always says why; an OK one says nothing.
      expect(shown.reasons.length > 0, `${what} has reasons iff not ok`).toBe(shown.status !== "ok");
    }
  });
}

/** The wall's tiles against what the truth implies (SIGNALS: one status, travelling in the snapshot). */
export function expectWallTrue(view: View) {
  const { truth } = view;
  const wall = wallOf(view);
  const regionStatus = (r: Truth["regions"][number]): Status => headlineStatus([r.saturationStatus, r.originStatus]);
  expect(wall.tiles.regions.status, "wall regions tile").toBe(headlineStatus(truth.regions.map(regionStatus)));
  const closed = lastClosedIncident(truth.incidents);
  const open = openIncident(truth.incidents);
  // A region the truth grades probe-blind now (requests failing, probes passing, not evicted) is a failover
  // that did not happen: the failover tile warns over its last incident or its quiet week. Unless the
  // blind span ran into a failover of that region (a slow death; a lying probe drained by hand): that one happened.
  const ledToFailover = (r: Truth["regions"][number]) => {
    const span = truth.probeBlind.filter((s) => s.region === r.id).at(-1);
    return span !== undefined && truth.incidents.some((i) => i.region === r.id && Date.parse(i.start) <= Date.parse(span.to) + PROBE_MS && Date.parse(i.evictedAt ?? truth.asOf) >= Date.parse(span.from));
  };
  const missed = truth.regions.some((r) => r.originStatus === "warn" && r.originReason?.startsWith("Probe-blind") && r.originHealthy !== false && r.id !== open?.region && !ledToFailover(r));
  // While a failover runs the tile takes the worse of it and the last finished one: that one's RTO alone read as "recovered".
  expect(wall.tiles.incident.status, "wall last-failover tile").toBe(headlineStatus([closed?.status ?? "ok", ...(open ? [open.status] : []), ...(missed ? (["warn"] as const) : [])]));
  if (open) expect(wall.status, "wall header during an open incident").toBe("breach");
  // The saturation tile: every region's saturation and survivor grade, but a region Front Door evicted is
  // silent because it serves nothing; its silence must not grey the tile over the survivor carrying its load.
  const graded = truth.regions.filter((r) => !(r.originHealthy === false && r.saturationStatus === "no-data"));
  expect(wall.tiles.saturation.status, "wall saturation tile").toBe(headlineStatus([...graded.map((r) => r.saturationStatus), ...truth.regions.map((r) => r.survivorStatus)]));
  expect(wall.tiles.splitBrain.status, "wall split-brain tile").toBe(truth.splitBrain.status);
  expect(wall.tiles.availability.status, "wall availability tile").toBe(truth.availability.status);
}

export function expectRegionsTrue(view: View) {
  for (const expected of view.truth.regions) {
    const shown = view.snapshot.regions.find((r) => r.id === expected.id);
    expect([shown?.originStatus, shown?.originReason], `${expected.id} origin`).toEqual([expected.originStatus, expected.originReason]);
    expect([shown?.saturationStatus, shown?.saturationRule, shown?.saturationReason], `${expected.id} saturation`).toEqual([expected.saturationStatus, expected.saturationRule, expected.saturationReason]);
    expect(shown?.rangeWorst.status, `${expected.id} worst in range`).toBe(expected.rangeWorst.status);
    expect(shown?.rangeWorst.reason, `${expected.id} worst in range, why`).toBe(expected.rangeWorst.reason);
  }
}

export function expectAllTrue(view: View) {
  expectIncidentsTrue(view);
  expectWallTrue(view);
  expectRegionsTrue(view);
}
