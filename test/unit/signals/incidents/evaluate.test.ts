import { describe, expect, it } from "vitest";
import {
  drillIntervals,
  evictedAt,
  incidentKind,
  incidentStart,
  incidentVerdict,
  rpoTierStatus,
  rtoStatus,
  lagAtOrBefore,
  recovery,
  type IncidentBin,
} from "@/lib/signals/incidents/evaluate";
import { survivorStillCarrying, survivorVerdict, survivorWindowEndMs } from "@/lib/signals/incidents/survivor";
import { survivorMeasures } from "@/lib/format/incident-reasons";

const S = 1000;
/** One survivor minute: n minutes after T0, CPU and RU percent, 429 count. */
const minute = (n: number, cpuPercent: number, ruPercent: number, throttled429: number) => ({ t: T0 + n * 60_000, cpuPercent, ruPercent, throttled429 });
const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);
const at = (seconds: number) => T0 + seconds * S;

/** Bins from `fromS` (seconds) for `count` bins with the given shape. */
function bins(fromS: number, count: number, shape: Omit<IncidentBin, "binStartMs">): IncidentBin[] {
  return Array.from({ length: count }, (_, i) => ({ binStartMs: at(fromS + i * 10), ...shape }));
}
const serving = { edgeTotal: 100, edgeBad: 0, originTotal: 50 };
const failingEdge = { edgeTotal: 100, edgeBad: 20, originTotal: 50 };
const badButEvicted = { edgeTotal: 100, edgeBad: 2, originTotal: 0 };

describe("incident start", () => {
  it("is the earlier of the failed-probe run and the origin error run", () => {
    expect(incidentStart(at(60), at(30), at(120))).toBe(at(30));
    expect(incidentStart(at(60), at(90), at(120))).toBe(at(60));
    expect(incidentStart(at(60), null, at(120))).toBe(at(60));
    expect(incidentStart(null, null, at(120))).toBe(at(120));
  });
});

describe("evictedAt", () => {
  it("is the first bin after which the origin serves < 1 % for at least 60 s", () => {
    const series = [...bins(0, 9, failingEdge), ...bins(90, 30, badButEvicted)];
    expect(evictedAt(series, at(0), at(400))).toBe(at(90));
  });

  it("ignores a short dip below 1 % (under 60 s)", () => {
    const series = [...bins(0, 3, serving), ...bins(80, 3, serving)];
    // 30 s … 80 s is only 50 s quiet; from 110 s on it stays quiet.
    expect(evictedAt(series, at(0), at(400))).toBe(at(110));
  });

  it("counts a share of exactly 1 % as serving and a bin without traffic as not serving", () => {
    const onePercent = { edgeTotal: 100, edgeBad: 0, originTotal: 1 };
    expect(evictedAt([...bins(0, 3, onePercent)], at(0), at(200))).toBe(at(30));
  });

  it("is null until 60 s of eviction have been observed", () => {
    expect(evictedAt(bins(0, 5, serving), at(0), at(100))).toBeNull();
    expect(evictedAt(bins(0, 5, serving), at(0), at(110))).toBe(at(50));
  });
});

describe("recoveredAt and errorWindowSeconds", () => {
  it("is the first bin from which the edge stays < 1 % for 120 s", () => {
    const series = [...bins(0, 6, failingEdge), ...bins(60, 6, { edgeTotal: 100, edgeBad: 0, originTotal: 0 })];
    expect(recovery(series, at(0), at(600))).toEqual({ recoveredAtMs: at(60), errorWindowSeconds: 60 });
  });

  it("a clean gap shorter than 120 s does not count; error seconds add up across the gap", () => {
    const series = [...bins(0, 3, failingEdge), ...bins(130, 2, badButEvicted)];
    // 30 s → 130 s is 100 s clean: not enough. After 150 s it stays clean.
    expect(recovery(series, at(0), at(600))).toEqual({ recoveredAtMs: at(150), errorWindowSeconds: 50 });
  });

  it("treats exactly 1 % as an error bin and 499-free bins without traffic as clean", () => {
    const onePercent = { edgeTotal: 200, edgeBad: 2, originTotal: 0 };
    expect(recovery(bins(0, 2, onePercent), at(0), at(600)).recoveredAtMs).toBe(at(20));
  });

  it("with no error bin at all, recoveredAt is the start", () => {
    expect(recovery(bins(0, 10, serving), at(0), at(600))).toEqual({ recoveredAtMs: at(0), errorWindowSeconds: 0 });
  });

  it("is open (null) while the edge has not been clean for 120 s by the end of what was observed", () => {
    const series = bins(0, 6, failingEdge);
    expect(recovery(series, at(0), at(150))).toEqual({ recoveredAtMs: null, errorWindowSeconds: 60 });
    expect(recovery(series, at(0), at(180)).recoveredAtMs).toBe(at(60));
  });

  it("ignores error bins before the start", () => {
    const series = [...bins(-100, 5, failingEdge), ...bins(0, 2, failingEdge)];
    expect(recovery(series, at(0), at(600))).toEqual({ recoveredAtMs: at(20), errorWindowSeconds: 20 });
  });
});

describe("RPO", () => {
  const samples = [
    { atMs: at(-120), lagSeconds: 2 },
    { atMs: at(-60), lagSeconds: 4 },
    { atMs: at(0), lagSeconds: 7 },
    { atMs: at(30), lagSeconds: 90 },
  ];
  it("takes the last lag sample at or before the start", () => {
    expect(lagAtOrBefore(samples, at(0))).toEqual({ atMs: at(0), lagSeconds: 7 });
    expect(lagAtOrBefore(samples, at(-1))).toEqual({ atMs: at(-60), lagSeconds: 4 });
    expect(lagAtOrBefore(samples, at(-200))).toBeNull();
  });
});

describe("drill classification", () => {
  const markers = [
    { region: "uksouth", atMs: at(-300), phase: "start" as const },
    { region: "uksouth", atMs: at(900), phase: "end" as const },
    { region: "westeurope", atMs: at(5000), phase: "start" as const },
  ];
  const drills = drillIntervals(markers, at(-10_000));

  it("pairs start and end markers per region; an unmatched start stays open", () => {
    expect(drills).toEqual([
      { region: "uksouth", fromMs: at(-300), toMs: at(900) },
      { region: "westeurope", fromMs: at(5000), toMs: null },
    ]);
  });

  it("an incident overlapping a drill of the same region is a drill", () => {
    expect(incidentKind("uksouth", { startMs: at(0), endMs: at(400) }, drills)).toBe("drill");
    expect(incidentKind("uksouth", { startMs: at(800), endMs: at(2000) }, drills)).toBe("drill");
    expect(incidentKind("uksouth", { startMs: at(1000), endMs: at(2000) }, drills)).toBe("real");
    expect(incidentKind("westeurope", { startMs: at(0), endMs: at(400) }, drills)).toBe("real");
    expect(incidentKind("westeurope", { startMs: at(6000), endMs: null }, drills)).toBe("drill");
  });
});

describe("incident status", () => {
  const tier = (lagSeconds: number | null, budgetSeconds = 5) => ({ tier: "cosmos", lagSeconds, budgetSeconds, status: rpoTierStatus({ lagSeconds, budgetSeconds }) });
  const tiers = [tier(3)];
  const held = survivorVerdict([{ id: "westeurope", minutes: [minute(0, 40, 30, 0)] }], 70);
  const status = (a: { elapsedSeconds: number; open: boolean; tiers?: ReturnType<typeof tier>[]; survivor?: typeof held }) =>
    incidentVerdict({ rtoBudgetSeconds: 300, warnPercent: 70, tiers, survivor: held, ...a }).status;
  it("breaches on RTO or any tier's RPO over budget, warns while open, else ok", () => {
    expect(status({ elapsedSeconds: 100, open: false })).toBe("ok");
    expect(status({ elapsedSeconds: 301, open: false })).toBe("breach");
    expect(status({ elapsedSeconds: 100, open: true })).toBe("warn");
    // Open and already past the budget: the RTO is breached before it is even known.
    expect(status({ elapsedSeconds: 301, open: true })).toBe("breach");
    // The RTO alone (the review's and the incident page's RTO badge): a good RPO does not hide it.
    expect(rtoStatus({ elapsedSeconds: 120, open: true, rtoBudgetSeconds: 300 })).toBe("warn");
    expect(rtoStatus({ elapsedSeconds: 301, open: true, rtoBudgetSeconds: 300 })).toBe("breach");
    expect(rtoStatus({ elapsedSeconds: 299, open: false, rtoBudgetSeconds: 300 })).toBe("ok");
    expect(status({ elapsedSeconds: 100, open: false, tiers: [tier(6)] })).toBe("breach");
    // No lag sample (the failed region was already silent): NO DATA in the RPO part, the measured parts decide.
    expect(status({ elapsedSeconds: 100, open: false, tiers: [tier(null)] })).toBe("ok");
  });

  it("includes the survivor: breach when it ran out (over 100 % or 429s in 3 consecutive minutes), warn over the warn line", () => {
    const over100 = survivorVerdict([{ id: "westeurope", minutes: [minute(0, 99, 104, 0)] }], 70);
    expect(over100).toMatchObject({ peakPercent: 104, region: "westeurope", ranOut: true, status: "breach" });
    const throttled = survivorVerdict([{ id: "westeurope", minutes: [minute(0, 80, 95, 5), minute(1, 80, 95, 7), minute(2, 80, 95, 1)] }], 70);
    expect(throttled).toMatchObject({ peakPercent: 95, throttled429: 13, ranOut: true, status: "breach" });
    // 429s in two minutes that are not consecutive: not ran out; 95 % is over the 70 % warn line.
    const gaps = survivorVerdict([{ id: "westeurope", minutes: [minute(0, 80, 95, 5), minute(2, 80, 95, 7)] }], 70);
    expect(gaps).toMatchObject({ ranOut: false, status: "warn" });
    expect(survivorVerdict([{ id: "westeurope", minutes: [] }], 70)).toMatchObject({ ranOut: null, status: "no-data" });
    expect(status({ elapsedSeconds: 100, open: false, survivor: over100 })).toBe("breach");
    expect(status({ elapsedSeconds: 100, open: false, survivor: gaps })).toBe("warn");
  });

  it("leaves a region that failed too out of the survivors: with none left the survivor part breaches, never reads OK", () => {
    // West Europe's own minutes were quiet (it was drained): they must not read as a survivor that held.
    const none = survivorVerdict([], 70, ["westeurope"]);
    expect(none).toMatchObject({ peakPercent: null, region: null, ranOut: null, downToo: ["westeurope"], status: "breach" });
    const v = incidentVerdict({ elapsedSeconds: 100, open: false, rtoBudgetSeconds: 300, warnPercent: 70, tiers, survivor: none, regionName: (id) => (id === "westeurope" ? "West Europe" : id) });
    expect(v.status).toBe("breach");
    expect(v.reasons).toEqual(["No region stayed up to carry the load: West Europe failed too."]);
    // Three regions, one failed too: the one that stayed up is graded, and the other is listed.
    const one = survivorVerdict([{ id: "northeurope", minutes: [minute(0, 40, 30, 0)] }], 70, ["westeurope"]);
    expect(one).toMatchObject({ region: "northeurope", ranOut: false, downToo: ["westeurope"], status: "ok" });
    // Graded warn, its reason says the survivor was left alone: not a failover onto two regions that went as planned.
    const hot = survivorVerdict([{ id: "northeurope", minutes: [minute(0, 100, 78, 0)] }], 70, ["westeurope"]);
    const names = (id: string) => ({ westeurope: "West Europe", northeurope: "North Europe" })[id] ?? id;
    expect(incidentVerdict({ elapsedSeconds: 100, open: false, rtoBudgetSeconds: 300, warnPercent: 70, tiers, survivor: hot, regionName: names }).reasons).toEqual([
      "Survivor North Europe peaked at 100 %, above the 70 % warn line, West Europe down too.",
    ]);
    expect(held).not.toHaveProperty("downToo");
  });

  it("with several survivors, their 429s are said to be theirs together, not the peak region's", () => {
    const names = (id: string) => ({ westeurope: "West Europe", northeurope: "North Europe" })[id] ?? id;
    const two = survivorVerdict(
      [
        { id: "westeurope", minutes: [minute(0, 95, 100, 4000), minute(1, 95, 101, 4000), minute(2, 90, 99, 4000)] },
        { id: "northeurope", minutes: [minute(0, 94, 99, 3000), minute(1, 94, 99, 3000), minute(2, 94, 99, 3000)] },
      ],
      70,
    );
    expect(two).toMatchObject({ region: "westeurope", throttled429: 21000, carriedBy: ["westeurope", "northeurope"], status: "breach" });
    expect(incidentVerdict({ elapsedSeconds: 100, open: false, rtoBudgetSeconds: 300, warnPercent: 70, tiers, survivor: two, regionName: names }).reasons).toEqual([
      "Survivor West Europe ran out of headroom (load above 100 %): peak 101 %, 21000 requests throttled (429) across West Europe and North Europe.",
    ]);
    expect(survivorMeasures(two, names)).toBe("peak 101 % in West Europe, 21000 × 429 across West Europe and North Europe");
    // One survivor (two regions): no list, and the words stay as they were.
    const one = survivorVerdict([{ id: "westeurope", minutes: [minute(0, 95, 100, 5)] }], 70);
    expect(one).not.toHaveProperty("carriedBy");
    expect(survivorMeasures(one)).toBe("peak 100 % in westeurope, 5 × 429");
  });

  it("says why in one sentence per part that is not ok", () => {
    const over100 = survivorVerdict([{ id: "westeurope", minutes: [minute(0, 99, 104, 3)] }], 70);
    const v = incidentVerdict({ elapsedSeconds: 420, open: false, rtoBudgetSeconds: 300, warnPercent: 70, tiers: [tier(45, 30)], survivor: over100 });
    expect(v).toMatchObject({ rtoStatus: "breach", rpoStatus: "breach", status: "breach" });
    expect(v.reasons).toEqual([
      "Recovery took 7 min, over the 5 min RTO budget.",
      "RPO cosmos: 45 s of writes not yet replicated at the start, over the 30 s budget.",
      "Survivor westeurope ran out of headroom (load above 100 %): peak 104 %, 3 requests throttled (429).",
    ]);
    expect(incidentVerdict({ elapsedSeconds: 100, open: false, rtoBudgetSeconds: 300, warnPercent: 70, tiers, survivor: held }).reasons).toEqual([]);
  });
});

describe("survivor window", () => {
  const min = (m: number) => m * 60_000;
  it("runs from the start to recoveredAt + 10 min, as SIGNALS 3.4 defines it, never past asOf", () => {
    // Edge recovered 2 min in: watched to 12 min, even if the failed region is readmitted later.
    expect(survivorWindowEndMs(min(2), min(60))).toBe(min(12));
    expect(survivorWindowEndMs(min(2), min(8))).toBe(min(8));
    // Open: to asOf.
    expect(survivorWindowEndMs(null, min(20))).toBe(min(20));
  });
  it("is still carrying (the verdict so far) while that window is open", () => {
    expect(survivorStillCarrying(null, min(20))).toBe(true);
    expect(survivorStillCarrying(min(2), min(11))).toBe(true);
    expect(survivorStillCarrying(min(2), min(12))).toBe(false);
  });
});
