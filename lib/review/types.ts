import type { AppliedCorrection, IncidentSnapshot, RegionAnalytics, Status } from "../snapshot/types";
import type { PeriodVerdict } from "./verdict";
import type { Attribution } from "./attribution";
import type { BudgetFigures } from "./budget";
import type { CompositeSla } from "./composite-sla";
import type { NinesRow } from "./nines";

/** A measured period of the review: a calendar month or the rolling window. */
export interface PeriodWindow {
  /** "2026-10" for a month, "rolling-30d" for the rolling window. */
  id: string;
  label: string;
  /** Start and end of the period itself (a month's end may lie in the future). */
  from: string;
  to: string;
  /** The part of the period that has data and has happened: [measuredFrom, measuredTo). */
  measuredFrom: string | null;
  measuredTo: string | null;
  /** The budget covers the period from its first data to its end (the whole month when data covers it). */
  budgetMinutes: number;
  /** "complete", "partial" (data starts after the period does), "to-date" (still running), "no-data". */
  coverage: "complete" | "partial" | "to-date" | "no-data";
  /** Human words, e.g. "data from 23 Oct 2026 14:00 UTC". */
  coverageNote: string | null;
}

/** One point of the downtime budget burn-down: minutes of budget left at time t. */
export interface BurnDownPoint {
  t: number;
  remainingMinutes: number | null;
  /** The even-pace line: the budget left if downtime were spread evenly over the period. */
  paceMinutes: number;
}

/** An incident of the review: the snapshot's own incident (status, reasons, survivor), nothing recomputed. */
export type IncidentRow = IncidentSnapshot;

export interface PeriodReview {
  window: PeriodWindow;
  budget: BudgetFigures;
  /** ok when the SLI met the target, breach when not, no-data without traffic. */
  status: Status;
  /** The period's verdict in words (headline sentence, card line), from lib/review/verdict.ts. */
  verdict: PeriodVerdict;
  burnDown: BurnDownPoint[];
  incidents: IncidentRow[];
  /** The same figures with the SLO corrections taken out (docs/slo-corrections.md), beside the raw ones. */
  corrected: BudgetFigures;
  /** Every configured correction overlapping the period: applied, or flagged when it overlaps no data. */
  corrections: AppliedCorrection[];
  /** Downtime and failed requests split into Azure / planned maintenance / ours; adds up to the totals. */
  attribution: Attribution;
  /** Per region over the period: mean time between real incidents, and days since the last drill as of its end. */
  regions: RegionAnalytics[];
  warnings: string[];
}

export interface HistoryRow {
  window: PeriodWindow;
  budget: BudgetFigures;
  status: Status;
  realIncidents: number;
  drills: number;
  /** Longest measured RTO among the month's incidents and drills (seconds). */
  worstRtoSeconds: number | null;
  /** Incidents or drills over the RTO budget or a tier's RPO budget. */
  overBudget: number;
}

export interface ReviewReport {
  generatedAt: string;
  target: number;
  rtoBudgetSeconds: number;
  /** Last tested warns past this many days (budgets.drillMaxAgeDays). */
  drillMaxAgeDays: number;
  regionNames: Record<string, string>;
  rpoBudgets: { tier: string; source: string; target: string; budgetSeconds: number }[];
  month: PeriodReview;
  rolling: PeriodReview;
  /** Oldest first, ending with the current month (to date). */
  history: HistoryRow[];
  /** Every incident and drill of the history and the rolling window, once each, oldest first (the RTO drift chart and the CSV). */
  incidents: IncidentRow[];
  composite: CompositeSla | null;
  nines: NinesRow[];
  /** Months offered by the selector (newest first). */
  months: { id: string; label: string; hasData: boolean }[];
  timings: { label: string; ms: number }[];
}
