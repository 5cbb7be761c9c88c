/** Human formats for the units of SIGNALS.md: seconds, ratios in [0, 1], percent 0–100. */

export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return "—";
  const s = Math.abs(seconds);
  const sign = seconds < 0 ? "−" : "";
  if (s < 10) return `${sign}${+s.toFixed(1)} s`;
  if (s < 120) return `${sign}${Math.round(s)} s`;
  if (s < 7200) {
    const m = Math.floor(s / 60);
    const rest = Math.round(s % 60);
    return rest ? `${sign}${m} min ${rest} s` : `${sign}${m} min`;
  }
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return m ? `${sign}${h} h ${m} min` : `${sign}${h} h`;
}

/** A running clock such as 04:07 or 1:02:09. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return hh ? `${hh}:${pad(mm)}:${pad(ss)}` : `${pad(mm)}:${pad(ss)}`;
}

export function formatPercent(percent: number | null | undefined, digits = 0): string {
  if (percent == null || !Number.isFinite(percent)) return "—";
  return `${percent.toFixed(digits)} %`;
}

/**
 * A share of capacity (CPU, RU, a survivor's projected load) in whole percents, except near 100 %:
 * 99.8 and 100.3 would both print "100 %" while one fits and the other does not, so a value that
 * rounds to 100 without being it keeps the digit that tells which side of capacity it is on.
 */
export function formatLoadPercent(percent: number | null | undefined): string {
  if (percent == null || !Number.isFinite(percent)) return "—";
  if (Math.round(percent) !== 100 || percent === 100) return formatPercent(percent);
  const digits = [1, 2, 3].find((d) => Number(percent.toFixed(d)) !== 100) ?? 3;
  return formatPercent(percent, digits);
}

/** Ratio in [0, 1] as a percentage with enough digits to tell 99.95 from 99.9. */
export function formatRatio(ratio: number | null | undefined, digits = 3): string {
  if (ratio == null || !Number.isFinite(ratio)) return "—";
  return `${(ratio * 100).toFixed(digits)} %`;
}

export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes == null || !Number.isFinite(minutes)) return "—";
  return `${minutes.toFixed(1)} min`;
}

/** "2026-11-22 14:05:09 UTC" — wall screens and incident channels read UTC. */
export function formatUtc(iso: string | null | undefined, withSeconds = true): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "—";
  const text = d.toISOString().replace("T", " ");
  return `${withSeconds ? text.slice(0, 19) : text.slice(0, 16)} UTC`;
}
