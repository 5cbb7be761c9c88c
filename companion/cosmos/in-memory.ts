import { CosmosCallError, type ConflictItem, type CosmosAccount, type Heartbeat, type RegionEndpoint } from "./types";

/**
 * A multi-region Cosmos account in memory, for tests and demos: a write in region A is visible in A
 * at once and in B `delay(A, B)` ms later (measured on `now`, the same clock the canary reads, so the
 * programmed delay is the truth the canary must find). Regions can be taken down (every call fails
 * as an unreachable endpoint would), throttled (429 with retry-after) and given conflicts.
 */
export class InMemoryCosmos implements CosmosAccount {
  private readonly delays = new Map<string, number>();
  private readonly down = new Set<string>();
  private readonly throttles = new Map<string, { remaining: number; retryAfterMs: number }>();
  private readonly writes: { doc: Heartbeat; region: string; at: number }[] = [];
  private readonly conflicts = new Map<string, ConflictItem[]>();
  /** Calls per region and operation, so tests can see retries happen. */
  readonly calls = new Map<string, number>();

  constructor(
    readonly regionNames: readonly string[],
    private readonly now: () => number = () => performance.now(),
  ) {}

  setDelay(from: string, to: string, ms: number): void {
    this.delays.set(`${from}->${to}`, ms);
  }

  setDown(region: string, down: boolean): void {
    if (down) this.down.add(region);
    else this.down.delete(region);
  }

  /** The next `count` calls to the region answer 429 with this retry-after. */
  throttle(region: string, count: number, retryAfterMs: number): void {
    this.throttles.set(region, { remaining: count, retryAfterMs });
  }

  setConflicts(region: string, container: string, count: number): void {
    this.conflicts.set(
      `${region}/${container}`,
      Array.from({ length: count }, (_, i) => ({ id: `conflict-${i}`, operationType: "replace", resourceType: "document" })),
    );
  }

  async regions(): Promise<RegionEndpoint[]> {
    return this.regionNames.map((name) => this.endpoint(name));
  }

  close(): void {}

  private gate(region: string, op: string): void {
    const key = `${region}:${op}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    if (this.down.has(region)) throw new CosmosCallError(`${region}: connect ECONNREFUSED`, "unavailable");
    const t = this.throttles.get(region);
    if (t && t.remaining > 0) {
      t.remaining--;
      throw new CosmosCallError(`${region}: request rate is large`, "throttled", 429, t.retryAfterMs);
    }
  }

  private endpoint(region: string): RegionEndpoint {
    return {
      cosmosRegion: region,
      upsertHeartbeat: async (doc) => {
        this.gate(region, "upsert");
        this.writes.push({ doc: { ...doc }, region, at: this.now() });
      },
      readHeartbeat: async (id, pk) => {
        this.gate(region, "read");
        const now = this.now();
        let seen: Heartbeat | undefined;
        for (const w of this.writes) {
          if (w.doc.id !== id || w.doc.pk !== pk) continue;
          const visibleAt = w.region === region ? w.at : w.at + (this.delays.get(`${w.region}->${region}`) ?? 0);
          if (visibleAt <= now && (!seen || w.doc.seq > seen.seq)) seen = w.doc;
        }
        return seen ? { ...seen } : undefined;
      },
      readConflicts: async (container) => {
        this.gate(region, "conflicts");
        return [...(this.conflicts.get(`${region}/${container}`) ?? [])];
      },
      deleteConflict: async (container, conflict) => {
        this.gate(region, "deleteConflict");
        const list = this.conflicts.get(`${region}/${container}`) ?? [];
        this.conflicts.set(`${region}/${container}`, list.filter((c) => c.id !== conflict.id));
      },
    };
  }
}
