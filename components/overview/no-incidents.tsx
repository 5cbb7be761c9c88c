import { StatusBadge } from "@/components/status/status-badge";
import type { IncidentsFilterNote } from "@/lib/snapshot/types";

/**
 * What an empty incident list says. While the source failovers are read from is silent, "no
 * incident" is not a fact: the panel's NO DATA line already gives the signal's reason
 * (lib/signals/incidents/coverage.ts), so nothing is claimed here. Under a region filter it says
 * "none in this region", never "none" (lib/signals/incidents/filter-note.ts words it).
 */
export function NoIncidents({ reason, filter }: { reason?: string; filter?: IncidentsFilterNote }) {
  if (reason) return null;
  return (
    <p className="text-sm" data-value="no-incidents">
      {filter ? filter.empty : "No incident or drill in this range."}
    </p>
  );
}

/** Under a region filter: the other regions' incidents the list leaves out, an open one first, with its status. */
export function HiddenIncidents({ filter }: { filter?: IncidentsFilterNote }) {
  if (!filter?.hidden) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm font-medium" data-incidents-hidden={filter.hiddenStatus ?? "recovered"}>
      {filter.hiddenStatus && <StatusBadge status={filter.hiddenStatus} label="Left out by the region filter" />}
      <span>{filter.hidden}</span>
    </p>
  );
}
