import { describe, expect, it } from "vitest";
import { panelState } from "@/lib/charts/panel-state";
import { runSeries } from "@/lib/catalog/series";
import { loadConfigFile } from "@/lib/config/load";
import { QueryGateway } from "@/lib/gateway/gateway";
import { ManualClock } from "@/lib/gateway/manual-clock";
import type { LogsSource, QueryResult, QueryWindow } from "@/lib/workspace/types";

const config = loadConfigFile("config/demo.json");

/** Log Analytics that answers, then goes down. */
class FlakySource implements LogsSource {
  readonly kind = "azure" as const;
  down = false;
  async query(_kql: string, window: QueryWindow): Promise<QueryResult> {
    if (this.down) throw new Error("503 Service Unavailable from Log Analytics");
    const rows = [[new Date(window.from.getTime()).toISOString(), "uksouth", "invoices", 3]];
    const columns = [
      { name: "TimeGenerated", type: "datetime" as const },
      { name: "region", type: "string" as const },
      { name: "container", type: "string" as const },
      { name: "depth", type: "real" as const },
    ];
    return { table: { columns, rows }, warnings: [], partial: false };
  }
}

describe("a chart panel over the gateway when Log Analytics fails", () => {
  it("keeps the last good series and says stale since when, and why", async () => {
    const clock = new ManualClock(Date.parse("2026-01-31T12:00:00Z"));
    const upstream = new FlakySource();
    const gateway = new QueryGateway(upstream, { clock, retry: { maxAttempts: 1 } });
    const range = { from: new Date("2026-01-31T11:00:00Z"), to: new Date("2026-01-31T12:00:00Z") };
    const first = await runSeries({ config, source: gateway, signal: "conflicts", range, widthPx: 600 });
    expect(first.response.panels[0].hasData).toBe(true);
    expect(first.response.queries[0].stale).toBeUndefined();

    upstream.down = true;
    await clock.advance(10 * 60_000);
    const second = await runSeries({ config, source: gateway, signal: "conflicts", range, widthPx: 600 });
    const [panel] = second.response.panels;
    const runs = second.response.queries.filter((q) => panel.queryIds.includes(q.id));
    expect(panel.hasData).toBe(true);
    expect(panel.series[0].points.some((p) => p.v === 3)).toBe(true);
    const state = panelState({ status: "ok", queries: runs, warnings: panel.warnings, hasData: panel.hasData, fetchError: null, shownAsOf: second.response.asOf });
    expect(state.stale?.since).toBe("2026-01-31T12:00:00.000Z");
    expect(state.stale?.reason).toContain("503 Service Unavailable");
    expect(runs[0].cacheAgeSeconds).toBe(600);
  });
});
