import { BURN_ALERT_RULES } from "@/lib/snapshot/burn-rules";
import { DOWN_MINUTE_ERROR_RATIO } from "./evaluate";
import { makePanel, outcomeWarnings } from "@/lib/charts/panel";
import { rowsToSeries } from "@/lib/charts/rows-to-series";
import type { SeriesRequest, SeriesResult } from "../runtime/types";
import { Timespan } from "@/lib/kql/literal";
import { ACCESS_LOG_ROWS, IS_BAD_STATUS } from "../origin-health/query";
import { num } from "../runtime/rows";

export const EDGE_ERRORS_SERIES_QUERY_ID = "availability:edge-errors:series";

/** Edge-wide requests and bad requests per bucket (bad = 5xx or 0; 499 left out of both, SIGNALS 3.7). */
export function edgeErrorsSeriesQuery(binSeconds: number): string {
  return `${ACCESS_LOG_ROWS}\n| summarize total = count(), bad = countif(${IS_BAD_STATUS}) by TimeGenerated = bin(TimeGenerated, ${Timespan.seconds(binSeconds).toKql()})`;
}

/** Runs the edge query once and derives the error ratio and burn rate series from it. */
export async function edgeErrorRows({ ctx, binSeconds }: Pick<SeriesRequest, "ctx" | "binSeconds">) {
  const out = await ctx.runQuery(EDGE_ERRORS_SERIES_QUERY_ID, edgeErrorsSeriesQuery(binSeconds), ctx.range, { requiredColumns: ["TimeGenerated", "total", "bad"], binSeconds });
  const budget = 1 - ctx.config.budgets.availability.target;
  const rows = out.rows.map((row) => {
    const total = num(row, "total") ?? 0;
    const ratio = total > 0 ? (num(row, "bad") ?? 0) / total : null;
    return { TimeGenerated: row.TimeGenerated, errorRatio: ratio, burnRate: ratio === null || budget <= 0 ? null : ratio / budget };
  });
  return { out, rows };
}

/** Edge error ratio and error-budget burn rate per bucket, with the SRE-workbook paging thresholds. */
export async function availabilitySeries({ ctx, binSeconds, widthPx }: SeriesRequest): Promise<SeriesResult> {
  const { out, rows } = await edgeErrorRows({ ctx, binSeconds });
  const fill = { from: ctx.range.from.getTime(), to: ctx.range.to.getTime(), binSeconds };
  const warnings = outcomeWarnings([out]);
  const target = ctx.config.budgets.availability.target;
  return {
    panels: [
      makePanel({
        id: "error-ratio",
        title: "Edge error ratio",
        unit: "ratio",
        series: rowsToSeries(rows, { timeColumn: "TimeGenerated", valueColumn: "errorRatio", label: () => "edge error ratio", unit: "ratio", fill }),
        thresholds: [
          { value: 1 - target, label: `error budget pace ${((1 - target) * 100).toFixed(2)} %`, severity: "warn" },
          { value: DOWN_MINUTE_ERROR_RATIO, label: `${DOWN_MINUTE_ERROR_RATIO * 100} %: minute counts as down`, severity: "breach" },
        ],
        queryIds: [EDGE_ERRORS_SERIES_QUERY_ID],
        warnings,
        maxPoints: widthPx,
      }),
      makePanel({
        id: "burn-rate",
        title: "Burn rate per bucket",
        unit: "count",
        series: rowsToSeries(rows, { timeColumn: "TimeGenerated", valueColumn: "burnRate", label: () => "burn rate", unit: "count", fill }),
        thresholds: BURN_ALERT_RULES.map((r) => ({
          value: r.factor,
          label: `${r.factor}× ${r.severity} (${r.long}/${r.short})`,
          severity: r.severity === "page" ? ("breach" as const) : ("warn" as const),
        })),
        queryIds: [EDGE_ERRORS_SERIES_QUERY_ID],
        warnings,
        maxPoints: widthPx,
      }),
    ],
    tables: [{ queryId: EDGE_ERRORS_SERIES_QUERY_ID, rows: out.rows }],
  };
}
