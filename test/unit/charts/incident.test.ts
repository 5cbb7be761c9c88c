import { describe, expect, it } from "vitest";
import { annotationsInRange, snapshotAnnotations } from "@/lib/charts/annotations";
import { findIncident, incidentId, incidentMilestones, incidentNotFoundSentence, incidentOutsideData, incidentWindow, latestIncident, parseIncidentKey } from "@/lib/charts/incident";
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

// Before: /incidents/<id> past the data got the generic "Not found", one with no incident a 200 page.
describe("why an incident id found nothing", () => {
  const base = { id: "uksouth-2026-11-20T11:00:00Z", region: "uksouth", start: new Date("2026-11-20T11:00:00Z"), asOf: new Date("2026-11-22T12:00:00Z"), live: true, dataStart: new Date("2026-10-23T12:00:00Z"), dataEnd: null };

  it("says the id was not found in the data, and the window searched", () => {
    expect(incidentNotFoundSentence(base)).toBe(
      "No incident with id uksouth-2026-11-20T11:00:00Z was found in the data: it would start at 2026-11-20 11:00:00 UTC, and no incident of uksouth starts then in the data from 2026-11-20 10:30:00 UTC to 2026-11-20 23:00:00 UTC.",
    );
    expect(incidentOutsideData(base)).toBe(false);
  });

  it("says when the id's time is after now, the time shown, or a recording's end", () => {
    const later = { ...base, start: new Date("2026-11-23T00:00:00Z") };
    expect(incidentNotFoundSentence(later)).toMatch(/it would start at 2026-11-23 00:00:00 UTC, after now\.$/);
    expect(incidentNotFoundSentence({ ...later, live: false })).toMatch(/, after the time shown \(2026-11-22 12:00:00 UTC\)\.$/);
    const recorded = { ...base, dataEnd: new Date("2026-11-20T09:59:00Z") };
    expect(incidentNotFoundSentence(recorded)).toMatch(/, after the data's end \(the recorded dataset ends at 2026-11-20 09:59:00 UTC\)\.$/);
    expect([later, recorded].map(incidentOutsideData)).toEqual([true, true]);
  });

  it("says when it is before the data's start, and skips the search only when the whole window is", () => {
    const early = { ...base, start: new Date("2026-10-23T06:00:00Z") };
    expect(incidentNotFoundSentence(early)).toMatch(/, before the data's start \(2026-10-23 12:00:00 UTC\)\.$/);
    expect(incidentOutsideData(early)).toBe(false);
    expect(incidentOutsideData({ ...early, start: new Date("2026-10-22T23:59:59Z") })).toBe(true);
  });
});
