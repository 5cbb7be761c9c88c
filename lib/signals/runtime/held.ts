/**
 * "Condition held for D": the unbroken trailing run of samples satisfying the condition began at
 * least D before asOf. Samples must be ascending by t; an empty or false-ending run → false.
 */
export function heldFor<T extends { t: number }>(samples: readonly T[], asOf: number, durationMs: number, holds: (s: T) => boolean): boolean {
  let runStart: number | null = null;
  for (let i = samples.length - 1; i >= 0; i--) {
    if (!holds(samples[i])) break;
    runStart = samples[i].t;
  }
  return runStart !== null && asOf - runStart >= durationMs;
}

/** Least-squares slope (units per ms) of (t, v) points; null with fewer than two distinct times. */
export function leastSquaresSlope(points: readonly { t: number; v: number }[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const meanT = points.reduce((a, p) => a + p.t, 0) / n;
  const meanV = points.reduce((a, p) => a + p.v, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.t - meanT) * (p.v - meanV);
    den += (p.t - meanT) ** 2;
  }
  return den === 0 ? null : num / den;
}
