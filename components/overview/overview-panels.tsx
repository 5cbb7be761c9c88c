"use client";

import Link from "next/link";
import { Panel } from "@/components/inspector/panel";
import type { KqlLoader } from "@/components/inspector/query-inspector";
import { BlindBanner } from "@/components/status/blind-banner";
import { RegionFilterNote } from "@/components/status/region-filter-note";
import { signalUi } from "@/components/signals/registry";
import type { SignalDescriptor } from "@/lib/catalog/descriptors";
import { panelState } from "@/lib/charts/panel-state";
import { viewHref, type ViewState } from "@/lib/charts/view-url";
import { signalMeta } from "@/lib/snapshot/meta";
import type { QueryRunHead, SignalMeta, ShownSnapshot } from "@/lib/snapshot/types";

export interface OverviewPanelsProps {
  snapshot: ShownSnapshot;
  /** The signals of the registry, in its order (from the server). */
  signals: readonly SignalDescriptor[];
  view: ViewState;
  fetchError: string | null;
  refreshing: boolean;
  /** Fetches the full snapshot when an inspector opens on a first paint's (runs without KQL). */
  kql?: KqlLoader;
  conflictThreshold: number;
  raceWindowMs: number;
}

const EMPTY_META: SignalMeta<QueryRunHead> = { status: "no-data", dataAgeSeconds: null, queries: [], warnings: ["signal missing from the snapshot"] };

/** The overview's panels, one per registered signal, each with its status, data state and inspector, linking to its drill-down. */
export function OverviewPanels({ snapshot, signals, view, fetchError, refreshing, kql, conflictThreshold, raceWindowMs }: OverviewPanelsProps) {
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <RegionFilterNote snapshot={snapshot} className="xl:col-span-2" />
      {snapshot.outsideIn?.verdict.kind !== "ok" && (
        <div className="xl:col-span-2">
          <BlindBanner verdict={snapshot.outsideIn?.verdict} />
        </div>
      )}
      {signals.map((signal) => {
        const m = signalMeta(snapshot, signal.key) ?? EMPTY_META;
        const ui = signalUi(signal.key);
        return (
          <div key={signal.key} className={ui.wide ? "xl:col-span-2" : undefined}>
            <Panel
              id={signal.key}
              title={signal.title}
              status={m.status}
              reason={m.reason}
              queries={m.queries}
              kql={kql}
              dataAgeSeconds={m.dataAgeSeconds}
              refreshing={refreshing}
              state={panelState({ status: m.status, queries: m.queries, warnings: m.warnings, hasData: ui.hasData(snapshot), fetchError, shownAsOf: snapshot.asOf })}
              actions={
                <Link className="font-medium text-blue-800 underline" href={viewHref(`/signals/${signal.key}`, view)}>
                  Drill down<span className="sr-only"> into {signal.label}</span>
                </Link>
              }
            >
              <ui.Summary snapshot={snapshot} view={view} place="overview" conflictThreshold={conflictThreshold} raceWindowMs={raceWindowMs} />
            </Panel>
          </div>
        );
      })}
    </div>
  );
}
