"use client";

import { useMemo } from "react";
import { OverviewPanels } from "@/components/overview/overview-panels";
import { PlatformBanner } from "@/components/platform/platform-banner";
import { StatusBadge } from "@/components/status/status-badge";
import { viewApiParams, type ViewState } from "@/lib/charts/view-url";
import { formatSeconds, formatUtc } from "@/lib/format/units";
import type { SignalDescriptor } from "@/lib/catalog/descriptors";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import { useSnapshot } from "@/hooks/use-snapshot";

export interface OverviewClientProps {
  view: ViewState;
  /** The snapshot computed on the server for the first paint (runs as heads: lib/snapshot/first-paint), or null with the reason. */
  fallback: ShownSnapshot | null;
  serverError: string | null;
  /** The registry's signals, one overview panel each. */
  signals: SignalDescriptor[];
  conflictThreshold: number;
  raceWindowMs: number;
  refreshSeconds: number;
}

/** The overview: the server's snapshot first, then refreshed in place (the last data stays on screen). */
export function Client({ view, fallback, serverError, signals, conflictThreshold, raceWindowMs, refreshSeconds }: OverviewClientProps) {
  const { data, error, isValidating, mutate } = useSnapshot(viewApiParams(view), {
    fallbackData: fallback ?? undefined,
    revalidateOnMount: fallback === null,
    // On a navigation the new server snapshot (fallbackData) must win over the previous view's data;
    // within one view SWR keeps the data on screen while refreshing and after a failed refresh anyway.
    keepPreviousData: false,
    // A replay ("as of") never changes; a live view refreshes.
    refreshInterval: view.at ? 0 : refreshSeconds * 1000,
  });
  const fetchError = error ? error.message : null;
  const kql = useMemo(() => ({ load: () => void mutate(), error: fetchError }), [mutate, fetchError]);
  if (!data) {
    return (
      <p role="alert" className="rounded border-l-4 border-breach bg-white p-3" data-state="no-data">
        <span className="font-bold">NO DATA</span>: {fetchError ?? serverError ?? "loading the first snapshot…"}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap items-center gap-3 text-sm text-slate-700" data-snapshot-as-of={data.asOf}>
        <span>
          As of <span className="font-semibold">{formatUtc(data.asOf)}</span> ({data.source} data)
        </span>
        <span>oldest signal data age {formatSeconds(data.dataAgeSeconds)}</span>
        {fetchError && (
          <span className="inline-flex items-center gap-1" role="status">
            <StatusBadge status="warn" label="Refresh" /> last refresh failed: {fetchError}; showing the data above
          </span>
        )}
      </p>
      <PlatformBanner events={data.platformHealth?.events ?? []} context={view.region ? `for ${view.region} in this range` : "for our regions in this range"} />
      <OverviewPanels snapshot={data} signals={signals} view={view} fetchError={fetchError} refreshing={isValidating} kql={kql} conflictThreshold={conflictThreshold} raceWindowMs={raceWindowMs} />
    </div>
  );
}
