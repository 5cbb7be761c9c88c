"use client";

import { viewHref, type ViewState } from "@/lib/charts/view-url";
import { formatUtc } from "@/lib/format/units";
import type { Snapshot } from "@/lib/snapshot/types";
import { AvailabilitySummary } from "./availability-summary";
import { ConflictsTable } from "./conflicts-table";
import { IncidentsTable } from "./incidents-table";
import { RegionsTable } from "./regions-table";
import { ReplicationTable } from "./replication-table";
import { SplitBrainList } from "./split-brain-list";

function OriginHealthSummary({ snapshot }: { snapshot: Snapshot }) {
  return (
    <div className="grid gap-2 text-sm md:grid-cols-2">
      <div>
        <h3 className="font-semibold">Flips in range ({snapshot.originFlips.length})</h3>
        {snapshot.originFlips.length === 0 ? (
          <p>No origin changed health state.</p>
        ) : (
          <ul className="max-h-40 overflow-auto font-mono text-xs" tabIndex={0} aria-label="Flips">
            {snapshot.originFlips.slice(-20).map((f) => (
              <li key={`${f.origin}-${f.at}`}>
                {formatUtc(f.at)} {f.region} → {f.to === "unhealthy" ? "✕ unhealthy" : "✓ healthy"}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Probe-blind spans ({snapshot.probeBlind.length})</h3>
        {snapshot.probeBlind.length === 0 ? (
          <p>None: probes agreed with the edge errors.</p>
        ) : (
          <ul className="max-h-40 overflow-auto font-mono text-xs" tabIndex={0} aria-label="Probe-blind spans">
            {snapshot.probeBlind.map((p) => (
              <li key={`${p.origin}-${p.from}`}>
                {formatUtc(p.from)} → {formatUtc(p.to)} {p.region}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The snapshot's current numbers for one signal, as the overview shows them. */
export function SignalSummary({ signal, snapshot, view, conflictThreshold, raceWindowMs }: { signal: string; snapshot: Snapshot; view: ViewState; conflictThreshold: number; raceWindowMs: number }) {
  switch (signal) {
    case "regions":
      return <RegionsTable regions={snapshot.regions} />;
    case "replication":
      return <ReplicationTable pairs={snapshot.replication} />;
    case "conflicts":
      return <ConflictsTable conflicts={snapshot.conflicts} threshold={conflictThreshold} />;
    case "originHealth":
      return <OriginHealthSummary snapshot={snapshot} />;
    case "incidents":
      return (
        <IncidentsTable incidents={snapshot.incidents} asOf={snapshot.asOf} live={!view.at} limit={100} hrefFor={(id) => viewHref(`/incidents/${encodeURIComponent(id)}`, view, { region: null })} />
      );
    case "splitBrain":
      return <SplitBrainList splitBrain={snapshot.splitBrain} raceWindowMs={raceWindowMs} />;
    case "availability":
      return <AvailabilitySummary availability={snapshot.availability} />;
    default:
      return null;
  }
}
