/**
 * Largest `value` of the items, -Infinity for none (as Math.max() of nothing). A loop, not
 * Math.max(...spread): a 30-day range holds 129,600 samples per feed at one every 20 s (the lag
 * canary's cadence, the companion's metric export), and that many arguments overflowed the call
 * stack: the 30-day range showed replication NO DATA, "Maximum call stack size exceeded".
 */
export function maxOf<T>(items: readonly T[], value: (item: T) => number): number {
  let max = -Infinity;
  for (const item of items) {
    const v = value(item);
    if (v > max) max = v;
  }
  return max;
}
