import { describe, expect, it } from "vitest";
import { periodIncidents } from "@/lib/review/incidents";
import { reviewPeriod } from "@/lib/review/period";
import { simulate, type ScenarioPlacement } from "@/lib/simulator";
import type { IncidentSnapshot } from "@/lib/snapshot/types";
import { lastClosedIncident, openIncident, openRegions } from "@/lib/wall/incidents";
import { survivorLines } from "@/lib/wall/survivor";
import { config, expectAllTrue, FROM, min, reconstructedAt, SEED, wallOf, type Placed, type View } from "./reconstruct";

/**
 * Real incidents are rarely one clean shape: compositions and boundaries, reconstructed and read on
 * every surface (the snapshot's rows and statuses, the wall's tiles, the incident list, the review's
 * incidents and months) against the simulator's truth, then what each surface must NOT say:
 *
 * - a global dependency failing every region at once (Azure AD's key-rotation outage of 15 Mar 2021,
 *   sign-ins failing worldwide; a bad global deploy such as CrowdStrike's of 19 Jul 2024): nothing to
 *   fail over to, so no "failing over", no survivor with headroom, no pair of independent failovers;
 * - a flapping origin (seed 000, an unstable origin evicted and re-admitted): four 2-minute outages
 *   4 minutes apart, read while the next one runs;
 * - a failover in a write burst (seed 001, game-day #3): the RPO breach on the incident, the wall's
 *   failover tile and the review, in the same words;
 * - the same global outage at a month's end (23:50 on 30 Nov to 00:10 on 1 Dec), read while it runs
 *   and after: the review's months split the downtime as the truth does and list each incident once.
 */
const UK = "uksouth";
const WE = "westeurope";
const NAMES = /^(UK South and West Europe|West Europe and UK South)/;

/** What the incident list, the review and the wall's tiles say, joined: no sentence may advise a failover. */
function everySentence(view: View, more: readonly IncidentSnapshot[] = []): string[] {
  const wall = wallOf(view);
  const incidents = [...view.snapshot.incidents, ...view.review, ...more];
  return [...Object.values(wall.tiles).map((t) => t.reason ?? ""), ...incidents.flatMap((i) => i.reasons), view.snapshot.outsideIn.verdict.headline];
}

describe("a global dependency fails both regions at once for 20 min (Azure AD, 15 Mar 2021; a bad global deploy)", () => {
  const both: Placed[] = [
    { name: "region-outage", at: 120, minutes: 20, region: UK },
    { name: "region-outage", at: 120, minutes: 20, region: WE },
  ];
  const views = reconstructedAt(both, [126, 135, 170]);

  it("every surface says what the truth says, early, late and after", () => {
    for (const view of views()) expectAllTrue(view);
  });

  it("while it runs: no region left to fail over to, said once for both, never 'failing over'", () => {
    for (const view of views().slice(0, 2)) {
      const wall = wallOf(view);
      expect(wall.status).toBe("breach");
      expect(wall.tiles.incident.status).toBe("breach");
      expect(wall.tiles.incident.reason).toMatch(NAMES);
      expect(wall.tiles.incident.reason).toMatch(/ down at once, since 2026-11-20 14:00 UTC: no region left to fail over to; none finished in 7 days\.$/);
      for (const sentence of everySentence(view)) expect(sentence).not.toMatch(/failing over|fail over to (UK South|West Europe)/i);
      // Both are open, each saying the other failed too: not two failovers in progress.
      expect(view.snapshot.incidents.map((i) => [i.region, i.recoveredAt, i.survivor.region, i.survivor.downToo])).toEqual([
        [UK, null, null, [WE]],
        [WE, null, null, [UK]],
      ]);
      // The INCIDENT OPEN banner names both, not one region failing over onto the other.
      expect(new Set(openRegions(view.snapshot.incidents))).toEqual(new Set([UK, WE]));
      expect(view.snapshot.outsideIn.verdict.kind).toBe("region-failing");
      expect(view.snapshot.outsideIn.verdict.headline).toMatch(/^UK South and West Europe failing: /);
    }
  });

  it("no survivor with headroom: every survivor line says it cannot serve, none gives a load to fail over onto", () => {
    for (const view of views().slice(0, 2)) {
      const lines = survivorLines(view.snapshot.regions);
      expect(lines.map((l) => [l.text, l.percent])).toEqual([
        ["UK South cannot serve (origin unhealthy)", null],
        ["West Europe cannot serve (origin unhealthy)", null],
      ]);
      expect(wallOf(view).tiles.saturation.status).not.toBe("ok");
      for (const r of view.snapshot.regions) expect([r.id, r.originHealthy, r.originStatus]).toEqual([r.id, false, "breach"]);
    }
  });

  it("after: two breaches over the RTO budget that no survivor carried, never two failovers that worked", () => {
    const after = views()[2];
    for (const i of [...after.snapshot.incidents, ...after.review]) {
      expect(i.status).toBe("breach");
      expect(i.rtoStatus).toBe("breach");
      expect(i.reasons[0]).toMatch(/^Recovery took 20 min, over the 5 min RTO budget\.$/);
      expect(i.reasons).toContain(`No region stayed up to carry the load: ${i.region === UK ? "West Europe" : "UK South"} failed too.`);
    }
    expect(wallOf(after).tiles.incident.status).toBe("breach");
    expect(lastClosedIncident(after.snapshot.incidents)?.survivor.region).toBeNull();
  });

  it("availability burns: a page while it runs, and the review counts 20 bad minutes once, not once per region", async () => {
    const [early, late, after] = views();
    for (const view of [early, late]) {
      expect(view.snapshot.availability.status).toBe("breach");
      expect(wallOf(view).tiles.availability.reason).toMatch(/^PAGE · /);
    }
    const period = await reviewPeriod({ config, source: after.source, spec: { id: "day", label: "20 Nov", from: new Date(FROM), to: new Date(min(170)) }, now: new Date(min(170)) });
    expect(period.budget.downtimeMinutes).toBe(after.truth.availability.downtimeMinutes);
    expect(period.budget.downtimeMinutes).toBe(20);
    expect(period.incidents.map((i) => [i.region, i.status])).toEqual([
      [UK, "breach"],
      [WE, "breach"],
    ]);
  });
});

describe("a flapping origin (seed 000): UK South down for 2 min every 4 min, four times", () => {
  const flaps: Placed[] = [0, 4, 8, 12].map((m) => ({ name: "region-outage", at: 120 + m, minutes: 2, region: UK }));
  const views = reconstructedAt(flaps, [127, 131, 150]);

  it("every surface says what the truth says: incidents counted and timed, every flip", () => {
    for (const view of views()) {
      expectAllTrue(view);
      expect(view.snapshot.originFlips.map((f) => [f.region, f.at, f.to])).toEqual(view.truth.originFlips.map((f) => [f.region, f.at, f.to]));
    }
    expect(views().map((v) => v.snapshot.incidents.length)).toEqual([2, 3, 4]);
  });

  it("while the next one runs, the failover tile says it is the 2nd, then the 3rd, not the last one's recovery", () => {
    const [second, third] = views();
    expect(wallOf(second).tiles.incident.reason).toBe("UK South failing again, since 2026-11-20 14:04 UTC: its 2nd failover in 4 min.");
    expect(wallOf(third).tiles.incident.reason).toBe("UK South failing again, since 2026-11-20 14:08 UTC: its 3rd failover in 8 min.");
    // Down again, its row says it flaps (first flip to the newest), not a first outage: on the
    // overview's row and the wall's Regions tile, whose card says only "✕ Origin UNHEALTHY".
    const flapping = ["3 health flips in 4 min (14:01–14:05 UTC)", "5 health flips in 8 min (14:01–14:09 UTC)"];
    [second, third].forEach((view, i) => {
      const uk = view.snapshot.regions.find((r) => r.id === UK);
      expect(uk?.originReason).toBe(`Origin UNHEALTHY · flapping: ${flapping[i]}.`);
      expect(wallOf(view).tiles.regions).toEqual({ status: "breach", reason: `UK South: ${uk?.originReason}` });
    });
    for (const view of [second, third]) {
      const open = openIncident(view.snapshot.incidents);
      expect(open?.recoveredAt).toBeNull();
      expect(open?.reasons[0]).toMatch(/^Not recovered yet: /);
      expect(wallOf(view).tiles.incident.status).not.toBe("ok");
      expect(wallOf(view).status).toBe("breach");
      // The region is down again: its row says so, not a healthy origin between flaps.
      const uk = view.snapshot.regions.find((r) => r.id === UK);
      expect([uk?.originHealthy, uk?.originStatus]).toEqual([false, "breach"]);
    }
  });

  it("after: four failovers, the region row warns it flapped (8 flips), the tile has no running sentence", () => {
    const after = views()[2];
    const uk = after.snapshot.regions.find((r) => r.id === UK);
    expect([uk?.originHealthy, uk?.originStatus]).toEqual([true, "warn"]);
    expect(uk?.originReason).toBe("Flapping 14:01–14:15 UTC: 8 health flips, Front Door evicting and re-admitting it.");
    expect(wallOf(after).tiles.regions.reason).toBe(`UK South: ${uk?.originReason}`);
    expect(wallOf(after).tiles.incident.reason).toBeNull();
    expect(after.review.map((i) => i.recoveredAt)).toEqual(after.truth.incidents.map((i) => i.recoveredAt));
  });
});

describe("seed 001, game-day #3 on every surface: a failover in a write burst, SQL 33 s behind at the start (budget 30 s)", () => {
  const placed: Placed[] = [
    { name: "lag-breach", at: 120, minutes: 25 },
    { name: "region-outage", at: 132, minutes: 10, region: UK },
  ];
  const views = reconstructedAt(placed, [136, 180]);
  const RPO = "RPO sql: 33 s of writes not yet replicated at the start, over the 30 s budget.";

  it("every surface says what the truth says", () => {
    for (const view of views()) expectAllTrue(view);
  });

  it("the RPO breach with its reason on the incident, the wall's failover tile and the review, alike", async () => {
    for (const view of views()) {
      const [incident] = view.snapshot.incidents;
      expect([incident.rpoStatus, incident.status, incident.rpoSeconds]).toEqual(["breach", "breach", 33]);
      expect(incident.reasons[0]).toBe(RPO);
      // The failover tile shows the last finished failover and its reasons (components/wall/incident-tile.tsx).
      expect(lastClosedIncident(view.snapshot.incidents)).toBe(incident);
      expect(wallOf(view).tiles.incident.status).toBe("breach");
      expect(view.review[0].reasons[0]).toBe(RPO);
      const month = await reviewPeriod({ config, source: view.source, spec: { id: "2026-11", label: "Nov 2026", from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-12-01T00:00:00Z") }, now: new Date(view.snapshot.asOf) });
      expect(month.incidents.map((i) => [i.rpoStatus, i.reasons[0]])).toEqual([["breach", RPO]]);
    }
  });

  it("while UK South is down the lag tile says it is down with those writes, not 'at risk if UK South fails'", () => {
    const [down, later] = views();
    expect(down.snapshot.replication).toEqual(down.truth.replication);
    const sql = down.snapshot.replication.find((p) => p.tier === "sql");
    expect([sql?.status, sql?.lagSecondsNow]).toEqual(["breach", 33]);
    expect(sql?.reason).toBe("UK South is down with 33 s of its writes not yet in West Europe (RPO budget 30 s): lost unless UK South comes back.");
    expect(wallOf(down).tiles.replication).toEqual({ status: "breach", reason: `sql: ${sql?.reason}` });
    for (const sentence of everySentence(down)) expect(sentence).not.toMatch(/at risk if UK South fails/);
    expect(later.snapshot.replication).toEqual(later.truth.replication);
  });
});

describe("a global outage across a month's end: both regions down 23:50 on 30 Nov to 00:10 on 1 Dec", () => {
  const START = Date.parse("2026-11-30T22:00:00Z");
  const MIDNIGHT = new Date("2026-12-01T00:00:00Z");
  const both: Placed[] = [
    { name: "region-outage", at: 110, minutes: 20, region: UK },
    { name: "region-outage", at: 110, minutes: 20, region: WE },
  ];
  const views = reconstructedAt(both, [125, 180], START);
  const NOV = { id: "2026-11", label: "Nov 2026", from: new Date("2026-11-01T00:00:00Z"), to: MIDNIGHT };
  const DEC = { id: "2026-12", label: "Dec 2026", from: MIDNIGHT, to: new Date("2027-01-01T00:00:00Z") };
  /** November's downtime by the model: the truth of the same story up to midnight. */
  const novemberTruth = () => {
    const scenarios: ScenarioPlacement[] = both.map((p) => ({ name: p.name, start: new Date(START + p.at * 60_000), durationSeconds: p.minutes * 60, region: p.region }));
    return simulate({ config, scenarios, from: new Date(START), to: MIDNIGHT, seed: SEED, sink: { append: () => undefined } });
  };

  it("every surface says what the truth says, during (00:05) and after (01:00)", () => {
    for (const view of views()) expectAllTrue(view);
  });

  it("the months split the downtime as the truth does; each incident is listed once, in November where it started", async () => {
    const november = novemberTruth().availability.downtimeMinutes;
    expect(november).toBe(10);
    for (const view of views()) {
      const now = new Date(view.snapshot.asOf);
      const [nov, dec] = [await reviewPeriod({ config, source: view.source, spec: NOV, now }), await reviewPeriod({ config, source: view.source, spec: DEC, now })];
      expect(nov.budget.downtimeMinutes).toBe(november);
      expect(dec.budget.downtimeMinutes).toBe((view.truth.availability.downtimeMinutes ?? Number.NaN) - (november ?? Number.NaN));
      expect(nov.incidents.map((i) => i.region)).toEqual([UK, WE]);
      expect(dec.incidents).toEqual([]);
      // November's incidents are the incidents the snapshot measures: followed past midnight, not cut there.
      const seen = (i: IncidentSnapshot) => [i.region, i.start, i.recoveredAt, i.rtoSeconds, i.status, i.reasons];
      expect(nov.incidents.map(seen)).toEqual(view.snapshot.incidents.map(seen));
      // Followed past midnight for its recovery, but November's analytics (time between incidents, last drill) stay November's.
      const cut = await periodIncidents({ config, source: view.source, from: NOV.from, to: MIDNIGHT });
      expect(nov.regions).toEqual(cut.regions);
    }
  });

  it("while it runs at 00:05 nothing calls it recovered; at 01:00 November says it took 20 min, not 'still not recovered after 10'", async () => {
    const [during, after] = views();
    const novDuring = await reviewPeriod({ config, source: during.source, spec: NOV, now: new Date(during.snapshot.asOf) });
    for (const i of [...during.snapshot.incidents, ...during.review, ...novDuring.incidents]) {
      expect(i.recoveredAt).toBeNull();
      expect(i.reasons[0]).toBe("Still not recovered after 15 min, past the 5 min RTO budget.");
    }
    expect(wallOf(during).tiles.incident.reason).toMatch(/ down at once, since 2026-11-30 23:50 UTC: no region left to fail over to; none finished in 7 days\.$/);
    const novAfter = await reviewPeriod({ config, source: after.source, spec: NOV, now: new Date(after.snapshot.asOf) });
    for (const i of novAfter.incidents) {
      expect([i.recoveredAt, i.rtoSeconds]).toEqual(["2026-12-01T00:10:00.000Z", 1200]);
      expect(i.reasons[0]).toBe("Recovery took 20 min, over the 5 min RTO budget.");
    }
  });
});

describe("an outage that begins 30 s before a month ends: its start in November, Front Door's flip in December", () => {
  const START = Date.parse("2026-11-30T22:00:00Z");
  const MIDNIGHT = new Date("2026-12-01T00:00:00Z");
  const views = reconstructedAt([{ name: "region-outage", at: 119.5, minutes: 5, region: UK }], [150], START);

  it("is listed once, in November where it started, measured as the snapshot measures it; December does not list it", async () => {
    const [view] = views();
    expectAllTrue(view);
    const [incident] = view.snapshot.incidents;
    expect(Date.parse(incident.start)).toBeLessThan(MIDNIGHT.getTime());
    expect(view.snapshot.originFlips.filter((f) => f.to === "unhealthy").map((f) => Date.parse(f.at) > MIDNIGHT.getTime())).toEqual([true]);
    const now = new Date(view.snapshot.asOf);
    const nov = await reviewPeriod({ config, source: view.source, spec: { id: "2026-11", label: "Nov 2026", from: new Date("2026-11-01T00:00:00Z"), to: MIDNIGHT }, now });
    const dec = await reviewPeriod({ config, source: view.source, spec: { id: "2026-12", label: "Dec 2026", from: MIDNIGHT, to: new Date("2027-01-01T00:00:00Z") }, now });
    expect(nov.incidents.map((i) => [i.region, i.start, i.recoveredAt, i.status, i.reasons])).toEqual([[UK, incident.start, incident.recoveredAt, incident.status, incident.reasons]]);
    expect(dec.incidents).toEqual([]);
  });
});
