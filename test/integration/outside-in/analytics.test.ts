import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { simulate, type ScenarioPlacement, type Truth } from "@/lib/simulator";
import { buildSnapshot } from "@/lib/catalog/build";
import type { Snapshot } from "@/lib/snapshot/types";
import { EmbeddedSource } from "@/lib/engine/embedded-source";

/**
 * Incident analytics against the simulator's truth: time to detect and failback within one probe
 * interval, mean time between incidents and last-tested age exact.
 */
const config = loadConfigFile("config/demo.json");
const PROBE_MS = config.frontDoor.probeIntervalSeconds * 1000;
const SEED = 9;

async function run(scenarios: ScenarioPlacement[], from: Date, to: Date, rangeFrom = from): Promise<{ truth: Truth; snapshot: Snapshot }> {
  const workspace = new Workspace();
  const truth = simulate({ config, scenarios, from, to, seed: SEED, sink: workspace });
  const source = new EmbeddedSource(workspace, () => to);
  const snapshot = await buildSnapshot({ config, source, range: { from: rangeFrom, to } });
  return { truth, snapshot };
}

function expectAnalytics(snapshot: Snapshot, truth: Truth) {
  expect(truth.incidents.length).toBeGreaterThan(0);
  for (const expected of truth.incidents) {
    const actual = snapshot.incidents.find((i) => i.region === expected.region && Math.abs(Date.parse(i.start) - Date.parse(expected.start)) <= PROBE_MS);
    expect(actual, `incident ${expected.region} ${expected.start}`).toBeDefined();
    if (!actual) continue;
    const what = `${expected.kind} ${expected.region}`;
    expect(actual.timeToDetectSeconds, `${what} TTD`).not.toBeNull();
    expect(Math.abs((actual.timeToDetectSeconds ?? 0) - (expected.timeToDetectSeconds ?? 0)) * 1000, `${what} TTD ${actual.timeToDetectSeconds} vs ${expected.timeToDetectSeconds}`).toBeLessThanOrEqual(PROBE_MS);
    expect(Math.abs(Date.parse(actual.detectedAt ?? "") - Date.parse(expected.detectedAt ?? "")), `${what} detectedAt`).toBeLessThanOrEqual(PROBE_MS);
    expect(actual.readmittedAt, `${what} readmitted`).toBe(expected.readmittedAt);
    expect(expected.failbackSeconds, `${what} truth failback`).not.toBeNull();
    expect(Math.abs((actual.failbackSeconds ?? -1e9) - (expected.failbackSeconds ?? 0)) * 1000, `${what} failback ${actual.failbackSeconds} vs ${expected.failbackSeconds}`).toBeLessThanOrEqual(PROBE_MS);
  }
}

describe("a real outage: time to detect and failback", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  const start = new Date("2026-11-20T11:00:00Z");
  beforeAll(async () => ({ truth, snapshot } = await run([{ name: "region-outage", start }], new Date("2026-11-20T09:30:00Z"), new Date("2026-11-20T12:00:00Z"))), 180_000);
  it("measures both within one probe interval of the truth", () => expectAnalytics(snapshot, truth));
  it("detects before the RTO ends and says by what", () => {
    const i = snapshot.incidents[0];
    expect(i.detectedBy === "flip" || i.detectedBy === "burn-alert").toBe(true);
    expect(i.timeToDetectSeconds ?? 1e9).toBeLessThan(i.rtoSeconds ?? 0);
  });
  it("counts one real incident for the region: MTBI is the range over it", () => {
    const uk = snapshot.incidentAnalytics.regions.find((r) => r.region === "uksouth");
    expect(uk?.realIncidents).toBe(1);
    expect(uk?.mtbiSeconds).toBe(2.5 * 3600);
    expect(snapshot.incidentAnalytics.regions).toEqual(expect.arrayContaining(truth.incidentAnalytics.regions.map((r) => expect.objectContaining({ region: r.region, realIncidents: r.realIncidents, mtbiSeconds: r.mtbiSeconds }))));
  });
});

describe("a drill: time to detect, failback and last tested", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => ({ truth, snapshot } = await run([{ name: "drill", start: new Date("2026-11-20T11:00:00Z") }], new Date("2026-11-20T09:30:00Z"), new Date("2026-11-20T12:00:00Z"))), 180_000);
  it("measures both within one probe interval of the truth", () => expectAnalytics(snapshot, truth));
  it("is no real incident: MTBI stays empty", () => {
    expect(snapshot.incidentAnalytics.regions.every((r) => r.realIncidents === 0 && r.mtbiSeconds === null)).toBe(true);
  });
});

describe("last tested: days since the last drill, exact, warning past the configured age", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  // A drill 2 days 3 hours before the moment shown; the range is only the last hour.
  const to = new Date("2026-11-22T14:00:00Z");
  beforeAll(
    async () => ({ truth, snapshot } = await run([{ name: "drill", start: new Date("2026-11-20T10:48:00Z") }], new Date("2026-11-20T10:00:00Z"), to, new Date(to.getTime() - 3600_000))),
    180_000,
  );
  it("gives the drilled region its exact age and the other region a warning", () => {
    const we = snapshot.incidentAnalytics.regions.find((r) => r.region === "westeurope");
    const expected = truth.incidentAnalytics.regions.find((r) => r.region === "westeurope");
    expect(expected?.lastDrillAt).toBe(truth.simulator.events.drillMarkers[0].end);
    expect(we?.lastDrillAt).toBe(new Date(expected?.lastDrillAt ?? "").toISOString());
    expect(we?.lastTestedDays).toBe(expected?.lastTestedDays);
    expect(we?.testedStatus).toBe("ok");
    const uk = snapshot.incidentAnalytics.regions.find((r) => r.region === "uksouth");
    expect(uk?.lastTestedDays).toBeNull();
    expect(uk?.testedStatus).toBe("warn");
    expect(uk?.reason).toBe("UK South: no failover drill in the last 180 days; recovery untested (limit 90 days).");
  });
  it("warns once the drill is older than budgets.drillMaxAgeDays", async () => {
    const strict = { ...config, budgets: { ...config.budgets, drillMaxAgeDays: 2 } };
    const workspace = new Workspace();
    simulate({ config: strict, scenarios: [{ name: "drill", start: new Date("2026-11-20T10:48:00Z") }], from: new Date("2026-11-20T10:00:00Z"), to, seed: SEED, sink: workspace });
    const s = await buildSnapshot({ config: strict, source: new EmbeddedSource(workspace, () => to), range: { from: new Date(to.getTime() - 3600_000), to } });
    const we = s.incidentAnalytics.regions.find((r) => r.region === "westeurope");
    expect(we?.testedStatus).toBe("warn");
    expect(we?.reason).toBe("West Europe: last failover drill 2 days ago, over the 2-day limit.");
  }, 180_000);
});
