"use client";

import { formatPercent } from "@/lib/format/units";
import type { PanelChartProps } from "./chart-props";
import { TimeSeriesChart } from "./time-series-chart";

/** Utilisation per region (percent) against the warn and breach thresholds: */
export function SaturationChart({ panel, annotations, from, to, maxWidthPx }: PanelChartProps) {
  return (
    <TimeSeriesChart
      series={panel.series}
      thresholds={panel.thresholds}
      annotations={annotations}
      from={from}
      to={to}
      maxWidthPx={maxWidthPx}
      format={(v) => formatPercent(v)}
      description={`Utilisation per region (percent) against the warn and breach thresholds: ${panel.series.map((s) => s.label).join(", ")}`}
    />
  );
}
