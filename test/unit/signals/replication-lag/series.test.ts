import { describe, expect, it } from "vitest";
import { runSeries } from "@/lib/catalog/series";
import { loadConfigFile } from "@/lib/config/load";
import type { LogsSource, QueryResult, QueryWindow } from "@/lib/workspace/types";

const config = loadConfigFile("config/demo.json");
const range = { from: new Date("2026-01-31T11:00:00Z"), to: new Date("2026-01-31T12:00:00Z") };

/** SQL lags of 12 s (AzureMetrics), Cosmos canary lags of 0.09 s (AppMetrics), one sample at the window start. */
class LagSource implements LogsSource {
  readonly kind = "azure" as const;
  async query(kql: string, window: QueryWindow): Promise<QueryResult> {
    const lag = kql.includes("AzureMetrics") ? 12 : 0.09;
    const columns = [
      { name: "TimeGenerated", type: "datetime" as const },
      { name: "lagSeconds", type: "real" as const },
    ];
    return { table: { columns, rows: [[window.from.toISOString(), lag]] }, warnings: [], partial: false };
  }
}

describe("replication lag series", () => {
  it("draws one chart per tier, each with only its own tier's pairs and RPO budget line", async () => {
    const { response } = await runSeries({ config, source: new LagSource(), signal: "replication", range, widthPx: 600 });
    expect(response.panels.map((p) => p.id)).toEqual(["replication-lag-cosmos", "replication-lag-sql"]);
    const [cosmos, sql] = response.panels;
    expect(cosmos.thresholds.map((t) => t.value)).toEqual([5]);
    expect(sql.thresholds.map((t) => t.value)).toEqual([30]);
    expect(cosmos.series.map((s) => s.key)).toEqual(["cosmos:uksouth->westeurope", "cosmos:westeurope->uksouth"]);
    expect(sql.series.every((s) => s.key.startsWith("sql:"))).toBe(true);
    expect(cosmos.series.flatMap((s) => s.points.map((p) => p.v)).filter((v) => v !== null)).toEqual([0.09, 0.09]);
    // Each panel's inspector lists only its own tier's queries.
    expect(cosmos.queryIds.every((id) => id.startsWith("replication-lag:cosmos:"))).toBe(true);
    expect(sql.queryIds.every((id) => id.startsWith("replication-lag:sql:"))).toBe(true);
    expect(cosmos.hasData && sql.hasData).toBe(true);
  });

  it("bins each lag source no finer than its samples (SQL per minute, canary every 10–30 s), so lines have no gaps", async () => {
    const { response } = await runSeries({ config, source: new LagSource(), signal: "replication", range, widthPx: 1200 });
    expect(response.binSeconds).toBeLessThan(30);
    const [cosmos, sql] = response.panels;
    const step = (p: typeof sql) => p.series[0].points[1].t - p.series[0].points[0].t;
    expect(step(sql)).toBe(60_000);
    expect(step(cosmos)).toBe(30_000);
    const sqlKql = response.queries.find((q) => q.id.startsWith("replication-lag:sql:"))?.kql ?? "";
    expect(sqlKql).toContain("bin(TimeGenerated, 1m)");
  });

  it("the incident timeline shows the lag of every tier in its story", async () => {
    const { response } = await runSeries({ config, source: new LagSource(), signal: "incidents", range, widthPx: 600 });
    const ids = response.panels.map((p) => p.id);
    expect(ids).toContain("replication-lag-cosmos");
    expect(ids).toContain("replication-lag-sql");
    expect(ids.indexOf("replication-lag-sql")).toBeLessThan(ids.indexOf("conflict-depth"));
  });
});
