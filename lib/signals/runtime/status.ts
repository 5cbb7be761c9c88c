import type { QueryRun, SignalMeta, Status } from "@/lib/snapshot/types";

const SEVERITY: Record<Status, number> = { ok: 0, warn: 1, breach: 2, "no-data": 3 };

/**
 * The status of a group: the most severe of its members. no-data ranks above breach so a wall
 * screen never shows a group green or red while part of it is blind. Empty → no-data.
 */
export function worstStatus(statuses: readonly Status[]): Status {
  if (statuses.length === 0) return "no-data";
  return statuses.reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a));
}

/** Like worstStatus, but a breach outranks no-data (a known breach must stay visible). */
export function headlineStatus(statuses: readonly Status[]): Status {
  if (statuses.includes("breach")) return "breach";
  return worstStatus(statuses);
}

/** Seconds from the newest sample to asOf, or null when there was none. */
export function ageSeconds(asOf: Date, newestMs: number | null): number | null {
  if (newestMs === null) return null;
  return Math.max(0, Math.round((asOf.getTime() - newestMs) / 1000));
}

export function buildMeta(args: {
  status: Status;
  /** Why the status is not ok, when the signal has one sentence for it (the wall shows it on the tile). */
  reason?: string | null;
  asOf: Date;
  newestMs: number | null;
  runs: readonly QueryRun[];
  warnings?: readonly string[];
}): SignalMeta {
  // A run's coverage fact is also a warning of the snapshot (SIGNALS 4: warnings name missing tables).
  const warnings = [...args.runs.flatMap((r) => (r.coverage ? [...r.warnings, r.coverage] : r.warnings)), ...(args.warnings ?? [])];
  return {
    status: args.status,
    ...(args.reason ? { reason: args.reason } : {}),
    dataAgeSeconds: ageSeconds(args.asOf, args.newestMs),
    queries: [...args.runs],
    warnings: [...new Set(warnings)],
  };
}
