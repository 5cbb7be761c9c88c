import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import type { OriginHealthValue } from "@/lib/signals/origin-health";
import { regionRows, type RegionSaturation } from "@/lib/signals/saturation/regions";

const config = loadConfigFile("config/demo.json");
const ok = { status: "ok" as const, overBudgetSeconds: 0, reason: null };

/** uksouth silent (no CPU, no RU); westeurope carrying 97 % and projecting its own load. */
const sat: RegionSaturation[] = [
  { id: "uksouth", cpuPercent: null, ruPercent: null, throttled429: null, survivorProjectedPercent: 97, survivorStatus: "ok", status: "no-data", rangeWorst: ok },
  { id: "westeurope", cpuPercent: 97, ruPercent: 80, throttled429: 0, survivorProjectedPercent: 97, survivorStatus: "ok", status: "breach", rangeWorst: ok },
];

function health(uk: { originHealthy: boolean | null; trafficShareRatio: number | null }): OriginHealthValue {
  return {
    originFlips: [],
    probeBlind: [],
    flapping: [],
    origins: [],
    regions: [
      { id: "uksouth", ...uk, originStatus: uk.originHealthy === null ? "no-data" : uk.originHealthy ? "ok" : "breach", originReason: null, rangeWorst: ok },
      { id: "westeurope", originHealthy: true, originStatus: "ok", originReason: null, trafficShareRatio: 1 - (uk.trafficShareRatio ?? 0), rangeWorst: ok },
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
