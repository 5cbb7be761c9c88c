import { beforeAll, describe, expect, it } from "vitest";
import { config, expectAllTrue, min, reconstruct, wallOf, type Placed, type View } from "./reconstruct";

/**
 * Two common incident shapes the seeds do not number, reconstructed and read on every surface (the
 * snapshot's rows, the wall's tiles, the incident list, the review) against the simulator's truth:
 *
 * - a brownout: a region keeps passing Front Door's probes while a share of its requests fail behind
 *   one dependency (a hot Cosmos partition throttling, Redis timing out) for tens of minutes;
 * - a slow death: a region's saturation climbs for an hour, its requests start failing, then it fails
 *   outright and Front Door fails it over; the survivor takes all the load and runs out.
 *
 * On top of "equal to the truth", what each surface must not say about them: "healthy" during the
 * brownout, an RTO counted from the failover instead of the first failing requests, "Front Door has
 * not failed it over" after it did, a survivor said to hold while it ran out.
 */
const UK = "uksouth";
const region = (view: View, id: string) => {
  const row = view.snapshot.regions.find((r) => r.id === id);
  if (!row) throw new Error(`no region ${id}`);
  return row;
};
const MISSED = /^UK South probe-blind \d{2}:\d{2}–\d{2}:\d{2} UTC: Front Door has not failed it over\.$/;

describe("brownout: 10 % of UK South's requests fail behind a throttling Cosmos partition for 45 min, probes green", () => {
  const brownout: Placed = { name: "brownout", at: 120, minutes: 45, region: UK, errorRatio: 0.1, dependency: "cosmos" };
  let during: View;
  let after: View;
  let later: View;
  beforeAll(async () => {
    during = await reconstruct([brownout], 150);
    after = await reconstruct([brownout], 180);
    later = await reconstruct([brownout], 240);
  });

  it("every surface says what the truth says, during, after and an hour later", () => {
    for (const view of [during, after, later]) {
      expectAllTrue(view);
      expect(view.snapshot.probeBlind.map((p) => [p.region, p.from, p.to])).toEqual(view.truth.probeBlind.map((p) => [p.region, p.from, p.to]));
    }
  });

  it("is no failover, and nothing reads healthy while a tenth of the region's requests fail", () => {
    for (const view of [during, after]) {
      expect(view.snapshot.incidents).toEqual([]);
      const uk = region(view, UK);
      expect(uk.originHealthy).toBe(true);
      expect(uk.originStatus).toBe("warn");
      // Still running at 14:30 says so; 15 min after its end it reads as ended.
      const ongoing = view === during ? " \\(ongoing\\)" : "";
      expect(uk.originReason).toMatch(new RegExp(`^Probe-blind \\d{2}:\\d{2}–\\d{2}:\\d{2} UTC${ongoing}: its requests failed while Front Door's probes passed it\\.$`));
      expect(wallOf(view).tiles.regions.status).not.toBe("ok");
      expect(wallOf(view).tiles.regions.reason).toContain("UK South: Probe-blind");
      expect(wallOf(view).tiles.incident).toEqual({ status: "warn", reason: expect.stringMatching(MISSED) });
      expect(view.snapshot.availability.status).toBe("breach");
      expect(wallOf(view).status).toBe("breach");
    }
    // The one dependency: the hot partition's 429s breach UK South's saturation while its CPU and RU total stay low.
    const uk = region(during, UK);
    expect(uk.throttled429 ?? 0).toBeGreaterThan(0);
    expect(uk.saturationStatus).toBe("breach");
    expect(Math.max(uk.cpuPercent ?? 0, uk.ruPercent ?? 0)).toBeLessThan(config.budgets.saturation.warnPercent);
    // … so the rows and the wall's saturation tile say why a 39 % load is red, instead of nothing.
    expect(uk.saturationRule).toBe("throttling");
    expect(uk.saturationReason).toMatch(/^Cosmos throttling: 429s in 3 consecutive minutes \(\d+ in 5 min\) at \d+ % load\.$/);
    expect(wallOf(during).tiles.saturation).toEqual({ status: "breach", reason: `UK South: ${uk.saturationReason}` });
    expect(during.snapshot.signals.regions.reason).toContain(`Saturation BREACH: ${uk.saturationReason}`);
    expect(region(during, "westeurope").saturationStatus).toBe("ok");
  });

  it("an hour after it ended the present is OK and the range still says what happened", () => {
    expect(wallOf(later).tiles.incident).toEqual({ status: "ok", reason: null });
    const uk = region(later, UK);
    expect(uk.originStatus).toBe("ok");
    expect(uk.rangeWorst.status).toBe("breach");
    expect(uk.rangeWorst.reason).toMatch(/^Saturated in this range \(429s in 3 consecutive minutes\) for 45 min/);
  });
});

describe("brownout at the edges of the shape: 6 % of requests failing behind Redis timeouts (no 429s), and 40 %", () => {
  let low: View;
  let high: View;
  beforeAll(async () => {
    low = await reconstruct([{ name: "brownout", at: 120, minutes: 30, region: UK, errorRatio: 0.06, dependency: "redis" }], 140);
    high = await reconstruct([{ name: "brownout", at: 120, minutes: 20, region: UK, errorRatio: 0.4, dependency: "redis" }], 135);
  });

  it("every surface says what the truth says", () => {
    expectAllTrue(low);
    expectAllTrue(high);
  });

  it("neither reads healthy: the origin warns probe-blind though its saturation is fine, the wall is not green", () => {
    for (const view of [low, high]) {
      const uk = region(view, UK);
      expect(uk.throttled429).toBe(0);
      expect(uk.saturationStatus).toBe("ok");
      expect(uk.originStatus).toBe("warn");
      expect(wallOf(view).tiles.regions.status).toBe("warn");
      expect(wallOf(view).tiles.incident.reason).toMatch(MISSED);
      expect(view.snapshot.incidents).toEqual([]);
    }
  });
});

describe("slow death: UK South's CPU climbs for an hour, its requests fail for 15 min, it dies, West Europe runs out", () => {
  // 14:00 the climb begins; 14:45 requests start failing (6 % → 30 %); 15:00 the region fails outright;
  // ~15:01 Front Door evicts it; 15:15 the survivor runs out (CPU ≥ 92 %, 429s); 15:30 UK South is back.
  const death: Placed = { name: "slow-death", at: 120, minutes: 90, region: UK };
  const failsAt = min(180);
  let climbing: View;
  let failing: View;
  let failedOver: View;
  let after: View;
  beforeAll(async () => {
    climbing = await reconstruct([death], 155);
    failing = await reconstruct([death], 175);
    failedOver = await reconstruct([death], 190);
    after = await reconstruct([death], 230);
  });

  it("every surface says what the truth says, at each stage", () => {
    for (const view of [climbing, failing, failedOver, after]) expectAllTrue(view);
  });

  it("while it climbs, West Europe is said unable to carry the load before the failover, not during it", () => {
    expect(climbing.snapshot.incidents).toEqual([]);
    const uk = region(climbing, UK);
    expect(uk.originStatus).toBe("ok");
    expect(uk.cpuPercent ?? 0).toBeGreaterThan(config.budgets.saturation.warnPercent);
    const we = region(climbing, "westeurope");
    expect(we.survivorProjectedPercent ?? 0).toBeGreaterThan(100);
    expect(we.saturationStatus).toBe("warn");
    expect(wallOf(climbing).tiles.saturation.status).not.toBe("ok");
  });

  it("while its requests fail and the probes still pass, it is probe-blind and the failover tile says none happened", () => {
    expect(failing.snapshot.incidents).toEqual([]);
    const uk = region(failing, UK);
    expect([uk.originHealthy, uk.originStatus, uk.saturationStatus]).toEqual([true, "warn", "breach"]);
    expect(wallOf(failing).tiles.incident).toEqual({ status: "warn", reason: expect.stringMatching(MISSED) });
  });

  it("measures the RTO from the first failing requests, not from the outright failure, and breaches it", () => {
    for (const view of [failedOver, after]) {
      for (const incident of [...view.snapshot.incidents, ...view.review]) {
        expect(incident.region).toBe(UK);
        expect(incident.start).toBe(view.snapshot.probeBlind[0].from);
        expect(Date.parse(incident.start)).toBeLessThan(failsAt - 10 * 60_000);
        expect(incident.rtoSeconds ?? 0).toBeGreaterThan(10 * 60);
        expect(incident.rtoStatus).toBe("breach");
        expect(incident.reasons[0]).toMatch(/^Recovery took 1\d min/);
      }
    }
  });

  it("mid-failover the saturation tile grades the survivor carrying the load, not the dead region's silence", () => {
    const uk = region(failedOver, UK);
    expect([uk.originHealthy, uk.saturationStatus]).toEqual([false, "no-data"]);
    expect(region(failedOver, "westeurope").cpuPercent ?? 0).toBeGreaterThan(config.budgets.saturation.warnPercent);
    expect(wallOf(failedOver).tiles.saturation.status).not.toBe("no-data");
    // UK South is still out: West Europe's verdict is "so far" (it runs out 5 min later), not a settled "held".
    const [incident] = failedOver.snapshot.incidents;
    expect([incident.survivor.ranOut, incident.survivor.stillCarrying]).toEqual([false, true]);
  });

  it("after: the incident's survivor verdict covers the 10 min after recovery (SIGNALS 3.4), and the run-out 15 min in shows on West Europe's saturation", () => {
    const [incident] = after.snapshot.incidents;
    expect(after.snapshot.incidents.length).toBe(1);
    // West Europe ran out at ~15:15, after the spec's window (recovery ~15:02 + 10 min): not the incident's to grade.
    expect(incident.survivor).toMatchObject({ region: "westeurope", ranOut: false, status: "warn", stillCarrying: false });
    expect(incident.status).toBe("breach"); // the RTO
    expect(after.review[0].survivor.status).toBe("warn");
    // The saturation signal over the range says it: West Europe breached while it carried the load.
    const we = region(after, "westeurope");
    expect(we.rangeWorst.status).toBe("breach");
    expect(we.rangeWorst.reason).toMatch(/^Saturated in this range/);
    // UK South's own row still says its requests failed while probes passed it (true: the lead-in) …
    expect(region(after, UK).originReason).toMatch(/^Probe-blind /);
    // … but the failover tile shows the failover that happened, not one "Front Door has not" made.
    expect(wallOf(after).tiles.incident).toEqual({ status: "breach", reason: null });
  });
});
