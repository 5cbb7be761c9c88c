import { niceStep } from "../charts/ticks";

/** Round axis ticks (1, 2, 5 × 10ⁿ steps) covering [min, max], at most about `count` of them. */
export function niceTicks(min: number, max: number, count = 6): number[] {
  const lo = Math.min(min, max);
  // An empty range still needs an axis: give it one unit.
  const hi = Math.max(min, max) === lo ? lo + 1 : Math.max(min, max);
  const span = hi - lo;
  const raw = span / Math.max(1, count - 1);
  const step = niceStep(raw);
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let t = first; t < hi + step - 1e-9; t += step) ticks.push(Math.round(t * 1e9) / 1e9);
  return ticks;
}
