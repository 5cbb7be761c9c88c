/** The snapshot's availability SLO: SLI, error budget, burn rates, downtime, coverage, corrections. */
import type { RangeWorst, Status } from "./status";

export type BurnWindow = "5m" | "30m" | "1h" | "6h" | "3d";

export interface AvailabilitySnapshot {
  target: number;
  windowDays: number;
  sli: number | null;
  errorBudgetRemainingRatio: number | null;
  burnRates: Record<BurnWindow, number | null>;
  alerts: { severity: "page" | "ticket"; rule: string }[];
  downtimeMinutes: number | null;
  allowedDowntimeMinutes: number;
  /** Error budget left graded: breach when overspent, warn below a quarter left, no-data without a ratio. */
  errorBudgetStatus: Status;
  /** Downtime minutes over their allowance (why the status can warn with no burn-rate alert); null without data. */
  downtimeOverspent: boolean | null;
  /** The window's SLI against the target: ok when met, breach when not, no-data without traffic. */
  sliStatus: Status;
  /** Per burn window: over the alert threshold it is judged against (null without data). */
  burnOver: Record<BurnWindow, boolean | null>;
  status: Status;
  /** Down minutes (error ratio > 1 %) inside the range shown; warn when any, breach/no-data as `status`. */
  rangeWorst: RangeWorst;
  /** The SLI with the configured corrections taken out (docs/slo-corrections.md); status and alerts judge the raw numbers. */
  corrected: CorrectedSli;
  /** Every configured correction overlapping the SLO window, applied or flagged. */
  corrections: AppliedCorrection[];
  /** How much of the window has data (docs/signals.md); absent in snapshots from before it was added. */
  coverage?: AvailabilityCoverage;
}

/** The part of the SLO window the availability figures were measured over. */
export interface AvailabilityCoverage {
  /** The first minute with traffic inside the window (ISO); null without data. */
  measuredFrom: string | null;
  /** Days from measuredFrom to asOf; null without data. */
  coveredDays: number | null;
  /** coveredDays / windowDays (0..1); null without data. */
  coverageRatio: number | null;
  /** Less than 99 % of the window has data: screens say `note` beside every figure over the window. */
  short: boolean;
  /** "1 h of data" when short, else null. */
  note: string | null;
  /** "Only 1 h of the 30-day window has data: …" when short, else null. */
  reason: string | null;
}

/** The window's numbers with corrected minutes removed from both good and total requests. */
export interface CorrectedSli {
  sli: number | null;
  errorBudgetRemainingRatio: number | null;
  downtimeMinutes: number | null;
  /** Requests (and bad requests) in the corrected minutes: what was taken out. */
  removedRequests: number;
  removedBadRequests: number;
  removedMinutes: number;
}

export interface AppliedCorrection {
  from: string;
  to: string;
  region: string;
  kind: "maintenance" | "known-bad";
  reason: string;
  approvedBy: string;
  /** Minutes of the correction with metric data inside the window (0: flagged). */
  minutesWithData: number;
  requests: number;
  badRequests: number;
  downMinutes: number;
  /** Why it did not (fully) apply, e.g. it overlaps no data; null when applied cleanly. */
  flag: string | null;
}
