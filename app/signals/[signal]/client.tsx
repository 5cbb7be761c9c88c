"use client";

import { useMemo, useState } from "react";
import { ChartPanel } from "@/components/charts/chart-panel";
import { Panel } from "@/components/inspector/panel";
import { RegionFilterNote } from "@/components/status/region-filter-note";
import { signalUi } from "@/components/signals/registry";
import { signalMeta } from "@/lib/snapshot/meta";
import { StatusBadge } from "@/components/status/status-badge";
import { SortableTable } from "@/components/table/sortable-table";
import { annotationsInRange, snapshotAnnotations } from "@/lib/charts/annotations";
import { panelState } from "@/lib/charts/panel-state";
import type { RowsResponse, SeriesResponse } from "@/lib/charts/types";
import { viewApiParams, type ViewState } from "@/lib/charts/view-url";
import { formatUtc } from "@/lib/format/units";
import type { QueryRunHead, ShownSnapshot } from "@/lib/snapshot/types";
import { useSnapshot } from "@/hooks/use-snapshot";
import { rowsUrl, useRows, useSeries } from "@/hooks/use-series";

export interface SignalClientProps {
  signal: string;
  view: ViewState;
  widthPx: number;
  /** The server's snapshot, runs as heads (lib/snapshot/first-paint). */
  snapshot: ShownSnapshot | null;
  /** The server's series, runs as heads. */
  series: SeriesResponse<QueryRunHead> | null;
  rows: RowsResponse | null;
  serverError: string | null;
  refreshSeconds: number;
  conflictThreshold: number;
  raceWindowMs: number;
}

/** A signal's drill-down: its current numbers, its charts on one time axis, and the rows behind them. */
export function Client(props: SignalClientProps) {
  const { signal, view, widthPx } = props;
  const params = viewApiParams(view);
  const refreshInterval = view.at ? 0 : props.refreshSeconds * 1000;
  const snap = useSnapshot(params, { fallbackData: props.snapshot ?? undefined, revalidateOnMount: props.snapshot === null, refreshInterval, keepPreviousData: false });
  const series = useSeries(signal, params, widthPx, { fallbackData: props.series ?? undefined, revalidateOnMount: props.series === null, refreshInterval, keepPreviousData: false });
  const [queryId, setQueryId] = useState<string | undefined>(props.rows?.queryId);
  const rows = useRows(rowsUrl(signal, params, widthPx, queryId), {
    fallbackData: props.rows && props.rows.queryId === queryId ? props.rows : undefined,
    revalidateOnMount: !props.rows || props.rows.queryId !== queryId,
  });

  const snapshot = snap.data;
  const meta = snapshot ? signalMeta(snapshot, signal) : undefined;
  const { Summary } = signalUi(signal);
  const from = Date.parse(series.data?.range.from ?? view.from);
  const to = Date.parse(series.data?.range.to ?? view.to);
  const annotations = snapshot ? annotationsInRange(snapshotAnnotations(snapshot, view.region), from, to) : [];
  const seriesError = series.error ? series.error.message : null;
  const snapError = snap.error ? snap.error.message : null;
  const snapMutate = snap.mutate;
  const kql = useMemo(() => ({ load: () => void snapMutate(), error: snapError }), [snapMutate, snapError]);
  const seriesMutate = series.mutate;
  const seriesKql = useMemo(() => ({ load: () => void seriesMutate(), error: seriesError }), [seriesMutate, seriesError]);
  const queryIds = [...new Set(series.data?.queries.map((q) => q.id) ?? [])];

  return (
    <div className="space-y-4">
      {snapshot && meta && (
        <Panel
          id="summary"
          title="Now"
          status={meta.status}
          reason={meta.reason}
          queries={meta.queries}
          kql={kql}
          dataAgeSeconds={meta.dataAgeSeconds}
          refreshing={snap.isValidating}
          state={panelState({ status: meta.status, queries: meta.queries, warnings: meta.warnings, hasData: meta.status !== "no-data", fetchError: snapError, shownAsOf: snapshot.asOf })}
        >
          <p className="text-sm text-slate-700">
            As of {formatUtc(snapshot.asOf)}: <StatusBadge status={meta.status} label={signal} />
          </p>
          <RegionFilterNote snapshot={snapshot} className="mb-2" />
          <Summary snapshot={snapshot} view={view} place="drill-down" conflictThreshold={props.conflictThreshold} raceWindowMs={props.raceWindowMs} />
        </Panel>
      )}
      {!series.data && (
        <p role="alert" className="rounded border-l-4 border-breach bg-white p-3" data-state="no-data">
          <span className="font-bold">NO DATA</span>: {seriesError ?? props.serverError ?? "loading the series…"}
        </p>
      )}
      {series.data?.panels.map((panel) => (
        <ChartPanel
          key={panel.id}
          panel={panel}
          queries={series.data?.queries ?? []}
          kql={seriesKql}
          annotations={annotations}
          from={from}
          to={to}
          maxWidthPx={widthPx}
          binSeconds={series.data?.binSeconds ?? 0}
          fetchError={seriesError}
          shownAsOf={series.data?.asOf ?? null}
          refreshing={series.isValidating}
        />
      ))}
      {series.data && (
        <Panel
          id="rows"
          title="Rows behind the charts"
          queries={rows.data?.queries ?? []}
          refreshing={rows.isValidating}
          state={panelState({ status: rows.data && rows.data.total > 0 ? "ok" : "no-data", queries: rows.data?.queries ?? [], warnings: [], hasData: (rows.data?.total ?? 0) > 0, fetchError: rows.error ? rows.error.message : null, shownAsOf: series.data.asOf })}
        >
          <label className="flex items-center gap-2 text-sm">
            Query
            <select value={rows.data?.queryId ?? queryId ?? ""} onChange={(e) => setQueryId(e.target.value)} className="rounded border border-slate-400 bg-white px-1 font-mono text-xs">
              {queryIds.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
            <span className="text-slate-600">
              {rows.data ? `${rows.data.rows.length} of ${rows.data.total} rows${rows.data.nextCursor ? " (first page)" : ""}` : ""}
            </span>
          </label>
          {rows.data && rows.data.total > 0 && <SortableTable columns={rows.data.columns} rows={rows.data.rows} caption={`Rows of ${rows.data.queryId}`} />}
        </Panel>
      )}
    </div>
  );
}
