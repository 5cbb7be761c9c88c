"use client";

import { Panel } from "@/components/inspector/panel";
import type { KqlLoader } from "@/components/inspector/query-inspector";
import { panelState } from "@/lib/charts/panel-state";
import type { Annotation, SeriesPanel } from "@/lib/charts/types";
import type { QueryRunHead } from "@/lib/snapshot/types";
import { AnnotationLegend } from "./annotation-legend";
import { ChartForPanel } from "./chart-for-panel";

export interface ChartPanelProps {
  panel: SeriesPanel;
  /** Every run of the series response; the panel's inspector shows those named in panel.queryIds. */
  queries: readonly QueryRunHead[];
  /** Fetches the full series when the inspector opens on a first paint's (runs as heads). */
  kql?: KqlLoader;
  annotations: readonly Annotation[];
  from: number;
  to: number;
  maxWidthPx: number;
  binSeconds: number;
  fetchError: string | null;
  shownAsOf: string | null;
  refreshing: boolean;
}

/** One chart with its data state (stale, partial, no data) and its inspector. */
export function ChartPanel({ panel, queries, kql, annotations, from, to, maxWidthPx, binSeconds, fetchError, shownAsOf, refreshing }: ChartPanelProps) {
  const runs = queries.filter((q) => panel.queryIds.includes(q.id));
  // Some panels bin coarser than the response (per-minute metrics): read the bucket off the points.
  const first = panel.series[0]?.points ?? [];
  const bucket = first.length > 1 ? Math.min(...first.slice(1).map((p, i) => p.t - first[i].t)) / 1000 : binSeconds;
  const state = panelState({ status: panel.hasData ? "ok" : "no-data", queries: runs, warnings: panel.warnings, hasData: panel.hasData, fetchError, shownAsOf });
  return (
    <Panel id={`chart-${panel.id}`} title={panel.title} state={state} queries={runs} kql={kql} refreshing={refreshing}>
      {panel.hasData && <ChartForPanel panel={panel} annotations={annotations} from={from} to={to} maxWidthPx={maxWidthPx} />}
      <p className="text-xs text-slate-600">
        {panel.series.reduce((m, s) => Math.max(m, s.points.length), 0)} points per series, one per {bucket} s bucket (binned on the server for a {maxWidthPx} px chart).
      </p>
      <AnnotationLegend annotations={annotations} />
    </Panel>
  );
}
