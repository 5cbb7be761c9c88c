import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSnapshot } from "@/lib/catalog/build";
import { parseConfig } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { reviewPeriod } from "@/lib/review/period";
import type { PeriodReview } from "@/lib/review/types";
import { simulate, type ScenarioPlacement, type Truth } from "@/lib/simulator";
import { Density, SAMPLING } from "@/lib/simulator/density";
import { Timeline } from "@/lib/simulator/model";
import { resolveScenarios } from "@/lib/simulator/scenarios";
import { computeTruth } from "@/lib/simulator/truth";
import type { Snapshot } from "@/lib/snapshot/types";

/**
 * "Is it us or Azure?" against the simulator's truth: a platform outage Azure reports (uksouth),
 * a lying probe that is ours (westeurope), a drill under an approved maintenance correction, and a
 * correction over a period without data. Every expected number comes from the model, never from rows.
 */
const MAINTENANCE = { from: "2026-11-20T10:55:00Z", to: "2026-11-20T11:20:00Z", region: "westeurope", kind: "maintenance", reason: "quarterly failover drill", approvedBy: "sre-lead@contoso.com" };
const NO_DATA = { from: "2026-11-19T06:00:00Z", to: "2026-11-19T07:00:00Z", region: "all", kind: "known-bad", reason: "collector outage", approvedBy: "sre-lead@contoso.com" };
const config = parseConfig({ ...JSON.parse(readFileSync("config/demo.json", "utf8")), sloCorrections: [MAINTENANCE, NO_DATA] });
const SEED = 5;
const FROM = new Date("2026-11-20T08:00:00Z");
const AT = new Date("2026-11-20T12:00:00Z");
const PLACEMENTS: ScenarioPlacement[] = [
  { name: "platform-outage", start: new Date("2026-11-20T09:00:00Z"), region: "uksouth" },
  { name: "lying-probe", start: new Date("2026-11-20T10:00:00Z"), region: "westeurope" },
  { name: "drill", start: new Date("2026-11-20T11:00:00Z"), region: "westeurope" },
];

let truth: Truth;
let snapshot: Snapshot;
let period: PeriodReview;
/** A period starting the day before the data: the no-data correction lies inside it. */
let longPeriod: PeriodReview;
let timeline: Timeline;
let density: Density;
const truthOf = (from: string, to: string) => computeTruth(timeline, density, Date.parse(from) / 1000, Date.parse(to) / 1000, {});

beforeAll(async () => {
  const workspace = new Workspace();
  truth = simulate({ config, scenarios: PLACEMENTS, from: FROM, to: AT, seed: SEED, sink: workspace });
  timeline = new Timeline(config, resolveScenarios(config, PLACEMENTS, SEED), SEED);
  density = new Density(timeline.episodes, AT.getTime() / 1000 - SAMPLING.liveDenseHours * 3600);
  const source = new EmbeddedSource(workspace, () => AT);
  snapshot = await buildSnapshot({ config, source, range: { from: FROM, to: AT } });
  period = await reviewPeriod({ config, source, spec: { id: "test", label: "test", from: FROM, to: AT }, now: AT });
  longPeriod = await reviewPeriod({ config, source, spec: { id: "long", label: "long", from: new Date("2026-11-19T00:00:00Z"), to: AT }, now: AT });
}, 300_000);

describe("platform events against the simulator truth", () => {
  it("the snapshot reports exactly the Service Health and Resource Health events the model wrote", () => {
    expect(truth.simulator.events.platformEvents).toHaveLength(1);
    expect(truth.platformHealth.events.map((e) => e.source).sort()).toEqual(["ResourceHealth", "ServiceHealth"]);
    expect(snapshot.platformHealth).toEqual(truth.platformHealth);
    const sh = snapshot.platformHealth.events.find((e) => e.source === "ServiceHealth");
    const ev = truth.simulator.events.platformEvents[0];
    expect(sh).toMatchObject({ trackingId: ev.trackingId, regions: ["uksouth"], from: ev.start, to: ev.end });
    expect(sh?.sentence).toMatch(new RegExp(`^Azure: .+, tracking id ${ev.trackingId}, since 2026-11-20 09:00 UTC`));
    expect(snapshot.signals.platformHealth.queries[0].kql).toContain("AzureActivity");
  });
});

describe("SLO corrections against the simulator truth", () => {
  it("the maintenance correction removes exactly its minutes' requests and is listed with its reason", () => {
    const [applied] = snapshot.availability.corrections;
    const [expected] = truth.availability.corrections;
    expect(applied).toMatchObject({ reason: MAINTENANCE.reason, approvedBy: MAINTENANCE.approvedBy, region: "westeurope", flag: null });
    expect(applied.minutesWithData).toBe(25);
    // AzureMetrics RequestCount carries the model's true per-minute totals: equal to the request.
    expect(applied.requests).toBe(expected.requests);
    expect(snapshot.availability.corrected.removedRequests).toBe(expected.requests);
    expect(applied.downMinutes).toBe(expected.downMinutes);
    expect(applied.downMinutes).toBeGreaterThan(0);
    // Corrected SLI = requests of those minutes out of both good and total: as the model's counts say.
    expect(Math.abs((snapshot.availability.corrected.sli ?? 0) - (truth.availability.corrected.sli ?? 1))).toBeLessThanOrEqual(2e-5);
    expect(snapshot.availability.corrected.downtimeMinutes).toBe((snapshot.availability.downtimeMinutes ?? 0) - applied.downMinutes);
    expect(snapshot.availability.corrected.sli).toBeGreaterThan(snapshot.availability.sli ?? 1);
  });

  it("a correction that overlaps no data is flagged, listed and warned about, never dropped", () => {
    const flagged = snapshot.availability.corrections.find((c) => c.reason === NO_DATA.reason);
    expect(flagged?.flag).toMatch(/overlaps no data/);
    expect(flagged?.requests).toBe(0);
    expect(truth.availability.corrections.find((c) => c.reason === NO_DATA.reason)?.flag).toMatch(/overlaps no data/);
    expect(snapshot.signals.availability.warnings.some((w) => w.includes(NO_DATA.reason) && w.includes("overlaps no data"))).toBe(true);
    // The review lists it for a period it lies in, even before the data starts; a period it misses does not list it.
    expect(longPeriod.corrections.find((c) => c.reason === NO_DATA.reason)?.flag).toMatch(/overlaps no data/);
    expect(longPeriod.warnings.some((w) => w.includes(NO_DATA.reason))).toBe(true);
    expect(period.corrections.map((c) => c.reason)).toEqual([MAINTENANCE.reason]);
  });
});

describe("review attribution: is it us or Azure?", () => {
  const bucket = (id: string) => period.attribution.buckets.find((b) => b.id === id);

  it("adds up to the period's total downtime and failed requests", () => {
    const sum = (k: "downtimeMinutes" | "failedRequests") => period.attribution.buckets.reduce((s, b) => s + b[k], 0);
    expect(period.budget.downtimeMinutes).toBeGreaterThan(0);
    expect(sum("downtimeMinutes")).toBe(period.budget.downtimeMinutes);
    expect(period.attribution.totalDowntimeMinutes).toBe(period.budget.downtimeMinutes);
    expect(Math.abs(sum("failedRequests") - period.attribution.totalFailedRequests)).toBeLessThan(1e-6);
    // The total matches the model's downtime over the same window.
    expect(Math.abs((period.budget.downtimeMinutes ?? 0) - (truth.availability.downtimeMinutes ?? 0))).toBeLessThanOrEqual(1);
  });

  it("puts each cause's minutes and incidents in its bucket, as the model placed them", () => {
    const ev = truth.simulator.events.platformEvents[0];
    // Azure's bucket: the down minutes of the platform event's impact window (the Resource Health span lies inside it plus 2 min).
    const azureTruth = truthOf(ev.start, new Date(Date.parse(ev.end) + 3 * 60_000).toISOString()).availability.downtimeMinutes ?? 0;
    expect(azureTruth).toBeGreaterThan(0);
    expect(Math.abs((bucket("azure")?.downtimeMinutes ?? 0) - azureTruth)).toBeLessThanOrEqual(1);
    const maintenanceTruth = truthOf(MAINTENANCE.from, MAINTENANCE.to).availability.downtimeMinutes ?? 0;
    expect(maintenanceTruth).toBeGreaterThan(0);
    expect(Math.abs((bucket("maintenance")?.downtimeMinutes ?? 0) - maintenanceTruth)).toBeLessThanOrEqual(1);
    const lying = truth.simulator.events.lyingProbes[0];
    const oursTruth = truthOf(lying.start, lying.end).availability.downtimeMinutes ?? 0;
    expect(oursTruth).toBeGreaterThan(0);
    expect(Math.abs((bucket("ours")?.downtimeMinutes ?? 0) - oursTruth)).toBeLessThanOrEqual(1);
    // Incidents: the platform outage is Azure's, the drill under the approved window is maintenance.
    const real = truth.incidents.find((i) => i.kind === "real");
    const drill = truth.incidents.find((i) => i.kind === "drill");
    expect(bucket("azure")?.incidents).toEqual([`uksouth@${period.incidents.find((i) => i.kind === "real")?.start}`]);
    expect(bucket("maintenance")?.incidents).toEqual([`westeurope@${period.incidents.find((i) => i.kind === "drill")?.start}`]);
    expect(bucket("ours")?.incidents).toEqual([]);
    expect(real?.region).toBe("uksouth");
    expect(drill?.region).toBe("westeurope");
    expect(period.attribution.events.map((e) => e.trackingId).filter(Boolean)).toEqual([ev.trackingId]);
  });

  it("shows raw and corrected figures side by side", () => {
    expect(period.corrected.downtimeMinutes).toBe((period.budget.downtimeMinutes ?? 0) - (bucket("maintenance")?.downtimeMinutes ?? 0));
    expect(period.corrected.sli).toBeGreaterThan(period.budget.sli ?? 1);
  });
});
