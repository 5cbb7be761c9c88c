import type { PlatformEvent } from "@/lib/snapshot/types";
import { FEEDS } from "@/lib/telemetry/contract";
import { rangeOk } from "../runtime/range-worst";
import { buildMeta } from "../runtime/status";
import type { SignalModule } from "../runtime/types";
import { rangeWithLookback } from "../runtime/windows";
import { evaluatePlatformHealth, type PlatformEvaluation } from "./evaluate";
import { toActivityRows } from "./rows";
import { PLATFORM_LOOKBACK_MS, PLATFORM_QUERY_ID, platformHealthQueries, platformHealthQuery } from "./query";
import { platformHealthSeries } from "./series";

export const platformHealth: SignalModule<PlatformEvaluation, "platformHealth"> = {
  key: "platformHealth",
  title: "Azure platform health (Service Health and Resource Health)",
  label: "Azure health",
  telemetry: [FEEDS.activityLog],
  // The wall shows events as a badge on the region cards. No rows gives no data age (Azure writes
  // rarely), so this signal adds only its query's staleness and warnings to the tile.
  wallTiles: ["regions"],
  project: (value, { region }) => ({
    platformHealth: value
      ? { events: value.events.filter((e: PlatformEvent) => region === undefined || e.regions.includes(region)), status: value.status, rangeWorst: value.rangeWorst }
      : { events: [], status: "no-data", rangeWorst: rangeOk("no-data", null) },
  }),
  series: platformHealthSeries,
  queries: platformHealthQueries,
  async run(ctx) {
    const out = await ctx.runQuery(PLATFORM_QUERY_ID, platformHealthQuery(ctx.config), rangeWithLookback(ctx.range, PLATFORM_LOOKBACK_MS), {
      requiredColumns: ["TimeGenerated", "category", "title", "trackingId", "impactStart", "impactMitigation", "regionText", "currentHealth"],
    });
    const rows = toActivityRows(out.rows);
    const value = out.ok
      ? evaluatePlatformHealth(ctx.config, rows, ctx.range.from.getTime(), ctx.asOf.getTime())
      : { events: [], status: "no-data" as const, rangeWorst: rangeOk("no-data", null) };
    return {
      value,
      // Azure writes these rows only when it has something to say: no rows is no news, not stale data.
      meta: buildMeta({ status: value.status, asOf: ctx.asOf, newestMs: null, runs: [out.run] }),
    };
  },
};
