"use client";

import type { PanelChartProps } from "./chart-props";
import { TimeSeriesChart } from "./time-series-chart";

/** Conflict-feed depth per region and container against the threshold: */
export function ConflictDepthChart({ panel, annotations, from, to, maxWidthPx }: PanelChartProps) {
  return (
    <TimeSeriesChart
      series={panel.series}
      thresholds={panel.thresholds}
      annotations={annotations}
      from={from}
      to={to}
      maxWidthPx={maxWidthPx}
      format={(v) => String(Math.round(v))}
      description={`Conflict-feed depth per region and container against the threshold: ${panel.series.map((s) => s.label).join(", ")}`}
    />
  );
}
