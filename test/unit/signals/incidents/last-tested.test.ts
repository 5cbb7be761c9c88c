import { describe, expect, it } from "vitest";
import { regionAnalytics } from "@/lib/signals/incidents/analytics";
import { absentTableFact, FEEDS } from "@/lib/telemetry/contract";

const asOfMs = Date.parse("2026-11-22T14:00:00Z");
const args = { region: "uksouth", regionName: "UK South", incidentStartsMs: [], rangeMs: 3600_000, asOfMs, maxAgeDays: 90, lookbackDays: 180 };

describe("last tested per region", () => {
  it("with drill markers observable and none found: warns that recovery is untested", () => {
    const r = regionAnalytics({ ...args, lastDrillEndMs: null, drillsUnseen: null });
    expect([r.testedStatus, r.drillsObservable, r.lastTestedDays]).toEqual(["warn", true, null]);
    expect(r.reason).toBe("UK South: no failover drill in the last 180 days; recovery untested (limit 90 days).");
  });

  it("without the AppEvents table: NO DATA with the coverage fact, never the claim that no drill happened", () => {
    const fact = absentTableFact(FEEDS.drills);
    const r = regionAnalytics({ ...args, lastDrillEndMs: null, drillsUnseen: fact });
    expect([r.testedStatus, r.drillsObservable, r.lastTestedDays, r.lastDrillAt]).toEqual(["no-data", false, null, null]);
    expect(r.reason).toBe(`UK South: last drill unknown. ${fact}`);
    expect(r.reason).not.toMatch(/no failover drill|untested/);
  });

  it("a drill 2 days ago is OK with its exact age", () => {
    const r = regionAnalytics({ ...args, lastDrillEndMs: asOfMs - 2 * 86_400_000, drillsUnseen: null });
    expect([r.testedStatus, r.lastTestedDays, r.reason]).toEqual(["ok", 2, null]);
  });
});
