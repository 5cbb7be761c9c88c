"use client";

import type { Annotation, SeriesPanel } from "@/lib/charts/types";
import { formatPercent } from "@/lib/format/units";
import { TimeSeriesChart } from "./time-series-chart";

export interface PanelChartProps {
  panel: SeriesPanel;
  annotations: readonly Annotation[];
  from: number;
  to: number;
  maxWidthPx: number;
}

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
