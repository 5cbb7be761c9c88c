import { describe, expect, it } from "vitest";
import type { RegionSnapshot } from "@/lib/snapshot/types";
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

  it("speaks of all-but-one for three or more regions", () => {
    const regions: RegionSnapshot[] = [
      ...snapshot().regions,
      { ...snapshot().regions[0], id: "northeurope", displayName: "North Europe", survivorProjectedPercent: 60 },
    ];
    expect(survivorLines(regions)[2].text).toBe("If all but North Europe fail, North Europe runs at 60 %");
  });

  it("says no data instead of a number when the projection is missing", () => {
    const regions = snapshot().regions.map((r) => ({ ...r, survivorProjectedPercent: null, survivorStatus: "no-data" as const }));
    const lines = survivorLines(regions);
    expect(lines[0]).toMatchObject({ text: "If West Europe fails: no data for UK South", percent: null, status: "no-data" });
    expect(worstSurvivor(lines)?.percent).toBeNull();
  });

  it("with the survivor's origin health unknown: the number, not green, and what it rests on", () => {
    const regions = snapshot().regions.map((r) => ({ ...r, survivorProjectedPercent: 70, survivorStatus: "no-data" as const, survivorCaveat: `assumes ${r.displayName} could serve: its origin health is unknown` }));
    expect(survivorLines(regions)[0]).toMatchObject({ text: "If West Europe fails, UK South runs at 70 % (origin health unknown)", percent: 70, status: "no-data", unverified: true });
  });

  it("has nothing to say for a single region", () => {
    expect(survivorLines(snapshot().regions.slice(0, 1))).toEqual([]);
  });
});
