export interface CacheEntry<V> {
  value: V;
  /** When the upstream produced the value (ms since epoch). */
  fetchedAt: number;
  expiresAt: number;
}

/** Fresh results by key, bounded in size (least recently written goes first). */
export class TtlCache<V> {
  private entries = new Map<string, CacheEntry<V>>();

  constructor(private readonly maxEntries = 1000) {}

  /** The entry while it is fresh; undefined once expired. */
  get(key: string, now: number): CacheEntry<V> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, entry: CacheEntry<V>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * How long a result stays fresh: the panel's refresh interval (what viewers expect), stretched for
 * coarse data (a 1 h bin gains nothing from a query every 10 s), between 5 s and 5 min.
 */
export function freshForMs(refreshSeconds: number, binSeconds: number): number {
  const seconds = Math.max(refreshSeconds, binSeconds / 10);
  return Math.round(Math.min(300, Math.max(5, seconds)) * 1000);
}
