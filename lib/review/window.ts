import type { PeriodWindow } from "./types";

const HOUR_MS = 3_600_000;
/** Data starting this soon after the period does still counts as covering it (metrics land in 1-min bins). */
const COVERAGE_SLACK_MS = 5 * 60_000;

// Fixed names: ICU versions disagree on "Sep" vs "Sept", and the text lands in PDFs and tests.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "23 Oct 2026 14:00 UTC" */
export function formatDay(ms: number, withTime = true): string {
  const d = new Date(ms);
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return withTime ? `${day} ${d.toISOString().slice(11, 16)} UTC` : day;
}

/**
 * The measured part of a period: from the first data (or the period start) to now or the period end.
 * A period with data starting later than it does is "partial" and says from when; one without data
 * is "no-data", never a perfect score.
 */
export function periodWindow(args: {
  id: string;
  label: string;
  from: Date;
  to: Date;
  now: Date;
  /** Earliest data the source holds, when known (the embedded demo); else the first data found in the period. */
  firstDataMs: number | null;
}): PeriodWindow {
  const fromMs = args.from.getTime();
  const toMs = args.to.getTime();
  const endMs = Math.min(toMs, args.now.getTime());
  const startMs = Math.max(fromMs, args.firstDataMs ?? Number.POSITIVE_INFINITY);
  const base = { id: args.id, label: args.label, from: args.from.toISOString(), to: args.to.toISOString() };
  if (args.firstDataMs === null || startMs >= endMs) {
    return { ...base, measuredFrom: null, measuredTo: null, budgetMinutes: (toMs - fromMs) / 60_000, coverage: "no-data", coverageNote: "no data for this period" };
  }
  const partial = startMs - fromMs > COVERAGE_SLACK_MS;
  const measuredFrom = partial ? startMs : fromMs;
  const toDate = endMs < toMs;
  let coverageNote: string | null = null;
  if (partial && toDate) coverageNote = `data from ${formatDay(measuredFrom)}, to date`;
  else if (partial) coverageNote = `data from ${formatDay(measuredFrom)}; the period before it is not measured`;
  else if (toDate) coverageNote = `to date (${formatDay(endMs)}); the budget covers the whole period`;
  return {
    ...base,
    measuredFrom: new Date(measuredFrom).toISOString(),
    measuredTo: new Date(endMs).toISOString(),
    budgetMinutes: (toMs - measuredFrom) / 60_000,
    coverage: partial ? "partial" : toDate ? "to-date" : "complete",
    coverageNote,
  };
}

/** Hour marks of [from, to), plus `to` itself, for the burn-down's x axis. */
export function hourMarks(fromMs: number, toMs: number, stepMs = HOUR_MS): number[] {
  const out: number[] = [];
  for (let t = fromMs; t < toMs; t += stepMs) out.push(t);
  out.push(toMs);
  return out;
}
