import { describe, expect, it } from "vitest";
import { reviewPeriod } from "@/lib/review/period";
import { config, expectAllTrue, FROM, min, reconstructed, reconstructedAt, wallOf, type Placed, type View } from "./reconstruct";

/**
 * Shapes with no region down, reconstructed and read on every surface (the snapshot's rows and
 * statuses, the wall's tiles, the incident list, the review, outside-in) against the simulator's truth:
 *
 * - Front Door's own global outage (Azure Front Door, 29 Oct 2025: a configuration change failed AFD
 *   globally for hours while every origin stayed healthy; also 9 Oct 2025), here 60 min at 80 % errors;
 * - an inter-region partition: lag grows both ways, both regions accept writes, conflict feeds grow;
 * - replication lag beyond the RPO without a failover (Cosmos DB regional replication delays);
 * - a conflict-feed backlog nobody resolves for an hour;
 * - an Azure platform outage that Service Health reports.
 *
 * On top of "equal to the truth", what each surface must not say: a failover to make while the edge in
 * front of every origin fails, a finished outage while it runs, a bare red dial with no words for what
 * is at risk, an incident where no region failed.
 */
const UK = "uksouth";
const WE = "westeurope";
const region = (view: View, id: string) => {
  const row = view.snapshot.regions.find((r) => r.id === id);
  if (!row) throw new Error(`no region ${id}`);
  return row;
};

function expectSignalsTrue(view: View) {
  expectAllTrue(view);
  expect(view.snapshot.replication, "replication pairs").toEqual(view.truth.replication);
  expect(view.snapshot.conflicts, "conflict feeds").toEqual(view.truth.conflicts);
  expect(view.snapshot.probeBlind.map((p) => [p.region, p.from, p.to, p.everyOrigin ?? null])).toEqual(view.truth.probeBlind.map((p) => [p.region, p.from, p.to, p.everyOrigin ?? null]));
  expect(view.snapshot.splitBrain.races, "split-brain races").toEqual(view.truth.splitBrain.races);
  expect(view.snapshot.platformHealth.status, "platform health").toBe(view.truth.platformHealth.status);
  expect(view.snapshot.availability.sli ?? 0, "SLI").toBeCloseTo(view.truth.availability.sli ?? 0, 5);
}

/** No region failed: no incident anywhere, and the failover tile claims no failover missed. */
function expectNoFailover(view: View) {
  expect(view.truth.incidents).toEqual([]);
  expect(view.snapshot.incidents).toEqual([]);
  expect(view.review).toEqual([]);
  expect(wallOf(view).tiles.incident).toEqual({ status: "ok", reason: null });
  for (const r of view.snapshot.regions) expect(r.originHealthy, r.id).toBe(true);
}

describe("Front Door's own global outage (AFD, 29 Oct 2025): 80 % of requests failing at the edge for 60 min, every origin healthy", () => {
  const outage: Placed = { name: "frontdoor-outage", at: 120, minutes: 60 };
  const views = reconstructedAt([outage], [135, 175, 240]);

  it("every surface says what the truth says, during, late and an hour after", () => {
    const [during, late, after] = views();
    for (const view of [during, late, after]) expectSignalsTrue(view);
  });

  it("is no failover: no incident, and the failover tile does not ask for one (failing over cannot route around the edge)", () => {
    const [during, late, after] = views();
    for (const view of [during, late, after]) expectNoFailover(view);
  });

  it("the region rows and the Regions tile point at Front Door, once, and say it is still going on", () => {
    const [during, late, after] = views();
    for (const [view, span] of [
      [during, "since 14:00 UTC"],
      [late, "since 14:00 UTC"],
      [after, "14:00–15:00 UTC"],
    ] as const) {
      const words = new RegExp(`^Every origin probe-blind at once ${span}: likely Front Door failing, not the origins\\.$`);
      for (const id of [UK, WE]) {
        expect(region(view, id).originStatus).toBe("warn");
        expect(region(view, id).originReason).toMatch(words);
      }
      // Said once for every region, not "UK South: … West Europe: …" sending the room to the origins.
      expect(wallOf(view).tiles.regions).toEqual({ status: "warn", reason: expect.stringMatching(words) });
      expect(view.snapshot.signals.originHealth.reason).toMatch(words);
    }
  });

  it("users failing: the wall, availability and outside-in say so while it runs; outside-in clears after it; the review counts it", async () => {
    const [during, late, after] = views();
    for (const view of [during, late]) {
      expect(wallOf(view).status).toBe("breach");
      expect(view.snapshot.availability.status).toBe("breach");
      expect(wallOf(view).tiles.availability.status).toBe("breach");
      expect(wallOf(view).tiles.availability.reason).toMatch(/^PAGE · /);
      expect(view.snapshot.outsideIn.verdict.kind).toBe("frontdoor-failing");
      expect(view.snapshot.outsideIn.status).toBe("breach");
      expect(view.snapshot.outsideIn.verdict.headline).toMatch(/^Front Door failing: the global endpoint fails outside-in .* while every origin answers its direct test\.$/);
      // The origins carry their usual load: no saturation, no survivor alarm.
      expect(wallOf(view).tiles.saturation.status).toBe("ok");
    }
    expect(after.snapshot.outsideIn.verdict.kind).toBe("ok");
    // Leadership's page: the promise missed by the edge's 60 minutes, with no failover to explain them.
    const period = await reviewPeriod({ config, source: after.source, spec: { id: "day", label: "20 Nov", from: new Date(FROM), to: new Date(min(240)) }, now: new Date(min(240)) });
    expect(period.verdict.sentence).toMatch(/^20 Nov: availability promise missed \(79\.\d{3} % of requests succeeded vs 99\.95 % promised\); 60\.0 bad minutes against/);
    expect(period.incidents).toEqual([]);
    expect(period.attribution.totalDowntimeMinutes).toBe(60);
    expect(after.snapshot.availability.rangeWorst.reason).toBe("60 min of downtime (error ratio over 1 %) in this range.");
    // Data untouched: replication, conflicts and split-brain stay green throughout.
    for (const view of [during, late, after]) for (const id of ["replication", "conflicts", "splitBrain"]) expect(wallOf(view).tiles[id].status, id).toBe("ok");
  });
});

describe("Front Door down and its own log export with it: the edge logs count nothing, outside-in still sees it", () => {
  const run = reconstructed(
    [
      { name: "frontdoor-outage", at: 120, minutes: 40 },
      { name: "log-export-stopped", at: 120, minutes: 40 },
    ],
    140,
  );

  it("no tile fed by Front Door's logs reads OK, and outside-in names Front Door", () => {
    const view = run();
    const tiles = wallOf(view).tiles;
    // The truth: users failing (availability breached), which the silent edge logs cannot show.
    expect(view.truth.availability.status).toBe("breach");
    for (const id of ["regions", "incident", "availability", "slo-summary", "slo-burn"]) expect(tiles[id]?.status, id).toBe("no-data");
    expect(tiles.regions.reason).toMatch(/^Front Door logs silent since 13:59 UTC \(\d+ min\): origin health unknown\.$/);
    for (const r of view.snapshot.regions) expect(r.originStatus, r.id).toBe("no-data");
    // Outside-in is the one witness left, and it names Front Door, with the silent logs as its detail.
    expect(view.snapshot.outsideIn.verdict).toMatchObject({ kind: "frontdoor-failing", status: "breach" });
    expect(view.snapshot.outsideIn.verdict.detail[0]).toMatch(/^Front Door logs: silent since /);
    expect(view.snapshot.incidents).toEqual([]);
    expect(wallOf(view).status).toBe("breach");
  });
});

describe("inter-region partition for 20 min: lag grows both ways, both regions take writes to the same invoices, conflicts pile up", () => {
  const placed: Placed[] = [
    { name: "partition", at: 120, minutes: 20 },
    { name: "split-brain", at: 125, minutes: 10 },
  ];
  const views = reconstructedAt(placed, [130, 145, 200]);

  it("every surface says what the truth says, during, just healed and an hour later", () => {
    const [during, healed, later] = views();
    for (const view of [during, healed, later]) expectSignalsTrue(view);
  });

  it("is no failover and no region down: the regions stay OK, the data tiles carry it", () => {
    const [during, healed, later] = views();
    for (const view of [during, healed, later]) {
      expectNoFailover(view);
      for (const id of [UK, WE]) expect(region(view, id).originStatus).toBe("ok");
      expect(view.snapshot.availability.status).toBe("ok");
    }
  });

  it("during: every pair breaches in both directions, each saying what is at risk and from which side", () => {
    const [during] = views();
    const pairs = during.snapshot.replication;
    expect(pairs.map((p) => p.status)).toEqual(pairs.map(() => "breach"));
    expect(new Set(pairs.map((p) => p.source))).toEqual(new Set([UK, WE]));
    for (const p of pairs) {
      const [from, to] = [p.source, p.target].map((id) => config.regions.find((r) => r.id === id)?.displayName);
      expect(p.reason).toMatch(new RegExp(`^\\d+ min( \\d+ s)? of ${from}'s writes not yet in ${to} \\(RPO budget ${p.budgetSeconds} s\\): at risk if ${from} fails\\.$`));
    }
    // The wall's lag tile: the worst pair's words and how many more, not three bare red dials.
    expect(wallOf(during).tiles.replication).toEqual({ status: "breach", reason: expect.stringMatching(/^(cosmos|sql): .* at risk if .* fails\. \(\+2 more\)$/) });
    expect(wallOf(during).status).toBe("breach");
    // Both regions accepted writes to the same entity: the races are found, and both feeds grow.
    expect(during.snapshot.splitBrain.status).toBe("breach");
    expect(during.snapshot.splitBrain.count).toBeGreaterThan(0);
    for (const c of during.snapshot.conflicts) expect([c.region, c.growing, (c.depthNow ?? 0) > 0]).toEqual([c.region, true, true]);
  });

  it("healed: lag is back under a second, the WARN says the peak that made it; the range keeps the breach", () => {
    const [, healed] = views();
    for (const p of healed.snapshot.replication) {
      expect(p.lagSecondsNow ?? Infinity).toBeLessThan(p.budgetSeconds);
      expect(p.status).toBe("warn");
      expect(p.reason).toMatch(new RegExp(`^.* → .* lag reached \\d+ min( \\d+ s)? in the last 15 min \\(.* now\\), over the ${p.budgetSeconds} s RPO budget\\.$`));
      expect(p.rangeWorst.status).toBe("breach");
    }
    // The feeds hold what the partition left: WARN, above 0 for 15 min.
    for (const c of healed.snapshot.conflicts) {
      expect(c.status).toBe("warn");
      expect(c.reason).toBe("Unresolved for 15 min or more.");
    }
  });

  it("an hour later the present is green and the range says what happened", () => {
    const [, , later] = views();
    expect(wallOf(later).tiles.replication).toEqual({ status: "ok", reason: null });
    expect(wallOf(later).tiles.conflicts).toEqual({ status: "ok", reason: null });
    for (const p of later.snapshot.replication) expect([p.status, p.reason, p.rangeWorst.status]).toEqual(["ok", null, "breach"]);
    for (const c of later.snapshot.conflicts) expect(c.rangeWorst.status).toBe("warn");
  });
});

describe("replication lag beyond the RPO without a failover (Cosmos DB regional replication delays): SQL at 1.5 × its 30 s budget in a write burst", () => {
  const burst: Placed = { name: "lag-breach", at: 120, minutes: 25 };
  const views = reconstructedAt([burst], [132, 150, 200]);

  it("every surface says what the truth says", () => {
    const [breaching, after, later] = views();
    for (const view of [breaching, after, later]) expectSignalsTrue(view);
  });

  it("nothing failed over, so nothing is lost yet: the lag is what a UK South failure would leave behind", () => {
    const [breaching, after, later] = views();
    for (const view of [breaching, after, later]) expectNoFailover(view);
    const sql = breaching.snapshot.replication.find((p) => p.tier === "sql");
    expect(sql?.status).toBe("breach");
    expect(sql?.reason).toBe(`${sql?.lagSecondsNow} s of UK South's writes not yet in West Europe (RPO budget 30 s): at risk if UK South fails.`);
    expect(wallOf(breaching).tiles.replication).toEqual({ status: "breach", reason: `sql: ${sql?.reason}` });
    // The Cosmos pairs are within their budget: only the pair that breaches is named.
    for (const p of breaching.snapshot.replication.filter((x) => x.tier === "cosmos")) expect([p.status, p.reason]).toEqual(["ok", null]);
  });

  it("after the burst: a WARN with the peak that made it while the dial reads a few seconds", () => {
    const [, after, later] = views();
    const sql = after.snapshot.replication.find((p) => p.tier === "sql");
    expect(sql?.lagSecondsNow ?? Infinity).toBeLessThan(0.8 * 30);
    expect(sql?.status).toBe("warn");
    expect(sql?.reason).toMatch(/^UK South → West Europe lag reached 45 s in the last 15 min \(\d+ s now\), over the 30 s RPO budget\.$/);
    expect(wallOf(after).tiles.replication.reason).toBe(`sql: ${sql?.reason}`);
    const sqlLater = later.snapshot.replication.find((p) => p.tier === "sql");
    expect([sqlLater?.status, sqlLater?.reason, sqlLater?.rangeWorst.reason]).toEqual(["ok", null, "Lag reached 45 s in this range, over the 30 s RPO budget for 16 min."]);
  });
});

describe("conflict-feed backlog: West Europe's feed grows for an hour (2 a minute) with no resolver draining it", () => {
  const backlog: Placed = { name: "conflict-backlog", at: 120, minutes: 60, region: WE };
  const views = reconstructedAt([backlog], [140, 175, 200]);

  it("every surface says what the truth says", () => {
    const [early, over, drained] = views();
    for (const view of [early, over, drained]) expectSignalsTrue(view);
  });

  it("the feed says the line it crossed, the wall's conflicts tile goes amber then red; nothing else reads as an outage", () => {
    const [early, over, drained] = views();
    for (const view of [early, over, drained]) {
      expectNoFailover(view);
      expect(view.snapshot.availability.status).toBe("ok");
      expect(wallOf(view).tiles.replication.status).toBe("ok");
      expect(view.snapshot.conflicts.find((c) => c.region === UK)?.status).toBe("ok");
    }
    const we = (view: View) => view.snapshot.conflicts.find((c) => c.region === WE);
    expect(we(early)?.status).toBe("warn");
    expect(we(early)?.reason).toBe("Unresolved for 15 min or more.");
    expect(wallOf(early).tiles.conflicts.status).toBe("warn");
    expect(we(over)?.status).toBe("breach");
    expect(we(over)?.growing).toBe(true);
    expect(we(over)?.reason).toBe(`At or over the threshold of ${config.budgets.conflictDepthThreshold}, still growing.`);
    expect(wallOf(over).tiles.conflicts.status).toBe("breach");
    expect(wallOf(drained).tiles.conflicts).toEqual({ status: "ok", reason: null });
    expect(we(drained)?.rangeWorst.reason).toMatch(new RegExp(`^Conflict feed reached \\d+ \\(threshold ${config.budgets.conflictDepthThreshold}\\) in this range, at or over it for \\d+ min\\.$`));
  });
});

describe("an Azure platform outage of UK South reported by Service Health, 20 min", () => {
  const outage: Placed = { name: "platform-outage", at: 120, minutes: 20, region: UK };
  const views = reconstructedAt([outage], [130, 160]);

  it("every surface says what the truth says, Azure's events included", () => {
    const [during, after] = views();
    for (const view of [during, after]) {
      expectSignalsTrue(view);
      expect(view.snapshot.platformHealth.events.map((e) => e.sentence)).toEqual(view.truth.platformHealth.events.map((e) => e.sentence));
    }
  });

  it("one real failover, Azure's event active during it and mitigated after", () => {
    const [during, after] = views();
    for (const view of [during, after]) {
      expect(view.snapshot.incidents.map((i) => [i.region, i.kind])).toEqual([[UK, "real"]]);
      expect(view.snapshot.platformHealth.events[0].sentence).toMatch(/^Azure: .* in UK South, tracking id [0-9A-F]{4}-[0-9A-F]{3}, since /);
    }
    expect(during.snapshot.platformHealth.status).toBe("warn");
    expect(region(during, UK).originStatus).toBe("breach");
    expect(during.snapshot.outsideIn.verdict.kind).toBe("region-failing");
    expect(after.snapshot.platformHealth.events[0].sentence).toMatch(/, mitigated /);
  });
});
