import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { demoPlacements } from "@/lib/simulator/demo";
import { createLiveDemo, type LiveDemo } from "@/lib/simulator/live";
import { resolveScenarios } from "@/lib/simulator/scenarios";
import { config } from "./helpers";

const DAY = 86400_000;
// Stored rows: the derived Usage table (lib/dataset/usage.ts) is not what retention keeps.
const total = (ws: Workspace) => ws.storedRowCount();

describe("live demo retention", () => {
  it("keeps `days` of rows while advancing through several simulated days (hourly compaction)", () => {
    const start = new Date("2026-11-20T00:00:00Z");
    let now = start;
    const ws = new Workspace();
    const compactions: Date[] = [];
    const demo = createLiveDemo({
      config,
      seed: 7,
      days: 1,
      now: () => now,
      sink: ws,
      denseLive: false,
      compact: (cutoff) => {
        compactions.push(cutoff);
        ws.dropBefore(cutoff);
      },
    });
    demo.advanceTo(start);
    const initial = total(ws);
    expect(initial).toBeGreaterThan(1000);
    const sizes: number[] = [];
    for (let h = 1; h <= 4 * 24; h++) {
      now = new Date(start.getTime() + h * 3600_000);
      demo.advanceTo(now);
      if (h % 24 === 0) sizes.push(total(ws));
    }
    // One compaction per simulated hour (plus the start-up catch-up), each cutting at generatedTo − 1 day.
    expect(compactions.length).toBe(4 * 24 + 1);
    expect(compactions[compactions.length - 1].getTime()).toBe(now.getTime() - DAY);
    expect(demo.from.getTime()).toBe(now.getTime() - DAY);
    // Bounded: each day holds about one day of rows, nowhere near the 5 days generated.
    for (const n of sizes) expect(n).toBeLessThan(initial * 1.5);
    for (const table of ws.tableNames()) {
      const oldest = runQuery(ws, `${table} | summarize min(TimeGenerated)`).rows[0][0];
      if (oldest !== null) expect(Date.parse(oldest as string), table).toBeGreaterThanOrEqual(now.getTime() - DAY);
    }
  });

  it("without a compact callback keeps every row (datasets, CLI)", () => {
    const now = new Date("2026-11-20T00:00:00Z");
    const ws = new Workspace();
    const demo = createLiveDemo({ config, seed: 7, days: 1, now: () => now, sink: ws, denseLive: false });
    demo.advanceTo(now);
    const before = total(ws);
    demo.advanceTo(new Date(now.getTime() + DAY));
    expect(total(ws)).toBeGreaterThan(before);
    expect(demo.from.getTime()).toBe(now.getTime() - DAY);
    const oldest = runQuery(ws, "AzureMetrics | summarize min(TimeGenerated)").rows[0][0] as string;
    expect(Date.parse(oldest)).toBeLessThan(now.getTime() - DAY + 60_000);
  });

  describe("thinning aged dense access-log rows and background writes (denseLive, days: 1, advanced 2 days hourly)", () => {
    const HOUR = 3600_000;
    const start = new Date("2026-11-20T00:00:00Z");
    const end = new Date(start.getTime() + 2 * DAY);
    const access = (ws: Workspace, from: number, to: number, tail = "| count") =>
      runQuery(
        ws,
        `AzureDiagnostics | where TimeGenerated >= datetime(${new Date(from).toISOString()}) and TimeGenerated < datetime(${new Date(to).toISOString()}) | where Category == "FrontDoorAccessLog" ${tail}`,
      ).rows;
    const count = (ws: Workspace, from: number, to: number) => access(ws, from, to)[0][0] as number;
    const writes = (ws: Workspace, from: number, to: number, tail = "| count") =>
      runQuery(
        ws,
        `AppDependencies | where TimeGenerated >= datetime(${new Date(from).toISOString()}) and TimeGenerated < datetime(${new Date(to).toISOString()}) ${tail}`,
      ).rows;
    const writeCount = (ws: Workspace, from: number, to: number) => writes(ws, from, to)[0][0] as number;
    const shares = (ws: Workspace, from: number, to: number) => {
      const rows = access(ws, from, to, "| summarize n = count() by originName_s");
      const all = rows.reduce((a, r) => a + (r[1] as number), 0);
      return rows.map((r) => (r[1] as number) / all);
    };
    const errors = (ws: Workspace, from: number, to: number) =>
      access(ws, from, to, '| where httpStatusCode_s startswith "5" or httpStatusCode_s == "0" | count')[0][0] as number;
    const live = (ws: Workspace, nowRef: { now: Date }, seed = 7): LiveDemo =>
      createLiveDemo({ config, seed, days: 1, now: () => nowRef.now, sink: ws, compact: (cutoff) => ws.dropBefore(cutoff) });

    const ws = new Workspace();
    const clock = { now: start };
    const demo = live(ws, clock);
    const addedPerStep: number[] = [];
    const writesPerStep: number[] = [];
    const cosmosPerStep: number[] = [];
    // The sparse plan for the same month (same anchor, so same scenarios): what aged rows should look like.
    const sparse = new Workspace();
    const sparseClock = { now: start };
    const sparseDemo = createLiveDemo({ config, seed: 7, days: 1, now: () => sparseClock.now, sink: sparse, denseLive: false });

    it("advances (setup)", () => {
      demo.advanceTo(start);
      for (let h = 1; h <= 48; h++) {
        clock.now = new Date(start.getTime() + h * HOUR);
        const added = demo.advanceTo(clock.now);
        addedPerStep.push(added.AzureDiagnostics ?? 0);
        writesPerStep.push(added.AppDependencies ?? 0);
        cosmosPerStep.push(added.CDBDataPlaneRequests ?? 0);
      }
      sparseClock.now = end;
      sparseDemo.advanceTo(end);
      expect(demo.generatedTo.getTime()).toBe(end.getTime());
    }, 300_000);

    it("aged days hold about the sparse plan's access-log rows, not the dense plan's", () => {
      // [end − 1 day, end − 7 h) has aged out of the live window; the whole of day one was dropped.
      const from = end.getTime() - DAY;
      const to = end.getTime() - 7 * HOUR;
      const kept = count(ws, from, to);
      const plan = count(sparse, from, to);
      const densePlan = (12 * (to - from)) / 1000; // the dense plan never writes under 12 rows/s
      expect(plan).toBeGreaterThan(1000);
      expect(Math.abs(kept - plan) / plan).toBeLessThan(0.02);
      expect(kept).toBeLessThan(densePlan / 50);
      // Error rows are kept like the sparse plan keeps them (stratified, rounded to nearest per bin).
      expect(Math.abs(errors(ws, from, to) - errors(sparse, from, to))).toBeLessThanOrEqual(Math.max(5, 0.25 * errors(sparse, from, to)));
    });

    it("aged days hold exactly the sparse plan's background writes per bin, in time order", () => {
      const from = end.getTime() - DAY;
      const to = end.getTime() - 7 * HOUR;
      const kept = writeCount(ws, from, to);
      const plan = writeCount(sparse, from, to);
      expect(plan).toBeGreaterThan(1000); // ~1/60 of the dense plan's 2 writes/s over 17 h
      expect(kept).toBe(plan);
      // Per region and 10 s bin, not just in total.
      const perBin = (w: Workspace) =>
        writes(w, from, to, "| summarize n = count() by region = tostring(Properties.region), bin(TimeGenerated, 10s) | order by TimeGenerated asc, region asc").map((r) => r.join(" "));
      expect(perBin(ws)).toEqual(perBin(sparse));
      expect(ws.isSortedByTime("AppDependencies")).toBe(true);
      // Cosmos: one Query and one Upsert row per region-minute plus every 429, as the sparse plan writes.
      const cosmos = (w: Workspace, tail: string) =>
        runQuery(w, `CDBDataPlaneRequests | where TimeGenerated >= datetime(${new Date(from).toISOString()}) and TimeGenerated < datetime(${new Date(to).toISOString()}) ${tail}`).rows;
      expect(cosmos(ws, "| count")).toEqual(cosmos(sparse, "| count"));
      expect(cosmos(ws, "| where StatusCode == 429 | count")).toEqual(cosmos(sparse, "| where StatusCode == 429 | count"));
      expect(ws.isSortedByTime("CDBDataPlaneRequests")).toBe(true);
    });

    it("leaves the last 6 h (and the 1 h margin) exactly as generated", () => {
      const recent = writesPerStep.slice(-7).reduce((a, b) => a + b, 0);
      expect(writeCount(ws, end.getTime() - 7 * HOUR, end.getTime())).toBe(recent);
      expect(writeCount(ws, end.getTime() - 6 * HOUR, end.getTime())).toBeGreaterThan(6 * 3600); // dense: ~2 writes/s
      const cosmosHeld = runQuery(ws, `CDBDataPlaneRequests | where TimeGenerated >= datetime(${new Date(end.getTime() - 7 * HOUR).toISOString()}) | count`).rows[0][0];
      expect(cosmosHeld).toBe(cosmosPerStep.slice(-7).reduce((a, b) => a + b, 0));
      const written = addedPerStep.slice(-7).reduce((a, b) => a + b, 0);
      const held = runQuery(ws, `AzureDiagnostics | where TimeGenerated >= datetime(${new Date(end.getTime() - 7 * HOUR).toISOString()}) | count`).rows[0][0];
      expect(held).toBe(written);
      expect(count(ws, end.getTime() - 6 * HOUR, end.getTime())).toBeGreaterThan(12 * 6 * 3600);
      expect(ws.isSortedByTime("AzureDiagnostics")).toBe(true);
    });

    it("keeps per-origin traffic shares of the thinned period near 50/50 (demo config)", () => {
      const from = end.getTime() - DAY;
      const to = end.getTime() - 7 * HOUR;
      const kept = shares(ws, from, to);
      expect(kept).toHaveLength(2);
      for (const s of kept) expect(Math.abs(s - 0.5)).toBeLessThan(0.03);
      const plan = shares(sparse, from, to);
      for (let i = 0; i < kept.length; i++) expect(Math.abs(kept[i] - plan[i])).toBeLessThan(0.02);
    });

    it("is deterministic: other advance steps thin to identical rows", () => {
      const other = new Workspace();
      const otherClock = { now: start };
      const b = live(other, otherClock);
      // Odd step sizes (7 min 13 s), ending 8 h in: thinned up to start + 1 h, like the hourly demo below.
      const stop = start.getTime() + 8 * HOUR;
      for (let t = start.getTime(); t < stop; t += 433_000) {
        otherClock.now = new Date(t);
        b.advanceTo(otherClock.now);
      }
      otherClock.now = new Date(stop);
      b.advanceTo(otherClock.now);
      const from = start.getTime() - 6 * HOUR;
      const to = start.getTime() + 1 * HOUR;
      const rowsOf = (w: Workspace) =>
        access(w, from, to, "| project TimeGenerated, trackingReference_s, originName_s, httpStatusCode_s").map((r) => r.join(" "));
      // The same demo advanced hourly to the same time.
      const hourly = new Workspace();
      const hourlyClock = { now: start };
      const c = live(hourly, hourlyClock);
      for (let t = start.getTime(); t <= stop; t += HOUR) {
        hourlyClock.now = new Date(t);
        c.advanceTo(hourlyClock.now);
      }
      const a = rowsOf(other);
      expect(a.length).toBeGreaterThan(1000);
      // Thinned to the sparse plan (scenario margins stay dense in both): 7 dense hours would be > 300 000 rows.
      expect(Math.abs(a.length - count(sparse, from, to))).toBeLessThan(0.02 * a.length);
      expect(rowsOf(hourly)).toEqual(a);
      // Background writes: thinned to the sparse plan the same way whatever the steps.
      const writeRows = (w: Workspace) => writes(w, from, to, "| project TimeGenerated, Id").map((r) => r.join(" "));
      expect(writeRows(other)).toEqual(writeRows(hourly));
      expect(Math.abs(writeRows(other).length - writeCount(sparse, from, to))).toBeLessThan(0.01 * writeCount(sparse, from, to));
      // Every scripted write (split-brain races and decoys, placed 3 h before start-up) is still there.
      const groups = resolveScenarios(config, demoPlacements(config, start, 7), 7).writeGroups;
      const scripted = groups.flatMap((g) => g.writes.filter((wr) => wr.atMs >= from && wr.atMs < to).map(() => g.entityId)).sort();
      expect(scripted.length).toBeGreaterThanOrEqual(10);
      const key = config.splitBrain.entityKey;
      const held = writes(other, from, to, `| project entityId = tostring(Properties["${key}"]) | where entityId in (${groups.map((g) => `"${g.entityId}"`).join(", ")})`).map((r) => r[0] as string);
      expect(held.sort()).toEqual(scripted);
    }, 300_000);
  });
});
