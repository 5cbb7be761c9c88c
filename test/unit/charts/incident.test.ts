import { describe, expect, it } from "vitest";
import { annotationsInRange, snapshotAnnotations } from "@/lib/charts/annotations";
import { findIncident, incidentId, incidentMilestones, incidentWindow, latestIncident, parseIncidentKey } from "@/lib/charts/incident";
import { parseIncidentId } from "@/lib/params/incident-id";
import type { IncidentSnapshot, Snapshot } from "@/lib/snapshot/types";

const incident = (over: Partial<IncidentSnapshot>): IncidentSnapshot => ({
  region: "uksouth",
  kind: "real",
  start: "2026-01-31T08:00:00.000Z",
  evictedAt: "2026-01-31T08:01:40.000Z",
  recoveredAt: "2026-01-31T08:04:10.000Z",
  rtoSeconds: 250,
  elapsedSeconds: 250,
  errorWindowSeconds: 180,
  rpoSeconds: 3.2,
  rpoTiers: [],
  rtoBudgetSeconds: 300,
  rtoStatus: "ok",
  rpoStatus: "ok",
  survivor: { peakPercent: 50, region: "westeurope", throttled429: 0, ranOut: false, status: "ok" },
  status: "ok",
  reasons: [],
  ...over,
});

const snapshot = {
  asOf: "2026-01-31T12:00:00.000Z",
  originFlips: [
    { origin: "a", region: "uksouth", at: "2026-01-31T08:01:30Z", to: "unhealthy" },
    { origin: "a", region: "uksouth", at: "2026-01-31T08:09:00Z", to: "healthy" },
    { origin: "b", region: "westeurope", at: "2026-01-30T08:01:30Z", to: "unhealthy" },
  ],
  probeBlind: [],
  incidents: [incident({}), incident({ region: "westeurope", kind: "drill", start: "2026-01-30T08:00:00Z", recoveredAt: null })],
} as unknown as Snapshot;

describe("incident ids", () => {
  it("round-trip, pass the shared parser and find the incident again", () => {
    const id = incidentId(snapshot.incidents[0]);
    expect(id).toBe("uksouth-2026-01-31T08:00:00Z");
    expect(parseIncidentId(id).ok).toBe(true);
    expect(parseIncidentKey(id)).toEqual({ region: "uksouth", start: new Date("2026-01-31T08:00:00Z") });
    expect(findIncident(snapshot, id)).toBe(snapshot.incidents[0]);
    expect(findIncident(snapshot, "uksouth-2020-01-01T00:00:00Z")).toBeNull();
    expect(parseIncidentKey("nope")).toBeNull();
    // Date rolls an impossible time over to another one; the key must be the second it names.
    expect(parseIncidentKey("uksouth-2026-02-30T12:00:00Z")).toBeNull();
    expect(parseIncidentKey("uksouth-2026-01-31T24:00:00Z")).toBeNull();
    expect(parseIncidentKey("uksouth-2026-01-31T08:00:60Z")).toBeNull();
  });

  it("picks the latest incident, optionally of one kind", () => {
    expect(latestIncident(snapshot)?.region).toBe("uksouth");
    expect(latestIncident(snapshot, "drill")?.region).toBe("westeurope");
  });
});

describe("incident timeline", () => {
  it("orders milestones and keeps only the region's flips inside the incident", () => {
    const events = incidentMilestones(snapshot.incidents[0], snapshot.originFlips);
    expect(events.map((e) => e.kind)).toEqual(["start", "flip", "evicted", "recovered"]);
  });

  it("pads the window and ends an open incident at asOf", () => {
    const w = incidentWindow(snapshot.incidents[0], new Date(snapshot.asOf));
    expect(w.from.toISOString()).toBe("2026-01-31T07:50:00.000Z");
    expect(w.to.toISOString()).toBe("2026-01-31T08:14:10.000Z");
    const open = incidentWindow(incident({ recoveredAt: null }), new Date("2026-01-31T08:03:00Z"));
    expect(open.to.toISOString()).toBe("2026-01-31T08:03:00.000Z");
  });
});

describe("snapshotAnnotations", () => {
  it("maps flips, incidents and drills, filtered by region and range", () => {
    const all = snapshotAnnotations(snapshot);
    expect(all.map((a) => a.kind)).toEqual(["drill", "flip", "incident", "flip", "flip"]);
    const drill = all[0];
    expect(drill.end).toBe(Date.parse(snapshot.asOf));
    expect(snapshotAnnotations(snapshot, "westeurope").map((a) => a.kind)).toEqual(["drill", "flip"]);
    const inRange = annotationsInRange(all, Date.parse("2026-01-31T08:03:00Z"), Date.parse("2026-01-31T08:10:00Z"));
    expect(inRange.map((a) => a.kind)).toEqual(["drill", "incident", "flip"]);
  });

  it("labels a probe-blind span every origin shared as pointing at Front Door, a lone one as the region's", () => {
    const shared = { from: "2026-01-31T09:00:00Z", to: "2026-01-31T09:12:00Z" };
    const blind = {
      ...snapshot,
      probeBlind: [
        { origin: "a", region: "uksouth", ...shared, everyOrigin: shared },
        { origin: "b", region: "westeurope", ...shared, everyOrigin: shared },
        { origin: "a", region: "uksouth", from: "2026-01-31T10:00:00Z", to: "2026-01-31T10:30:00Z", everyOrigin: null },
      ],
    } as Snapshot;
    expect(snapshotAnnotations(blind).filter((a) => a.kind === "probe-blind").map((a) => a.label)).toEqual([
      "uksouth probe-blind, every origin at once: Front Door?",
      "westeurope probe-blind, every origin at once: Front Door?",
      "uksouth probe-blind",
    ]);
  });
});
