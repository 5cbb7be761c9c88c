import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { incidentsSignal, type IncidentsValue } from "@/lib/signals/incidents";
import { originHealthSignal, type OriginHealthValue } from "@/lib/signals/origin-health";
import { createSignalContext } from "@/lib/signals/runtime/context";
import type { SignalOutput } from "@/lib/signals/runtime/types";
import { scenarioRun, simulate, type Truth } from "@/lib/simulator";
import type { IncidentSnapshot } from "@/lib/snapshot/types";
import { EmbeddedSource } from "@/lib/engine/embedded-source";

/**
 * The origin-health and incident signals, run through the embedded engine over simulated rows,
 * against the simulator's ground truth (computed from its model, never from the rows).
 */
const config = loadConfigFile("config/demo.json");
const AT = new Date("2026-11-20T15:00:00Z");
const PROBE_MS = config.frontDoor.probeIntervalSeconds * 1000;

interface Run {
  truth: Truth;
  health: SignalOutput<OriginHealthValue>;
  incidents: SignalOutput<IncidentsValue>;
}

async function runScenario(name: string): Promise<Run> {
  const workspace = new Workspace();
  const truth = scenarioRun(name, { config, at: AT, hours: 1, seed: 7, sink: workspace });
  return evaluate(workspace, truth);
}

async function evaluate(workspace: Workspace, truth: Truth): Promise<Run> {
  const asOf = new Date(truth.asOf);
  const source = new EmbeddedSource(workspace, () => asOf);
  const ctx = createSignalContext({ config, source, range: { from: new Date(truth.range.from), to: asOf } });
  const health = await originHealthSignal.run(ctx);
  const incidents = await incidentsSignal.run(ctx);
  return { truth, health, incidents };
}

const ms = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso));

function expectWithinProbe(actual: string | null, expected: string | null) {
  expect(actual === null, `null-ness of ${actual} vs ${expected}`).toBe(expected === null);
  if (actual !== null && expected !== null) expect(Math.abs(ms(actual) - ms(expected))).toBeLessThanOrEqual(PROBE_MS);
}

function expectIncidentMatches(actual: IncidentSnapshot, expected: IncidentSnapshot) {
  expect(actual.region).toBe(expected.region);
  expect(actual.kind).toBe(expected.kind);
  expectWithinProbe(actual.start, expected.start);
  expectWithinProbe(actual.evictedAt, expected.evictedAt);
}

function expectRecoveryMatches(actual: IncidentSnapshot, expected: IncidentSnapshot) {
  expectWithinProbe(actual.recoveredAt, expected.recoveredAt);
  expect(actual.rtoSeconds).not.toBeNull();
  expect(Math.abs((actual.rtoSeconds ?? 0) - (expected.rtoSeconds ?? 0))).toBeLessThanOrEqual(0.1 * (expected.rtoSeconds ?? 0));
  expect(actual.elapsedSeconds).toBe(actual.rtoSeconds);
  expect(actual.rpoSeconds).toBe(expected.rpoSeconds);
  expect(actual.rpoTiers).toEqual(expected.rpoTiers);
  expectVerdictMatches(actual, expected);
}

/** SIGNALS 3.4: status = worst of RTO, RPO and survivor, with the same reasons (words) as the truth. */
function expectVerdictMatches(actual: IncidentSnapshot, expected: IncidentSnapshot) {
  expect([actual.rtoStatus, actual.rpoStatus, actual.survivor.status, actual.status]).toEqual([expected.rtoStatus, expected.rpoStatus, expected.survivor.status, expected.status]);
  expect([actual.survivor.region, actual.survivor.ranOut, actual.survivor.throttled429]).toEqual([expected.survivor.region, expected.survivor.ranOut, expected.survivor.throttled429]);
  expect(Math.abs((actual.survivor.peakPercent ?? -1) - (expected.survivor.peakPercent ?? 0))).toBeLessThanOrEqual(0.5);
  expect(actual.reasons).toEqual(expected.reasons);
}

// survivor-saturation: the survivor fails 0.4 % of requests after the drain, under the 1 % edge threshold,
// so a faithful per-bin sample must let the edge count as recovered at eviction like the truth does.
describe.each(["region-outage", "drill", "survivor-saturation"])("%s", (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await runScenario(name);
  });

  it("has the truth's flips exactly", () => {
    expect(run.truth.originFlips.length).toBeGreaterThanOrEqual(2);
    expect(run.health.value.originFlips).toEqual(run.truth.originFlips);
  });

  it("finds the truth's one incident: start, eviction and kind", () => {
    expect(run.truth.incidents).toHaveLength(1);
    expect(run.incidents.value.incidents).toHaveLength(1);
    expectIncidentMatches(run.incidents.value.incidents[0], run.truth.incidents[0]);
    expect(run.incidents.value.incidents[0].kind).toBe(name === "drill" ? "drill" : "real");
  });

  it("measures recovery, RTO, RPO and the survivor like the truth", () => {
    expectRecoveryMatches(run.incidents.value.incidents[0], run.truth.incidents[0]);
    const [incident] = run.incidents.value.incidents;
    if (name === "survivor-saturation") {
      // The surviving region ran at ~99 % CPU with thousands of 429s: the failover is not a success.
      expect(incident.survivor.ranOut).toBe(true);
      expect(incident.status).toBe("breach");
      expect(incident.reasons.join(" ")).toMatch(/^Survivor West Europe ran out of headroom/);
    } else {
      expect(incident.survivor.ranOut).toBe(false);
    }
  });

  it("sees no probe blindness and all origins healthy again at the end", () => {
    expect(run.health.value.probeBlind).toEqual([]);
    expect(run.health.value.regions.map((r) => r.originHealthy)).toEqual([true, true]);
  });
});

describe("lying-probe", () => {
  let run: Run;
  beforeAll(async () => {
    run = await runScenario("lying-probe");
  });

  it("reports the probe-blind span and no flip or incident", () => {
    expect(run.truth.probeBlind).toHaveLength(1);
    expect(run.health.value.probeBlind).toHaveLength(1);
    const [actual] = run.health.value.probeBlind;
    const [expected] = run.truth.probeBlind;
    expect([actual.origin, actual.region]).toEqual([expected.origin, expected.region]);
    expectWithinProbe(actual.from, expected.from);
    expectWithinProbe(actual.to, expected.to);
    expect(run.health.value.originFlips).toEqual([]);
    expect(run.incidents.value.incidents).toEqual([]);
  });
});

describe("region-outage still open at asOf", () => {
  const outageStart = new Date("2026-11-20T14:30:00Z");
  // Flip at 14:31:00 (two failed 30 s slots); asOf 14:31:40 is before 60 s of eviction and 120 s of clean edge.
  const asOf = new Date("2026-11-20T14:31:40Z");
  let run: Run;
  beforeAll(async () => {
    const workspace = new Workspace();
    const from = new Date(asOf.getTime() - 3600_000);
    const truth = simulate({ config, scenarios: [{ name: "region-outage", start: outageStart }], from, to: asOf, seed: 7, sink: workspace });
    run = await evaluate(workspace, truth);
  });

  it("reports the open incident like the truth: no RTO yet, its clock running", () => {
    expect(run.truth.incidents).toHaveLength(1);
    expect(run.incidents.value.incidents).toHaveLength(1);
    const [actual] = run.incidents.value.incidents;
    const [expected] = run.truth.incidents;
    expectIncidentMatches(actual, expected);
    expect(actual.evictedAt).toBeNull();
    expect(actual.recoveredAt).toBeNull();
    expect(expected.recoveredAt).toBeNull();
    // SIGNALS 3.4: RTO = recoveredAt − start, unknown until recovery; the clock runs in elapsedSeconds.
    expect(actual.rtoSeconds).toBeNull();
    expect(expected.rtoSeconds).toBeNull();
    expect(actual.elapsedSeconds).toBe((asOf.getTime() - Date.parse(actual.start)) / 1000);
    expect(Math.abs(actual.elapsedSeconds - expected.elapsedSeconds)).toBeLessThanOrEqual(PROBE_MS / 1000);
    expectVerdictMatches(actual, expected);
    expect(actual.reasons[0]).toMatch(/^Not recovered yet: /);
    expect(run.incidents.meta.status).toBe(expected.status);
  });

  it("shows the failed region's origin unhealthy now", () => {
    expect(run.health.value.regions.find((r) => r.id === "uksouth")?.originHealthy).toBe(false);
    expect(run.health.meta.status).toBe("breach");
  });
});
