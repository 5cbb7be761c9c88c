import { describe, expect, it } from "vitest";
import { allUpstreamStale, compactAge, tileFreshness } from "@/lib/wall/tiles";
import type { Snapshot } from "@/lib/snapshot/types";
import { meta, run, snapshot } from "./fixture";

describe("tile freshness", () => {
  it("ages the server's data age by the time since the snapshot arrived", () => {
    expect(tileFreshness(snapshot(), ["replication"], 5)).toEqual({ ageSeconds: 17, staleSince: null, warnings: [] });
  });

  it("reports no age for a tile whose signals had no rows or are missing", () => {
    const s = snapshot({ signals: { replication: meta({ dataAgeSeconds: null }) } as Snapshot["signals"] });
    expect(tileFreshness(s, ["replication"], 5).ageSeconds).toBeNull();
    expect(tileFreshness(s, ["availability"], 5).ageSeconds).toBeNull();
  });

  it("marks a tile served from the gateway's stale cache with the earliest stale time", () => {
    const stale = meta({ queries: [run({ stale: { since: "2026-11-22T17:50:00Z", error: "429" } }), run({ stale: { since: "2026-11-22T17:40:00Z", error: "429" } })] });
    const s = snapshot({ signals: { ...snapshot().signals, conflicts: stale } });
    expect(tileFreshness(s, ["conflicts"], 0).staleSince).toBe("2026-11-22T17:40:00Z");
    expect(allUpstreamStale(s)).toBe(false);
    expect(allUpstreamStale(snapshot({ signals: { conflicts: stale } as Snapshot["signals"] }))).toBe(true);
  });
});

describe("compactAge", () => {
  it("reads from across the room", () => {
    expect(compactAge(12.4)).toBe("12 s");
    expect(compactAge(600)).toBe("10 min");
    expect(compactAge(10_800)).toBe("3 h");
    expect(compactAge(259_200)).toBe("3 d");
    expect(compactAge(null)).toBe("—");
  });
});
