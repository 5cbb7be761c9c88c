import { describe, expect, it } from "vitest";
import type { RegionSnapshot } from "@/lib/snapshot/types";
import { survivorVerdict } from "@/lib/signals/saturation/regions";
import { survivorLines, worstSurvivor } from "@/lib/wall/survivor";
import { snapshot } from "./fixture";

describe("survivor sentence", () => {
  it("names the failed region and the survivor's projected load for two regions", () => {
    const lines = survivorLines(snapshot().regions);
    expect(lines.map((l) => l.text)).toEqual(["If West Europe fails, UK South runs at 118 %", "If UK South fails, West Europe runs at 127 %"]);
    // The saturation signal graded the projection (SIGNALS 3.5: over 100 % warns); the line shows that grade.
    expect(lines.map((l) => l.status)).toEqual(["warn", "warn"]);
    expect(worstSurvivor(lines)?.survivorId).toBe("westeurope");
  });

  it("does not print a load just under capacity as 100 % beside an OK grade", () => {
    const regions = snapshot().regions.map((r) => ({ ...r, survivorProjectedPercent: r.id === "uksouth" ? 99.8 : 100.3, survivorStatus: r.id === "uksouth" ? ("ok" as const) : ("warn" as const) }));
    expect(survivorLines(regions).map((l) => [l.text, l.status])).toEqual([
      ["If West Europe fails, UK South runs at 99.8 %", "ok"],
      ["If UK South fails, West Europe runs at 100.3 %", "warn"],
    ]);
  });

  it("with three regions: the regions the number supposes fail are named, and a region already down is a fact, not an if", () => {
    const base = snapshot().regions;
    const three = (downIds: string[]): RegionSnapshot[] =>
      [...base, { ...base[0], id: "northeurope", displayName: "North Europe", survivorProjectedPercent: 60 }].map((r) =>
        downIds.includes(r.id) ? { ...r, originHealthy: false, ...survivorVerdict(60, "ok", "breach", r.displayName) } : { ...r, ...survivorVerdict(60, "ok", "ok", r.displayName) },
      );
    // All up: SIGNALS 3.5 supposes both others fail.
    expect(survivorLines(three([]))[2].text).toBe("If UK South and West Europe fail, North Europe runs at 60 %");
    // UK South down: West Europe and North Europe share its load; the supposition is the other survivor.
    expect(survivorLines(three(["uksouth"])).map((l) => l.text)).toEqual([
      "UK South cannot serve (origin unhealthy)",
      "If North Europe fails too, West Europe runs at 60 %",
      "If West Europe fails too, North Europe runs at 60 %",
    ]);
    // Two of three down: the last one carries everything, and no failed region reads as a survivor.
    expect(survivorLines(three(["uksouth", "westeurope"])).map((l) => l.text)).toEqual([
      "UK South cannot serve (origin unhealthy)",
      "West Europe cannot serve (origin unhealthy)",
      "With UK South and West Europe down, North Europe runs at 60 %",
    ]);
  });

  it("says no data instead of a number when the projection is missing", () => {
    const regions = snapshot().regions.map((r) => ({ ...r, survivorProjectedPercent: null, survivorStatus: "no-data" as const }));
    const lines = survivorLines(regions);
    expect(lines[0]).toMatchObject({ text: "If West Europe fails: no data for UK South", percent: null, status: "no-data" });
    expect(worstSurvivor(lines)?.percent).toBeNull();
  });

  it("with the survivor's origin health unknown: the number, not green, and what it rests on", () => {
    const regions = snapshot().regions.map((r) => ({ ...r, ...survivorVerdict(70, "ok", "no-data", r.displayName) }));
    expect(survivorLines(regions)[0]).toMatchObject({ text: "If West Europe fails, UK South runs at 70 % (origin health unknown)", percent: 70, status: "no-data", basis: "unverified" });
  });

  it("with the survivor's origin UNHEALTHY: it cannot serve, no reassuring number, and that is the headline", () => {
    // UK South's probes fail: West Europe is the one that could carry the load (and at 64 % it can).
    const regions = snapshot().regions.map((r) =>
      r.id === "uksouth" ? { ...r, originHealthy: false, originStatus: "breach" as const, ...survivorVerdict(64, "ok", "breach", r.displayName) } : { ...r, ...survivorVerdict(64, "ok", "ok", r.displayName) },
    );
    const lines = survivorLines(regions);
    expect(lines.map((l) => [l.text, l.status, l.percent])).toEqual([
      ["UK South cannot serve (origin unhealthy)", "warn", null],
      // UK South has failed already: its failover is not an "if".
      ["With UK South down, West Europe runs at 64 %", "ok", 64],
    ]);
    expect(worstSurvivor(lines)?.survivorId).toBe("uksouth");
  });

  it("with the survivor failing its own requests: no load figure passing for headroom, and that is the headline", () => {
    // West Europe throttled by Cosmos at 78 %: runs at 78 % under a red throttling tile read as "fine".
    const failing = (downUk: boolean) =>
      snapshot().regions.map((r) =>
        r.id === "uksouth"
          ? { ...r, ...survivorVerdict(78, "ok", downUk ? "breach" : "ok", r.displayName) }
          : { ...r, ...survivorVerdict(78, "ok", "warn", r.displayName, ["throttling"]) },
      );
    const during = survivorLines(failing(true));
    expect(during.map((l) => [l.text, l.status, l.percent, l.basis])).toEqual([
      ["UK South cannot serve (origin unhealthy)", "warn", null, "cannot-serve"],
      ["With UK South down, West Europe is failing requests", "warn", null, "failing"],
    ]);
    const before = survivorLines(failing(false));
    expect(before.map((l) => [l.text, l.status])).toEqual([
      ["If West Europe fails, UK South runs at 78 %", "ok"],
      ["If UK South fails, West Europe already fails requests", "warn"],
    ]);
    expect(worstSurvivor(before)?.survivorId).toBe("westeurope");
  });

  it("has nothing to say for a single region", () => {
    expect(survivorLines(snapshot().regions.slice(0, 1))).toEqual([]);
  });
});
