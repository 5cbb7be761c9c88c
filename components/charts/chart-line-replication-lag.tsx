"use client";

import { formatSeconds } from "@/lib/format/units";
import type { PanelChartProps } from "./chart-props";
import { TimeSeriesChart } from "./time-series-chart";

/** Replication lag per pair and direction (seconds) against the RPO budgets: */
export function ReplicationLagChart({ panel, annotations, from, to, maxWidthPx }: PanelChartProps) {
  return (
    <TimeSeriesChart
      series={panel.series}
      thresholds={panel.thresholds}
      annotations={annotations}
      from={from}
      to={to}
      maxWidthPx={maxWidthPx}
      format={(v) => formatSeconds(v)}
      description={`Replication lag per pair and direction (seconds) against the RPO budgets: ${panel.series.map((s) => s.label).join(", ")}`}
    />
  );
}
