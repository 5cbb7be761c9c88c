"use client";

import { Panel } from "@/components/inspector/panel";
import { panelState } from "@/lib/charts/panel-state";
import { viewHref, type ViewState } from "@/lib/charts/view-url";
import type { Snapshot } from "@/lib/snapshot/types";
import { IncidentsTable } from "./incidents-table";

/** The incident list of a snapshot as a panel (status, data state, inspector). */
export function IncidentsPanel({ snapshot, error, view }: { snapshot: Snapshot | null; error: string | null; view: ViewState }) {
  const meta = snapshot?.signals.incidents;
  const state = panelState({
    status: meta?.status ?? "no-data",
    queries: meta?.queries ?? [],
    warnings: meta?.warnings ?? (error ? [error] : []),
    hasData: snapshot !== null,
    fetchError: null,
    shownAsOf: snapshot?.asOf ?? null,
  });
  return (
    <Panel id="incidents" title={`Incidents and drills (${snapshot?.incidents.length ?? 0})`} status={meta?.status} state={state} queries={meta?.queries ?? []} dataAgeSeconds={meta?.dataAgeSeconds}>
      {snapshot && snapshot.incidents.length === 0 && <p className="text-sm">No incident or drill in this range.</p>}
      {snapshot && snapshot.incidents.length > 0 && (
        <IncidentsTable incidents={snapshot.incidents} asOf={snapshot.asOf} live={!view.at} limit={200} hrefFor={(id) => viewHref(`/incidents/${encodeURIComponent(id)}`, view, { region: null })} />
      )}
    </Panel>
  );
}
