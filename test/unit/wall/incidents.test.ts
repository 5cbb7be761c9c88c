import { describe, expect, it } from "vitest";
import { lastClosedIncident, openIncident, openRegions, rtoBudgetShare, runningSeconds } from "@/lib/wall/incidents";
import { incident } from "./fixture";

describe("incident selection", () => {
  const closedOld = incident({ start: "2026-11-01T00:00:00Z" });
  const closedNew = incident({ start: "2026-11-20T00:00:00Z", region: "westeurope" });
  const open = incident({ start: "2026-11-22T17:55:00Z", recoveredAt: null, rtoSeconds: null });

  it("finds the open incident, else none", () => {
    expect(openIncident([closedOld, open, closedNew])).toBe(open);
    expect(openIncident([closedOld, closedNew])).toBeNull();
  });

  it("names every region with an open incident, the banner's first: both regions down at once are not one failover", () => {
    const openWe = incident({ region: "westeurope", start: "2026-11-22T17:54:00Z", recoveredAt: null, rtoSeconds: null });
    expect(openRegions([closedNew, openWe, open])).toEqual(["uksouth", "westeurope"]);
    expect(openRegions([closedOld, open])).toEqual(["uksouth"]);
    expect(openRegions([closedOld, closedNew])).toEqual([]);
  });

  it("finds the most recent finished incident regardless of order", () => {
    expect(lastClosedIncident([closedNew, open, closedOld])).toBe(closedNew);
    expect(lastClosedIncident([])).toBeNull();
  });

  it("runs the open incident's clock from its start", () => {
    expect(runningSeconds(open, Date.parse("2026-11-22T18:00:30Z"))).toBe(330);
    expect(runningSeconds(open, Date.parse("2026-11-22T17:00:00Z"))).toBe(0);
  });

  it("measures RTO as a share of the budget", () => {
    expect(rtoBudgetShare(390, 300)).toBe(1.3);
    expect(rtoBudgetShare(null, 300)).toBeNull();
  });
});
