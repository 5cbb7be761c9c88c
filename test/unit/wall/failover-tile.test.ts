import { describe, expect, it } from "vitest";
import { wallTileSignals } from "@/lib/catalog/descriptors";
import type { ProbeBlindSpan, Snapshot } from "@/lib/snapshot/types";
import { wallModel } from "@/lib/wall/tile-model";
import { incident, snapshot } from "./fixture";

/**
 * The lying probe (SIGNALS 3.3): UK South's requests fail while Front Door's probes pass it, so it is
 * never evicted. The failover tile read green "No failover in 7 days" through it: the failover that
 * should have happened is the news.
 */
const TILES = wallTileSignals();
// The fixture's asOf is 2026-11-22 18:00 UTC.
const blind = (from: string, to: string, region = "uksouth"): ProbeBlindSpan => ({ origin: `${region}-app`, region, from, to, everyOrigin: null });
const tile = (s: Snapshot) => wallModel(s, TILES).tiles.incident;

describe("wall failover tile during a lying probe", () => {
  it("WARN, naming the region and its span as the Regions tile does, instead of OK 'no failover'", () => {
    const s = snapshot({ incidents: [], probeBlind: [blind("2026-11-22T17:00:00Z", "2026-11-22T18:00:00Z")] });
    expect(tile(s)).toEqual({ status: "warn", reason: "UK South probe-blind 17:00–18:00 UTC: Front Door has not failed it over." });
  });

  it("a span that ended within the hour says from when to when; one older than an hour is history (OK)", () => {
    const ended = snapshot({ incidents: [], probeBlind: [blind("2026-11-22T17:10:00Z", "2026-11-22T17:40:00Z")] });
    expect(tile(ended)).toEqual({ status: "warn", reason: "UK South probe-blind 17:10–17:40 UTC: Front Door has not failed it over." });
    const old = snapshot({ incidents: [], probeBlind: [blind("2026-11-22T15:00:00Z", "2026-11-22T16:30:00Z")] });
    expect(tile(old)).toEqual({ status: "ok", reason: null });
  });

  it("over a finished incident: the worse of its status and WARN, with the sentence; a breach stays a breach", () => {
    const spans = [blind("2026-11-22T17:30:00Z", "2026-11-22T18:00:00Z", "westeurope")];
    expect(tile(snapshot({ incidents: [incident({ status: "ok" })], probeBlind: spans }))).toEqual({
      status: "warn",
      reason: "West Europe probe-blind 17:30–18:00 UTC: Front Door has not failed it over.",
    });
    expect(tile(snapshot({ incidents: [incident({ status: "breach" })], probeBlind: spans })).status).toBe("breach");
  });

  it("not when every origin was blind at once (Front Door failing): there was nothing to fail over to", () => {
    const shared = { from: "2026-11-22T17:40:00Z", to: "2026-11-22T18:00:00Z" };
    const both = [
      { ...blind("2026-11-22T17:40:00Z", "2026-11-22T18:00:00Z"), everyOrigin: shared },
      { ...blind("2026-11-22T17:40:00Z", "2026-11-22T18:00:00Z", "westeurope"), everyOrigin: shared },
    ];
    expect(tile(snapshot({ incidents: [], probeBlind: both }))).toEqual({ status: "ok", reason: null });
  });

  it("not when Front Door did evict it (origin unhealthy) or a failover of it is open", () => {
    const spans = [blind("2026-11-22T17:30:00Z", "2026-11-22T18:00:00Z")];
    const base = snapshot({ incidents: [], probeBlind: spans });
    const evicted = { ...base, regions: base.regions.map((r) => (r.id === "uksouth" ? { ...r, originHealthy: false } : r)) };
    expect(tile(evicted)).toEqual({ status: "ok", reason: null });
    const open = incident({ region: "uksouth", start: "2026-11-22T17:50:00Z", recoveredAt: null, rtoSeconds: null, status: "warn" });
    expect(tile({ ...base, incidents: [open] })).toEqual({ status: "warn", reason: "UK South failing over now, since 2026-11-22 17:50 UTC; none finished in 7 days." });
  });

  it("not when the span was the lead-in of a failover of it (a slow death, a brownout drained by hand): that failover happened", () => {
    // Requests failing from 17:00 while probes passed, then the region failed outright: flip 17:15, evicted 17:15:20, readmitted since.
    const spans = [blind("2026-11-22T17:00:00Z", "2026-11-22T17:15:00Z")];
    const failover = incident({ region: "uksouth", start: "2026-11-22T17:00:00Z", evictedAt: "2026-11-22T17:15:20Z", recoveredAt: "2026-11-22T17:15:20Z", rtoSeconds: 920, status: "breach" });
    expect(tile(snapshot({ incidents: [failover], probeBlind: spans }))).toEqual({ status: "breach", reason: null });
    // A blind span after a failover it had nothing to do with is still a missed one.
    const earlier = incident({ region: "uksouth", start: "2026-11-22T16:40:00Z", evictedAt: "2026-11-22T16:41:00Z", recoveredAt: "2026-11-22T16:42:00Z", status: "ok" });
    const later = [blind("2026-11-22T17:20:00Z", "2026-11-22T17:50:00Z")];
    expect(tile(snapshot({ incidents: [earlier], probeBlind: later }))).toEqual({ status: "warn", reason: "UK South probe-blind 17:20–17:50 UTC: Front Door has not failed it over." });
    // Nor does another region's failover hide it.
    const elsewhere = incident({ region: "westeurope", start: "2026-11-22T17:05:00Z", evictedAt: "2026-11-22T17:06:00Z", recoveredAt: "2026-11-22T17:07:00Z", status: "ok" });
    expect(tile(snapshot({ incidents: [elsewhere], probeBlind: spans })).reason).toBe("UK South probe-blind 17:00–17:15 UTC: Front Door has not failed it over.");
  });
});

describe("wall failover tile while a failover runs", () => {
  const open = (region: string, start: string, downToo?: string[]) =>
    incident({
      region,
      start,
      evictedAt: null,
      recoveredAt: null,
      rtoSeconds: null,
      status: "breach",
      survivor: downToo ? { peakPercent: null, region: null, throttled429: null, ranOut: null, status: "breach", downToo, stillCarrying: true } : incident().survivor,
    });

  it("every region down at once (a global dependency): no region to fail over to, both named, never 'failing over'", () => {
    const both = [open("uksouth", "2026-11-22T17:50:00Z", ["westeurope"]), open("westeurope", "2026-11-22T17:50:00Z", ["uksouth"])];
    const state = tile(snapshot({ incidents: both, probeBlind: [] }));
    expect(state.status).toBe("breach");
    expect(state.reason).toMatch(/^(UK South and West Europe|West Europe and UK South) down at once, since 2026-11-22 17:50 UTC: no region left to fail over to; none finished in 7 days\.$/);
    expect(state.reason).not.toMatch(/failing over/);
  });

  it("a flapping region failing again minutes after its last failover finished: says how many times, not the finished one's OK", () => {
    const done = (start: string, status: "ok" | "warn" = "ok") => incident({ region: "uksouth", start, recoveredAt: new Date(Date.parse(start) + 80_000).toISOString(), status });
    const incidents = [done("2026-11-22T17:40:00Z"), done("2026-11-22T17:44:00Z"), { ...open("uksouth", "2026-11-22T17:48:00Z"), status: "warn" as const }];
    expect(tile(snapshot({ incidents, probeBlind: [] }))).toEqual({ status: "warn", reason: "UK South failing again, since 2026-11-22 17:48 UTC: its 3rd failover in 8 min." });
    // A failover of the same region more than 30 min after the last is not flapping.
    const apart = [done("2026-11-22T17:00:00Z"), { ...open("uksouth", "2026-11-22T17:48:00Z"), status: "warn" as const }];
    expect(tile(snapshot({ incidents: apart, probeBlind: [] })).reason).toBe("UK South failing over now, since 2026-11-22 17:48 UTC.");
  });
});

describe("wall failover tile: a region browning out while it is the only one serving", () => {
  it("says there is nowhere to fail it over to, instead of 'Front Door has not failed it over'", () => {
    const spans = [blind("2026-11-22T17:50:00Z", "2026-11-22T18:00:00Z", "westeurope")];
    const base = snapshot({ incidents: [], probeBlind: spans });
    const ukDown = { ...base, regions: base.regions.map((r) => (r.id === "uksouth" ? { ...r, originHealthy: false } : r)) };
    expect(tile(ukDown)).toEqual({ status: "warn", reason: "West Europe probe-blind 17:50–18:00 UTC, the only region serving: nowhere to fail it over to." });
    // UK South up again: the failover that did not happen is the news once more.
    expect(tile(base).reason).toBe("West Europe probe-blind 17:50–18:00 UTC: Front Door has not failed it over.");
  });
});
