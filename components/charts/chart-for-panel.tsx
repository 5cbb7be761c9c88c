"use client";

import type { ComponentType } from "react";
import type { SeriesUnit } from "@/lib/charts/types";
import { BurnRateChart } from "./chart-line-burn-rate";
import { ConflictDepthChart } from "./chart-line-conflict-depth";
import { ErrorRatioChart } from "./chart-line-error-ratio";
import { EventCountChart } from "./chart-line-event-count";
import type { PanelChartProps } from "./chart-props";
import { ReplicationLagChart } from "./chart-line-replication-lag";
import { SaturationChart } from "./chart-line-saturation";
import { TrafficShareChart } from "./chart-line-traffic-share";

/** Panel id (from lib/signals/<name>/series.ts) → its chart; unknown ids fall back by unit. */
const BY_PANEL: Record<string, ComponentType<PanelChartProps>> = {
  "replication-lag": ReplicationLagChart,
  "conflict-depth": ConflictDepthChart,
  cpu: SaturationChart,
  "cosmos-ru": SaturationChart,
  "traffic-share": TrafficShareChart,
  "origin-errors": ErrorRatioChart,
  "edge-errors": ErrorRatioChart,
  "error-ratio": ErrorRatioChart,
  "burn-rate": BurnRateChart,
  "failed-probes": EventCountChart,
  "split-brain-writes": EventCountChart,
};

const BY_UNIT: Record<SeriesUnit, ComponentType<PanelChartProps>> = {
  seconds: ReplicationLagChart,
  percent: SaturationChart,
  ratio: ErrorRatioChart,
  count: EventCountChart,
};

export function ChartForPanel(props: PanelChartProps) {
  // Lag panels are one per tier: replication-lag-<tier>.
  const Chart = BY_PANEL[props.panel.id] ?? (props.panel.id.startsWith("replication-lag") ? ReplicationLagChart : BY_UNIT[props.panel.unit]);
  return <Chart {...props} />;
}
