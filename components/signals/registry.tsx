"use client";

import type { ReactNode } from "react";
import { AvailabilitySummary } from "@/components/overview/availability-summary";
import { ConflictsTable } from "@/components/overview/conflicts-table";
import { IncidentsTable } from "@/components/overview/incidents-table";
import { HiddenIncidents, NoIncidents } from "@/components/overview/no-incidents";
import { OriginHealthSummary } from "@/components/overview/origin-health-summary";
import { OutsideInSli, OutsideInSummary } from "@/components/overview/outside-in-summary";
import { RegionsTable } from "@/components/overview/regions-table";
import { ReplicationTable } from "@/components/overview/replication-table";
import { SplitBrainList } from "@/components/overview/split-brain-list";
import { PlatformEventsList } from "@/components/platform/platform-events-list";
import { viewHref, type ViewState } from "@/lib/charts/view-url";
import { signalMeta } from "@/lib/snapshot/meta";
import type { ShownSnapshot } from "@/lib/snapshot/types";

export interface SummaryProps {
  snapshot: ShownSnapshot;
  view: ViewState;
  /** Where shown: the overview panel keeps lists short, the drill-down shows them whole. */
  place: "overview" | "drill-down";
  conflictThreshold: number;
  raceWindowMs: number;
}

/** How the screens show one signal: its summary (overview panel and drill-down "Now"), and whether it has anything to show. */
export interface SignalUi {
  Summary: (props: SummaryProps) => ReactNode;
  hasData: (snapshot: ShownSnapshot) => boolean;
  /** Spans both overview columns. */
  wide?: boolean;
}

const incidentHref = (view: ViewState) => (id: string) => viewHref(`/incidents/${encodeURIComponent(id)}`, view, { region: null });

/**
 * The UI registry: signal key → its components. The list of signals comes from the signal registry
 * (lib/signals) through the server; a signal missing here is shown by `GenericSummary`.
 */
export const SIGNAL_UI: Partial<Record<string, SignalUi>> = {
  regions: {
    Summary: ({ snapshot }) => <RegionsTable regions={snapshot.regions} />,
    hasData: (s) => s.regions.some((r) => r.originHealthy !== null || r.cpuPercent !== null || r.trafficShareRatio !== null),
    wide: true,
  },
  replication: {
    Summary: ({ snapshot }) => <ReplicationTable pairs={snapshot.replication} />,
    hasData: (s) => s.replication.some((p) => p.lagSecondsNow !== null),
  },
  conflicts: {
    Summary: ({ snapshot, conflictThreshold }) => <ConflictsTable conflicts={snapshot.conflicts} threshold={conflictThreshold} />,
    hasData: (s) => s.conflicts.length > 0,
  },
  originHealth: {
    Summary: ({ snapshot }) => <OriginHealthSummary snapshot={snapshot} />,
    hasData: (s) => s.regions.some((r) => r.originHealthy !== null),
    wide: true,
  },
  incidents: {
    Summary: ({ snapshot, view, place }) => (
      <>
        <HiddenIncidents filter={snapshot.incidentsFilter} />
        {place === "overview" && snapshot.incidents.length === 0 ? (
          <NoIncidents reason={signalMeta(snapshot, "incidents")?.reason} filter={snapshot.incidentsFilter} />
        ) : (
          <IncidentsTable incidents={snapshot.incidents} asOf={snapshot.asOf} live={!view.at} limit={place === "drill-down" ? 100 : undefined} hrefFor={incidentHref(view)} />
        )}
      </>
    ),
    hasData: () => true,
    wide: true,
  },
  splitBrain: {
    Summary: ({ snapshot, raceWindowMs }) => <SplitBrainList splitBrain={snapshot.splitBrain} raceWindowMs={raceWindowMs} />,
    hasData: (s) => s.splitBrain.status !== "no-data",
  },
  availability: {
    Summary: ({ snapshot }) => (
      <div className="space-y-3">
        <AvailabilitySummary availability={snapshot.availability} />
        <div className="border-t border-slate-200 pt-2 text-sm">
          <OutsideInSli outsideIn={snapshot.outsideIn} windowDays={snapshot.availability.windowDays} />
        </div>
      </div>
    ),
    hasData: (s) => s.availability.sli !== null,
  },
  outsideIn: {
    Summary: ({ snapshot }) => (
      <OutsideInSummary
        outsideIn={snapshot.outsideIn}
        windowDays={snapshot.availability.windowDays}
        regionName={(id) => snapshot.regions.find((r) => r.id === id)?.displayName ?? id}
      />
    ),
    hasData: (s) => s.outsideIn.tests.some((t) => t.runs > 0),
    wide: true,
  },
  platformHealth: {
    Summary: ({ snapshot }) => <PlatformEventsList events={snapshot.platformHealth.events} />,
    // No report is an answer ("Azure says nothing"), not missing data.
    hasData: (s) => s.platformHealth.status !== "no-data",
  },
};

/** A signal without its own components: its status and warnings, as the snapshot carries them. */
function GenericSummary({ snapshot, signal }: { snapshot: ShownSnapshot; signal: string }) {
  const meta = signalMeta(snapshot, signal);
  if (!meta) return <p className="text-sm">Not in this snapshot.</p>;
  return (
    <ul className="text-sm" aria-label="Warnings">
      {meta.warnings.length === 0 ? <li>No warnings.</li> : meta.warnings.map((w) => <li key={w}>{w}</li>)}
    </ul>
  );
}

export function signalUi(signal: string): SignalUi {
  return (
    SIGNAL_UI[signal] ?? {
      Summary: ({ snapshot }) => <GenericSummary snapshot={snapshot} signal={signal} />,
      hasData: (s) => signalMeta(s, signal)?.dataAgeSeconds != null,
    }
  );
}
