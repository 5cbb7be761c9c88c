"use client";

import { useMemo } from "react";
import { Panel } from "@/components/inspector/panel";
import { panelState } from "@/lib/charts/panel-state";
import { viewApiParams, viewHref, type ViewState } from "@/lib/charts/view-url";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import { useSnapshot } from "@/hooks/use-snapshot";
import { IncidentsTable } from "./incidents-table";
import { HiddenIncidents, NoIncidents } from "./no-incidents";
import { RegionFilterNote } from "@/components/status/region-filter-note";

/**
 * The incident list of a snapshot as a panel (status, data state, inspector). The server's snapshot
 * comes as a first paint's (runs without KQL); opening the inspector fetches the full one, which
 * then replaces it, so the list and the KQL shown are of the same snapshot. No periodic refresh.
 */
export function IncidentsPanel({ snapshot: initial, error, view }: { snapshot: ShownSnapshot | null; error: string | null; view: ViewState }) {
  const swr = useSnapshot(viewApiParams(view), { fallbackData: initial ?? undefined, revalidateOnMount: false, refreshInterval: 0, keepPreviousData: false });
  const snapshot = swr.data ?? null;
  const fetchError = swr.error ? swr.error.message : null;
  const { mutate } = swr;
  const kql = useMemo(() => ({ load: () => void mutate(), error: fetchError }), [mutate, fetchError]);
  const meta = snapshot?.signals.incidents;
  const state = panelState({
    status: meta?.status ?? "no-data",
    queries: meta?.queries ?? [],
    warnings: meta?.warnings ?? (error ? [error] : []),
    hasData: snapshot !== null,
    fetchError,
    shownAsOf: snapshot?.asOf ?? null,
  });
  return (
    <Panel id="incidents" title={`Incidents and drills (${snapshot?.incidents.length ?? 0}${snapshot?.incidentsFilter ? ` of ${snapshot.incidentsFilter.total} in all regions` : ""})`} status={meta?.status} state={state} queries={meta?.queries ?? []} kql={kql} dataAgeSeconds={meta?.dataAgeSeconds} refreshing={swr.isValidating}>
      {snapshot && <RegionFilterNote snapshot={snapshot} className="mb-2" />}
      {snapshot && <HiddenIncidents filter={snapshot.incidentsFilter} />}
      {snapshot && snapshot.incidents.length === 0 && <NoIncidents reason={meta?.reason} filter={snapshot.incidentsFilter} />}
      {snapshot && snapshot.incidents.length > 0 && (
        <IncidentsTable incidents={snapshot.incidents} asOf={snapshot.asOf} live={!view.at} limit={200} hrefFor={(id) => viewHref(`/incidents/${encodeURIComponent(id)}`, view, { region: null })} />
      )}
    </Panel>
  );
}
