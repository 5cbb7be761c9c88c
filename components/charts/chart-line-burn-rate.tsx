"use client";

import type { PanelChartProps } from "./chart-props";
import { TimeSeriesChart } from "./time-series-chart";

/** Error-budget burn rate per bucket (1 = spending exactly the budget) against the paging thresholds: */
export function BurnRateChart({ panel, annotations, from, to, maxWidthPx }: PanelChartProps) {
  return (
    <TimeSeriesChart
      series={panel.series}
      thresholds={panel.thresholds}
      annotations={annotations}
      from={from}
      to={to}
      maxWidthPx={maxWidthPx}
      format={(v) => `${v.toFixed(1)}×`}
      description={`Error-budget burn rate per bucket (1 = spending exactly the budget) against the paging thresholds: ${panel.series.map((s) => s.label).join(", ")}`}
    />
  );
}
