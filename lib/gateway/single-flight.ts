/** At most one in-flight call per key; everyone asking meanwhile shares its promise. */
export class SingleFlight<V> {
  private inflight = new Map<string, Promise<V>>();

  run(key: string, fn: () => Promise<V>): Promise<V> {
    const existing = this.inflight.get(key);
    if (existing) return existing;
    const flight = fn().finally(() => this.inflight.delete(key));
    // Waiters may have given up (deadline, abort) before it settles: never an unhandled rejection.
    flight.catch(() => undefined);
    this.inflight.set(key, flight);
    return flight;
  }

  has(key: string): boolean {
    return this.inflight.has(key);
  }

  get size(): number {
    return this.inflight.size;
  }
}
