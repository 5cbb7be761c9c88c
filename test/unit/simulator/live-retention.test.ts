import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { createLiveDemo } from "@/lib/simulator/live";
import { config } from "./helpers";

const DAY = 86400_000;
const total = (ws: Workspace) => ws.tableNames().reduce((a, t) => a + ws.rowCount(t), 0);

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
});
