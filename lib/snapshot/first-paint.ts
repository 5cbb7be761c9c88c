import type { QueryRun, QueryRunHead, ShownSnapshot, SignalKey, SignalMeta, Snapshot } from "./types";

/**
 * The snapshot a page hands its client component for the first paint. React serialises those props
 * into the page beside the markup they render, so everything only an opened inspector shows (each
 * run's KQL, window, figures and portal link: about 16 of the overview's 21 kB of props) stays on
 * the server; the inspector fetches the full snapshot when opened. Every status, number and
 * stale/partial marker a panel shows is kept as computed (the one-status rule).
 */
export function firstPaintSnapshot(snapshot: Snapshot): ShownSnapshot {
  const signals = {} as Record<SignalKey, SignalMeta<QueryRunHead>>;
  for (const [key, meta] of Object.entries(snapshot.signals) as [SignalKey, SignalMeta][]) {
    signals[key] = { ...meta, queries: runHeads(meta.queries) };
  }
  return { ...snapshot, signals };
}

/** Runs as a first paint ships them (a drill-down's series runs too): what the panel's state reads. */
export function runHeads(runs: readonly QueryRun[]): QueryRunHead[] {
  return runs.map((run) => ({ id: run.id, warnings: run.warnings, ...(run.coverage ? { coverage: run.coverage } : {}), ...(run.stale ? { stale: run.stale } : {}) }));
}

/** Whether a run carries what the inspector shows (a full snapshot's), or is a first paint's head. */
export function isFullRun(run: QueryRunHead): run is QueryRun {
  return "kql" in run;
}
