"use client";

import Link from "next/link";
import { Panel } from "@/components/inspector/panel";
import { panelState } from "@/lib/charts/panel-state";
import { viewHref, type ViewState } from "@/lib/charts/view-url";
import type { SignalMeta, Snapshot } from "@/lib/snapshot/types";
import { AvailabilitySummary } from "./availability-summary";
import { ConflictsTable } from "./conflicts-table";
import { IncidentsTable } from "./incidents-table";
import { RegionsTable } from "./regions-table";
import { ReplicationTable } from "./replication-table";
import { SplitBrainList } from "./split-brain-list";

export interface OverviewPanelsProps {
  snapshot: Snapshot;
  view: ViewState;
  fetchError: string | null;
  refreshing: boolean;
  conflictThreshold: number;
  raceWindowMs: number;
}

const EMPTY_META: SignalMeta = { status: "no-data", dataAgeSeconds: null, queries: [], warnings: ["signal missing from the snapshot"] };

/** The overview's panels, each with its status, data state and inspector, linking to its drill-down. */
export function OverviewPanels({ snapshot, view, fetchError, refreshing, conflictThreshold, raceWindowMs }: OverviewPanelsProps) {
  const meta = (name: string) => snapshot.signals[name] ?? EMPTY_META;
  const common = (name: string, hasData: boolean) => {
    const m = meta(name);
    return {
      status: m.status,
      queries: m.queries,
      dataAgeSeconds: m.dataAgeSeconds,
      refreshing,
      state: panelState({ status: m.status, queries: m.queries, warnings: m.warnings, hasData, fetchError, shownAsOf: snapshot.asOf }),
      actions: (
        <Link className="font-medium text-blue-800 underline" href={viewHref(`/signals/${name}`, view)}>
          Drill down<span className="sr-only"> into {name}</span>
        </Link>
      ),
    };
  };
  const regionHasData = snapshot.regions.some((r) => r.originHealthy !== null || r.cpuPercent !== null || r.trafficShareRatio !== null);
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <div className="xl:col-span-2">
        <Panel id="regions" title="Regions" {...common("regions", regionHasData)}>
          <RegionsTable regions={snapshot.regions} />
        </Panel>
      </div>
      <div className="xl:col-span-2">
        <Panel id="incidents" title="Incidents and drills" {...common("incidents", true)}>
          {snapshot.incidents.length === 0 ? (
            <p className="text-sm">No incident or drill in this range.</p>
          ) : (
            <IncidentsTable incidents={snapshot.incidents} asOf={snapshot.asOf} live={!view.at} hrefFor={(id) => viewHref(`/incidents/${encodeURIComponent(id)}`, view, { region: null })} />
          )}
        </Panel>
      </div>
      <Panel id="replication" title="Replication lag vs RPO" {...common("replication", snapshot.replication.some((p) => p.lagSecondsNow !== null))}>
        <ReplicationTable pairs={snapshot.replication} />
      </Panel>
      <Panel id="availability" title="Availability and burn rate" {...common("availability", snapshot.availability.sli !== null)}>
        <AvailabilitySummary availability={snapshot.availability} />
      </Panel>
      <Panel id="conflicts" title="Conflict-feed depth" {...common("conflicts", snapshot.conflicts.length > 0)}>
        <ConflictsTable conflicts={snapshot.conflicts} threshold={conflictThreshold} />
      </Panel>
      <Panel id="splitBrain" title="Split-brain races" {...common("splitBrain", snapshot.splitBrain.status !== "no-data")}>
        <SplitBrainList splitBrain={snapshot.splitBrain} raceWindowMs={raceWindowMs} />
      </Panel>
    </div>
  );
}
