import { describe, expect, it } from "vitest";
import demo from "@/config/demo.json";
import { alertRules } from "@/lib/alerts";
import { parseConfig } from "@/lib/config/load";
import { parseAndAnalyze } from "@/lib/engine/kusto";
import { SIGNAL_MODULES } from "@/lib/signals";
import { BURN_ALERT_RULES } from "@/lib/signals/availability/evaluate";
import { FLAPPING_MIN_FLIPS } from "@/lib/signals/origin-health/timeline";
import { SURVIVOR_LIMIT_PERCENT } from "@/lib/signals/saturation/evaluate";
import { TABLE_SCHEMAS } from "@/lib/telemetry/schemas";

const tables = new Map(Object.entries(TABLE_SCHEMAS));

// A second deployment: a third region without compute at half capacity, other probe settings, a
// canary pair from it, and names that need escaping in every place a config value reaches KQL.
const third = { ...demo.regions[1], id: "northeurope", displayName: 'North "Europe"', appRegion: "ne'1", capacity: 0.5 };
const odd = parseConfig({
  ...demo,
  regions: [...demo.regions, { ...third, frontDoorOrigins: ["payments-ne.example.net"], cosmosRegionName: 'North Europe\\"', computeResourceIds: [] }],
  frontDoor: { ...demo.frontDoor, probeIntervalSeconds: 45, sampleSize: 5, successfulSamplesRequired: 2 },
  replication: [...demo.replication, { ...demo.replication[0], source: "northeurope", lagSource: { kind: "canary", metricName: "lag.canary_ms" } }],
  splitBrain: { ...demo.splitBrain, dependencyTypes: ["Azure DocumentDB", "SQL"], names: ['Upsert"Invoice'] },
});

describe.each([
  ["demo", parseConfig(demo)],
  ["three regions, one without compute, escaping", odd],
])("generated alert rules (%s)", (_name, config) => {
  const rules = alertRules(config);

  it("cover every rule the issue asks for, one per pair and direction and one open-incident rule per origin", () => {
    const count = (signal: string) => rules.filter((r) => r.signal === signal).length;
    expect(count("availability")).toBe(BURN_ALERT_RULES.length);
    expect(count("replication")).toBe(config.replication.length);
    expect(count("incidents")).toBe(config.regions.flatMap((r) => r.frontDoorOrigins).length);
    for (const s of ["conflicts", "splitBrain", "regions"]) expect(count(s), s).toBe(1);
    // Flapping, and the probe log that origin health rests on.
    expect(rules.filter((r) => r.signal === "originHealth").map((r) => r.name)).toEqual(["aad-origin-flapping", "aad-origin-probe-log-missing"]);
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });

  it.each(rules.map((r) => [r.name, r.kql] as const))("%s compiles in Microsoft's analyzer against the telemetry contract", (_n, kql) => {
    const { errors } = parseAndAnalyze(kql, tables);
    expect(errors.map((e) => `${e.code} ${e.message} at ${e.start}: ${kql.slice(e.start, e.start + e.length + 20)}`)).toEqual([]);
  });
});

describe("one definition: a threshold changed in the catalog changes the rule", () => {
  const base = parseConfig(demo);
  const changed = parseConfig({
    ...demo,
    budgets: { ...demo.budgets, availability: { ...demo.budgets.availability, target: 0.999 }, conflictDepthThreshold: 7, rtoSeconds: 120, splitBrainRaceWindowMs: 250 },
    replication: demo.replication.map((p) => ({ ...p, rpoBudgetSeconds: p.rpoBudgetSeconds * 2 })),
  });
  const byName = (config: typeof base) => new Map(alertRules(config).map((r) => [r.name, r]));
  const before = byName(base);
  const after = byName(changed);

  it("carries the config's budgets into thresholds and query text", () => {
    for (const pair of changed.replication) {
      expect(after.get(`aad-replication-lag-${pair.tier}-${pair.source}-${pair.target}`)?.criteria.threshold).toBe(pair.rpoBudgetSeconds);
    }
    expect(after.get("aad-conflicts-depth-over-threshold")?.criteria.threshold).toBe(7);
    expect(after.get("aad-split-brain-race")?.kql).toMatch(/<= 250\b/);
    expect(before.get("aad-split-brain-race")?.kql).toMatch(/<= 1000\b/);
    for (const r of after.values()) if (r.signal === "incidents") expect(r.criteria.threshold).toBe(120);
    expect(after.get("aad-availability-page-burn-1h-5m")?.kql).toContain("(1 - real(0.999))");
    expect(before.get("aad-availability-page-burn-1h-5m")?.kql).toContain("(1 - real(0.9995))");
  });

  it("takes burn factors, the survivor limit and the flapping count from the signal modules' constants", () => {
    for (const b of BURN_ALERT_RULES) expect(before.get(`aad-availability-${b.severity}-burn-${b.long}-${b.short}`)?.criteria.threshold).toBe(b.factor);
    expect(before.get("aad-saturation-survivor-projection")?.criteria.threshold).toBe(SURVIVOR_LIMIT_PERCENT);
    expect(before.get("aad-origin-flapping")?.criteria.threshold).toBe(FLAPPING_MIN_FLIPS);
    // The probe settings reach the health rule's KQL: sample size 4 sums the current and 3 earlier slots.
    expect(before.get("aad-origin-flapping")?.kql).toContain("prev(failed, 3)");
    expect(before.get("aad-origin-flapping")?.kql).not.toContain("prev(failed, 4)");
    expect(before.get("aad-origin-flapping")?.kql).toContain("inSample > 1,");
  });
});

describe("each rule names the signal it watches", () => {
  it("by its registry key, so the /alerts page links to that signal's drill-down", () => {
    const keys = new Set<string>(SIGNAL_MODULES.map((m) => m.key));
    for (const r of alertRules(parseConfig(demo))) expect(keys.has(r.signal), `${r.name}: ${r.signal}`).toBe(true);
  });
});
