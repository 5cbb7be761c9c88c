import type { SplitBrainRace, Status } from "@/lib/snapshot/types";

export interface Write {
  entityId: string;
  region: string;
  t: number;
}

/**
 * SIGNALS 3.6: writes to one entity are chained while consecutive writes are at most `raceWindowMs`
 * apart (so 08.900 and 09.100 fall together whatever the clock second); a chain touching two or
 * more regions is one race, reported once with all its writes.
 */
export function findRaces(writes: readonly Write[], raceWindowMs: number): SplitBrainRace[] {
  const byEntity = new Map<string, Write[]>();
  for (const w of writes) {
    const list = byEntity.get(w.entityId) ?? [];
    list.push(w);
    byEntity.set(w.entityId, list);
  }
  const races: SplitBrainRace[] = [];
  for (const [entityId, list] of byEntity) {
    list.sort((a, b) => a.t - b.t);
    let chain: Write[] = [];
    const close = () => {
      const regions = [...new Set(chain.map((w) => w.region))].sort();
      if (regions.length >= 2) {
        races.push({
          entityId,
          regions,
          first: new Date(chain[0].t).toISOString(),
          last: new Date(chain[chain.length - 1].t).toISOString(),
          writes: chain.length,
        });
      }
    };
    for (const w of list) {
      if (chain.length > 0 && w.t - chain[chain.length - 1].t > raceWindowMs) {
        close();
        chain = [];
      }
      chain.push(w);
    }
    if (chain.length > 0) close();
  }
  return races.sort((a, b) => a.first.localeCompare(b.first) || a.entityId.localeCompare(b.entityId));
}

export const RACE_BREACH_LOOKBACK_MS = 60 * 60_000;

/** breach if any race ended in the last hour before asOf, else ok (no-data is decided by the caller). */
export function splitBrainStatus(races: readonly SplitBrainRace[], asOf: Date): Status {
  const since = asOf.getTime() - RACE_BREACH_LOOKBACK_MS;
  return races.some((r) => Date.parse(r.last) >= since && Date.parse(r.first) <= asOf.getTime()) ? "breach" : "ok";
}
