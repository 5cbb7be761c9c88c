import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { evaluatePlatformHealth, type ActivityRow } from "@/lib/signals/platform-health/evaluate";

const base = loadConfigFile("config/demo.json");
const T = Date.parse("2026-11-20T10:00:00Z");
const min = (n: number) => T + n * 60_000;
const PLAN = base.regions[0].computeResourceIds[0].toLowerCase();

const row = (r: Partial<ActivityRow>): ActivityRow => ({
  t: T,
  category: "ServiceHealth",
  activityStatus: "Active",
  resourceId: null,
  title: null,
  trackingId: null,
  incidentType: null,
  impactStart: null,
  impactMitigation: null,
  regionText: null,
  service: null,
  impactedServices: null,
  stage: null,
  currentHealth: null,
  cause: null,
  ...r,
});
const serviceHealth = (trackingId: string, regionText: string, stage: "Active" | "Resolved", t: number, extra: Partial<ActivityRow> = {}) =>
  row({
    t,
    trackingId,
    title: `Outage ${trackingId}`,
    incidentType: "Incident",
    regionText,
    service: "App Service",
    impactStart: min(0),
    impactMitigation: stage === "Resolved" ? min(20) : null,
    stage,
    activityStatus: stage,
    ...extra,
  });

describe("platform health (AzureActivity ServiceHealth + ResourceHealth)", () => {
  it("groups Service Health updates by tracking id: impact start to the Resolved update's mitigation time", () => {
    const e = evaluatePlatformHealth(base, [serviceHealth("AB12-3CD", "UK South", "Active", min(5)), serviceHealth("AB12-3CD", "UK South", "Resolved", min(25))], min(-60), min(60));
    expect(e.events).toHaveLength(1);
    expect(e.events[0]).toMatchObject({ source: "ServiceHealth", trackingId: "AB12-3CD", regions: ["uksouth"], from: new Date(min(0)).toISOString(), to: new Date(min(20)).toISOString(), active: false });
    expect(e.events[0].sentence).toBe("Azure: Outage AB12-3CD, tracking id AB12-3CD, since 2026-11-20 10:00 UTC, mitigated 2026-11-20 10:20 UTC");
    expect(e.status).toBe("ok");
    expect(e.rangeWorst.status).toBe("warn");
  });

  it("an event still active at asOf warns; a later Resolved update is not yet known", () => {
    const rows = [serviceHealth("AB12-3CD", "UK South", "Active", min(5)), serviceHealth("AB12-3CD", "UK South", "Resolved", min(25))];
    const e = evaluatePlatformHealth(base, rows, min(-60), min(10));
    expect(e.events[0]).toMatchObject({ active: true, to: null });
    expect(e.status).toBe("warn");
  });

  it("keeps only configured regions (region text or impactedServices; Global touches all) and configured services", () => {
    const impacted = JSON.stringify([{ ImpactedRegions: [{ RegionName: "West Europe" }], ServiceName: "Azure Cosmos DB" }]);
    const rows = [
      serviceHealth("OTHER-1", "East US", "Active", min(1)),
      serviceHealth("WEU-1", "", "Active", min(2), { impactedServices: impacted, service: null }),
      serviceHealth("GLOBAL-1", "Global", "Active", min(3)),
    ];
    const all = evaluatePlatformHealth(base, rows, min(-60), min(60));
    expect(all.events.map((e) => [e.trackingId, e.regions]).sort()).toEqual([
      ["GLOBAL-1", ["uksouth", "westeurope"]],
      ["WEU-1", ["westeurope"]],
    ]);
    const onlyAppService = evaluatePlatformHealth({ ...base, platformHealth: { services: ["App Service"], resourceIds: [] } }, rows, min(-60), min(60));
    expect(onlyAppService.events.map((e) => e.trackingId)).toEqual(["GLOBAL-1"]);
  });

  it("Resource Health: a watched resource's Unavailable report to its next Available one; unwatched resources are ignored", () => {
    const rh = (t: number, currentHealth: string, resourceId = PLAN) => row({ t, category: "ResourceHealth", resourceId, currentHealth, title: currentHealth, cause: "PlatformInitiated" });
    const e = evaluatePlatformHealth(base, [rh(min(2), "Unavailable"), rh(min(22), "Available"), rh(min(3), "Unavailable", "/subscriptions/x/resourcegroups/y/providers/microsoft.web/sites/other")].sort((a, b) => a.t - b.t), min(-60), min(60));
    expect(e.events).toHaveLength(1);
    expect(e.events[0]).toMatchObject({ source: "ResourceHealth", resourceId: PLAN, regions: ["uksouth"], kind: "PlatformInitiated", active: false });
    expect(e.events[0].sentence).toContain("plan-payments-uksouth Unavailable (PlatformInitiated), since 2026-11-20 10:02 UTC");
  });

  it("events that ended before the range are left out", () => {
    const rows = [serviceHealth("AB12-3CD", "UK South", "Active", min(5)), serviceHealth("AB12-3CD", "UK South", "Resolved", min(25))];
    expect(evaluatePlatformHealth(base, rows, min(30), min(90)).events).toEqual([]);
  });
});
