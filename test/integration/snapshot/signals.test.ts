import { beforeAll, describe, expect, it } from "vitest";
import { headlineStatus } from "@/lib/signals/runtime/status";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { scenarioRun, SCENARIO_NAMES, simulate, type ScenarioName, type Truth } from "@/lib/simulator";
import { DEFAULT_DURATION_SECONDS } from "@/lib/simulator/scenarios";
import { buildSnapshot } from "@/lib/catalog/build";
import type { ConflictSnapshot, Snapshot } from "@/lib/snapshot/types";
import { EmbeddedSource } from "@/lib/engine/embedded-source";

/**
 * Every simulator scenario, simulated into a workspace, evaluated by the catalog through the
 * embedded engine, and compared with the simulator's ground truth (computed from its model, never
 * from rows): lag, depth and saturation values within 5 %, races exactly, statuses equal.
 * Incidents and flips are compared in incidents.test.ts.
 */
const config = loadConfigFile("config/demo.json");
const AT = new Date("2026-11-20T12:00:00Z");
const SEED = 11;

function within(actual: number | null, expected: number | null, rel: number, abs = 1e-9, what = "") {
  expect(actual === null, `${what}: null-ness of ${actual} vs ${expected}`).toBe(expected === null);
  if (actual === null || expected === null) return;
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(Math.max(abs, rel * Math.abs(expected)));
}

async function snapshotOf(truth: Truth, workspace: Workspace): Promise<Snapshot> {
  const to = new Date(truth.range.to);
  const source = new EmbeddedSource(workspace, () => to);
  return buildSnapshot({ config, source, range: { from: new Date(truth.range.from), to } });
}

/**
 * Two documented disagreements with the simulator's conflict truth (see the helper report):
 * - it counts "depth > 0 for 15 min" as ≥ 15 samples in (to − 15 min, to), which at a minute-aligned
 *   `to` holds only 14 one-a-minute samples, so it never warns there; we warn when the run of
 *   non-zero samples began 15 min or more before asOf.
 * - it has no staleness rule, so a region whose feed reader is down shows its last (old) depth;
 *   we show no-data once the newest sample is older than 10 min (never green on stale data).
 */
function expectConflictStatus(snapshot: Snapshot, actual: ConflictSnapshot, expected: ConflictSnapshot) {
  const what = `conflicts ${expected.region} status`;
  if (actual.status === "warn" && expected.status === "ok") {
    expect(actual.depthNow ?? 0, `${what}: warn needs a non-zero depth`).toBeGreaterThan(0);
    expect(expected.depthNow ?? 0, `${what}: the truth sees a non-zero depth too`).toBeGreaterThan(0);
    return;
  }
  if (actual.status === "no-data" && expected.status !== "no-data") {
    const stale = new RegExp(`${expected.region}/${expected.container}: newest depth sample is (\\d+) s old`);
    const m = snapshot.warnings.map((w) => stale.exec(w)).find((x) => x !== null);
    expect(m, `${what}: no-data must come from a stale newest sample`).toBeTruthy();
    expect(Number(m?.[1])).toBeGreaterThan(600);
    return;
  }
  expect(actual.status, what).toBe(expected.status);
}

function compare(snapshot: Snapshot, truth: Truth) {
  for (const expected of truth.replication) {
    const what = `replication ${expected.tier} ${expected.source}->${expected.target}`;
    const actual = snapshot.replication.find((r) => r.tier === expected.tier && r.source === expected.source && r.target === expected.target);
    expect(actual, what).toBeDefined();
    if (!actual) continue;
    within(actual.lagSecondsNow, expected.lagSecondsNow, 0.05, 0.002, `${what} now`);
    within(actual.lagSecondsP99, expected.lagSecondsP99, 0.05, 0.002, `${what} p99`);
    within(actual.lagSecondsMax, expected.lagSecondsMax, 0.05, 0.002, `${what} max`);
    expect(actual.status, `${what} status`).toBe(expected.status);
    expect(actual.rangeWorst.status, `${what} rangeWorst`).toBe(expected.rangeWorst.status);
    within(actual.rangeWorst.overBudgetSeconds, expected.rangeWorst.overBudgetSeconds, 0.05, 60, `${what} over budget`);
  }
  for (const expected of truth.conflicts) {
    const actual = snapshot.conflicts.find((c) => c.region === expected.region);
    const what = `conflicts ${expected.region}`;
    expect(actual, what).toBeDefined();
    if (!actual) continue;
    within(actual.depthNow, expected.depthNow, 0.05, 0, `${what} now`);
    within(actual.depthMax, expected.depthMax, 0.05, 0, `${what} max`);
    expect(actual.growing, `${what} growing`).toBe(expected.growing);
    expectConflictStatus(snapshot, actual, expected);
    // Range verdicts do not depend on asOf alignment or staleness: equal, apart from the documented 15-min count above.
    if (!(actual.rangeWorst.status === "warn" && expected.rangeWorst.status === "ok")) expect(actual.rangeWorst.status, `${what} rangeWorst`).toBe(expected.rangeWorst.status);
  }
  for (const expected of truth.regions) {
    const actual = snapshot.regions.find((r) => r.id === expected.id);
    const what = `region ${expected.id}`;
    expect(actual, what).toBeDefined();
    if (!actual) continue;
    within(actual.cpuPercent, expected.cpuPercent, 0.05, 0.01, `${what} cpu`);
    within(actual.ruPercent, expected.ruPercent, 0.05, 0.01, `${what} RU`);
    expect(actual.throttled429 ?? 0, `${what} 429`).toBe(expected.throttled429 ?? 0);
    within(actual.survivorProjectedPercent, expected.survivorProjectedPercent, 0.05, 0.01, `${what} survivor`);
    expect(actual.survivorStatus, `${what} survivor status`).toBe(expected.survivorStatus);
    expect(actual.rangeWorst.status, `${what} rangeWorst`).toBe(expected.rangeWorst.status);
    within(actual.rangeWorst.overBudgetSeconds, expected.rangeWorst.overBudgetSeconds, 0.05, 60, `${what} time over budget`);
  }
  const satStatus = (id: string) => {
    const r = truth.regions.find((x) => x.id === id);
    return r?.status;
  };
  for (const r of snapshot.regions) {
    // The region row also folds in origin health; its saturation part is graded apart and compared whole.
    expect(r.saturationStatus, `region ${r.id} saturation status`).toBe(satStatus(r.id));
    // Origin health as known: NO DATA when Front Door's logs are silent, WARN while probe-blind (the lying probe).
    if (r.originHealthy !== false) {
      expect(r.originStatus, `region ${r.id} origin status`).toBe(truth.regions.find((x) => x.id === r.id)?.originStatus);
      expect(r.status, `region ${r.id} status`).toBe(headlineStatus([satStatus(r.id) ?? "no-data", r.originStatus]));
    }
  }
  expect(snapshot.splitBrain.races).toEqual(truth.splitBrain.races);
  expect(snapshot.splitBrain.count).toBe(truth.splitBrain.count);
  expect(snapshot.splitBrain.status).toBe(truth.splitBrain.status);
  expect(snapshot.splitBrain.rangeWorst).toEqual(truth.splitBrain.rangeWorst);

  const a = snapshot.availability;
  const t = truth.availability;
  // Long windows come from per-minute metrics (exact counts); short ones from the sampled access log.
  within(a.sli, t.sli, 0, 2e-5, "sli");
  within(a.errorBudgetRemainingRatio, t.errorBudgetRemainingRatio, 0.05, 0.05, "budget");
  expect(Math.abs((a.downtimeMinutes ?? -99) - (t.downtimeMinutes ?? 0)), "downtime minutes").toBeLessThanOrEqual(1);
  expect(a.allowedDowntimeMinutes).toBeCloseTo(t.allowedDowntimeMinutes, 6);
  expect(a.alerts.map((x) => x.rule)).toEqual(t.alerts.map((x) => x.rule));
  expect(a.status).toBe(t.status);
  expect(a.rangeWorst.status).toBe(t.rangeWorst.status);
  within(a.rangeWorst.overBudgetSeconds, t.rangeWorst.overBudgetSeconds, 0, 60, "availability down time in range");
  // No correction configured: the corrected figures are the raw ones, nothing listed.
  expect(a.corrections).toEqual(t.corrections);
  expect(a.corrected.sli).toBe(a.sli);
  // Azure's reports: exactly what the model wrote (none outside platform-outage).
  expect(snapshot.platformHealth).toEqual(truth.platformHealth);
}

describe.each(SCENARIO_NAMES.map((n) => [n]))("scenario %s, as of 15 minutes after it ends", (name) => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => {
    const workspace = new Workspace();
    truth = scenarioRun(name, { config, at: AT, hours: 2, seed: SEED, sink: workspace });
    snapshot = await snapshotOf(truth, workspace);
  });
  it("matches the simulator's truth", () => compare(snapshot, truth));
  it("carries status, data age and the KQL of every query per signal", () => {
    for (const [signal, meta] of Object.entries(snapshot.signals)) {
      expect(["ok", "warn", "breach", "no-data"], signal).toContain(meta.status);
      expect(meta.queries.length, signal).toBeGreaterThan(0);
      for (const q of meta.queries) expect(q.kql.length).toBeGreaterThan(10);
    }
    expect(snapshot.signals.replication.dataAgeSeconds).toBeLessThan(120);
  });
});

/** Mid-episode: the moments the wall must not show green. */
const MID: [ScenarioName, number][] = [
  ["lag-breach", 0.7],
  ["survivor-saturation", 0.8],
  ["conflict-backlog", 0.8],
  ["split-brain", 0.9],
  ["partition", 0.6],
];

describe.each(MID)("scenario %s, as of %s of its duration", (name, fraction) => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => {
    const workspace = new Workspace();
    const start = new Date(AT.getTime() - 3600_000);
    const to = new Date(start.getTime() + Math.round(DEFAULT_DURATION_SECONDS[name] * fraction / 60) * 60_000);
    truth = simulate({ config, scenarios: [{ name, start }], from: new Date(start.getTime() - 3600_000), to, seed: SEED, sink: workspace });
    snapshot = await snapshotOf(truth, workspace);
  });
  it("matches the simulator's truth", () => compare(snapshot, truth));
  it("is not all green", () => {
    const statuses = [...snapshot.replication, ...snapshot.conflicts, ...snapshot.regions].map((x) => x.status).concat(snapshot.splitBrain.status);
    expect(statuses.some((s) => s !== "ok")).toBe(true);
  });
});

/**
 * SIGNALS 3.1: a 24 h view holding a lag breach must show it beside the row, not only in the chart.
 * The demo's "lag-breach" burst (SQL lag to ~1.5 × its 30 s budget) twelve hours before asOf.
 */
describe("a 24 h view with a lag breach twelve hours ago", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => {
    const workspace = new Workspace();
    const to = new Date("2026-11-21T00:00:00Z");
    const from = new Date(to.getTime() - 24 * 3600_000);
    truth = simulate({ config, scenarios: [{ name: "lag-breach", start: new Date("2026-11-20T12:00:00Z") }], from, to, seed: SEED, sink: workspace });
    snapshot = await snapshotOf(truth, workspace);
  }, 300_000);

  it("says OK now and BREACH in the range, with the time over budget and the truth's words", () => {
    const breached = truth.replication.filter((r) => r.rangeWorst.status === "breach");
    expect(breached.length).toBeGreaterThan(0);
    for (const expected of breached) {
      const actual = snapshot.replication.find((r) => r.tier === expected.tier && r.source === expected.source && r.target === expected.target);
      expect(actual?.status).toBe("ok");
      expect(actual?.rangeWorst.status).toBe("breach");
      expect(actual?.lagSecondsMax ?? 0).toBeGreaterThan(expected.budgetSeconds);
      within(actual?.rangeWorst.overBudgetSeconds ?? null, expected.rangeWorst.overBudgetSeconds, 0.05, 60, "over budget");
      expect(expected.rangeWorst.overBudgetSeconds ?? 0).toBeGreaterThan(60);
      expect(actual?.rangeWorst.reason).toEqual(expected.rangeWorst.reason);
      expect(actual?.rangeWorst.reason).toMatch(/^Lag reached \d+ s in this range, over the 30 s RPO budget for /);
    }
  });
});
