import type { QueryRunHead, Status } from "@/lib/snapshot/types";

export interface PanelStateInput {
  status: Status;
  queries: readonly QueryRunHead[];
  warnings: readonly string[];
  /** False when the panel has nothing to draw (no snapshot yet, or no rows for it). */
  hasData: boolean;
  /** The last refresh's error, while the previous data stays on screen. */
  fetchError: string | null;
  /** asOf of the data on screen, shown as "since" when a refresh failed. */
  shownAsOf: string | null;
}

export interface PanelState {
  /** Why the panel has nothing to show, or null. */
  noData: string | null;
  /** Data on screen is not current: since when (ISO, when known) and why. */
  stale: { since: string | null; reason: string } | null;
  /** Partial results, truncation, row caps: the numbers may be incomplete. */
  partial: string[];
  /** What the workspace does not hold and the panel therefore cannot see (an optional table absent), in words. */
  coverage: string[];
}

const PARTIAL = /partial|truncat|row (cap|limit)|limit (reached|exceeded)|incomplete/i;

/**
 * What a panel must say besides its numbers. Stale comes from the gateway (stale-if-error on a
 * query) or from a failed refresh in the browser; both keep the last data and name the reason.
 */
export function panelState(input: PanelStateInput): PanelState {
  const staleRuns = input.queries.filter((q) => q.stale);
  let stale: PanelState["stale"] = null;
  if (input.fetchError) {
    stale = { since: input.shownAsOf, reason: `refresh failed: ${input.fetchError}` };
  } else if (staleRuns.length > 0) {
    const since = staleRuns.map((q) => q.stale?.since ?? "").filter(Boolean).sort()[0] ?? null;
    const reasons = [...new Set(staleRuns.map((q) => q.stale?.error ?? "upstream error"))];
    stale = { since, reason: `upstream failed (${reasons.join("; ")}); showing the last good result` };
  }
  // A coverage fact is not why a panel has no data: it gets its own line, whatever the status.
  const coverage = [...new Set(input.queries.flatMap((q) => (q.coverage ? [q.coverage] : [])))];
  const warnings = [...input.warnings, ...input.queries.flatMap((q) => q.warnings)].filter((w) => !coverage.includes(w));
  const partial = [...new Set(warnings.filter((w) => PARTIAL.test(w)))];
  let noData: string | null = null;
  if (!input.hasData || input.status === "no-data") {
    const reasons = [...new Set(warnings.filter((w) => !PARTIAL.test(w)))];
    noData = reasons.length > 0 ? reasons.join("; ") : input.fetchError ? `no data yet: ${input.fetchError}` : "no rows in the selected window";
  }
  return { noData, stale, partial, coverage };
}
