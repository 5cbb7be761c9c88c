import { describe, expect, it } from "vitest";
import { scenarioRun, simulate, type Truth } from "@/lib/simulator";
import { AT, CollectingSink, config } from "./helpers";

const run = (name: string, hours = 1.4): Truth => scenarioRun(name, { config, at: AT, hours, seed: 21, sink: { append() {} } });
const sec = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso) / 1000);

describe("truth per scenario", () => {
  it("steady: nothing happens, availability near 99.99 %", () => {
    const t = run("steady");
    expect(t.incidents).toEqual([]);
    expect(t.originFlips).toEqual([]);
    expect(t.probeBlind).toEqual([]);
    expect(t.splitBrain.count).toBe(0);
    expect(t.availability.sli).toBeGreaterThan(0.9997);
    expect(t.availability.downtimeMinutes).toBe(0);
    expect(t.regions.map((r) => r.status)).toEqual(["ok", "ok"]);
    expect(t.replication.every((r) => r.status === "ok")).toBe(true);
  });

  it("region-outage: one real incident, detection ≈ 2 probe slots, RTO within budget, RPO from the failed region's pairs", () => {
    const t = run("region-outage");
    const outage = t.simulator.events.outages[0];
    expect(t.incidents).toHaveLength(1);
    const [inc] = t.incidents;
    // RTO and RPO within budget; the survivor took the whole load above the 70 % warn line (SIGNALS 3.4).
    expect(inc).toMatchObject({ region: "uksouth", kind: "real", rtoStatus: "ok", rpoStatus: "ok", status: inc.survivor.status });
    expect(inc.survivor).toMatchObject({ region: "westeurope", ranOut: false });
    expect(inc.reasons).toEqual(inc.survivor.status === "ok" ? [] : [expect.stringMatching(/^Survivor West Europe peaked at \d+ %, above the 70 % warn line/)]);
    const flip = t.originFlips.find((f) => f.to === "unhealthy");
    expect(flip).toBeDefined();
    const detection = sec(flip?.at ?? null) - sec(outage.start);
    expect(detection).toBeGreaterThanOrEqual(30);
    expect(detection).toBeLessThanOrEqual(90);
    expect(sec(inc.start)).toBeLessThanOrEqual(sec(outage.start));
    expect(sec(inc.evictedAt)).toBe(sec(flip?.at ?? null) + 20);
    expect(inc.rtoSeconds).toBeGreaterThanOrEqual(50);
    expect(inc.rtoSeconds).toBeLessThanOrEqual(150);
    expect(inc.rpoTiers.map((r) => r.tier).sort()).toEqual(["cosmos", "sql"]);
    expect(inc.rpoSeconds).toBe(Math.max(...inc.rpoTiers.map((r) => r.lagSeconds ?? 0)));
    expect(t.originFlips.map((f) => f.to)).toEqual(["unhealthy", "healthy"]);
    expect(t.conflicts.find((c) => c.region === "westeurope")?.depthMax).toBe(2);
  });

  it("drill: the incident overlaps the drill markers and is a drill", () => {
    const t = run("drill");
    expect(t.incidents).toHaveLength(1);
    expect(t.incidents[0]).toMatchObject({ region: "westeurope", kind: "drill" });
    expect(t.simulator.events.drillMarkers).toHaveLength(1);
  });

  it("lying-probe: probe-blind for the window, no flip, no incident", () => {
    const t = run("lying-probe");
    expect(t.originFlips).toEqual([]);
    expect(t.incidents).toEqual([]);
    expect(t.probeBlind).toHaveLength(1);
    const [ep] = t.simulator.events.lyingProbes;
    expect(t.probeBlind[0]).toMatchObject({ region: "uksouth", from: ep.start, to: ep.end, everyOrigin: null });
    expect(t.regions[0].originReason).toMatch(/: its requests failed while Front Door's probes passed it\.$/);
    expect(t.availability.downtimeMinutes).toBeGreaterThanOrEqual(29);
  });

  it("frontdoor-outage: every origin probe-blind over the outage, shared, and the rows point at Front Door", () => {
    const t = run("frontdoor-outage");
    const [ep] = t.simulator.events.edgeOutages;
    const shared = { from: ep.start, to: ep.end };
    expect(t.probeBlind.map((s) => s.region).sort()).toEqual(["uksouth", "westeurope"]);
    for (const s of t.probeBlind) expect(s).toMatchObject({ ...shared, everyOrigin: shared });
    for (const r of t.regions) expect(r.originReason).toMatch(/^Every origin probe-blind at once .*: likely Front Door failing, not the origins\.$/);
    expect(t.originFlips).toEqual([]);
  });

  it("split-brain: five races, one straddling a clock second, decoys excluded", () => {
    const t = run("split-brain");
    expect(t.splitBrain.count).toBe(5);
    expect(t.splitBrain.status).toBe("breach");
    const straddling = t.splitBrain.races.filter((r) => r.first.slice(0, 19) !== r.last.slice(0, 19));
    expect(straddling.length).toBeGreaterThanOrEqual(1);
    for (const race of t.splitBrain.races) {
      expect(race.regions).toEqual(["uksouth", "westeurope"]);
      expect(Date.parse(race.last) - Date.parse(race.first)).toBeLessThan(config.budgets.splitBrainRaceWindowMs);
    }
    expect(t.simulator.events.splitBrainDecoys).toHaveLength(2);
  });

  it("split-brain rows: every race write is in AppDependencies", () => {
    const sink = new CollectingSink();
    const t = scenarioRun("split-brain", { config, at: AT, hours: 1, seed: 21, sink });
    const key = config.splitBrain.entityKey;
    for (const race of t.splitBrain.races) {
      const writes = sink.rows("AppDependencies").filter((r) => (r.Properties as Record<string, unknown>)[key] === race.entityId);
      expect(writes).toHaveLength(race.writes);
      expect(writes[0].TimeGenerated).toBe(race.first);
    }
  });

  it("lag-breach: SQL lag climbs past its RPO budget under the burst", () => {
    const t = run("lag-breach");
    const sql = t.replication.find((r) => r.tier === "sql");
    expect(sql?.lagSecondsMax).toBeGreaterThan(sql?.budgetSeconds ?? Infinity);
    // Drained within 5 min of the burst; --at is 15 min after it, so the 15-min max still warns.
    expect(sql?.status).toBe("warn");
    expect(sql?.lagSecondsNow).toBeLessThan(5);
    expect(t.replication.filter((r) => r.tier === "cosmos").every((r) => (r.lagSecondsMax ?? 0) < r.budgetSeconds)).toBe(true);
  });

  it("partition: lag grows both ways and conflicts accumulate in both regions", () => {
    const t = run("partition");
    const cosmos = t.replication.filter((r) => r.tier === "cosmos");
    expect(cosmos).toHaveLength(2);
    for (const pair of cosmos) expect(pair.lagSecondsMax).toBeGreaterThan(600);
    for (const c of t.conflicts) expect(c.depthMax).toBeGreaterThanOrEqual(20);
  });

  it("conflict-backlog: the feed grows past the threshold, growing and in breach mid-window", () => {
    const t = run("conflict-backlog", 2);
    const c = t.conflicts.find((x) => x.region === "westeurope");
    expect(c?.depthMax).toBeGreaterThanOrEqual(config.budgets.conflictDepthThreshold);
    const mid = new Date(Date.parse(t.simulator.scenarios[0].start) + 50 * 60_000);
    const during = simulate({ config, scenarios: [{ name: "conflict-backlog", start: new Date(t.simulator.scenarios[0].start) }], from: new Date(mid.getTime() - 3600_000), to: mid, seed: 21, sink: { append() {} } });
    const now = during.conflicts.find((x) => x.region === "westeurope");
    expect(now).toMatchObject({ growing: true, status: "breach" });
  });

  it("survivor-saturation: during the drain the survivor runs hot and throttles", () => {
    const start = new Date("2026-11-20T13:00:00Z");
    const t = simulate({ config, scenarios: [{ name: "survivor-saturation", start }], from: new Date("2026-11-20T12:30:00Z"), to: new Date("2026-11-20T13:20:00Z"), seed: 21, sink: { append() {} } });
    const [uk, we] = t.regions;
    expect(uk.originHealthy).toBe(false);
    expect(uk.cpuPercent).toBeNull();
    expect(we.cpuPercent).toBeGreaterThan(90);
    expect(we.ruPercent).toBeGreaterThan(99);
    expect(we.throttled429).toBeGreaterThan(100);
    expect(we.status).toBe("breach");
    expect(we.trafficShareRatio).toBe(1);
    expect(t.incidents).toHaveLength(1);
    expect(t.incidents[0].rtoSeconds).toBeLessThan(150);
  });

  it("an outage still open at asOf has no recovery and a null RTO", () => {
    const start = new Date("2026-11-20T13:00:00Z");
    const t = simulate({ config, scenarios: [{ name: "region-outage", start }], from: new Date("2026-11-20T12:00:00Z"), to: new Date("2026-11-20T13:01:30Z"), seed: 21, sink: { append() {} } });
    expect(t.incidents).toHaveLength(1);
    expect(t.incidents[0].recoveredAt).toBeNull();
    expect(t.incidents[0].rtoSeconds).toBeNull();
  });

  it("conflicts: non-zero for 15 min warns; a silent feed is no-data, not its last value", () => {
    const start = new Date("2026-11-20T13:00:00Z");
    const at = (minutes: number, name: "partition" | "region-outage") =>
      simulate({ config, scenarios: [{ name, start }], from: new Date("2026-11-20T12:00:00Z"), to: new Date(start.getTime() + minutes * 60_000), seed: 21, sink: { append() {} } });
    expect(at(17, "partition").conflicts.map((c) => c.status)).toEqual(["warn", "warn"]);
    expect(at(14, "partition").conflicts.map((c) => c.status)).toEqual(["ok", "ok"]);
    const outage = at(12, "region-outage").conflicts;
    expect(outage.find((c) => c.region === "uksouth")).toMatchObject({ status: "no-data", depthNow: 0 });
    expect(outage.find((c) => c.region === "westeurope")?.status).toBe("ok");
  });

  it("rejects unknown scenarios and regions with a clear message", () => {
    expect(() => run("meteor")).toThrow(/unknown scenario.*meteor.*known: steady/);
    expect(() => scenarioRun("region-outage", { config, at: AT, hours: 1, seed: 1, sink: { append() {} }, region: "mars" })).toThrow(/unknown region "mars"/);
    expect(() => run("conflict-backlog", 0.5)).toThrow(/--hours 0.5 is too short/);
  });
});
