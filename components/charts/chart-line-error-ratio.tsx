"use client";

import type { Annotation, SeriesPanel } from "@/lib/charts/types";
import { formatRatio } from "@/lib/format/units";
import { TimeSeriesChart } from "./time-series-chart";

export interface PanelChartProps {
  panel: SeriesPanel;
  annotations: readonly Annotation[];
  from: number;
  to: number;
  maxWidthPx: number;
}

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
