import { toCsv, type CsvCell } from "./csv";
import type { IncidentRow, ReviewReport } from "./types";

const round = (v: number | null, digits: number): number | null => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

export const HISTORY_CSV_HEADER = [
  "month",
  "coverage",
  "measured_from",
  "measured_to",
  "target",
  "sli",
  "target_met",
  "error_budget_used_ratio",
  "error_budget_remaining_ratio",
  "downtime_minutes",
  "allowed_downtime_minutes",
  "remaining_downtime_minutes",
  "real_incidents",
  "drills",
  "worst_rto_seconds",
  "incidents_over_budget",
  "status",
] as const;

/** One line per month of the history, oldest first; months without data say so in `coverage` and leave the numbers empty. */
export function historyCsv(report: ReviewReport): string {
  const rows: CsvCell[][] = report.history.map((h) => [
    h.window.id,
    h.window.coverage,
    h.window.measuredFrom,
    h.window.measuredTo,
    h.budget.target,
    round(h.budget.sli, 8),
    h.budget.met,
    round(h.budget.errorBudgetUsedRatio, 6),
    round(h.budget.errorBudgetRemainingRatio, 6),
    h.budget.downtimeMinutes,
    round(h.budget.allowedDowntimeMinutes, 4),
    round(h.budget.remainingDowntimeMinutes, 4),
    h.window.coverage === "no-data" ? null : h.realIncidents,
    h.window.coverage === "no-data" ? null : h.drills,
    h.worstRtoSeconds,
    h.window.coverage === "no-data" ? null : h.overBudget,
    h.status,
  ]);
  return toCsv(HISTORY_CSV_HEADER, rows);
}

export const INCIDENTS_CSV_HEADER = [
  "region",
  "kind",
  "start",
  "evicted_at",
  "recovered_at",
  "rto_seconds",
  "elapsed_seconds",
  "rto_budget_seconds",
  "rto_status",
  "rpo_seconds",
  "rpo_tiers",
  "rpo_status",
  "error_window_seconds",
  "time_to_detect_seconds",
  "detected_by",
  "readmitted_at",
  "failback_seconds",
  "survivor_peak_percent",
  "survivor_throttled_429",
  "survivor_ran_out_of_headroom",
  "survivor_region",
  "status",
  "reasons",
] as const;

/** Every incident and drill of the review (history and rolling window, once each), oldest first. */
export function incidentsCsv(rows: readonly IncidentRow[]): string {
  return toCsv(
    INCIDENTS_CSV_HEADER,
    rows.map((i) => [
      i.region,
      i.kind,
      i.start,
      i.evictedAt,
      i.recoveredAt,
      i.rtoSeconds,
      i.elapsedSeconds,
      i.rtoBudgetSeconds,
      i.rtoStatus,
      i.rpoSeconds,
      (i.rpoTiers ?? []).map((t) => `${t.tier} ${t.source}->${t.target}: ${t.lagSeconds === null ? "no sample" : `${t.lagSeconds} s`} / ${t.budgetSeconds} s`).join("; "),
      i.rpoStatus,
      i.errorWindowSeconds,
      i.timeToDetectSeconds ?? null,
      i.detectedBy ?? null,
      i.readmittedAt ?? null,
      i.failbackSeconds ?? null,
      round(i.survivor.peakPercent, 1),
      i.survivor.throttled429,
      i.survivor.ranOut,
      i.survivor.region,
      i.status,
      i.reasons.join(" "),
    ]),
  );
}
