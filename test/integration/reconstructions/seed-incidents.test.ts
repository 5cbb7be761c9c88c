import { beforeAll, describe, expect, it } from "vitest";
import { config, expectAllTrue, reconstruct, reconstructed, wallOf, type Placed, type View } from "./reconstruct";

/**
 * Reconstructions of the incidents and drills the seed articles describe with numbers, each run
 * through the simulator and read on every surface that reports it: the snapshot's rows and statuses,
 * the wall model's tiles, the incident list and the review's incidents. Every status and sentence is
 * compared with the simulator's truth (computed from its model, never from rows), and each story's
 * own lesson is checked on top: what the surfaces must not say about it.
 *
 * Scaled to the demo deployment (UK South and West Europe, 30 s probes 3 of 4, RTO budget 5 min,
 * RPO 5 s Cosmos / 30 s SQL); the seeds' own numbers are in each title.
 */
describe("seed 003, Q3 2025: UK South control-plane outage of ~26 min, a 98 s 503 spike, no data lost", () => {
  const outage: Placed = { name: "region-outage", at: 120, minutes: 26, region: "uksouth" };
  let during: View;
  let after: View;
  beforeAll(async () => {
    during = await reconstruct([outage], 130);
    after = await reconstruct([outage], 180);
  });

  it("every surface says what the truth says, during and after", () => {
    expectAllTrue(during);
    expectAllTrue(after);
  });

  it("is one real failover whose edge recovered within the RTO budget while the region stayed down", () => {
    const [incident] = after.snapshot.incidents;
    const [expected] = after.truth.incidents;
    expect(incident.kind).toBe("real");
    expect(incident.rtoSeconds ?? Infinity).toBeLessThanOrEqual(config.budgets.rtoSeconds);
    expect(incident.rtoStatus).toBe(expected.rtoStatus);
    // The 503 spike is the error window: not zero, and not the region's 26 minutes down.
    expect(incident.errorWindowSeconds).toBeGreaterThan(0);
    expect(incident.errorWindowSeconds).toBeLessThan(outage.minutes * 60);
    // While UK South is still down the wall shows it, not a green region.
    expect(during.snapshot.regions.find((r) => r.id === "uksouth")?.originStatus).toBe("breach");
    expect(wallOf(during).tiles.regions.status).toBe("breach");
  });
});

describe("seed 003, June 2024: the lying probe (UK South's writes failed for ~30 min, Front Door kept it healthy)", () => {
  const lying: Placed = { name: "lying-probe", at: 120, minutes: 30, region: "uksouth" };
  let during: View;
  let soonAfter: View;
  let later: View;
  beforeAll(async () => {
    during = await reconstruct([lying], 140);
    soonAfter = await reconstruct([lying], 165);
    later = await reconstruct([lying], 240);
  });

  it("every surface says what the truth says", () => {
    for (const view of [during, soonAfter, later]) {
      expectAllTrue(view);
      expect(view.snapshot.probeBlind.map((p) => [p.region, p.from, p.to])).toEqual(view.truth.probeBlind.map((p) => [p.region, p.from, p.to]));
    }
  });

  it("is no failover, but the region and the wall never read healthy while its requests fail", () => {
    expect(during.snapshot.incidents).toEqual([]);
    for (const view of [during, soonAfter]) {
      const uk = view.snapshot.regions.find((r) => r.id === "uksouth");
      // Front Door's probes still pass it: healthy by Front Door, not by its users.
      expect(uk?.originHealthy).toBe(true);
      expect(uk?.originStatus).toBe("warn");
      expect(uk?.originReason).toMatch(/^Probe-blind .*: its requests failed while Front Door's probes passed it\.$/);
      expect(wallOf(view).tiles.regions.status).toBe("warn");
      expect(wallOf(view).tiles.regions.reason).toContain("UK South: Probe-blind");
      expect(view.snapshot.signals.originHealth.status).toBe("warn");
    }
    // The failover that should have happened: the failover tile is not a green "No failover in 7 days".
    expect(wallOf(during).tiles.incident).toEqual({ status: "warn", reason: expect.stringMatching(/^UK South probe-blind \d{2}:\d{2}–\d{2}:\d{2} UTC: Front Door has not failed it over\.$/) });
    expect(wallOf(soonAfter).tiles.incident).toEqual({ status: "warn", reason: expect.stringMatching(/^UK South probe-blind \d{2}:\d{2}–\d{2}:\d{2} UTC: Front Door has not failed it over\.$/) });
    expect(wallOf(later).tiles.incident).toEqual({ status: "ok", reason: null });
    // Over an hour later the present is OK again, and the range still says what happened.
    const uk = later.snapshot.regions.find((r) => r.id === "uksouth");
    expect(uk?.originStatus).toBe("ok");
    expect(uk?.rangeWorst.status).toBe("warn");
    expect(uk?.rangeWorst.overBudgetSeconds).toBe((Date.parse(later.truth.probeBlind[0].to) - Date.parse(later.truth.probeBlind[0].from)) / 1000);
  });
});

describe("seed 003, June 2024 to its end: 28 minutes of errors on a 'healthy' region, then drained by hand", () => {
  // The lying probe, then the origin taken out (the manual drain): one incident whose clock starts at the first errors.
  const run = reconstructed(
    [
      { name: "lying-probe", at: 120, minutes: 28, region: "uksouth" },
      { name: "region-outage", at: 148, minutes: 10, region: "uksouth" },
    ],
    180,
  );

  it("every surface says what the truth says", () => expectAllTrue(run()));

  it("measures the RTO from the first failing requests, not from the drain, and breaches it", () => {
    const [incident] = run().snapshot.incidents;
    expect(run().snapshot.incidents.length).toBe(1);
    expect(incident.start).toBe(run().truth.probeBlind[0].from);
    expect(incident.rtoSeconds ?? 0).toBeGreaterThan(28 * 60);
    expect(incident.rtoStatus).toBe("breach");
    expect(incident.reasons[0]).toMatch(/^Recovery took 29 min/);
  });
});

describe("seed 001, game-day #1: Central India killed on purpose, evicted in ~40 s, then the survivor threw 429/503", () => {
  // A drill (markers around it) whose survivor was sized for half the load.
  const span = { at: 120, minutes: 12, region: "uksouth" };
  const run = reconstructed(
    [
      { name: "survivor-saturation", ...span },
      { name: "drill", ...span },
    ],
    180,
  );

  it("every surface says what the truth says", () => expectAllTrue(run()));

  it("is a drill that failed on the survivor, never an OK drill", () => {
    const [drill] = run().snapshot.incidents;
    expect(drill.kind).toBe("drill");
    expect(drill.rtoStatus).toBe("ok");
    expect(drill.survivor.ranOut).toBe(true);
    expect(drill.status).toBe("breach");
    expect(drill.reasons.at(-1)).toMatch(/^Survivor West Europe ran out of headroom/);
    expect(wallOf(run()).tiles.incident.status).toBe("breach");
  });
});

describe("seed 001, game-day #3: a failover in the middle of a write burst lost the unreplicated tail (RPO breached)", () => {
  const run = reconstructed(
    [
      { name: "lag-breach", at: 120, minutes: 25 },
      { name: "region-outage", at: 132, minutes: 10, region: "uksouth" },
    ],
    180,
  );

  it("every surface says what the truth says", () => expectAllTrue(run()));

  it("reports the RPO breach with the tier and the lag at the start", () => {
    const [incident] = run().snapshot.incidents;
    const breached = incident.rpoTiers.filter((t) => t.status === "breach");
    expect(breached.length).toBeGreaterThan(0);
    expect(incident.rpoStatus).toBe("breach");
    expect(incident.status).toBe("breach");
    for (const t of breached) expect(incident.reasons).toContain(`RPO ${t.tier}: ${t.lagSeconds} s of writes not yet replicated at the start, over the ${t.budgetSeconds} s budget.`);
  });
});

describe("seeds 001 and 002: a short real outage drained in seconds (evicted in 34 s, RTO ≈ 70 s; Northwind's ~35 s)", () => {
  const run = reconstructed([{ name: "region-outage", at: 120, minutes: 5, region: "westeurope" }], 160);

  it("every surface says what the truth says", () => expectAllTrue(run()));

  it("is measured within the RTO budget, the survivor named as UK South", () => {
    const [incident] = run().snapshot.incidents;
    expect(incident.region).toBe("westeurope");
    expect(incident.rtoStatus).toBe("ok");
    expect(incident.survivor.region).toBe("uksouth");
  });
});

describe("seeds 001 and 003: the whole service dark (a region's 47 and 53 minutes, here both regions failing together)", () => {
  const both: Placed[] = [
    { name: "region-outage", at: 120, minutes: 20, region: "uksouth" },
    { name: "region-outage", at: 122, minutes: 15, region: "westeurope" },
  ];
  let during: View;
  let after: View;
  beforeAll(async () => {
    during = await reconstruct(both, 130);
    after = await reconstruct(both, 180);
  });

  it("every surface says what the truth says", () => {
    expectAllTrue(during);
    expectAllTrue(after);
  });

  it("never names a region that failed too as the survivor that held", () => {
    for (const view of [during, after]) {
      for (const incident of [...view.snapshot.incidents, ...view.review]) {
        const other = incident.region === "uksouth" ? "westeurope" : "uksouth";
        expect(incident.survivor.region).toBeNull();
        expect(incident.survivor.downToo).toEqual([other]);
        expect(incident.survivor.status).toBe("breach");
        expect(incident.reasons).toContain(`No region stayed up to carry the load: ${config.regions.find((r) => r.id === other)?.displayName} failed too.`);
      }
    }
  });
});

describe("seed 000: a flapping origin (Front Door evicting and re-admitting a region over and over)", () => {
  // Three short outages five minutes apart: six flips in 12 minutes, three incidents.
  const flaps: Placed[] = [0, 5, 10].map((m) => ({ name: "region-outage", at: 120 + m, minutes: 2.5, region: "uksouth" }));
  const run = reconstructed(flaps, 140);

  it("every surface says what the truth says", () => expectAllTrue(run()));

  it("the region row and the wall's Regions tile warn that it flaps while it is admitted, not '✓ healthy'", () => {
    expect(run().snapshot.incidents.length).toBe(3);
    const uk = run().snapshot.regions.find((r) => r.id === "uksouth");
    expect(uk?.originHealthy).toBe(true);
    expect(uk?.originStatus).toBe("warn");
    expect(uk?.originReason).toMatch(/^Flapping .*: 6 health flips, Front Door evicting and re-admitting it\.$/);
    expect(wallOf(run()).tiles.regions.status).toBe("warn");
    expect(run().snapshot.signals.originHealth.status).toBe("warn");
  });
});

describe("an outage the dashboard cannot see: Front Door's log export stopped before UK South failed", () => {
  // Not a seed incident but the condition under which any of them would be missed: the wall must say
  // it is blind (NO DATA), never OK, on every tile built from Front Door's log.
  const run = reconstructed(
    [
      { name: "log-export-stopped", at: 120, minutes: 40 },
      { name: "region-outage", at: 130, minutes: 20, region: "uksouth" },
    ],
    145,
  );

  it("no tile fed by Front Door's log reads OK, the SLO run()'s burn rate included", () => {
    expect(run().truth.incidents.length).toBe(1);
    expect(run().snapshot.incidents).toEqual([]);
    const tiles = wallOf(run()).tiles;
    for (const id of ["regions", "incident", "availability", "slo-summary", "slo-burn"]) expect(tiles[id]?.status, id).toBe("no-data");
    expect(tiles.incident.reason).toMatch(/^No failover seen up to .*; Front Door logs silent since then/);
    for (const r of run().snapshot.regions) expect(r.originStatus, r.id).toBe("no-data");
  });
});

describe("seed 003: the 240 ms invoice (UK South and West Europe wrote the same invoiceId 240 ms apart)", () => {
  const run = reconstructed([{ name: "split-brain", at: 120, minutes: 10 }], 140);

  it("every surface says what the truth says", () => {
    expectAllTrue(run());
    expect(run().snapshot.splitBrain.races).toEqual(run().truth.splitBrain.races);
  });

  it("finds the race across a clock-second boundary and breaches the split-brain tile", () => {
    const straddling = run().snapshot.splitBrain.races.find((r) => Math.floor(Date.parse(r.first) / 1000) !== Math.floor(Date.parse(r.last) / 1000));
    expect(straddling).toBeDefined();
    expect(Date.parse(straddling?.last ?? "") - Date.parse(straddling?.first ?? "")).toBeLessThan(config.budgets.splitBrainRaceWindowMs);
    expect(wallOf(run()).tiles.splitBrain.status).toBe("breach");
  });
});
