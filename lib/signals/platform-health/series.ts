import { makePanel, outcomeWarnings } from "@/lib/charts/panel";
import type { SeriesPoint } from "@/lib/charts/types";
import type { SeriesRequest, SeriesResult } from "../runtime/types";
import { rangeWithLookback } from "../runtime/windows";
import { evaluatePlatformHealth } from "./evaluate";
import { toActivityRows } from "./rows";
import { PLATFORM_LOOKBACK_MS, PLATFORM_QUERY_ID, platformHealthQuery } from "./query";

/**
 * Azure events active per bucket, from the same evaluation as the snapshot (the events themselves
 * are spans on the shared time axis and rows in the table below).
 */
export async function platformHealthSeries({ ctx, binSeconds, widthPx }: SeriesRequest): Promise<SeriesResult> {
  const out = await ctx.runQuery(PLATFORM_QUERY_ID, platformHealthQuery(ctx.config), rangeWithLookback(ctx.range, PLATFORM_LOOKBACK_MS), {
    requiredColumns: ["TimeGenerated", "category", "title"],
  });
  const from = ctx.range.from.getTime();
  const to = ctx.range.to.getTime();
  const { events } = evaluatePlatformHealth(ctx.config, toActivityRows(out.rows), from, to);
  const step = binSeconds * 1000;
  const points: SeriesPoint[] = [];
  for (let t = Math.floor(from / step) * step; t < to; t += step) {
    const active = events.filter((e) => Date.parse(e.from) < t + step && (e.to === null || Date.parse(e.to) >= t)).length;
    points.push({ t, v: out.ok ? active : null });
  }
  return {
    panels: [
      makePanel({
        id: "platform-events",
        title: "Azure-reported events active (Service Health and Resource Health)",
        unit: "count",
        series: [{ key: "active", label: "events active", unit: "count", points }],
        queryIds: [PLATFORM_QUERY_ID],
        warnings: outcomeWarnings([out]),
        maxPoints: widthPx,
      }),
    ],
    tables: [{ queryId: PLATFORM_QUERY_ID, rows: out.rows }],
  };
}
