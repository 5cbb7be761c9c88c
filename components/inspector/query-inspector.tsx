"use client";

import { useState } from "react";
import { formatSeconds, formatUtc } from "@/lib/format/units";
import { isFullRun } from "@/lib/snapshot/first-paint";
import type { QueryRun, QueryRunHead } from "@/lib/snapshot/types";

/**
 * Where a panel whose runs came as heads (a first paint's snapshot) gets the full ones: `load`
 * fetches the full snapshot, which then replaces the one on screen, numbers and KQL together.
 */
export interface KqlLoader {
  load: () => void;
  /** The last fetch's error, if it failed. */
  error: string | null;
}

/** One query behind a panel: the exact KQL, the window it ran for, and how the run went. */
function QueryRunDetails({ run }: { run: QueryRun }) {
  return (
    <li className="space-y-2 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0" data-query-id={run.id}>
      <p className="font-mono text-xs font-semibold">{run.id}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-xs">
        <dt className="text-slate-600">Window</dt>
        <dd>
          {formatUtc(run.window.from)} → {formatUtc(run.window.to)}
        </dd>
        <dt className="text-slate-600">Rows returned</dt>
        <dd data-field="rows">{run.rows.toLocaleString("en-GB")}</dd>
        <dt className="text-slate-600">Duration</dt>
        <dd>{run.durationMs.toFixed(1)} ms</dd>
        <dt className="text-slate-600">Cache age</dt>
        <dd>{run.cacheAgeSeconds > 0 ? formatSeconds(run.cacheAgeSeconds) : "fresh"}</dd>
        {run.stale && (
          <>
            <dt className="font-semibold text-amber-900">Stale</dt>
            <dd className="text-amber-900">
              since {formatUtc(run.stale.since)}: {run.stale.error}
            </dd>
          </>
        )}
        <dt className="text-slate-600">Warnings</dt>
        <dd>{run.warnings.length === 0 ? "none" : <ul className="list-disc pl-4">{run.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}</dd>
      </dl>
      <pre className="max-h-64 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-50" data-kql tabIndex={0} aria-label={`KQL of ${run.id}`}>
        <code>{run.kql}</code>
      </pre>
      {run.portalUrl ? (
        <a className="text-sm font-medium text-blue-800 underline" href={run.portalUrl} target="_blank" rel="noreferrer">
          Open in Log Analytics
        </a>
      ) : (
        <p className="text-xs text-slate-600">
          Open in Log Analytics: not available (embedded workspace, or no workspace resource id configured).
        </p>
      )}
    </li>
  );
}

/**
 * A disclosure listing every query behind a panel (native details/summary: one click or Enter). Its
 * body is rendered when opened, not into every page: the KQL of ~30 queries was over half of the
 * overview's HTML. Runs that came as heads are fetched then (`kql`).
 */
export function QueryInspector({ queries, title, kql }: { queries: readonly QueryRunHead[]; title: string; kql?: KqlLoader }) {
  const [open, setOpen] = useState(false);
  const full = queries.filter(isFullRun);
  const complete = full.length === queries.length;
  return (
    <details
      className="rounded border border-slate-300 bg-white text-sm"
      data-inspector
      onToggle={(e) => {
        const opened = e.currentTarget.open;
        setOpen(opened);
        if (opened && !complete) kql?.load();
      }}
    >
      <summary className="cursor-pointer px-2 py-1 text-xs font-medium text-slate-700">
        Inspect {title} queries ({queries.length})
      </summary>
      {open && (
        <div className="p-3">
          {queries.length === 0 ? (
            <p className="text-xs text-slate-600">No query ran for this panel.</p>
          ) : complete ? (
            <ul className="space-y-3">
              {full.map((run) => (
                <QueryRunDetails key={`${run.id}-${run.window.from}`} run={run} />
              ))}
            </ul>
          ) : kql?.error ? (
            <p role="alert" className="text-xs text-amber-900">
              The KQL could not be loaded: {kql.error}. Close and open this again to retry.
            </p>
          ) : (
            <p role="status" className="text-xs text-slate-600">
              Loading the KQL of {queries.length === 1 ? "this query" : `these ${queries.length} queries`}…
            </p>
          )}
        </div>
      )}
    </details>
  );
}
