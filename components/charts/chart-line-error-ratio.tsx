"use client";

import { formatRatio } from "@/lib/format/units";
import type { PanelChartProps } from "./chart-props";
import { TimeSeriesChart } from "./time-series-chart";

/** Error ratio (5xx and origin timeouts over requests) against its threshold: */
export function ErrorRatioChart({ panel, annotations, from, to, maxWidthPx }: PanelChartProps) {
  return (
    <TimeSeriesChart
      series={panel.series}
      thresholds={panel.thresholds}
      annotations={annotations}
      from={from}
      to={to}
      maxWidthPx={maxWidthPx}
      format={(v) => formatRatio(v, 2)}
      description={`Error ratio (5xx and origin timeouts over requests) against its threshold: ${panel.series.map((s) => s.label).join(", ")}`}
    />
  );
}
