import type { QueryRunHead, ShownSnapshot, SignalMeta } from "../snapshot/types";

export interface TileFreshness {
  /** Age of the newest row behind the tile, aged by the time since the snapshot arrived. */
  ageSeconds: number | null;
  /** Set when the gateway served this tile from its stale cache (Azure unreachable). */
  staleSince: string | null;
  warnings: string[];
}

function metas(snapshot: ShownSnapshot, signalKeys: readonly string[]): SignalMeta<QueryRunHead>[] {
  const signals: Partial<Record<string, SignalMeta<QueryRunHead>>> = snapshot.signals ?? {};
  return signalKeys.map((key) => signals[key]).filter((m): m is SignalMeta<QueryRunHead> => m !== undefined);
}

/**
 * Freshness of one tile from the signals it shows (`wallTileSignals()` of lib/catalog maps a tile to
 * them, from the registry). `sinceArrivalSeconds` is how long ago (browser clock) the snapshot
 * arrived: the server's ages are measured at its asOf and keep growing while the wall waits.
 */
export function tileFreshness(snapshot: ShownSnapshot, signalKeys: readonly string[], sinceArrivalSeconds: number): TileFreshness {
  const list = metas(snapshot, signalKeys);
  let age: number | null = null;
  let staleSince: string | null = null;
  const warnings: string[] = [];
  for (const meta of list) {
    if (meta.dataAgeSeconds !== null && (age === null || meta.dataAgeSeconds > age)) age = meta.dataAgeSeconds;
    for (const q of meta.queries) if (q.stale && (staleSince === null || q.stale.since < staleSince)) staleSince = q.stale.since;
    warnings.push(...meta.warnings);
  }
  return { ageSeconds: age === null ? null : age + Math.max(0, sinceArrivalSeconds), staleSince, warnings: [...new Set(warnings)] };
}

/** True when every query of the snapshot was served stale: Log Analytics itself is out of reach. */
export function allUpstreamStale(snapshot: ShownSnapshot): boolean {
  const runs = Object.values(snapshot.signals ?? {}).flatMap((m) => m.queries);
  return runs.length > 0 && runs.every((q) => q.stale !== undefined);
}

/** "12 s", "4 min", "3 h": compact age for tile footers read from across the room. */
export function compactAge(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "—";
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} d`;
}
