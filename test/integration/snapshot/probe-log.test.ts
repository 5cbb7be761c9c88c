import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import type { RowSink } from "@/lib/dataset/sink";
import { simulate, type Truth } from "@/lib/simulator";
import { buildSnapshot } from "@/lib/catalog/build";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import type { Snapshot } from "@/lib/snapshot/types";

/**
 * Origin health when Front Door's access log flows but its health-probe log does not (docs/signals.md,
 * "Healthy needs a probe log that reaches the workspace"): a steady deployment simulated for 3 h 40 min,
 * its probe rows kept whole, dropped entirely (the category not exported), or kept only before the
 * snapshot's window (the 7-day look-back must find them).
 */
const config = loadConfigFile("config/demo.json");
const FROM = new Date("2026-11-20T08:00:00Z");
const TO = new Date("2026-11-20T11:40:00Z");
const NO_PROBE_LOG = "No Front Door probe log in 7 days (not exported, or no probe failed): an origin going unhealthy would not be seen.";

async function run(keepProbe: (timeMs: number) => boolean): Promise<{ truth: Truth; snapshot: Snapshot }> {
  const workspace = new Workspace();
  const sink: RowSink = {
    append: (table, row) => {
      if (row.Category === "FrontDoorHealthProbeLog" && !keepProbe(Date.parse(String(row.TimeGenerated)))) return;
      workspace.append(table, row);
    },
    ensureTable: (table) => workspace.ensureTable(table),
  };
  const truth = simulate({ config, scenarios: [{ name: "steady", start: FROM }], from: FROM, to: TO, seed: 5, sink });
  const snapshot = await buildSnapshot({ config, source: new EmbeddedSource(workspace, () => TO), range: { from: new Date(TO.getTime() - 3600_000), to: TO } });
  return { truth, snapshot };
}

describe("origin health and the health-probe log category", () => {
  let whole: { truth: Truth; snapshot: Snapshot };
  let none: Snapshot;
  let older: Snapshot;
  beforeAll(async () => {
    whole = await run(() => true);
    none = (await run(() => false)).snapshot;
    // Nothing in the range or its 60-minute look-back: only rows older than 2 h.
    older = (await run((t) => t < TO.getTime() - 2 * 3600_000)).snapshot;
  }, 300_000);

  it("with probe logging (stray failed probes in the data): healthy, as the truth says", () => {
    expect(whole.snapshot.regions.map((r) => [r.originHealthy, r.originStatus])).toEqual([
      [true, "ok"],
      [true, "ok"],
    ]);
    expect(whole.snapshot.regions.map((r) => r.originHealthy)).toEqual(whole.truth.regions.map((r) => r.originHealthy));
    expect(whole.snapshot.signals.incidents.status).toBe("ok");
  });

  it("access logs without a single probe row: NO DATA saying both readings, for origin health, the regions panel, the wall and failovers", () => {
    for (const r of none.regions) {
      expect([r.originHealthy, r.originStatus, r.originReason], r.id).toEqual([null, "no-data", NO_PROBE_LOG]);
      // The access log still flows: traffic shares are known.
      expect(r.trafficShareRatio, r.id).toBeGreaterThan(0.2);
    }
    expect(none.signals.originHealth.status).toBe("no-data");
    // Its panel's NO DATA line reads the warnings: the reason, never "no rows in the selected window".
    expect(none.signals.originHealth.warnings).toContain(NO_PROBE_LOG);
    expect(none.signals.regions).toMatchObject({ status: "no-data", reason: NO_PROBE_LOG });
    expect(none.wall?.tiles.regions).toEqual({ status: "no-data", reason: NO_PROBE_LOG });
    expect(none.signals.incidents.status).toBe("no-data");
    expect(none.signals.incidents.reason).toBe("No Front Door probe log in 7 days (not exported, or no probe failed): a failover would not be seen.");
    expect(none.wall?.tiles.incident.status).toBe("no-data");
    const lookback = none.signals.originHealth.queries.find((q) => q.id === "origin-health:probe-log-seen");
    expect(lookback?.window).toEqual({ from: "2026-11-13T11:40:00.000Z", to: TO.toISOString() });
  });

  it("probe rows only before the window: the 7-day look-back finds them, and origin health reads healthy", () => {
    expect(older.regions.map((r) => r.originStatus)).toEqual(["ok", "ok"]);
    expect(older.signals.originHealth.queries.some((q) => q.id === "origin-health:probe-log-seen")).toBe(true);
    // With probe rows in the window the look-back query is not run at all.
    expect(whole.snapshot.signals.originHealth.queries.some((q) => q.id === "origin-health:probe-log-seen")).toBe(false);
  });
});
