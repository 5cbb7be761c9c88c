import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import demo from "@/config/demo.json";
import { OverviewPanels } from "@/components/overview/overview-panels";
import { buildSnapshot } from "@/lib/catalog/build";
import { signalDescriptors } from "@/lib/catalog/descriptors";
import { panelState } from "@/lib/charts/panel-state";
import { parseConfig } from "@/lib/config/load";
import { firstPaintSnapshot, isFullRun } from "@/lib/snapshot/first-paint";
import type { Snapshot } from "@/lib/snapshot/types";
import type { LogsSource, QueryResult } from "@/lib/workspace/types";

const config = parseConfig(demo);
const range = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-01-01T01:00:00Z") };

/** Every query answers one row of nothing: a real snapshot (statuses, runs with their KQL) without a workspace. */
const source: LogsSource = {
  kind: "embedded",
  async query(): Promise<QueryResult> {
    return { table: { columns: [], rows: [] }, warnings: ["result truncated at the row cap (test)"], partial: false };
  },
};

/** The demo's snapshot with one replication run served stale (Log Analytics failed, the gateway kept the last result). */
async function snapshotWithStaleRun(): Promise<Snapshot> {
  const snapshot = await buildSnapshot({ config, source: source, range });
  const run = snapshot.signals.replication.queries[0];
  snapshot.signals.replication.queries[0] = { ...run, stale: { since: "2026-01-01T00:40:00.000Z", error: "Log Analytics answered 503" } };
  return snapshot;
}

describe("first paint snapshot", () => {
  it("drops every run's KQL, window, figures and portal link, and keeps everything else as computed", async () => {
    const full = await snapshotWithStaleRun();
    const shipped = firstPaintSnapshot(full);
    const runs = Object.values(full.signals).flatMap((m) => m.queries);
    expect(runs.length).toBeGreaterThan(10);
    const text = JSON.stringify(shipped);
    for (const run of runs) expect(text).not.toContain(JSON.stringify(run.kql).slice(1, -1));
    expect(Object.values(shipped.signals).flatMap((m) => m.queries).some(isFullRun)).toBe(false);
    expect(runs.every(isFullRun)).toBe(true);
    // Every field but the runs is the very same value; each signal keeps status, age, warnings, and its runs' ids, warnings and stale markers.
    const { signals: _full, ...restFull } = full;
    const { signals: _shipped, ...restShipped } = shipped;
    expect(restShipped).toEqual(restFull);
    for (const [key, meta] of Object.entries(full.signals)) {
      const head = shipped.signals[key as keyof typeof shipped.signals];
      expect({ ...head, queries: null }).toEqual({ ...meta, queries: null });
      expect(head.queries).toEqual(meta.queries.map((r) => ({ id: r.id, warnings: r.warnings, ...(r.stale ? { stale: r.stale } : {}) })));
    }
    const kqlBytes = runs.reduce((n, r) => n + JSON.stringify(r.kql).length, 0);
    expect(JSON.stringify(full).length - text.length).toBeGreaterThan(kqlBytes);
  });

  it("gives every panel the same state (stale, partial, no data) and the overview the same markup as the full snapshot", async () => {
    const full = await snapshotWithStaleRun();
    const shipped = firstPaintSnapshot(full);
    for (const key of Object.keys(full.signals) as (keyof Snapshot["signals"])[]) {
      const input = (s: typeof shipped) => ({ status: s.signals[key].status, queries: s.signals[key].queries, warnings: s.signals[key].warnings, hasData: true, fetchError: null, shownAsOf: s.asOf });
      expect(panelState(input(shipped))).toEqual(panelState(input(full)));
    }
    expect(panelState({ status: "ok", queries: shipped.signals.replication.queries, warnings: [], hasData: true, fetchError: null, shownAsOf: null }).stale?.reason).toContain("Log Analytics answered 503");
    const view = { range: "1h", from: range.from.toISOString(), to: range.to.toISOString() };
    const render = (snapshot: typeof shipped) =>
      renderToStaticMarkup(createElement(OverviewPanels, { snapshot, signals: signalDescriptors(), view, fetchError: null, refreshing: false, conflictThreshold: 100, raceWindowMs: 1000 }));
    const html = render(shipped);
    expect(html).toContain('data-stale="true"');
    expect(html).toContain("PARTIAL");
    // The inspectors are closed: their summaries (with each panel's query count) and nothing else.
    expect(html).toContain(`Inspect Replication lag against RPO queries (${full.signals.replication.queries.length})`);
    expect(html).not.toContain("data-kql");
    expect(html).toBe(render(full));
  });
});
