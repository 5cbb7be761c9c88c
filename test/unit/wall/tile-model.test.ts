import { describe, expect, it } from "vitest";
import { wallTileSignals } from "@/lib/catalog/descriptors";
import type { RegionSnapshot, Snapshot } from "@/lib/snapshot/types";
import { survivorVerdict } from "@/lib/signals/saturation/regions";
import { tileState, wallModel, wallStatus } from "@/lib/wall/tile-model";
import { incident, meta, snapshot } from "./fixture";

/**
 * The wall's statuses, combined once in lib while the snapshot is built: each tile's status and
 * reason, and the header's. The wall's components only render them.
 */
const TILES = wallTileSignals();
const SILENT = "Front Door logs silent since 10:59 UTC (25 min): origin health unknown.";

function region(s: Snapshot, i: number, overrides: Partial<RegionSnapshot>): RegionSnapshot {
  return { ...s.regions[i], ...overrides };
}

function withRegions(patch: Partial<RegionSnapshot>[]): Snapshot {
  const s = snapshot();
  return { ...s, regions: s.regions.map((_, i) => region(s, i, patch[i] ?? {})) };
}

describe("wall tile model: the data tiles' reasons", () => {
  const pair = (over: Partial<Snapshot["replication"][number]>): Snapshot["replication"][number] => ({ ...snapshot().replication[0], ...over });

  it("replication: the pair driving the status, furthest over its budget, in its own words, and how many more say something", () => {
    const s = snapshot({
      replication: [
        pair({ tier: "sql", lagSecondsNow: 40, budgetSeconds: 30, status: "breach", reason: "sql words" }),
        pair({ tier: "cosmos", lagSecondsNow: 60, budgetSeconds: 5, status: "breach", reason: "cosmos words" }),
        pair({ tier: "cosmos", source: "westeurope", target: "uksouth", lagSecondsNow: 3, status: "warn", reason: "warn words" }),
        pair({ tier: "cosmos", lagSecondsNow: 1, status: "ok", reason: null }),
      ],
    });
    expect(wallModel(s, TILES).tiles.replication).toEqual({ status: "breach", reason: "cosmos: cosmos words (+2 more)" });
    expect(wallModel(snapshot(), TILES).tiles.replication).toEqual({ status: "ok", reason: null });
  });
});

describe("wall tile model", () => {
  it("gives every tile of the registry's wall map a state, plus the SLO view's two", () => {
    const m = wallModel(snapshot(), TILES);
    expect(Object.keys(m.tiles).sort()).toEqual([...Object.keys(TILES), "slo-burn", "slo-summary"].sort());
  });

  it("regions: the headline of the region rows; silent Front Door logs are NO DATA, said once with the silent source", () => {
    const s = withRegions([
      { originHealthy: null, originStatus: "no-data", originReason: SILENT, status: "no-data" },
      { originHealthy: null, originStatus: "no-data", originReason: SILENT, status: "no-data" },
    ]);
    const m = wallModel(s, TILES);
    expect(m.tiles.regions).toEqual({ status: "no-data", reason: SILENT });
    // Saturation keeps its own grade: CPU and RU still report.
    expect(m.tiles.saturation).toEqual({ status: "warn", reason: null });
  });

  it("regions: per-region reasons carry the region's name; a breach outranks NO DATA", () => {
    const other = "No Front Door traffic or failed probe for this region's origins in the range: origin health unknown.";
    const s = withRegions([{ originStatus: "no-data", originReason: other, status: "no-data" }, { originHealthy: false, originStatus: "breach", originReason: "Origin UNHEALTHY: Front Door's probes fail it.", status: "breach" }]);
    expect(wallModel(s, TILES).tiles.regions).toEqual({ status: "breach", reason: `UK South: ${other}` });
  });

  it("regions: a probe-blind origin (probes pass, requests fail) warns and says so, never a green tile", () => {
    const blind = "Probe-blind 13:00–13:30 UTC: its requests failed while Front Door's probes passed it.";
    const s = withRegions([{ originHealthy: true, originStatus: "warn", originReason: blind, status: "warn" }, {}]);
    expect(wallModel(s, TILES).tiles.regions).toEqual({ status: "warn", reason: `UK South: ${blind}` });
  });

  it("regions: an UNHEALTHY origin that flaps says so (its card says only UNHEALTHY); a plain UNHEALTHY adds nothing", () => {
    const flapping = "Origin UNHEALTHY · flapping: 5 health flips in 8 min (14:01–14:09 UTC).";
    const down = { originHealthy: false, originStatus: "breach" as const, status: "breach" as const };
    expect(wallModel(withRegions([{}, { ...down, originReason: flapping }]), TILES).tiles.regions).toEqual({ status: "breach", reason: `West Europe: ${flapping}` });
    expect(wallModel(withRegions([{}, { ...down, originReason: "Origin UNHEALTHY: Front Door's probes fail it." }]), TILES).tiles.regions).toEqual({ status: "breach", reason: null });
  });

  it("saturation: the regions' saturation and survivor grades, not the combined region status", () => {
    const measured = (name: string) => survivorVerdict(60, "ok", "ok", name);
    const s = withRegions([
      { saturationStatus: "ok", originStatus: "no-data", status: "no-data", ...survivorVerdict(60, "warn", "no-data", "UK South") },
      { saturationStatus: "ok", status: "ok", ...measured("West Europe") },
    ]);
    // UK South's own projection is over 100 % (WARN) whatever its origin: the tile warns, the region row says NO DATA.
    expect(wallModel(s, TILES).tiles.saturation.status).toBe("warn");
    const fine = withRegions([
      { saturationStatus: "ok", ...measured("UK South") },
      { saturationStatus: "ok", ...measured("West Europe") },
    ]);
    expect(wallModel(fine, TILES).tiles.saturation).toEqual({ status: "ok", reason: null });
    const hot = withRegions([{ saturationStatus: "breach" }, { saturationStatus: "no-data" }]);
    expect(wallModel(hot, TILES).tiles.saturation.status).toBe("breach");
  });

  it("saturation: never OK while a survivor line rests on unknown origin health (its sentence says so, lib/wall/survivor.ts)", () => {
    // CPU and RU measured and fine; the probe log is not exported, so neither region's origin health is known.
    const s = withRegions([
      { saturationStatus: "ok", originHealthy: null, originStatus: "no-data", status: "no-data", ...survivorVerdict(64, "ok", "no-data", "UK South") },
      { saturationStatus: "ok", originHealthy: null, originStatus: "no-data", status: "no-data", ...survivorVerdict(64, "ok", "no-data", "West Europe") },
    ]);
    expect(wallModel(s, TILES).tiles.saturation).toEqual({ status: "no-data", reason: null });
  });

  it("saturation: a survivor whose origin is UNHEALTHY cannot serve: not OK (its sentence, the tile's headline, says which)", () => {
    const s = withRegions([
      { saturationStatus: "ok", originHealthy: false, originStatus: "breach", status: "breach", ...survivorVerdict(64, "ok", "breach", "UK South") },
      { saturationStatus: "ok", ...survivorVerdict(64, "ok", "ok", "West Europe") },
    ]);
    expect(wallModel(s, TILES).tiles.saturation).toEqual({ status: "warn", reason: null });
  });

  it("saturation: an evicted region's silent CPU and RU do not grey the tile over the survivor carrying its load", () => {
    // Mid-failover: UK South down (no CPU or RU rows, origin UNHEALTHY), West Europe carrying everything.
    const down = { saturationStatus: "no-data" as const, cpuPercent: null, ruPercent: null, originHealthy: false, originStatus: "breach" as const, status: "breach" as const, ...survivorVerdict(null, "no-data", "breach", "UK South") };
    const hot = withRegions([down, { saturationStatus: "warn", ...survivorVerdict(89, "ok", "ok", "West Europe") }]);
    expect(wallModel(hot, TILES).tiles.saturation).toEqual({ status: "warn", reason: null });
    const runningOut = withRegions([down, { saturationStatus: "breach", ...survivorVerdict(97, "ok", "ok", "West Europe") }]);
    expect(wallModel(runningOut, TILES).tiles.saturation.status).toBe("breach");
    // A region whose origin is healthy but whose metrics are missing is still NO DATA.
    const silent = withRegions([{ saturationStatus: "no-data", cpuPercent: null, ruPercent: null }, { saturationStatus: "warn" }]);
    expect(wallModel(silent, TILES).tiles.saturation.status).toBe("no-data");
  });

  it("saturation: a breach on Cosmos 429s at a low load says why under the tile's title; a breach on load does not repeat its bar", () => {
    const throttled = "Cosmos throttling: 429s in 3 consecutive minutes (6000 in 5 min) at 39 % load.";
    const brownout = withRegions([{ cpuPercent: 38, ruPercent: 39, throttled429: 6000, saturationStatus: "breach", saturationRule: "throttling", saturationReason: throttled }, {}]);
    expect(wallModel(brownout, TILES).tiles.saturation).toEqual({ status: "breach", reason: `UK South: ${throttled}` });
    const hot = withRegions([{ cpuPercent: 94, saturationStatus: "breach", saturationRule: "load", saturationReason: "Load 94 %, over the 90 % breach line." }, {}]);
    expect(wallModel(hot, TILES).tiles.saturation).toEqual({ status: "breach", reason: null });
  });

  it("replication and conflicts: NO DATA ranks above warn, and an empty list is NO DATA, never green", () => {
    const base = snapshot();
    const s: Snapshot = { ...base, replication: [{ ...base.replication[0], status: "warn" }, { ...base.replication[0], target: "x", status: "no-data" }], conflicts: [] };
    const m = wallModel(s, TILES);
    expect(m.tiles.replication.status).toBe("no-data");
    expect(m.tiles.conflicts.status).toBe("no-data");
  });

  it("availability: the reason is the PAGE or TICKET rule, or the overspent downtime", () => {
    const base = snapshot();
    const page = { ...base, availability: { ...base.availability, status: "breach" as const, alerts: [{ severity: "page" as const, rule: "1h and 5m burn > 14.4" }] } };
    expect(wallModel(page, TILES).tiles.availability).toEqual({ status: "breach", reason: "PAGE · 1h and 5m burn > 14.4" });
    expect(wallModel(page, TILES).tiles["slo-burn"].status).toBe("breach");
    const over = { ...base, availability: { ...base.availability, status: "warn" as const, downtimeOverspent: true, downtimeMinutes: 30 } };
    expect(wallModel(over, TILES).tiles.availability).toEqual({ status: "warn", reason: "30.0 bad minutes of 21.6 allowed" });
    const blind = { ...base, availability: { ...base.availability, sli: null, status: "no-data" as const } };
    expect(wallModel(blind, TILES).tiles["slo-burn"].status).toBe("no-data");
  });

  it("slo-burn: never OK on a silent log or an unknown window, though no alert fired", () => {
    const base = snapshot();
    expect(wallModel(base, TILES).tiles["slo-burn"].status).toBe("ok");
    // Front Door's log silent for 25 min: the SLI (30 days) is known, the 5 min burn is not.
    const silent = { ...base, availability: { ...base.availability, status: "no-data" as const, alerts: [], burnRates: { ...base.availability.burnRates, "5m": null } } };
    expect(wallModel(silent, TILES).tiles["slo-burn"].status).toBe("no-data");
    const unknownWindow = { ...base, availability: { ...base.availability, burnRates: { ...base.availability.burnRates, "30m": null } } };
    expect(wallModel(unknownWindow, TILES).tiles["slo-burn"].status).toBe("no-data");
  });

  it("incident: the last finished incident's status; OK without one; NO DATA without incident data", () => {
    const base = snapshot();
    expect(wallModel({ ...base, incidents: [incident({ status: "breach" })] }, TILES).tiles.incident.status).toBe("breach");
    expect(wallModel({ ...base, incidents: [] }, TILES).tiles.incident.status).toBe("ok");
    expect(wallModel({ ...base, signals: { ...base.signals, incidents: meta({ status: "no-data" }) } }, TILES).tiles.incident.status).toBe("no-data");
  });

  it("incident: never 'no failover in 7 days' while one is open and none has finished: the open one's status, saying so", () => {
    const base = snapshot();
    const open = incident({ region: "uksouth", start: "2026-11-20T11:00:00Z", recoveredAt: null, rtoSeconds: null, status: "warn" });
    expect(wallModel({ ...base, incidents: [open] }, TILES).tiles.incident).toEqual({ status: "warn", reason: "UK South failing over now, since 2026-11-20 11:00 UTC; none finished in 7 days." });
    // With a finished one the tile still shows that one's RTO, but takes the open one's status and says
    // it runs: the finished one's green alone read as "recovered" while the region was down again.
    expect(wallModel({ ...base, incidents: [open, incident({ status: "ok" })] }, TILES).tiles.incident).toEqual({ status: "warn", reason: "UK South failing over now, since 2026-11-20 11:00 UTC." });
  });

  it("incident: NO DATA with the signal's reason while its source is silent, even over a finished OK incident", () => {
    const base = snapshot();
    const reason = "No failover seen up to 10:59 UTC; Front Door logs silent since then (25 min).";
    const blind = { ...base, incidents: [incident({ status: "ok" })], signals: { ...base.signals, incidents: meta({ status: "no-data", reason }) } };
    expect(wallModel(blind, TILES).tiles.incident).toEqual({ status: "no-data", reason });
  });

  it("header: breach while an incident is open, else the signals' headline", () => {
    const base = snapshot();
    expect(wallModel(base, TILES).status).toBe("ok");
    expect(wallModel({ ...base, signals: { ...base.signals, originHealth: meta({ status: "no-data" }), replication: meta({ status: "warn" }) } }, TILES).status).toBe("no-data");
    expect(wallModel({ ...base, incidents: [incident({ recoveredAt: null })] }, TILES).status).toBe("breach");
  });

  it("a tile without its own rule gets its signals' headline", () => {
    const base = snapshot();
    const s = { ...base, signals: { ...base.signals, platformHealth: meta({ status: "warn" }) } };
    expect(wallModel(s, { ...TILES, platform: ["platformHealth", "outsideIn"] }).tiles.platform).toEqual({ status: "warn", reason: null });
  });

  it("a snapshot without a model reads NO DATA, never a green default", () => {
    expect(tileState(snapshot(), "regions")).toEqual({ status: "no-data", reason: null });
    expect(wallStatus(null)).toBe("no-data");
    expect(wallStatus(snapshot())).toBe("no-data");
  });
});
