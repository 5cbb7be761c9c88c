import { describe, expect, it } from "vitest";
import { alertRules } from "@/lib/alerts";
import { evaluateRuleAt } from "@/lib/alerts/replay";
import { runSeries } from "@/lib/catalog/series";
import { wallLagGauges } from "@/lib/wall/lag-gauges";
import { survivorLines, worstSurvivor } from "@/lib/wall/survivor";
import { expectAllTrue, FROM, min, reconstructedAt, threeRegions, wallOf, type Placed, type View } from "./reconstruct";

/**
 * A three-region deployment (test/fixtures/three-regions.json: UK South, West Europe, North Europe at
 * capacity 1 each; Cosmos multi-region writes replicating in all six directions; a SQL failover group
 * UK South → West Europe, one geo-secondary as Azure's failover groups have), read on every surface
 * against the simulator's truth: steady, one region down (two survivors share its load), two of three
 * down (the last carries everything), and replication lag on one pair of seven and on all of them.
 *
 * The survivor projection is SIGNALS 3.5's, every other region failing: with three regions sized to lose
 * one, a double failure projects ~114 % at the afternoon peak and WARNs; the screens name the failures it
 * supposes ("If UK South and North Europe fail, ..."), and while UK South is down "If North Europe fails
 * too" (the wall had said "If all but West Europe fail" with UK South already down).
 */
const UK = "uksouth";
const WE = "westeurope";
const NE = "northeurope";
const survivorRule = alertRules(threeRegions).find((r) => r.name === "aad-saturation-survivor-projection");
const region = (view: View, id: string) => {
  const r = view.snapshot.regions.find((x) => x.id === id);
  if (!r) throw new Error(`no row for ${id}`);
  return r;
};
const util = (view: View, id: string) => Math.max(region(view, id).cpuPercent ?? 0, region(view, id).ruPercent ?? 0);

/** The survivor alert rule, run as Azure runs it at the view's time: its values are the snapshot's projections. */
function expectAlertAgrees(view: View) {
  if (!survivorRule) throw new Error("no survivor alert rule");
  const evaluation = evaluateRuleAt(view.workspace, survivorRule, new Date(view.snapshot.asOf));
  for (const v of evaluation.values) {
    const shown = region(view, v.dimensions.region).survivorProjectedPercent;
    expect(v.value, `alert value for ${v.dimensions.region}`).toBeCloseTo(shown ?? Number.NaN, 1);
  }
  expect(evaluation.values).toHaveLength(3);
  expect(evaluation.firing, "the alert fires iff a region's projection is over 100 %").toBe(view.snapshot.regions.some((r) => (r.survivorProjectedPercent ?? 0) > 100));
}

/** The test every reconstruction here starts with: every surface, at every stage, against the truth. */
function itSaysWhatTheTruthSays(...stages: (() => View[])[]) {
  it("every surface says what the truth says, at every stage", () => {
    for (const views of stages) {
      for (const view of views()) {
        expectAllTrue(view);
        expectPairsTrue(view);
      }
    }
  });
}

/** Each pair's status and words, as the truth says them. */
function expectPairsTrue(view: View) {
  const key = (p: { tier: string; source: string; target: string }) => `${p.tier} ${p.source}→${p.target}`;
  expect(view.snapshot.replication.map((p) => [key(p), p.status, p.reason])).toEqual(view.truth.replication.map((p) => [key(p), p.status, p.reason]));
}

describe("three regions, steady afternoon peak", () => {
  const views = reconstructedAt([], [130], FROM, threeRegions);

  it("three regions and seven replication pairs OK; the survivor projection a double failure, said as one", () => {
    const [view] = views();
    expectAllTrue(view);
    expectPairsTrue(view);
    expect(view.snapshot.replication.map((p) => `${p.tier} ${p.source}→${p.target} ${p.status}`)).toEqual([
      "cosmos uksouth→westeurope ok",
      "cosmos uksouth→northeurope ok",
      "cosmos westeurope→uksouth ok",
      "cosmos westeurope→northeurope ok",
      "cosmos northeurope→uksouth ok",
      "cosmos northeurope→westeurope ok",
      "sql uksouth→westeurope ok",
    ]);
    for (const p of view.snapshot.replication) expect(p.reason).toBeNull();
    // Each region at ~38 %: SIGNALS 3.5 sums every region's load on each (~114 %), over 100 %: WARN, by the projection rule.
    const sum = util(view, UK) + util(view, WE) + util(view, NE);
    for (const id of [UK, WE, NE]) {
      const r = region(view, id);
      expect(r.survivorProjectedPercent).toBeCloseTo(sum, 6);
      expect([r.survivorStatus, r.saturationStatus, r.saturationRule]).toEqual(sum > 100 ? ["warn", "warn", "projection"] : ["ok", "ok", null]);
    }
    expect(sum).toBeGreaterThan(100);
    const lines = survivorLines(view.snapshot.regions);
    expect(lines.map((l) => l.text.replace(/\d+(\.\d)? %/, "N %"))).toEqual([
      "If West Europe and North Europe fail, UK South runs at N %",
      "If UK South and North Europe fail, West Europe runs at N %",
      "If UK South and West Europe fail, North Europe runs at N %",
    ]);
    expect(wallOf(view).tiles.saturation.status).toBe("warn");
    expectAlertAgrees(view);
  });
});

describe("three regions: UK South down for 20 min, West Europe and North Europe share its load", () => {
  const placed: Placed[] = [{ name: "region-outage", at: 120, minutes: 20, region: UK }];
  const views = reconstructedAt(placed, [130, 175], FROM, threeRegions);

  itSaysWhatTheTruthSays(views);

  it("during: each survivor's number is both survivors' load (if the other fails too), and it is said that way", () => {
    const [during] = views();
    const we = region(during, WE);
    const ne = region(during, NE);
    // Both carry half of UK South's share now (~54 % each); either failing leaves the other with ~108 %.
    for (const r of [we, ne]) {
      expect(r.survivorProjectedPercent).toBeCloseTo(util(during, WE) + util(during, NE), 6);
      expect([r.survivorBasis, r.survivorStatus, r.saturationStatus, r.saturationRule]).toEqual(["measured", "warn", "warn", "projection"]);
      expect(r.saturationReason).toMatch(/^Could not carry the others' load: 10\d % if they failed\.$/);
    }
    const lines = survivorLines(during.snapshot.regions);
    expect(lines.map((l) => l.text)).toEqual([
      "UK South cannot serve (origin unhealthy)",
      expect.stringMatching(/^If North Europe fails too, West Europe runs at 10\d %$/),
      expect.stringMatching(/^If West Europe fails too, North Europe runs at 10\d %$/),
    ]);
    // No line supposes UK South failing ("If all but West Europe fail" while it is down) or calls it a survivor.
    expect(lines.some((l) => /all but|UK South fails|With UK South down, UK South/.test(l.text))).toBe(false);
    expect(worstSurvivor(lines)?.survivorId).toBe(UK);
    expect(wallOf(during).tiles.saturation.status).toBe("warn");
    expectAlertAgrees(during);
  });

  it("during: the survivor chart draws the same projection per minute", async () => {
    const [during] = views();
    const chart = (await runSeries({ config: threeRegions, source: during.source, signal: "regions", range: { from: new Date(min(100)), to: new Date(min(130)) }, widthPx: 1200 })).response;
    const panel = chart.panels.find((p) => p.id === "survivor");
    expect(panel?.title).toBe("Survivor projection: load a region would carry alone");
    const we = panel?.series.find((x) => x.key === "survivor:westeurope")?.points ?? [];
    const at = (from: number, to: number) => {
      const values = we.filter((p) => p.t >= min(from) && p.t < min(to)).map((p) => p.v);
      expect(values.length, `points from minute ${from} to ${to}`).toBeGreaterThanOrEqual(to - from - 1);
      return values;
    };
    // Before: ~38 % each, every region's load on one (~114 %: SIGNALS 3.5's double failure).
    expect(at(100, 119).every((v) => v !== null && v > 100 && v < 130)).toBe(true);
    // UK South down (drained by 14:02): West Europe and North Europe at ~54 % each, either one alone ~108 %.
    expect(at(123, 129).every((v) => v !== null && v > 100)).toBe(true);
  });

  it("during: the incident's RPO counts both of UK South's Cosmos targets and its SQL secondary, the worst of them", () => {
    const [during] = views();
    const [incident] = during.snapshot.incidents;
    expect(incident.region).toBe(UK);
    expect(incident.rpoTiers.map((t) => `${t.tier} ${t.source}→${t.target} ${t.status}`)).toEqual([
      "cosmos uksouth→westeurope ok",
      "cosmos uksouth→northeurope ok",
      "sql uksouth→westeurope ok",
    ]);
    expect(incident.rpoSeconds).toBe(Math.max(...incident.rpoTiers.map((t) => t.lagSeconds ?? 0)));
    // The survivor is one of the two that stayed up, never UK South, and nothing else went down.
    expect([WE, NE]).toContain(incident.survivor.region);
    expect(incident.survivor.downToo).toBeUndefined();
    expect(during.review[0].survivor.region).toBe(incident.survivor.region);
    // Both stayed up and shared the load: the 429 count is theirs together, and the truth says the same.
    expect(incident.survivor.carriedBy).toEqual(threeRegions.regions.map((r) => r.id).filter((id) => id !== UK));
    expect(during.truth.incidents[0].survivor.carriedBy).toEqual(incident.survivor.carriedBy);
    // The pairs that touch UK South report nothing while it is down (absence, not zero lag); West Europe ↔ North Europe still do.
    expect(during.snapshot.replication.filter((p) => p.status !== "no-data").map((p) => `${p.source}→${p.target} ${p.status}`)).toEqual([
      "westeurope→northeurope ok",
      "northeurope→westeurope ok",
    ]);
    // The grey tile says why (it said nothing), counting the other silent pairs.
    expect(wallOf(during).tiles.replication).toEqual({ status: "no-data", reason: "cosmos: No lag sample: UK South is down (expected while it is, not zero lag). (+4 more)" });
  });

  it("after: the projection is every region's load again, and the incident closed within the RTO budget", () => {
    const [, after] = views();
    const sum = util(after, UK) + util(after, WE) + util(after, NE);
    for (const id of [UK, WE, NE]) {
      expect(region(after, id).survivorProjectedPercent).toBeCloseTo(sum, 6);
      expect(region(after, id).survivorStatus).toBe(sum > 100 ? "warn" : "ok");
    }
    const [incident] = after.snapshot.incidents;
    expect([incident.rtoStatus, incident.rpoStatus]).toEqual(["ok", "ok"]);
    expect(incident.recoveredAt).not.toBeNull();
    expectAlertAgrees(after);
  });
});

describe("three regions: UK South down, then West Europe 2 min later; North Europe carries everything", () => {
  const placed: Placed[] = [
    { name: "region-outage", at: 120, minutes: 20, region: UK },
    { name: "region-outage", at: 122, minutes: 20, region: WE },
  ];
  const views = reconstructedAt(placed, [132], FROM, threeRegions);

  itSaysWhatTheTruthSays(views);

  it("no surface calls a failed region a survivor, and the last one's headroom is its own load", () => {
    const [view] = views();
    const lines = survivorLines(view.snapshot.regions);
    expect(lines.map((l) => l.text)).toEqual([
      "UK South cannot serve (origin unhealthy)",
      "West Europe cannot serve (origin unhealthy)",
      expect.stringMatching(/^With UK South and West Europe down, North Europe runs at \d+(\.\d)? %$/),
    ]);
    const ne = region(view, NE);
    expect(ne.survivorProjectedPercent).toBeCloseTo(util(view, NE), 6);
    expect(ne.saturationStatus).toBe("breach");
    expect(ne.saturationReason).toMatch(/^Load \d+(\.\d)? %, over the 90 % breach line\.$/);
    for (const where of [view.snapshot.incidents, view.review]) {
      expect(where.map((i) => [i.region, i.survivor.region, i.survivor.downToo])).toEqual([
        [UK, NE, [WE]],
        [WE, NE, [UK]],
      ]);
      for (const i of where) for (const reason of i.reasons) expect(reason, "no failed region as survivor").not.toMatch(/Survivor (UK South|West Europe)/);
      // North Europe's CPU pinned at 100 % (it cannot read over 100, so "ran out" is left to 429s): WARN, saying it was left alone.
      expect(where.map((i) => i.reasons.at(-1))).toEqual([
        expect.stringMatching(/^Survivor North Europe peaked at \d+ %, above the 70 % warn line, West Europe down too\.$/),
        expect.stringMatching(/^Survivor North Europe peaked at \d+ %, above the 70 % warn line, UK South down too\.$/),
      ]);
    }
    // Availability burns as the truth says (expectAllTrue), and it pages: two thirds of the edge failed for minutes.
    expect(wallOf(view).tiles.availability.status).toBe("breach");
    expectAlertAgrees(view);
  });
});

describe("three regions: UK South down for 15 min while West Europe browns out (10 % failing behind Cosmos 429s)", () => {
  const placed: Placed[] = [
    { name: "brownout", at: 110, minutes: 40, region: WE, errorRatio: 0.1 },
    { name: "region-outage", at: 120, minutes: 15, region: UK },
  ];
  const views = reconstructedAt(placed, [128], FROM, threeRegions);

  itSaysWhatTheTruthSays(views);

  it("North Europe still serves: failing West Europe over is possible, so the tile asks for it; West Europe is no headroom", () => {
    const [view] = views();
    // With two regions this read "the only region serving: nowhere to fail it over to"; North Europe is there.
    expect(wallOf(view).tiles.incident.reason).toMatch(/West Europe probe-blind 13:50–14:08 UTC: Front Door has not failed it over\.$/);
    expect(survivorLines(view.snapshot.regions).map((l) => [l.text, l.basis])).toEqual([
      ["UK South cannot serve (origin unhealthy)", "cannot-serve"],
      ["If North Europe fails too, West Europe already fails requests", "failing"],
      [expect.stringMatching(/^If West Europe fails too, North Europe runs at \d+(\.\d)? %$/), "measured"],
    ]);
  });
});

describe("three regions: replication lag on one pair of seven, then on all of them", () => {
  // A salary-day write burst: the SQL geo-secondary falls 1.5 budgets behind; Cosmos keeps up.
  const burst = reconstructedAt([{ name: "lag-breach", at: 110, minutes: 20 }], [124], FROM, threeRegions);
  // A partition between the regions: every pair's lag climbs.
  const partition = reconstructedAt([{ name: "partition", at: 120, minutes: 10 }], [128], FROM, threeRegions);

  itSaysWhatTheTruthSays(burst, partition);

  it("one pair breaching: the lag tile names it, with no others to count", () => {
    const [view] = burst();
    const breaching = view.snapshot.replication.filter((p) => p.status !== "ok");
    expect(breaching.map((p) => `${p.tier} ${p.source}→${p.target} ${p.status}`)).toEqual(["sql uksouth→westeurope breach"]);
    expect(wallOf(view).tiles.replication).toEqual({ status: "breach", reason: expect.stringMatching(/^sql: \d+ s of UK South's writes not yet in West Europe \(RPO budget 30 s\): at risk if UK South fails\.$/) });
    // Seven pairs, four dials: the breaching SQL pair (configured last) has one; it had none under a red tile.
    expect(wallLagGauges(view.snapshot.replication).map((p) => `${p.tier} ${p.source}→${p.target}`)).toEqual([
      "cosmos uksouth→westeurope",
      "cosmos uksouth→northeurope",
      "cosmos westeurope→uksouth",
      "sql uksouth→westeurope",
    ]);
  });

  it("every pair breaching: the tile names the worst against its budget and counts the other six", () => {
    const [view] = partition();
    const pairs = view.snapshot.replication;
    expect(pairs.map((p) => p.status)).toEqual(Array(7).fill("breach"));
    const worst = [...pairs].sort((a, b) => (b.lagSecondsNow ?? 0) / b.budgetSeconds - (a.lagSecondsNow ?? 0) / a.budgetSeconds)[0];
    const tile = wallOf(view).tiles.replication;
    expect(tile.status).toBe("breach");
    expect(tile.reason).toBe(`${worst.tier}: ${worst.reason} (+6 more)`);
    expect(worst.tier).toBe("cosmos");
  });
});
