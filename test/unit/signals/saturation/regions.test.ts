import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import type { OriginHealthValue } from "@/lib/signals/origin-health";
import { regionRows, summarizeRegions, type RegionSaturation } from "@/lib/signals/saturation/regions";

const config = loadConfigFile("config/demo.json");
const ok = { status: "ok" as const, overBudgetSeconds: 0, reason: null };

/** uksouth silent (no CPU, no RU); westeurope carrying 97 % and projecting its own load. */
const sat: RegionSaturation[] = [
  { id: "uksouth", cpuPercent: null, ruPercent: null, throttled429: null, survivorProjectedPercent: 97, survivorStatus: "ok", status: "no-data", saturationReason: null, saturationRule: null, rangeWorst: ok, consecutive429: false },
  { id: "westeurope", cpuPercent: 97, ruPercent: 80, throttled429: 0, survivorProjectedPercent: 97, survivorStatus: "ok", status: "breach", saturationReason: "Load 97 %, over the 90 % breach line.", saturationRule: "load", rangeWorst: ok, consecutive429: false },
];

function health(uk: { originHealthy: boolean | null; trafficShareRatio: number | null }): OriginHealthValue {
  return {
    originFlips: [],
    probeBlind: [],
    flapping: [],
    origins: [],
    regions: [
      { id: "uksouth", ...uk, originStatus: uk.originHealthy === null ? "no-data" : uk.originHealthy ? "ok" : "breach", originReason: null, rangeWorst: ok, probeBlindNow: false },
      { id: "westeurope", originHealthy: true, originStatus: "ok", originReason: null, trafficShareRatio: 1 - (uk.trafficShareRatio ?? 0), rangeWorst: ok, probeBlindNow: false },
    ],
  };
}

describe("survivor projection of a silent region (SIGNALS 3.5)", () => {
  it("a silent region that is evicted or serves < 1 % is down: the survivor's projection is its own load, never blank", () => {
    for (const uk of [{ originHealthy: false, trafficShareRatio: 0.2 }, { originHealthy: true, trafficShareRatio: 0.004 }]) {
      const rows = regionRows(config, sat, health(uk));
      expect(rows.find((r) => r.id === "westeurope")?.survivorProjectedPercent).toBe(97);
    }
  });

  it("a silent region that still serves traffic is blind, not down: nobody's projection is known", () => {
    for (const uk of [{ originHealthy: true, trafficShareRatio: 0.45 }, { originHealthy: null, trafficShareRatio: null }]) {
      const rows = regionRows(config, sat, health(uk));
      expect(rows.map((r) => [r.survivorProjectedPercent, r.survivorStatus])).toEqual([
        [null, "no-data"],
        [null, "no-data"],
      ]);
    }
  });
});

describe("survivor projection while origin health is unknown", () => {
  const loaded = (projected: number): RegionSaturation[] =>
    sat.map((s) => ({ ...s, cpuPercent: 40, ruPercent: 30, survivorProjectedPercent: projected, survivorStatus: projected > 100 ? "warn" : "ok", status: "ok" }));
  const unknown = (): OriginHealthValue => {
    const h = health({ originHealthy: null, trafficShareRatio: 0.5 });
    return { ...h, regions: h.regions.map((r) => ({ ...r, originHealthy: null, originStatus: "no-data" as const })) };
  };

  it("keeps the measured number but not its OK, and says what it assumes", () => {
    const rows = regionRows(config, loaded(70), unknown());
    expect(rows.map((r) => [r.survivorProjectedPercent, r.survivorStatus, r.survivorCaveat])).toEqual([
      [70, "no-data", "assumes UK South could serve: its origin health is unknown"],
      [70, "no-data", "assumes West Europe could serve: its origin health is unknown"],
    ]);
  });

  it("over 100 % stays WARN (it cannot carry the load whatever its health), with the same caveat", () => {
    const rows = regionRows(config, loaded(130), unknown());
    expect(rows.map((r) => [r.survivorStatus, r.survivorCaveat !== null])).toEqual([
      ["warn", true],
      ["warn", true],
    ]);
  });

  it("with the survivor's origin UNHEALTHY: WARN, it cannot serve, whatever its measured load", () => {
    // UK South's probes fail while it still reports load (not yet evicted): its own projection is moot.
    const rows = regionRows(config, loaded(70), health({ originHealthy: false, trafficShareRatio: 0.3 }));
    expect(rows.map((r) => [r.id, r.survivorProjectedPercent, r.survivorStatus, r.survivorBasis, r.survivorCaveat])).toEqual([
      ["uksouth", 70, "warn", "cannot-serve", "UK South cannot serve: Front Door's probes fail its origin"],
      ["westeurope", 70, "ok", "measured", null],
    ]);
  });

  it("a survivor failing its own requests (Cosmos 429s, probe-blind) is not OK at 70 %: WARN, saying why", () => {
    const throttled = loaded(70).map((s) => (s.id === "westeurope" ? { ...s, consecutive429: true } : s));
    const h = health({ originHealthy: true, trafficShareRatio: 0.5 });
    h.regions[1] = { ...h.regions[1], originStatus: "warn", probeBlindNow: true };
    const rows = regionRows(config, throttled, h);
    expect(rows.map((r) => [r.id, r.survivorProjectedPercent, r.survivorStatus, r.survivorBasis, r.survivorCaveat])).toEqual([
      ["uksouth", 70, "ok", "measured", null],
      ["westeurope", 70, "warn", "failing", "West Europe is failing requests now (Cosmos throttling; requests failing while probes pass): it does not carry its own load"],
    ]);
    // Either cause alone is enough; an UNHEALTHY origin still says it cannot serve at all.
    expect(regionRows(config, throttled, health({ originHealthy: true, trafficShareRatio: 0.5 }))[1].survivorCaveat).toBe(
      "West Europe is failing requests now (Cosmos throttling): it does not carry its own load",
    );
    const evicted = loaded(70).map((s) => ({ ...s, consecutive429: true }));
    expect(regionRows(config, evicted, health({ originHealthy: false, trafficShareRatio: 0.3 }))[0].survivorBasis).toBe("cannot-serve");
  });

  it("with origin health known, the projection is graded as before and carries no caveat", () => {
    const rows = regionRows(config, loaded(70), health({ originHealthy: true, trafficShareRatio: 0.5 }));
    expect(rows.map((r) => [r.survivorProjectedPercent, r.survivorStatus, r.survivorCaveat])).toEqual([
      [70, "ok", null],
      [70, "ok", null],
    ]);
  });
});

describe("the regions panel's header summarises its rows (summarizeRegions)", () => {
  const fine: RegionSaturation[] = sat.map((s) => ({ ...s, cpuPercent: 40, ruPercent: 30, survivorProjectedPercent: 70, status: "ok" }));
  const silent = "Front Door logs silent since 10:59 UTC (25 min): origin health unknown.";
  const blindHealth = (): OriginHealthValue => {
    const h = health({ originHealthy: null, trafficShareRatio: null });
    return { ...h, regions: h.regions.map((r) => ({ ...r, originHealthy: null, originStatus: "no-data" as const, originReason: silent })) };
  };
  const meta = { status: "ok" as const, dataAgeSeconds: 30, queries: [], warnings: [] };

  it("saturation OK but every origin NO DATA (Front Door logs stopped): the header says NO DATA, with the rows' reason once", () => {
    const rows = regionRows(config, fine, blindHealth());
    expect(rows.map((r) => [r.saturationStatus, r.originStatus, r.status])).toEqual([
      ["ok", "no-data", "no-data"],
      ["ok", "no-data", "no-data"],
    ]);
    const m = summarizeRegions({ regions: rows }, meta);
    expect(m.status).toBe("no-data");
    expect(m.reason).toBe(silent);
    // The panel's NO DATA line reads the warnings: it must say why, not "no rows in the selected window".
    expect(m.warnings).toEqual([silent]);
    expect(m.dataAgeSeconds).toBe(30);
  });

  it("one region's origin unhealthy under a fine saturation: BREACH, naming the region", () => {
    const h = health({ originHealthy: false, trafficShareRatio: 0.2 });
    h.regions[0].originReason = "Origin UNHEALTHY: Front Door's probes fail it.";
    const m = summarizeRegions({ regions: regionRows(config, fine, h) }, meta);
    expect(m).toMatchObject({ status: "breach", reason: "UK South: Origin UNHEALTHY: Front Door's probes fail it." });
    expect(m.warnings).toEqual([]);
  });

  it("a breach outranks another region's NO DATA, and every row OK gives OK without a reason", () => {
    const rows = regionRows(config, sat, health({ originHealthy: true, trafficShareRatio: 0.45 }));
    expect(rows.map((r) => r.status)).toEqual(["no-data", "breach"]);
    expect(summarizeRegions({ regions: rows }, meta)).toMatchObject({
      status: "breach",
      reason: "West Europe: Saturation BREACH: Load 97 %, over the 90 % breach line.",
    });
    const ok = summarizeRegions({ regions: regionRows(config, fine, health({ originHealthy: true, trafficShareRatio: 0.5 })) }, { ...meta, reason: "stale" });
    expect(ok.status).toBe("ok");
    expect(ok.reason).toBeUndefined();
  });
});
