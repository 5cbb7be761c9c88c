import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { buildReview } from "@/lib/review/assemble";
import type { HistoryRow, IncidentRow, ReviewReport } from "@/lib/review/types";
import { simulate, type ScenarioPlacement, type Truth } from "@/lib/simulator";
import { Density, SAMPLING } from "@/lib/simulator/density";
import { Timeline } from "@/lib/simulator/model";
import { resolveScenarios } from "@/lib/simulator/scenarios";
import { computeTruth } from "@/lib/simulator/truth";
import { EmbeddedSource } from "@/lib/engine/embedded-source";

/**
 * The review's month-by-month numbers through the embedded engine against the simulator's truth
 * for each calendar month's own window: a deployment whose data spans the end of September and the
 * start of October, with a real outage in each month and a drill.
 */
const config = loadConfigFile("config/demo.json");
const SEED = 11;
const DATA_FROM = new Date("2026-09-27T00:00:00Z");
const OCT_1 = new Date("2026-10-01T00:00:00Z");
const NOW = new Date("2026-10-04T00:00:00Z");
const PROBE_MS = config.frontDoor.probeIntervalSeconds * 1000;
const PLACEMENTS: ScenarioPlacement[] = [
  { name: "region-outage", start: new Date("2026-09-29T10:00:00Z"), region: "uksouth" },
  { name: "drill", start: new Date("2026-10-02T14:00:00Z"), region: "westeurope" },
  { name: "survivor-saturation", start: new Date("2026-10-03T08:00:00Z"), region: "uksouth" },
];

let report: ReviewReport;
let timeline: Timeline;
let density: Density;

/** The simulator's truth over [from, to): computed from its model, never from the rows. */
function truthOf(from: Date, to: Date): Truth {
  return computeTruth(timeline, density, from.getTime() / 1000, to.getTime() / 1000, {});
}

beforeAll(async () => {
  const workspace = new Workspace();
  simulate({ config, scenarios: PLACEMENTS, from: DATA_FROM, to: NOW, seed: SEED, sink: workspace });
  // The same model simulate() built: same config, placements and seed.
  timeline = new Timeline(config, resolveScenarios(config, PLACEMENTS, SEED), SEED);
  density = new Density(timeline.episodes, NOW.getTime() / 1000 - SAMPLING.liveDenseHours * 3600);
  report = await buildReview({ config, source: new EmbeddedSource(workspace, () => NOW), month: "2026-09", now: NOW });
}, 600_000);

const month = (id: string): HistoryRow => {
  const row = report.history.find((h) => h.window.id === id);
  if (!row) throw new Error(`no history row for ${id}`);
  return row;
};

function expectAvailabilityMatches(row: { budget: HistoryRow["budget"] }, truth: Truth) {
  expect(truth.availability.sli).not.toBeNull();
  // Per-minute profile metrics carry the true counts: the SLI matches to a few parts in a million.
  expect(Math.abs((row.budget.sli ?? -1) - (truth.availability.sli ?? 0))).toBeLessThanOrEqual(2e-5);
  expect(truth.availability.downtimeMinutes).toBeGreaterThan(0);
  expect(Math.abs((row.budget.downtimeMinutes ?? -99) - (truth.availability.downtimeMinutes ?? 0))).toBeLessThanOrEqual(1);
}

function expectIncidentsMatch(actual: readonly IncidentRow[], expected: Truth["incidents"]) {
  expect(actual.map((i) => [i.region, i.kind])).toEqual(expected.map((i) => [i.region, i.kind]));
  actual.forEach((a, k) => {
    const e = expected[k];
    expect(Math.abs(Date.parse(a.start) - Date.parse(e.start))).toBeLessThanOrEqual(PROBE_MS);
    expect(e.rtoSeconds).not.toBeNull();
    expect(Math.abs((a.rtoSeconds ?? 0) - (e.rtoSeconds ?? 0))).toBeLessThanOrEqual(Math.max(PROBE_MS / 1000, 0.1 * (e.rtoSeconds ?? 0)));
    expect(a.rpoSeconds).toBe(e.rpoSeconds);
    expect(a.rpoTiers).toEqual(e.rpoTiers);
    expect(a.errorWindowSeconds).toBeGreaterThan(0);
  });
}

describe("review vs simulator truth, month by month", () => {
  it("months before the data are no-data, never 100 %", () => {
    for (const row of report.history.filter((h) => h.window.id < "2026-09")) {
      expect(row.window.coverage).toBe("no-data");
      expect(row.budget.sli).toBeNull();
      expect(row.status).toBe("no-data");
    }
  });

  it("September is partial from the first data, and its SLI, downtime and incident match the truth for that window", () => {
    const sep = month("2026-09");
    expect(sep.window.coverage).toBe("partial");
    expect(sep.window.measuredFrom).toBe(DATA_FROM.toISOString());
    expect(sep.window.coverageNote).toContain("data from 27 Sep 2026");
    const truth = truthOf(DATA_FROM, OCT_1);
    expectAvailabilityMatches(sep, truth);
    expect(truth.incidents).toHaveLength(1);
    expectIncidentsMatch(report.month.incidents, truth.incidents);
    expect(sep.realIncidents).toBe(1);
    expect(sep.drills).toBe(0);
    // The budget spans the measured part of the month: (1 − target) × minutes from 27 Sep to 1 Oct.
    expect(sep.budget.allowedDowntimeMinutes).toBeCloseTo((1 - config.budgets.availability.target) * 4 * 1440, 6);
  });

  it("October (to date) holds the drill and the second outage, matching the truth for 1 Oct → now", () => {
    const oct = month("2026-10");
    expect(oct.window.coverage).toBe("to-date");
    const truth = truthOf(OCT_1, NOW);
    expectAvailabilityMatches(oct, truth);
    expect(truth.incidents.map((i) => i.kind).sort()).toEqual(["drill", "real"]);
    expect(oct.realIncidents).toBe(1);
    expect(oct.drills).toBe(1);
    expect(oct.worstRtoSeconds).not.toBeNull();
    const octIncidents = report.incidents.filter((i) => i.start >= OCT_1.toISOString());
    expectIncidentsMatch(octIncidents, truth.incidents);
    // October's budget is the whole month's, used so far.
    expect(oct.budget.allowedDowntimeMinutes).toBeCloseTo((1 - config.budgets.availability.target) * 31 * 1440, 6);
  });

  it("the rolling window covers all the data and matches the truth over it", () => {
    const truth = truthOf(DATA_FROM, NOW);
    expect(report.rolling.window.measuredFrom).toBe(DATA_FROM.toISOString());
    expectAvailabilityMatches(report.rolling, truth);
    expectIncidentsMatch(report.rolling.incidents, truth.incidents);
  });

  it("the survivor ran out of headroom exactly in the incident the model saturated", () => {
    const saturations = truthOf(DATA_FROM, NOW).simulator.events.saturations;
    expect(saturations.length).toBeGreaterThan(0);
    for (const i of report.incidents) {
      const end = Date.parse(i.recoveredAt ?? NOW.toISOString()) + 10 * 60_000;
      const saturated = saturations.some((s) => s.region !== i.region && Date.parse(s.start) < end && Date.parse(s.end) > Date.parse(i.start));
      expect(i.survivor.ranOut, `${i.kind} in ${i.region} at ${i.start}`).toBe(saturated);
    }
  });

  it("every incident's status, reasons and survivor are the truth's (the same words the incident page and wall show)", () => {
    const truth = truthOf(DATA_FROM, NOW).incidents;
    expect(report.incidents.length).toBe(truth.length);
    for (const i of report.incidents) {
      const t = truth.find((x) => x.region === i.region && Math.abs(Date.parse(x.start) - Date.parse(i.start)) <= PROBE_MS);
      expect(t, `truth for ${i.region} at ${i.start}`).toBeDefined();
      if (!t) continue;
      expect([i.status, i.rtoStatus, i.rpoStatus, i.survivor.status, i.survivor.region, i.survivor.ranOut]).toEqual([
        t.status, t.rtoStatus, t.rpoStatus, t.survivor.status, t.survivor.region, t.survivor.ranOut,
      ]);
      expect(Math.abs((i.survivor.peakPercent ?? -1) - (t.survivor.peakPercent ?? 0))).toBeLessThanOrEqual(0.5);
      expect(i.survivor.throttled429).toBe(t.survivor.throttled429);
      expect(i.reasons).toEqual(t.reasons);
    }
    // The saturated survivor is a breach, and says so in words.
    const ranOut = report.incidents.filter((i) => i.survivor.ranOut);
    expect(ranOut.length).toBeGreaterThan(0);
    for (const i of ranOut) {
      expect(i.status).toBe("breach");
      const name = config.regions.find((r) => r.id === i.survivor.region)?.displayName;
      expect(i.reasons.some((r) => r.startsWith(`Survivor ${name} ran out of headroom`))).toBe(true);
    }
  });

  it("burn-down starts at the allowance and ends at allowance − downtime used", () => {
    const points = report.month.burnDown;
    expect(points[0].remainingMinutes).toBeCloseTo(report.month.budget.allowedDowntimeMinutes, 6);
    const last = points.filter((p) => p.remainingMinutes !== null).at(-1);
    expect(last?.remainingMinutes).toBeCloseTo(report.month.budget.remainingDowntimeMinutes ?? NaN, 6);
  });
});
