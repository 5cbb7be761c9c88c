/** The last complete result of each series, kept to serve (marked stale) when the upstream fails. */
export interface LastGood<V> {
  value: V;
  fetchedAt: number;
}

export class StaleStore<V> {
  private entries = new Map<string, LastGood<V>>();

  constructor(private readonly maxEntries = 1000) {}

  remember(series: string, value: V, fetchedAt: number): void {
    const current = this.entries.get(series);
    if (current && current.fetchedAt > fetchedAt) return;
    this.entries.delete(series);
    this.entries.set(series, { value, fetchedAt });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  lastGood(series: string): LastGood<V> | undefined {
    return this.entries.get(series);
  }
}
