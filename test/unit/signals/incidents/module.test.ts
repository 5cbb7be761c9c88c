import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { incidentsSignal } from "@/lib/signals/incidents";
import { originHealthSignal } from "@/lib/signals/origin-health";
import type { QueryOutcome, Row, SignalContext } from "@/lib/signals/runtime/types";
import type { QueryRun } from "@/lib/snapshot/types";
import type { QueryWindow } from "@/lib/workspace/types";

const config = loadConfigFile("config/demo.json");
const UK = "payments-uksouth.azurewebsites.net";
const WEU = "payments-westeurope.azurewebsites.net";
const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);
const at = (s: number) => T0 + s * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const OUTAGE = 1800; // the uksouth origin fails from 12:30:00 …
const DRAIN = 1880; // … and Front Door stops sending it traffic at 12:31:20
const OUTAGE_END = 2400;

const WEU_PLAN = config.regions[1].computeResourceIds[0];
/** Whole minutes of the query window from the outage on (the survivor's load is only simulated there). */
const survivorMinutes = (w: QueryWindow) => {
  const out: number[] = [];
  for (let m = Math.max(w.from.getTime(), at(OUTAGE)); m < w.to.getTime(); m += 60_000) out.push(m);
  return out;
};

/** Rows a real workspace would return for each query id, given the window. */
function rowsFor(id: string, w: QueryWindow, drills: Row[], oldest: string | null): Row[] {
  const inWindow = (ms: number) => ms >= w.from.getTime() && ms < w.to.getTime();
  if (id === "origin-health:failed-probe-slots") {
    const rows: Row[] = [];
    for (let s = OUTAGE; s < OUTAGE_END; s += 30) rows.push({ origin: UK, slot: iso(at(s)), failedPops: 3, failures: 3 });
    rows.push({ origin: WEU, slot: iso(at(600)), failedPops: 1, failures: 1 }); // a lone POP blip: not a failed slot
    return rows.filter((r) => inWindow(Date.parse(r.slot as string)));
  }
  if (id === "origin-health:origin-pops") {
    return [
      { origin: UK, knownPops: 5, requests: 100_000, oldest, newest: iso(at(3590)) },
      { origin: WEU, knownPops: 5, requests: 150_000, oldest, newest: iso(at(3599)) },
    ];
  }
  if (id === "origin-health:origin-error-bins") {
    const rows: Row[] = [];
    for (let s = OUTAGE; s < DRAIN; s += 10) rows.push({ origin: UK, binStart: iso(at(s)), requests: 100, bad: 100 });
    return rows;
  }
  if (id === "origin-health:traffic-share") return [{ origin: WEU, requests: 990 }, { origin: UK, requests: 10 }];
  if (id === "incidents:bins") {
    const rows: Row[] = [];
    for (let s = 0; s < 3600; s += 10) {
      if (!inWindow(at(s))) continue;
      const failing = s >= OUTAGE && s < DRAIN;
      const ukServing = s < DRAIN || s >= OUTAGE_END + 40;
      if (failing) rows.push({ binStart: iso(at(s)), edgeTotal: 200, edgeBad: 100, originTotal: 100 });
      else if (ukServing) rows.push({ binStart: iso(at(s)), edgeTotal: 200, edgeBad: 0, originTotal: 100 });
    }
    return rows;
  }
  // Every bin (unfiltered): the origin's traffic comes back 20 s after its flip back to healthy (12:41:30).
  if (id === "incidents:share-bins") {
    const rows: Row[] = [];
    for (let s = 0; s < 3600; s += 10) {
      if (!inWindow(at(s))) continue;
      const failing = s >= OUTAGE && s < DRAIN;
      const ukServing = s < DRAIN || s >= OUTAGE_END + 110;
      rows.push({ binStart: iso(at(s)), edgeTotal: 200, edgeBad: failing ? 100 : 0, originTotal: ukServing ? 100 : 0 });
    }
    return rows;
  }
  if (id.startsWith("incidents:lag-at-start:cosmos:uksouth")) return [{ TimeGenerated: iso(at(OUTAGE - 20)), lagSeconds: 2.5 }];
  if (id.startsWith("incidents:lag-at-start:sql:uksouth")) return [{ TimeGenerated: iso(at(OUTAGE - 50)), lagSeconds: 41 }];
  // The survivor (westeurope) per minute from the outage on: 95 % CPU, 429s in three consecutive minutes.
  if (id === "incidents:survivor-cpu") {
    return survivorMinutes(w).map((m) => ({ TimeGenerated: iso(m), resourceId: WEU_PLAN.toLowerCase(), cpu: 95 }));
  }
  if (id === "incidents:survivor-cosmos-ru") {
    return survivorMinutes(w).map((m, i) => ({ TimeGenerated: iso(m), RegionName: "West Europe", charge: 600_000, throttled: i >= 1 && i <= 3 ? 40 : 0 }));
  }
  if (id === "incidents:drill-markers") return drills.filter((r) => inWindow(Date.parse(r.TimeGenerated as string)));
  return [];
}

function fakeContext(range: QueryWindow, drills: Row[] = [], oldest: string | null = null): SignalContext & { calls: { id: string; window: QueryWindow }[] } {
  const calls: { id: string; window: QueryWindow }[] = [];
  return {
    config,
    asOf: range.to,
    range,
    calls,
    async runQuery(id, kql, window): Promise<QueryOutcome> {
      calls.push({ id, window });
      const rows = rowsFor(id, window, drills, oldest);
      const run: QueryRun = { id, kql, window: { from: iso(window.from.getTime()), to: iso(window.to.getTime()) }, rows: rows.length, durationMs: 0, cacheAgeSeconds: 0, portalUrl: null, warnings: [] };
      return { rows, run, ok: true };
    },
  };
}

const range = { from: new Date(at(0)), to: new Date(at(3600)) };

describe("origin-health signal over query rows", () => {
  it("derives flips at slot ends, region health and traffic share", async () => {
    const out = await originHealthSignal.run(fakeContext(range));
    expect(out.value.originFlips).toEqual([
      { origin: UK, region: "uksouth", at: iso(at(OUTAGE + 60)), to: "unhealthy" },
      { origin: UK, region: "uksouth", at: iso(at(OUTAGE_END + 90)), to: "healthy" },
    ]);
    // Healthy again now, but unhealthy from the flip to the flip back inside the range.
    expect(out.value.regions).toEqual([
      { id: "uksouth", originHealthy: true, originStatus: "ok", originReason: null, probeBlindNow: false, trafficShareRatio: 0.01, rangeWorst: { status: "breach", overBudgetSeconds: 630, reason: "Origin unhealthy for 10 min 30 s in this range." } },
      { id: "westeurope", originHealthy: true, originStatus: "ok", originReason: null, probeBlindNow: false, trafficShareRatio: 0.99, rangeWorst: { status: "ok", overBudgetSeconds: 0, reason: null } },
    ]);
    expect(out.value.probeBlind).toEqual([]);
    expect(out.meta.status).toBe("ok");
    expect(out.meta.dataAgeSeconds).toBe(1);
  });

  it("queries the range plus an hour of look-back and the last 5 minutes for traffic share", async () => {
    const ctx = fakeContext(range);
    await originHealthSignal.run(ctx);
    const byId = new Map(ctx.calls.map((c) => [c.id, c.window]));
    expect(byId.get("origin-health:failed-probe-slots")).toEqual({ from: new Date(at(-3600)), to: range.to });
    expect(byId.get("origin-health:traffic-share")).toEqual({ from: new Date(at(3300)), to: range.to });
  });

  it("reports the origin unhealthy while the outage lasts", async () => {
    const out = await originHealthSignal.run(fakeContext({ from: new Date(at(0)), to: new Date(at(2000)) }));
    expect(out.value.regions[0].originHealthy).toBe(false);
    expect(out.meta.status).toBe("breach");
  });
});

describe("incidents signal over query rows", () => {
  it("measures start, eviction, recovery, error window and RPO per tier", async () => {
    const out = await incidentsSignal.run(fakeContext(range));
    expect(out.value.incidents).toEqual([
      {
        region: "uksouth",
        kind: "real",
        start: iso(at(OUTAGE)),
        evictedAt: iso(at(DRAIN)),
        recoveredAt: iso(at(DRAIN)),
        rtoSeconds: 80,
        elapsedSeconds: 80,
        errorWindowSeconds: 80,
        rpoSeconds: 41,
        rpoTiers: [
          { tier: "cosmos", source: "uksouth", target: "westeurope", lagSeconds: 2.5, budgetSeconds: 5, status: "ok" },
          { tier: "sql", source: "uksouth", target: "westeurope", lagSeconds: 41, budgetSeconds: 30, status: "breach" },
        ],
        rtoBudgetSeconds: 300,
        rtoStatus: "ok",
        rpoStatus: "breach",
        // From the start to recoveredAt + 10 min: 12:30 … 12:41 (12 whole minutes); RU 600 000 / 60 / 20 000 = 50 %.
        survivor: { peakPercent: 95, region: "westeurope", throttled429: 120, ranOut: true, stillCarrying: false, status: "breach" },
        status: "breach",
        reasons: [
          "RPO sql: 41 s of writes not yet replicated at the start, over the 30 s budget.",
          "Survivor West Europe ran out of headroom (429s in 3 consecutive minutes): peak 95 %, 120 requests throttled (429).",
        ],
        // 1h burn: 300 bad of 36 600 requests since 12:00 = 0.82 % > 14.4 × 0.05 %, and 5m: 5 % — at 12:30:30, before the flip (12:31:00).
        detectedAt: iso(at(OUTAGE + 30)),
        detectedBy: "burn-alert",
        timeToDetectSeconds: 30,
        readmittedAt: iso(at(OUTAGE_END + 90)),
        failbackAt: iso(at(OUTAGE_END + 110)),
        failbackSeconds: 20,
      },
    ]);
  });

  it("asks for lag in the hour up to the start and bins from the start", async () => {
    const ctx = fakeContext(range);
    await incidentsSignal.run(ctx);
    const lag = ctx.calls.find((c) => c.id.startsWith("incidents:lag-at-start:sql"));
    expect(lag?.window).toEqual({ from: new Date(at(OUTAGE - 3600)), to: new Date(at(OUTAGE) + 1) });
    expect(ctx.calls.find((c) => c.id === "incidents:bins")?.window.from).toEqual(new Date(at(OUTAGE)));
  });

  it("is a drill when a drill marker of the region overlaps", async () => {
    const drills = [
      { TimeGenerated: iso(at(OUTAGE - 30)), region: "uksouth", phase: "start" },
      { TimeGenerated: iso(at(OUTAGE_END + 90)), region: "uksouth", phase: "end" },
    ];
    const out = await incidentsSignal.run(fakeContext(range, drills));
    expect(out.value.incidents.map((i) => i.kind)).toEqual(["drill"]);
    const otherRegion = drills.map((d) => ({ ...d, region: "westeurope" }));
    const real = await incidentsSignal.run(fakeContext(range, otherRegion));
    expect(real.value.incidents.map((i) => i.kind)).toEqual(["real"]);
  });

  it("keeps an incident open, its RTO unknown and its clock running, while the edge has not recovered", async () => {
    const out = await incidentsSignal.run(fakeContext({ from: new Date(at(0)), to: new Date(at(OUTAGE + 70)) }));
    const [incident] = out.value.incidents;
    expect(incident.recoveredAt).toBeNull();
    expect(incident.evictedAt).toBeNull();
    expect(incident.rtoSeconds).toBeNull();
    expect(incident.elapsedSeconds).toBe(70);
    expect(incident.status).toBe("breach"); // the SQL tier's lag at the start was over its budget
    expect(out.meta.status).toBe("breach");
  });

  it("measures an incident that began before the range from its real start (look-back)", async () => {
    // The flip (12:31:00) is before the range; the edge recovers (12:31:20) inside it.
    const out = await incidentsSignal.run(fakeContext({ from: new Date(at(OUTAGE + 70)), to: new Date(at(3600)) }));
    expect(out.value.incidents.map((i) => [i.start, i.rtoSeconds])).toEqual([[iso(at(OUTAGE)), 80]]);
  });

  it("warns that start and RTO are lower bounds when the data begins inside the failure", async () => {
    const late = await incidentsSignal.run(fakeContext(range, [], iso(at(OUTAGE + 30))));
    expect(late.value.incidents).toHaveLength(1);
    expect(late.meta.warnings.some((w) => w.includes("lower bounds"))).toBe(true);
    const early = await incidentsSignal.run(fakeContext(range, [], iso(at(0))));
    expect(early.meta.warnings.some((w) => w.includes("lower bounds"))).toBe(false);
  });

  it("leaves out incidents that were over before the range began", async () => {
    const out = await incidentsSignal.run(fakeContext({ from: new Date(at(OUTAGE + 600)), to: new Date(at(3600)) }));
    expect(out.value.incidents).toEqual([]);
    expect(out.meta.status).toBe("ok");
  });
});
