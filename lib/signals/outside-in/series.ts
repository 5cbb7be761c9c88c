import { makePanel, outcomeWarnings } from "@/lib/charts/panel";
import { rowsToSeries } from "@/lib/charts/rows-to-series";
import { Timespan } from "@/lib/kql/literal";
import { kql } from "@/lib/kql/literal";
import { availabilityTestNames } from "@/lib/telemetry/contract";
import { num, str } from "../runtime/rows";
import type { SeriesRequest, SeriesResult } from "../runtime/types";
import { testNames } from "./query";

export const TEST_SERIES_QUERY_ID = "outsideIn:tests:series";

/** Success ratio per test and bucket: `TimeGenerated, Name, runs, passed`. */
export function testSeriesQuery(config: SeriesRequest["ctx"]["config"], binSeconds: number): string {
  return `${kql`AppAvailabilityResults
| where Name in ${testNames(config)}`}
| summarize runs = count(), passed = countif(Success == true) by Name, TimeGenerated = bin(TimeGenerated, ${Timespan.seconds(binSeconds).toKql()})`;
}

/** One line per test (global endpoint and each origin): the share of runs that passed per bucket. */
export async function outsideInSeries({ ctx, binSeconds, widthPx, region }: SeriesRequest): Promise<SeriesResult> {
  const out = await ctx.runQuery(TEST_SERIES_QUERY_ID, testSeriesQuery(ctx.config, binSeconds), ctx.range, { requiredColumns: ["TimeGenerated", "Name", "runs", "passed"], binSeconds });
  const names = availabilityTestNames(ctx.config);
  const keep = new Set([names.global, ...names.regions.filter((r) => region === undefined || r.region === region).map((r) => r.name)]);
  const rows = out.rows
    .filter((r) => keep.has(str(r, "Name") ?? ""))
    .map((r) => ({ TimeGenerated: r.TimeGenerated, Name: r.Name, passedRatio: (num(r, "runs") ?? 0) > 0 ? (num(r, "passed") ?? 0) / (num(r, "runs") as number) : null }));
  const fill = { from: ctx.range.from.getTime(), to: ctx.range.to.getTime(), binSeconds };
  return {
    panels: [
      makePanel({
        id: "outside-in",
        title: "Outside-in test runs passed",
        unit: "ratio",
        series: rowsToSeries(rows, { timeColumn: "TimeGenerated", valueColumn: "passedRatio", keyColumns: ["Name"], label: (k) => k[0] ?? "", unit: "ratio", fill }),
        thresholds: [{ value: ctx.config.budgets.availability.target, label: "SLO target", severity: "breach" }],
        queryIds: [TEST_SERIES_QUERY_ID],
        warnings: outcomeWarnings([out]),
        maxPoints: widthPx,
      }),
    ],
    tables: [{ queryId: TEST_SERIES_QUERY_ID, rows: out.rows }],
  };
}
