import { describe, expect, it } from "vitest";
import type { PlatformEvent } from "@/lib/snapshot/types";
import { platformBadges } from "@/lib/wall/platform";

const asOf = "2026-11-20T12:00:00.000Z";
const event = (e: Partial<PlatformEvent>): PlatformEvent => ({
  id: "x",
  source: "ServiceHealth",
  title: "Degraded availability of App Service in UK South",
  trackingId: "AB12-3CD",
  kind: "Incident",
  regions: ["uksouth"],
  services: ["App Service"],
  resourceId: null,
  from: "2026-11-20T11:00:00.000Z",
  to: null,
  active: true,
  sentence: "Azure: Degraded availability of App Service in UK South, tracking id AB12-3CD, since 2026-11-20 11:00 UTC",
  ...e,
});
const badges = (events: PlatformEvent[]) => platformBadges({ asOf, platformHealth: { events, status: "ok", rangeWorst: { status: "ok", overBudgetSeconds: null, reason: null } } });

describe("wall platform badges", () => {
  it("marks the affected region while Azure reports the event active, with its tracking id", () => {
    expect(badges([event({})])).toEqual({ uksouth: { text: "☁ Azure event AB12-3CD", sentence: event({}).sentence, active: true } });
  });

  it("keeps a mitigated event for an hour, then drops it", () => {
    expect(badges([event({ active: false, to: "2026-11-20T11:30:00.000Z" })]).uksouth?.text).toBe("☁ Azure event (mitigated) AB12-3CD");
    expect(badges([event({ active: false, to: "2026-11-20T10:30:00.000Z" })])).toEqual({});
  });

  it("an active event wins over a mitigated one, Service Health over Resource Health", () => {
    const rh = event({ source: "ResourceHealth", trackingId: null, active: true, sentence: "Azure Resource Health: plan Unavailable" });
    const done = event({ active: false, to: "2026-11-20T11:50:00.000Z", trackingId: "OLD1-234" });
    expect(badges([done, rh]).uksouth?.active).toBe(true);
    expect(badges([rh, event({})]).uksouth?.text).toBe("☁ Azure event AB12-3CD");
    expect(badges([event({})]).westeurope).toBeUndefined();
  });
});
