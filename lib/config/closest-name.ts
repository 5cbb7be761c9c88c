/**
 * "Did you mean": the known name closest to a misspelt one (a configuration field, a dataset
 * column), or undefined when none is close. Case differences count as nothing; otherwise at most
 * max(1, length / 4) edits, a swap of two neighbours counting as one (`Nmae` → `Name`,
 * `rtoSecond` → `rtoSeconds`), so `Nope` or `colour` suggest nothing.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const candidate of known) {
    const d = distance(candidate.toLowerCase(), wanted);
    if (d <= Math.max(1, Math.floor(name.length / 4)) && (!best || d < best.d)) best = { name: candidate, d };
  }
  return best?.name;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
