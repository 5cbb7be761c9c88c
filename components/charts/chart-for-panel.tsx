"use client";

import type { Annotation, SeriesPanel, SeriesUnit } from "@/lib/charts/types";
import { formatPercent, formatRatio, formatSeconds } from "@/lib/format/units";
import { TimeSeriesChart, type AxisUnit } from "./time-series-chart";

/** What every per-metric chart takes: one server-binned panel on the shared time axis. */
export interface PanelChartProps {
  panel: SeriesPanel;
  annotations: readonly Annotation[];
  from: number;
  to: number;
  maxWidthPx: number;
}

/** How one kind of panel reads: its value format and what a screen reader hears before the series names. */
interface PanelKind {
  format: (v: number) => string;
  what: string;
  /** How the value axis steps and labels its ticks (lib/charts/ticks.ts). */
  axis: AxisUnit;
}

const count = (v: number) => String(Math.round(v));
const LAG: PanelKind = { format: (v) => formatSeconds(v), what: "Replication lag per pair and direction (seconds) against the RPO budgets", axis: "seconds" };
const UTILISATION: PanelKind = { format: (v) => formatPercent(v), what: "Utilisation per region (percent) against the warn and breach thresholds", axis: "percent" };
const ERROR_RATIO: PanelKind = { format: (v) => formatRatio(v, 2), what: "Error ratio (5xx and origin timeouts over requests) against its threshold", axis: "ratio" };
const EVENTS: PanelKind = { format: count, what: "Events per time bucket", axis: "count" };

/** Panel id (from lib/signals/<name>/series.ts) → how it reads; unknown ids fall back by unit. */
const BY_PANEL: Record<string, PanelKind> = {
  "replication-lag": LAG,
  "conflict-depth": { format: count, what: "Conflict-feed depth per region and container against the threshold", axis: "count" },
  cpu: UTILISATION,
  "cosmos-ru": UTILISATION,
  "traffic-share": { format: (v) => formatRatio(v, 0), what: "Share of edge requests served per region", axis: "ratio" },
  "origin-errors": ERROR_RATIO,
  "edge-errors": ERROR_RATIO,
  "error-ratio": ERROR_RATIO,
  "burn-rate": { format: (v) => `${v.toFixed(1)}×`, what: "Error-budget burn rate per bucket (1 = spending exactly the budget) against the paging thresholds", axis: "multiple" },
  "failed-probes": EVENTS,
  "split-brain-writes": EVENTS,
};

const BY_UNIT: Record<SeriesUnit, PanelKind> = { seconds: LAG, percent: UTILISATION, ratio: ERROR_RATIO, count: EVENTS };

export function ChartForPanel({ panel, annotations, from, to, maxWidthPx }: PanelChartProps) {
  // Lag panels are one per tier: replication-lag-<tier>.
  const kind = BY_PANEL[panel.id] ?? (panel.id.startsWith("replication-lag") ? LAG : BY_UNIT[panel.unit]);
  return (
    <TimeSeriesChart
      series={panel.series}
      thresholds={panel.thresholds}
      annotations={annotations}
      from={from}
      to={to}
      maxWidthPx={maxWidthPx}
      format={kind.format}
      axisUnit={kind.axis}
      description={`${kind.what}: ${panel.series.map((s) => s.label).join(", ")}`}
    />
  );
}
