import { approxBytes } from "./byte-size";

/** The last complete result of each series, kept to serve (marked stale) when the upstream fails. */
export interface LastGood<V> {
  value: V;
  fetchedAt: number;
}

/** Bounded in entries and, when given a byte budget, in approximate bytes (least recently written goes first). */
export class StaleStore<V> {
  private entries = new Map<string, LastGood<V> & { bytes: number }>();
  private totalBytes = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {}

  remember(series: string, value: V, fetchedAt: number): void {
    const current = this.entries.get(series);
    if (current && current.fetchedAt > fetchedAt) return;
    const bytes = Number.isFinite(this.maxBytes) ? approxBytes(value) : 0;
    this.remove(series);
    if (bytes > this.maxBytes) return;
    this.entries.set(series, { value, fetchedAt, bytes });
    this.totalBytes += bytes;
    while (this.entries.size > this.maxEntries || this.totalBytes > this.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.remove(oldest.value);
    }
  }

  private remove(series: string) {
    const entry = this.entries.get(series);
    if (!entry) return;
    this.totalBytes -= entry.bytes;
    this.entries.delete(series);
  }

  get bytes(): number {
    return this.totalBytes;
  }

  lastGood(series: string): LastGood<V> | undefined {
    return this.entries.get(series);
  }
}
