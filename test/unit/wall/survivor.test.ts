import { describe, expect, it } from "vitest";
import type { RegionSnapshot } from "@/lib/snapshot/types";
import { survivorLines, survivorStatus, worstSurvivor } from "@/lib/wall/survivor";
import { snapshot } from "./fixture";

const t = { warnPercent: 70, breachPercent: 90 };

describe("survivor sentence", () => {
  it("names the failed region and the survivor's projected load for two regions", () => {
    const lines = survivorLines(snapshot().regions, t);
    expect(lines.map((l) => l.text)).toEqual(["If West Europe fails, UK South runs at 118 %", "If UK South fails, West Europe runs at 127 %"]);
    expect(lines.map((l) => l.status)).toEqual(["breach", "breach"]);
    expect(worstSurvivor(lines)?.survivorId).toBe("westeurope");
  });

  it("speaks of all-but-one for three or more regions", () => {
    const regions: RegionSnapshot[] = [
      ...snapshot().regions,
      { ...snapshot().regions[0], id: "northeurope", displayName: "North Europe", survivorProjectedPercent: 60 },
    ];
    expect(survivorLines(regions, t)[2].text).toBe("If all but North Europe fail, North Europe runs at 60 %");
  });

  it("says no data instead of a number when the projection is missing", () => {
    const regions = snapshot().regions.map((r) => ({ ...r, survivorProjectedPercent: null }));
    const lines = survivorLines(regions, t);
    expect(lines[0]).toMatchObject({ text: "If West Europe fails: no data for UK South", percent: null, status: "no-data" });
    expect(worstSurvivor(lines)?.percent).toBeNull();
  });

  it("grades the projection: over 100 % breach, over warn threshold warn", () => {
    expect(survivorStatus(101, t)).toBe("breach");
    expect(survivorStatus(100, t)).toBe("warn");
    expect(survivorStatus(70, t)).toBe("ok");
    expect(survivorStatus(null, t)).toBe("no-data");
  });

  it("has nothing to say for a single region", () => {
    expect(survivorLines(snapshot().regions.slice(0, 1), t)).toEqual([]);
  });
});
