import { makePanel, outcomeWarnings } from "@/lib/charts/panel";
import { rowsToSeries } from "@/lib/charts/rows-to-series";
import type { SeriesRequest, SeriesResult } from "../runtime/types";
import { kql, Timespan } from "@/lib/kql/literal";
import { appRegionOf } from "../runtime/fragments";
import { CONFLICT_QUERY_ID, conflictDepthQuery } from "./query";

export const CONFLICT_SERIES_QUERY_ID = `${CONFLICT_QUERY_ID}:series`;

/** Conflict-feed depth per region and container against the configured threshold. */
export async function conflictSeries({ ctx, binSeconds, widthPx, region }: SeriesRequest): Promise<SeriesResult> {
  const regionConfig = ctx.config.regions.find((r) => r.id === region);
  const filter = regionConfig ? kql`\n| where region == ${appRegionOf(regionConfig)}` : "";
  const text = `${conflictDepthQuery(ctx.config)}${filter}\n| summarize depth = max(depth) by region, container, TimeGenerated = bin(TimeGenerated, ${Timespan.seconds(binSeconds).toKql()})`;
  const out = await ctx.runQuery(CONFLICT_SERIES_QUERY_ID, text, ctx.range, { requiredColumns: ["TimeGenerated", "region", "container", "depth"], binSeconds });
  const series = rowsToSeries(out.rows, {
    timeColumn: "TimeGenerated",
    valueColumn: "depth",
    keyColumns: ["region", "container"],
    label: ([r, c]) => `${r} ${c}`,
    unit: "count",
    fill: { from: ctx.range.from.getTime(), to: ctx.range.to.getTime(), binSeconds },
  });
  const threshold = ctx.config.budgets.conflictDepthThreshold;
  const panel = makePanel({
    id: "conflict-depth",
    title: "Conflict-feed depth",
    unit: "count",
    series,
    thresholds: [{ value: threshold, label: `threshold ${threshold}`, severity: "breach" }],
    queryIds: [CONFLICT_SERIES_QUERY_ID],
    warnings: outcomeWarnings([out]),
    maxPoints: widthPx,
  });
  return { panels: [panel], tables: [{ queryId: CONFLICT_SERIES_QUERY_ID, rows: out.rows }] };
}
