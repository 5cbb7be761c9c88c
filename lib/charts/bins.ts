/**
 * Server-side downsampling: the KQL bins at a size chosen from the range and the chart's pixel
 * width, so a chart never receives more points than it has pixels (Workbooks cap at 10k points and
 * Grafana freezes on 230k rows; we ask for what can be drawn).
 */

/** Bucket sizes a human reads at a glance; the smallest that fits the width wins. */
export const NICE_BIN_SECONDS = [
  10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
] as const;

export const MIN_WIDTH_PX = 100;
export const MAX_WIDTH_PX = 4000;
export const DEFAULT_WIDTH_PX = 1200;

/**
 * The smallest nice bin (≥ minSeconds) such that the range holds at most `widthPx` bins.
 * Falls back to an exact ceil when even a day is too fine (a 90-day range on a 60 px sparkline).
 */
export function binSecondsFor(rangeMs: number, widthPx: number, minSeconds = 10): number {
  const width = Math.max(1, Math.floor(widthPx));
  const needed = Math.max(minSeconds, rangeMs / 1000 / width);
  const nice = NICE_BIN_SECONDS.find((s) => s >= needed);
  return nice ?? Math.ceil(needed);
}

/** Bin start (epoch ms) containing t, aligned like KQL's bin(): floor to a multiple of the size. */
export function binStart(t: number, binSeconds: number): number {
  const size = binSeconds * 1000;
  return Math.floor(t / size) * size;
}

/** Every bin start in [from, to), so empty bins become visible gaps rather than interpolated lines. */
export function binStarts(from: number, to: number, binSeconds: number): number[] {
  const size = binSeconds * 1000;
  const out: number[] = [];
  for (let t = binStart(from, binSeconds); t < to; t += size) out.push(t);
  return out;
}

export const WIDTH_ALLOWED = `chart width in pixels, a whole number from ${MIN_WIDTH_PX} to ${MAX_WIDTH_PX}`;

/** `w`: the chart's pixel width; bounds the points the server returns. */
export function parseWidth(raw: string | null | undefined): { ok: true; value: number } | { ok: false; error: { parameter: string; message: string; allowed: string } } {
  if (raw === null || raw === undefined || raw === "") return { ok: true, value: DEFAULT_WIDTH_PX };
  const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < MIN_WIDTH_PX || n > MAX_WIDTH_PX) {
    return { ok: false, error: { parameter: "w", message: `${JSON.stringify(raw.slice(0, 20))} is not allowed`, allowed: WIDTH_ALLOWED } };
  }
  return { ok: true, value: n };
}
