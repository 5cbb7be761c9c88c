import type { ConflictSnapshot } from "@/lib/snapshot/types";
import { byTime, num, str } from "../runtime/rows";
import { rangeOk } from "../runtime/range-worst";
import { buildMeta, headlineStatus } from "../runtime/status";
import type { SignalModule } from "../runtime/types";
import { rangeWithLookback } from "../runtime/windows";
import { evaluateDepth, GROWING_BREACH_MS, SLOPE_WINDOW_MS, type DepthSample } from "./evaluate";
import { CONFLICT_QUERY_ID, conflictDepthQuery, conflictQueries } from "./query";
import { FEEDS } from "@/lib/telemetry/contract";
import { conflictSeries } from "./series";

export const conflicts: SignalModule<ConflictSnapshot[], "conflicts"> = {
  key: "conflicts",
  title: "Cosmos conflict-feed depth",
  label: "Conflicts",
  telemetry: [FEEDS.conflictDepth],
  wallTiles: ["conflicts"],
  project: (value, { region }) => ({ conflicts: (value ?? []).filter((c) => region === undefined || c.region === region) }),
  series: conflictSeries,
  queries: conflictQueries,
  async run(ctx) {
    const window = rangeWithLookback(ctx.range, GROWING_BREACH_MS + SLOPE_WINDOW_MS);
    const out = await ctx.runQuery(CONFLICT_QUERY_ID, conflictDepthQuery(ctx.config), window, {
      requiredColumns: ["TimeGenerated", "region", "container", "depth"],
    });
    const appToRegion = new Map(ctx.config.regions.map((r) => [r.appRegion ?? r.id, r.id]));
    const series = new Map<string, { region: string; container: string; samples: DepthSample[] }>();
    for (const { t, row } of byTime(out.rows)) {
      const region = appToRegion.get(str(row, "region") ?? "");
      const container = str(row, "container") ?? "";
      const depth = num(row, "depth");
      if (!region || depth === null) continue;
      const key = `${region}\u0000${container}`;
      const entry = series.get(key) ?? { region, container, samples: [] };
      entry.samples.push({ t, depth });
      series.set(key, entry);
    }
    const warnings: string[] = [];
    let newestMs: number | null = null;
    const value: ConflictSnapshot[] = [];
    for (const { region, container, samples } of [...series.values()].sort((a, b) => (a.region + a.container).localeCompare(b.region + b.container))) {
      const e = evaluateDepth(samples, { asOf: ctx.asOf, rangeFrom: ctx.range.from, threshold: ctx.config.budgets.conflictDepthThreshold, label: `${region}/${container}` });
      warnings.push(...e.warnings);
      if (e.newestMs !== null) newestMs = Math.max(newestMs ?? 0, e.newestMs);
      value.push({ region, container, depthNow: e.depthNow, depthMax: e.depthMax, growing: e.growing, status: e.status, reason: e.reason, rangeWorst: e.rangeWorst });
    }
    // Every region should report its feeds; a region without any series is blind, not healthy.
    for (const region of ctx.config.regions) {
      if (!value.some((v) => v.region === region.id)) {
        warnings.push(`conflicts: no ${"conflict_feed_depth"} samples from region ${region.id} in the window`);
        value.push({ region: region.id, container: "", depthNow: null, depthMax: null, growing: false, status: "no-data", reason: null, rangeWorst: rangeOk("no-data", null) });
      }
    }
    return {
      value,
      meta: buildMeta({ status: headlineStatus(value.map((v) => v.status)), asOf: ctx.asOf, newestMs, runs: [out.run], warnings }),
    };
  },
};
