import type { ReactNode } from "react";
import { StatusBadge } from "@/components/status/status-badge";
import type { PanelState } from "@/lib/charts/panel-state";
import { formatSeconds, formatUtc } from "@/lib/format/units";
import type { QueryRunHead, Status } from "@/lib/snapshot/types";
import { QueryInspector, type KqlLoader } from "./query-inspector";

export interface PanelProps {
  id: string;
  title: string;
  status?: Status;
  /** Why status is not ok, as the snapshot says it (shown unless the NO DATA line already does). */
  reason?: string | null;
  state: PanelState;
  queries: readonly QueryRunHead[];
  /** Where the inspector gets the full runs when `queries` came as heads (a first paint's). */
  kql?: KqlLoader;
  dataAgeSeconds?: number | null;
  refreshing?: boolean;
  children: ReactNode;
  /** Extra controls next to the title (links to the drill-down). */
  actions?: ReactNode;
}

/**
 * Every panel: title and status, then what is wrong with its data (stale, partial, no data) in
 * words, the content (kept on screen while refreshing), and the inspector with the KQL.
 */
export function Panel({ id, title, status, reason, state, queries, kql, dataAgeSeconds, refreshing, children, actions }: PanelProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 shadow-sm"
      data-panel={id}
      data-stale={state.stale ? "true" : "false"}
      data-no-data={state.noData ? "true" : "false"}
      aria-busy={refreshing ? "true" : "false"}
    >
      <header className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
        {status && <StatusBadge status={status} label={title} />}
        {state.stale && (
          <span className="rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-xs font-bold text-amber-900" data-badge="stale">
            <span aria-hidden="true">‖ </span>STALE
          </span>
        )}
        {state.partial.length > 0 && (
          <span className="rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-xs font-bold text-amber-900" data-badge="partial">
            <span aria-hidden="true">◐ </span>PARTIAL
          </span>
        )}
        <span className="ml-auto flex items-center gap-3 text-xs text-slate-600">
          {refreshing && <span role="status">refreshing…</span>}
          {dataAgeSeconds != null && <span>data age {formatSeconds(dataAgeSeconds)}</span>}
          {actions}
        </span>
      </header>
      {state.stale && (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 px-2 py-1 text-sm text-amber-950" data-state="stale">
          Stale{state.stale.since ? ` since ${formatUtc(state.stale.since)}` : ""}: {state.stale.reason}
        </p>
      )}
      {state.partial.length > 0 && (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 px-2 py-1 text-sm text-amber-950" data-state="partial">
          Partial or truncated result: {state.partial.join("; ")}
        </p>
      )}
      {state.coverage.length > 0 && (
        <p className="rounded border-l-4 border-sky-700 bg-sky-50 px-2 py-1 text-sm text-slate-900" data-state="coverage">
          <span className="font-bold">Not covered</span>: {state.coverage.join(" ")}
        </p>
      )}
      {reason && !state.noData?.includes(reason) && (
        <p className="rounded border-l-4 border-slate-500 bg-slate-50 px-2 py-1 text-sm text-slate-900" data-panel-reason>
          {reason}
        </p>
      )}
      {state.noData && (
        <p className="rounded border-l-4 border-slate-500 bg-slate-100 px-2 py-1 text-sm text-slate-800" data-state="no-data">
          <span className="font-bold">NO DATA</span>: {state.noData}
        </p>
      )}
      {children}
      <QueryInspector queries={queries} title={title} kql={kql} />
    </section>
  );
}
