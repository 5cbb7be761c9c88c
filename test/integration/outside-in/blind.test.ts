import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { simulate, type ScenarioName, type Truth } from "@/lib/simulator";
import { buildSnapshot } from "@/lib/catalog/build";
import type { Snapshot } from "@/lib/snapshot/types";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { panelState } from "@/lib/charts/panel-state";

/**
 * The who-is-blind verdict and the outside-in tests against the simulator's truth, evaluated in the
 * middle of each scenario (the moment the wall must say who is failing or blind).
 */
const config = loadConfigFile("config/demo.json");
const START = new Date("2026-11-20T11:00:00Z");
const SEED = 5;

async function run(name: ScenarioName, minutesIn: number): Promise<{ truth: Truth; snapshot: Snapshot }> {
  const workspace = new Workspace();
  const to = new Date(START.getTime() + minutesIn * 60_000);
  const truth = simulate({ config, scenarios: [{ name, start: START }], from: new Date(START.getTime() - 3600_000), to, seed: SEED, sink: workspace });
  const source = new EmbeddedSource(workspace, () => to);
  const snapshot = await buildSnapshot({ config, source, range: { from: new Date(truth.range.from), to } });
  return { truth, snapshot };
}

function expectTestsMatch(snapshot: Snapshot, truth: Truth) {
  for (const t of truth.outsideIn.tests) {
    const actual = snapshot.outsideIn.tests.find((x) => x.name === t.name);
    expect(actual, t.name).toBeDefined();
    // Rows are the model's runs: counts are exact.
    expect(actual?.runs, `${t.name} runs`).toBe(t.runs);
    expect(actual?.failed, `${t.name} failed`).toBe(t.failed);
    expect(actual?.recentRuns, `${t.name} recent runs`).toBe(t.recentRuns);
    expect(actual?.recentFailed, `${t.name} recent failed`).toBe(t.recentFailed);
    expect(actual?.failing, `${t.name} failing (truth: the target is down in the model)`).toBe(t.failing);
  }
}

describe("Front Door itself fails (edge errors everywhere, both origins healthy)", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => ({ truth, snapshot } = await run("frontdoor-outage", 8)), 120_000);
  it("says Front Door failing, not a region, and breaches", () => {
    expect(truth.outsideIn.verdict.kind).toBe("frontdoor-failing");
    expect(snapshot.outsideIn.verdict.kind).toBe("frontdoor-failing");
    expect(snapshot.outsideIn.status).toBe("breach");
    expect(snapshot.outsideIn.verdict.headline).toMatch(/^Front Door failing: the global endpoint fails outside-in/);
    expect(snapshot.outsideIn.verdict.regions).toEqual([]);
  });
  it("sees both origins healthy by probes and from outside", () => {
    expect(snapshot.regions.every((r) => r.originHealthy === true)).toBe(true);
    expect(snapshot.outsideIn.tests.filter((t) => t.region !== null).every((t) => t.failing === false)).toBe(true);
    expect(snapshot.originFlips).toEqual([]);
  });
  it("counts the test runs exactly", () => expectTestsMatch(snapshot, truth));
});

describe("the Front Door log export stops while users are fine", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => ({ truth, snapshot } = await run("log-export-stopped", 25)), 120_000);
  it("says our logs are missing, which source and since when, and that users are fine", () => {
    expect(truth.outsideIn.verdict.kind).toBe("logs-missing");
    const v = snapshot.outsideIn.verdict;
    expect(v.kind).toBe("logs-missing");
    expect(v.status).toBe("warn");
    expect(v.headline).toMatch(/^Our logs are missing, users are fine: Front Door logs, Front Door metrics silent/);
    const gapStart = Date.parse(truth.simulator.events.logExportGaps[0].start);
    for (const id of ["frontdoor-logs", "frontdoor-metrics"]) {
      const s = v.sources.find((x) => x.id === id);
      expect(s?.silent, id).toBe(true);
      // Silent since the last row before the gap: within one minute (metrics are per minute).
      expect(gapStart - Date.parse(s?.newest ?? ""), id).toBeGreaterThanOrEqual(0);
      expect(gapStart - Date.parse(s?.newest ?? ""), id).toBeLessThanOrEqual(60_000);
    }
    expect(v.detail[0]).toBe("Front Door logs: silent since 2026-11-20 10:59 UTC (25 min).");
    expect(v.sources.filter((s) => s.silent).map((s) => s.id)).toEqual(truth.outsideIn.verdict.sources.filter((s) => s.silent).map((s) => s.id));
  });
  it("calls origin health NO DATA, naming the silent Front Door logs the banner names, never healthy from missing failed probes", () => {
    for (const r of snapshot.regions) {
      expect(r.originHealthy, r.id).toBeNull();
      expect(r.originStatus, r.id).toBe("no-data");
      expect(r.status, r.id).toBe("no-data");
      // The same source and minute as the banner's "Front Door logs: silent since 2026-11-20 10:59 UTC (25 min)."
      expect(r.originReason, r.id).toBe("Front Door logs silent since 10:59 UTC (25 min): origin health unknown.");
      expect(r.originHealthy, `${r.id} vs truth`).toBe(truth.regions.find((t) => t.id === r.id)?.originHealthy);
    }
    expect(snapshot.signals.originHealth.status).toBe("no-data");
    expect(snapshot.signals.originHealth.warnings).toContain("Front Door logs silent since 10:59 UTC (25 min): origin health unknown.");
    // Saturation is graded apart: its own metrics still report.
    expect(snapshot.regions.map((r) => r.saturationStatus)).toEqual(truth.regions.map((r) => r.saturationStatus));
  });
  it("heads the regions panel NO DATA with the rows' reason, never saturation's OK above rows that say NO DATA", () => {
    expect(snapshot.regions.map((r) => r.saturationStatus)).toEqual(["ok", "ok"]);
    expect(snapshot.signals.regions.status).toBe("no-data");
    expect(snapshot.signals.regions.reason).toBe("Front Door logs silent since 10:59 UTC (25 min): origin health unknown.");
    expect(snapshot.signals.regions.warnings).toContain("Front Door logs silent since 10:59 UTC (25 min): origin health unknown.");
  });
  it("calls failovers NO DATA, saying up to when one would have been seen, never 'no failover' from silent logs", () => {
    const reason = "No failover seen up to 10:59 UTC; Front Door logs silent since then (25 min).";
    expect(snapshot.signals.incidents.status).toBe("no-data");
    expect(snapshot.signals.incidents.reason).toBe(reason);
    expect(snapshot.signals.incidents.warnings).toContain(reason);
    expect(snapshot.wall?.tiles.incident).toEqual({ status: "no-data", reason });
  });
  it("says the scenario's missing AppEvents table as what it leaves unseen, never as the analyzer's KS204 text or a NO DATA reason", () => {
    const fact = "No AppEvents table: drills recorded as events are not seen, so an incident during a drill counts as real.";
    const meta = snapshot.signals.incidents;
    expect(meta.warnings).toContain(fact);
    expect(snapshot.warnings).toContain(fact);
    expect([...meta.warnings, ...meta.queries.flatMap((q) => q.warnings)].join(" ")).not.toMatch(/KS204|does not refer|AppEvents'/);
    const state = panelState({ status: meta.status, queries: meta.queries, warnings: meta.warnings, hasData: true, fetchError: null, shownAsOf: snapshot.asOf });
    expect(state.coverage).toEqual([fact]);
    expect(state.noData).toBe("No failover seen up to 10:59 UTC; Front Door logs silent since then (25 min).");
  });
  it("says last tested per region is unknown because drills are not observable, not that no drill happened", () => {
    const fact = "No AppEvents table: drills recorded as events are not seen, so an incident during a drill counts as real.";
    for (const r of snapshot.incidentAnalytics.regions) {
      expect([r.testedStatus, r.drillsObservable, r.lastTestedDays], r.region).toEqual(["no-data", false, null]);
      expect(r.reason, r.region).toBe(`${config.regions.find((c) => c.id === r.region)?.displayName}: last drill unknown. ${fact}`);
    }
    expect(truth.incidentAnalytics.regions.map((r) => r.testedStatus)).toEqual(["no-data", "no-data"]);
  });
  it("shows the edge availability as no data rather than a number, and outside-in passing", () => {
    expect(snapshot.outsideIn.tests.every((t) => t.failing === false)).toBe(true);
    expect(snapshot.signals.availability.status).toBe("no-data");
  });
  it("counts the test runs exactly", () => expectTestsMatch(snapshot, truth));
});

describe("the Front Door log export stopped 5 minutes ago (within the silence limit)", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => ({ truth, snapshot } = await run("log-export-stopped", 5)), 120_000);
  it("still shows the origins healthy: an ingestion delay is not silence, and the banner agrees", () => {
    expect(snapshot.outsideIn.verdict.kind).toBe("ok");
    expect(snapshot.regions.map((r) => [r.originHealthy, r.originStatus, r.originReason])).toEqual([
      [true, "ok", null],
      [true, "ok", null],
    ]);
    expect(truth.regions.map((r) => r.originHealthy)).toEqual([true, true]);
    expect(snapshot.wall?.tiles.incident).toEqual({ status: "ok", reason: null });
  });
});

describe("a real outage of one region", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => ({ truth, snapshot } = await run("region-outage", 14)), 120_000);
  it("says the region is failing (its silent metrics are expected, not a logging fault)", () => {
    expect(truth.outsideIn.verdict.kind).toBe("region-failing");
    const v = snapshot.outsideIn.verdict;
    expect(v.kind).toBe("region-failing");
    expect(v.regions).toEqual(truth.outsideIn.verdict.regions);
    expect(v.headline).toMatch(/^UK South failing: its origin fails the direct outside-in test/);
    expect(v.sources.find((s) => s.id === "metrics:uksouth")?.silent).toBe(true);
    expect(v.detail.at(-1)).toMatch(/expected, not a logging fault/);
  });
  it("counts the test runs exactly", () => expectTestsMatch(snapshot, truth));
});

describe("a drill", () => {
  let truth: Truth;
  let snapshot: Snapshot;
  beforeAll(async () => ({ truth, snapshot } = await run("drill", 6)), 120_000);
  it("says the drilled region is failing; every source still reports", () => {
    expect(snapshot.outsideIn.verdict.kind).toBe(truth.outsideIn.verdict.kind);
    expect(snapshot.outsideIn.verdict.regions).toEqual(["westeurope"]);
    expect(snapshot.outsideIn.verdict.sources.filter((s) => s.silent)).toEqual([]);
  });
  it("counts the test runs exactly", () => expectTestsMatch(snapshot, truth));
});

describe("steady state", () => {
  let snapshot: Snapshot;
  let truth: Truth;
  beforeAll(async () => ({ truth, snapshot } = await run("steady", 30)), 120_000);
  it("is OK: every source reports, outside-in passes, the SLIs are compared in words", () => {
    expect(snapshot.outsideIn.verdict.kind).toBe("ok");
    expect(snapshot.outsideIn.status).toBe("ok");
    expect(snapshot.outsideIn.sliOutsideIn).toBeCloseTo(truth.outsideIn.sliOutsideIn ?? -1, 12);
    expect(snapshot.outsideIn.sliGapExplained).toMatch(/^Outside-in 100\.000 % vs edge 99\.99\d % /);
  });
});
