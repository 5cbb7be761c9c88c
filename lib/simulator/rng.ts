/**
 * Seeded randomness keyed by (seed, stream, bucket): a value depends only on those, never on
 * call history, so generating [t0,t1) then [t1,t2) draws exactly what [t0,t2) draws.
 */

/** 32-bit integer mixing (murmur3 finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of several numbers (integers up to 2^53: high and low words both mixed in). */
export function hash(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    const lo = part >>> 0;
    const hi = Math.floor(part / 4294967296) >>> 0;
    h = mix(h ^ lo);
    h = mix((h + 0x7f4a7c15) ^ hi);
  }
  return h;
}

/** Stable stream id from a name, so streams can be named in code. */
export function streamId(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for telemetry noise. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** floor(x) plus one with probability frac(x): integer counts with the right expectation. */
  round(x: number): number {
    const whole = Math.floor(x);
    return whole + (this.next() < x - whole ? 1 : 0);
  }
  hex(chars: number): string {
    let out = "";
    while (out.length < chars) out += this.int(0x10000).toString(16).padStart(4, "0");
    return out.slice(0, chars);
  }
}

export function rngFor(seed: number, stream: number, ...bucket: number[]): Rng {
  return new Rng(hash(seed, stream, ...bucket));
}
