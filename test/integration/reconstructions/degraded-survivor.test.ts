import { describe, expect, it } from "vitest";
import { survivorLines, worstSurvivor } from "@/lib/wall/survivor";
import { expectAllTrue, reconstructedAt, wallOf, type Placed } from "./reconstruct";

/**
 * A failover onto a survivor that was already failing: West Europe browns out behind a throttling
 * Cosmos partition (10 % of its requests failing from 13:50, probes green) when UK South goes down at
 * 14:00 for 15 min. Seed 001's game-day #1 survivor threw 429/503 after the failover; here it did
 * before, too. Read on every surface against the truth, then what must not be said: that Front Door
 * should fail West Europe over while it is the only region serving, or that the failover recovered
 * while West Europe's errors kept the edge failing.
 */
const UK = "uksouth";
const WE = "westeurope";

describe("UK South down for 15 min while West Europe, the survivor, browns out (10 % failing behind Cosmos 429s)", () => {
  const placed: Placed[] = [
    { name: "brownout", at: 110, minutes: 40, region: WE, errorRatio: 0.1 },
    { name: "region-outage", at: 120, minutes: 15, region: UK },
  ];
  const views = reconstructedAt(placed, [128, 170]);

  it("every surface says what the truth says, during and after", () => {
    for (const view of views()) expectAllTrue(view);
  });

  it("during: West Europe fails requests but is the only region serving, so the failover tile does not ask to fail it over", () => {
    const [during] = views();
    const wall = wallOf(during);
    expect(wall.tiles.incident.status).toBe("breach");
    expect(wall.tiles.incident.reason).toBe(
      "UK South failing over now, since 2026-11-20 14:00 UTC; none finished in 7 days. West Europe probe-blind 13:50–14:08 UTC, the only region serving: nowhere to fail it over to.",
    );
    // The Regions tile still says West Europe's requests fail: the news is kept, only the advice goes.
    expect(wall.tiles.regions.status).toBe("breach");
    expect(wall.tiles.regions.reason).toMatch(/^West Europe: Probe-blind 13:50–14:08 UTC \(ongoing\): its requests failed while Front Door's probes passed it\.$/);
    const we = during.snapshot.regions.find((r) => r.id === WE);
    expect([we?.originHealthy, we?.originStatus, we?.saturationStatus]).toEqual([true, "warn", "breach"]);
    expect(wall.tiles.saturation).toEqual({ status: "breach", reason: expect.stringMatching(/^West Europe: Cosmos throttling: 429s in 3 consecutive minutes/) });
    // The survivor line under that red tile: West Europe fails its own requests, so its 78 % is no
    // headroom and never OK (it read "With UK South down, West Europe runs at 78 %" in green).
    const lines = survivorLines(during.snapshot.regions);
    expect(lines.map((l) => [l.text, l.status, l.percent])).toEqual([
      ["UK South cannot serve (origin unhealthy)", "warn", null],
      ["With UK South down, West Europe is failing requests", "warn", null],
    ]);
    expect(worstSurvivor(lines)?.basis).toBe("cannot-serve");
    expect([we?.survivorBasis, we?.survivorStatus, we?.survivorCaveat]).toEqual([
      "failing",
      "warn",
      "West Europe is failing requests now (Cosmos throttling; requests failing while probes pass): it does not carry its own load",
    ]);
    // The open failover's survivor ran out: never an OK failover onto West Europe.
    const [incident] = during.snapshot.incidents;
    expect([incident.region, incident.recoveredAt, incident.survivor.region, incident.survivor.ranOut, incident.status]).toEqual([UK, null, WE, true, "breach"]);
    expect(incident.reasons.at(-1)).toMatch(/^Survivor West Europe ran out of headroom \(429s in 3 consecutive minutes\)/);
  });

  it("after: the failover took 30 min by the edge (West Europe's errors kept it failing), and the missed failover is advised again", () => {
    const [, after] = views();
    const [incident] = after.snapshot.incidents;
    expect([incident.recoveredAt, incident.rtoSeconds, incident.status]).toEqual(["2026-11-20T14:30:00.000Z", 1800, "breach"]);
    expect(incident.reasons[0]).toBe("Recovery took 30 min, over the 5 min RTO budget.");
    expect(after.review[0].reasons).toEqual(incident.reasons);
    // UK South is back: failing West Europe over was possible again from 14:15, so the sentence returns.
    expect(wallOf(after).tiles.incident).toEqual({ status: "breach", reason: "West Europe probe-blind 13:50–14:30 UTC: Front Door has not failed it over." });
    // Its brownout ended 20 min ago (no 429s, the blind span over): its load is its headroom again.
    const we = after.snapshot.regions.find((r) => r.id === WE);
    expect([we?.survivorBasis, we?.survivorStatus]).toEqual(["measured", "ok"]);
    expect(survivorLines(after.snapshot.regions)[1].text).toMatch(/^If UK South fails, West Europe runs at \d+(\.\d)? %$/);
  });
});
