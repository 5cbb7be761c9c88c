"use client";

import { formatRatio } from "@/lib/format/units";
import type { PanelChartProps } from "./chart-props";
import { TimeSeriesChart } from "./time-series-chart";

/** Share of edge requests served per region: */
export function TrafficShareChart({ panel, annotations, from, to, maxWidthPx }: PanelChartProps) {
  return (
    <TimeSeriesChart
      series={panel.series}
      thresholds={panel.thresholds}
      annotations={annotations}
      from={from}
      to={to}
      maxWidthPx={maxWidthPx}
      format={(v) => formatRatio(v, 0)}
      description={`Share of edge requests served per region: ${panel.series.map((s) => s.label).join(", ")}`}
    />
  );
}
