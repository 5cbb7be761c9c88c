/** A seeded generator (mulberry32): the same seed gives the same table and query on every machine. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** Some of xs (at least one when `atLeastOne`), in their original order. */
  some<T>(xs: readonly T[], atLeastOne = true): T[] {
    const out = xs.filter(() => this.chance(0.5));
    return out.length === 0 && atLeastOne && xs.length > 0 ? [this.pick(xs)] : out;
  }
}
