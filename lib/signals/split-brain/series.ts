import type { DashboardConfig } from "@/lib/config/schema";
import { makePanel, outcomeWarnings } from "@/lib/charts/panel";
import { rowsToSeries } from "@/lib/charts/rows-to-series";
import type { SeriesRequest, SeriesResult } from "../runtime/types";
import { kql, Timespan } from "@/lib/kql/literal";
import { appRegionOf } from "../runtime/fragments";
import { configuredWrites, WRITE_COUNT_QUERY_ID } from "./query";

export const WRITES_SERIES_QUERY_ID = `${WRITE_COUNT_QUERY_ID}:series`;

/** The configured write calls (the catalog's definition) per region and bucket: the traffic in which races can happen. */
export function writesSeriesQuery(config: DashboardConfig, binSeconds: number, region?: string): string {
  const regionConfig = config.regions.find((r) => r.id === region);
  return [
    configuredWrites(config),
    regionConfig ? kql`| where region == ${appRegionOf(regionConfig)}` : "",
    `| summarize writes = count() by region, TimeGenerated = bin(TimeGenerated, ${Timespan.seconds(binSeconds).toKql()})`,
  ]
    .filter(Boolean)
    .join("\n");
}

export async function splitBrainSeries({ ctx, binSeconds, widthPx, region }: SeriesRequest): Promise<SeriesResult> {
  const out = await ctx.runQuery(WRITES_SERIES_QUERY_ID, writesSeriesQuery(ctx.config, binSeconds, region), ctx.range, { requiredColumns: ["TimeGenerated", "region", "writes"], binSeconds });
  const fill = { from: ctx.range.from.getTime(), to: ctx.range.to.getTime(), binSeconds };
  return {
    panels: [
      makePanel({
        id: "split-brain-writes",
        title: "Configured writes per region (races are listed below the chart)",
        unit: "count",
        series: rowsToSeries(out.rows, { timeColumn: "TimeGenerated", valueColumn: "writes", keyColumns: ["region"], label: ([r]) => `${r} writes`, unit: "count", fill }),
        queryIds: [WRITES_SERIES_QUERY_ID],
        warnings: outcomeWarnings([out]),
        maxPoints: widthPx,
      }),
    ],
    tables: [{ queryId: WRITES_SERIES_QUERY_ID, rows: out.rows }],
  };
}
