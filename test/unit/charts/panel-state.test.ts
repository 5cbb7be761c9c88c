import { describe, expect, it } from "vitest";
import { panelState } from "@/lib/charts/panel-state";
import type { QueryRun } from "@/lib/snapshot/types";

const run = (over: Partial<QueryRun> = {}): QueryRun => ({
  id: "q",
  kql: "T",
  window: { from: "2026-01-31T07:00:00Z", to: "2026-01-31T08:00:00Z" },
  rows: 3,
  durationMs: 4,
  cacheAgeSeconds: 0,
  portalUrl: null,
  warnings: [],
  ...over,
});
const base = { status: "ok" as const, warnings: [], hasData: true, fetchError: null, shownAsOf: "2026-01-31T08:00:00Z" };

describe("panelState", () => {
  it("is quiet when everything is fresh and complete", () => {
    expect(panelState({ ...base, queries: [run()] })).toEqual({ noData: null, stale: null, partial: [], coverage: [] });
  });

  it("marks gateway stale-if-error results with the earliest since and the reasons", () => {
    const s = panelState({
      ...base,
      queries: [run({ stale: { since: "2026-01-31T07:58:00Z", error: "503 from Log Analytics" } }), run({ stale: { since: "2026-01-31T07:59:00Z", error: "503 from Log Analytics" } })],
    });
    expect(s.stale?.since).toBe("2026-01-31T07:58:00Z");
    expect(s.stale?.reason).toContain("503 from Log Analytics");
  });

  it("a failed browser refresh keeps the data and says since when", () => {
    const s = panelState({ ...base, queries: [run()], fetchError: "500 Internal Server Error" });
    expect(s.stale).toEqual({ since: "2026-01-31T08:00:00Z", reason: "refresh failed: 500 Internal Server Error" });
    expect(s.noData).toBeNull();
  });

  it("says an absent optional table once, on its own line, never as a NO DATA reason or in analyzer words", () => {
    const fact = "No AppEvents table: drills recorded as events are not seen, so an incident during a drill counts as real.";
    const silent = "No failover seen up to 10:59 UTC; Front Door logs silent since then (25 min).";
    const s = panelState({
      ...base,
      status: "no-data",
      // buildMeta copies a run's coverage into the signal's warnings (the snapshot's warnings name missing tables).
      warnings: [fact, silent],
      queries: [run({ id: "incidents:drill-markers", coverage: fact }), run({ id: "incidents:last-drills", coverage: fact })],
    });
    expect(s.coverage).toEqual([fact]);
    expect(s.noData).toBe(silent);
    expect(panelState({ ...base, warnings: [fact], queries: [run({ coverage: fact })] })).toEqual({ noData: null, stale: null, partial: [], coverage: [fact] });
  });

  it("flags partial and truncated results", () => {
    const s = panelState({ ...base, queries: [run({ warnings: ["q: result truncated at 30000 rows"] })] });
    expect(s.partial).toEqual(["q: result truncated at 30000 rows"]);
  });

  it("says why there is no data", () => {
    expect(panelState({ ...base, status: "no-data", queries: [run({ warnings: ["q: table AppMetrics missing"] })] }).noData).toBe(
      "q: table AppMetrics missing",
    );
    expect(panelState({ ...base, hasData: false, queries: [] }).noData).toBe("no rows in the selected window");
  });
});
