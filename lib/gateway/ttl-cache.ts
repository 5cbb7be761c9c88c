import { approxBytes } from "./byte-size";

export interface CacheEntry<V> {
  value: V;
  /** When the upstream produced the value (ms since epoch). */
  fetchedAt: number;
  expiresAt: number;
}

/**
 * Fresh results by key, bounded in entries and, when given a byte budget, in approximate bytes
 * (lib/gateway/byte-size.ts); the least recently written goes first.
 */
export class TtlCache<V> {
  private entries = new Map<string, CacheEntry<V> & { bytes: number }>();
  private totalBytes = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {}

  /** The entry while it is fresh; undefined once expired. */
  get(key: string, now: number): CacheEntry<V> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.remove(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, entry: CacheEntry<V>): void {
    const bytes = Number.isFinite(this.maxBytes) ? approxBytes(entry.value) : 0;
    this.remove(key);
    // A value bigger than the whole budget is not kept (it would evict everything else).
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { ...entry, bytes });
    this.totalBytes += bytes;
    while (this.entries.size > this.maxEntries || this.totalBytes > this.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.remove(oldest.value);
    }
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.totalBytes -= entry.bytes;
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Approximate bytes held (0 without a byte budget). */
  get bytes(): number {
    return this.totalBytes;
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
