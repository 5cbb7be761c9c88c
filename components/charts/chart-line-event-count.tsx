"use client";

import type { PanelChartProps } from "./chart-props";
import { TimeSeriesChart } from "./time-series-chart";

/** Events per time bucket: */
export function EventCountChart({ panel, annotations, from, to, maxWidthPx }: PanelChartProps) {
  return (
    <TimeSeriesChart
      series={panel.series}
      thresholds={panel.thresholds}
      annotations={annotations}
      from={from}
      to={to}
      maxWidthPx={maxWidthPx}
      format={(v) => String(Math.round(v))}
      description={`Events per time bucket: ${panel.series.map((s) => s.label).join(", ")}`}
    />
  );
}
