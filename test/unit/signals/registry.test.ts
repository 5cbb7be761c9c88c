import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import demo from "@/config/demo.json";
import { OverviewPanels } from "@/components/overview/overview-panels";
import { WallTiles } from "@/components/wall/wall-tiles";
import { buildSnapshot } from "@/lib/catalog/build";
import { signalDescriptors, wallTileSignals } from "@/lib/catalog/descriptors";
import { runSeries } from "@/lib/catalog/series";
import { parseSignalName } from "@/lib/catalog/signal-param";
import { parseConfig } from "@/lib/config/load";
import { runDoctor } from "@/lib/doctor/doctor";
import { conflicts, SIGNAL_MODULES, type SignalRegistry } from "@/lib/signals";
import { buildMeta } from "@/lib/signals/runtime/status";
import type { SignalModule } from "@/lib/signals/runtime/types";
import { num, timeMs } from "@/lib/signals/runtime/rows";
import { kql } from "@/lib/kql/literal";
import type { TelemetryFeed } from "@/lib/telemetry/contract";
import { tileFreshness } from "@/lib/wall/tiles";
import type { LogsSource, QueryResult } from "@/lib/workspace/types";

const config = parseConfig(demo);
const range = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-01-01T01:00:00Z") };
const NEWEST = "2026-01-01T00:59:30.000Z";

/** A throwaway signal, declared in one object as a real one would be in lib/signals/probe/index.ts. */
const PROBE_FEED: TelemetryFeed = {
  id: "probe-events",
  title: "App event probe_ping (throwaway test signal)",
  table: "AppEvents",
  select: { column: "Name", values: () => ["probe_ping"] },
  columns: ["TimeGenerated", "Name"],
  properties: () => ["region"],
  withinHours: 1,
  ifMissing: "fail",
  emit: { kind: "event", from: "the probe job" },
};
const probeQuery = () => kql`AppEvents | where Name == ${"probe_ping"} | summarize pings = count(), newest = max(TimeGenerated) by region = tostring(Properties.region)`;
const probe: SignalModule<{ pings: number }, "probe"> = {
  key: "probe",
  title: "Probe pings per region",
  label: "Probe",
  queries: () => [{ id: "probe:pings", kql: probeQuery() }],
  async run(ctx) {
    const out = await ctx.runQuery("probe:pings", probeQuery(), ctx.range, { requiredColumns: ["pings", "newest"] });
    const pings = out.rows.reduce((sum, r) => sum + (num(r, "pings") ?? 0), 0);
    const newest = out.rows.map((r) => timeMs(r, "newest")).filter((t): t is number => t !== null);
    const status = !out.ok ? "no-data" : pings > 3 ? "breach" : "ok";
    return { value: { pings }, meta: buildMeta({ status, asOf: ctx.asOf, newestMs: newest.length ? Math.max(...newest) : null, runs: [out.run], warnings: [`probe: ${pings} pings`] }) };
  },
  project: () => ({}),
  async series() {
    return { panels: [], tables: [] };
  },
  telemetry: [PROBE_FEED],
  wallTiles: ["probe"],
};
const registry: SignalRegistry = [conflicts, probe];

/** Answers the probe's query with 5 pings; everything else is an empty workspace. */
const source: LogsSource = {
  kind: "embedded",
  async query(text): Promise<QueryResult> {
    if (text.includes("probe_ping") && text.includes("pings = count()")) {
      return {
        table: { columns: [{ name: "region", type: "string" }, { name: "pings", type: "long" }, { name: "newest", type: "datetime" }], rows: [["uksouth", 5, NEWEST]] },
        warnings: [],
        partial: false,
      };
    }
    if (text.includes("summarize rows = count()")) {
      return { table: { columns: [{ name: "rows", type: "long" }, { name: "newest", type: "datetime" }], rows: [[0, null]] }, warnings: [], partial: false };
    }
    return { table: { columns: [], rows: [] }, warnings: [], partial: false };
  },
};

describe("a signal registered in a test registry, with no other edit", () => {
  it("reaches the snapshot with its status, query and age", async () => {
    const snapshot = await buildSnapshot({ config, source, range }, registry);
    const meta = (snapshot.signals as Record<string, (typeof snapshot.signals)["conflicts"]>).probe;
    expect(Object.keys(snapshot.signals)).toEqual(["conflicts", "probe"]);
    expect(meta.status).toBe("breach");
    expect(meta.dataAgeSeconds).toBe(30);
    expect(meta.queries[0].kql).toContain('"probe_ping"');
    expect(snapshot.warnings).toContain("probe: 5 pings");
  });

  it("reaches the overview: a panel with its title, status and drill-down link", async () => {
    const snapshot = await buildSnapshot({ config, source, range }, registry);
    const view = { range: "1h", from: range.from.toISOString(), to: range.to.toISOString(), at: undefined, region: undefined };
    const html = renderToStaticMarkup(
      createElement(OverviewPanels, { snapshot, signals: signalDescriptors(registry), view: view as never, fetchError: null, refreshing: false, conflictThreshold: 100, raceWindowMs: 1000 }),
    );
    const panel = /<section[^>]*data-panel="probe"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(panel).toContain("Probe pings per region");
    expect(panel).toMatch(/BREACH/i);
    expect(panel).toContain("probe: 5 pings");
    expect(panel).toContain('href="/signals/probe');
  });

  it("reaches the wall's tile map, the route parameter, the navigation and the series", async () => {
    const tiles = wallTileSignals(registry);
    expect(tiles.probe).toEqual(["probe"]);
    const snapshot = await buildSnapshot({ config, source, range }, registry);
    expect(tileFreshness(snapshot, tiles.probe, 10).ageSeconds).toBe(40);
    // On the wall: the known tiles keep their places, the new one stacks in the last column with its status.
    const wall = renderToStaticMarkup(createElement(WallTiles, { snapshot, tiles, sinceArrivalSeconds: 0, today: null, regionName: (id: string) => id }));
    expect(wall).toMatch(/data-tile="probe" data-status="breach"/);
    expect(wall).toMatch(/data-tile="conflicts"/);
    expect(parseSignalName("probe", "signal", registry)).toEqual({ ok: true, value: "probe" });
    expect(parseSignalName("probe").ok).toBe(false);
    expect(signalDescriptors(registry).filter((s) => s.nav).map((s) => s.key)).toEqual(["conflicts", "probe"]);
    const series = await runSeries({ config, source, signal: "probe", range, widthPx: 600, registry });
    expect(series.response.signal).toBe("probe");
  });

  it("reaches the doctor: a data check for its feed, with the remedy naming its event and Properties key", async () => {
    const report = await runDoctor({ config, source, now: range.to, registry });
    const check = report.checks.find((c) => c.id === "probe-events");
    expect(check).toMatchObject({ status: "fail", title: PROBE_FEED.title, signals: ["probe"] });
    expect(check?.remedy).toContain("probe_ping");
    expect(check?.remedy).toContain("Properties.region");
  });

  it("the real registry has one module per snapshot key, each with its feeds and tiles", () => {
    expect(SIGNAL_MODULES.map((m) => m.key)).toEqual(["regions", "replication", "conflicts", "originHealth", "incidents", "splitBrain", "availability", "platformHealth", "outsideIn"]);
    for (const m of SIGNAL_MODULES) expect(m.telemetry.length, m.key).toBeGreaterThan(0);
    // The wall's saturation tile reads the regions signal (there is no "saturation" key in the snapshot).
    expect(wallTileSignals().saturation).toEqual(["regions"]);
    expect(new Set(Object.values(wallTileSignals()).flat())).toEqual(new Set(SIGNAL_MODULES.map((m) => m.key)));
  });
});

describe("the docs' parameter table (docs/security.md)", () => {
  it("lists exactly the registry's signal keys", () => {
    const row = readFileSync("docs/security.md", "utf8")
      .split("\n")
      .find((l) => l.startsWith("| `signal` "));
    const keys = [...(row?.split("|")[2] ?? "").matchAll(/`(\w+)`/g)].map((m) => m[1]);
    expect(keys).toEqual(SIGNAL_MODULES.map((m) => m.key));
  });
});
