/**
 * What the review says of a period, in words, computed here once so the headline and the period
 * card never compare a figure themselves. The availability promise is judged on requests (SLI vs
 * target, SIGNALS.md 3.7) and the downtime allowance on bad minutes: a month can keep the first and
 * overspend the second (a few long outages among much good traffic), so each clause names its basis
 * and the two never read as one contradictory verdict.
 */
import { formatMinutes } from "../format/units";
import type { BudgetFigures } from "./budget";
import type { PeriodWindow } from "./types";

/** "99.966 %" with enough digits to tell 99.95 from 99.9 and to show a few seconds of downtime. */
export function formatSli(sli: number | null): string {
  return sli === null ? "no data" : `${(sli * 100).toFixed(3)} %`;
}

export function formatTarget(target: number): string {
  return `${+(target * 100).toFixed(5)} %`;
}

export interface PeriodVerdict {
  /** The headline's sentence for the period. */
  sentence: string;
  /** The card's short verdict: "Target met; bad minutes over their allowance". */
  short: string;
  /** The bad minutes passed their allowance (null without data). */
  downtimeOverspent: boolean | null;
}

/** "2.0 of 21.6 bad minutes allowed used" or "35.5 bad minutes against 21.6 allowed (13.9 over)". */
function badMinutesClause(b: BudgetFigures): string {
  const used = b.downtimeMinutes ?? 0;
  const allowed = b.allowedDowntimeMinutes;
  if ((b.remainingDowntimeMinutes ?? 0) < 0) {
    return `${used.toFixed(1)} bad minutes against ${allowed.toFixed(1)} allowed (${(used - allowed).toFixed(1)} over)`;
  }
  return `${used.toFixed(1)} of ${allowed.toFixed(1)} bad minutes allowed used (${formatMinutes(b.remainingDowntimeMinutes ?? allowed)} left)`;
}

export function periodVerdict(p: { window: Pick<PeriodWindow, "label" | "coverage" | "coverageNote">; budget: BudgetFigures }): PeriodVerdict {
  const { window: w, budget: b } = p;
  if (w.coverage === "no-data" || b.sli === null) {
    return { sentence: `${w.label}: no data, nothing is claimed.`, short: "No data for this period", downtimeOverspent: null };
  }
  const overspent = (b.remainingDowntimeMinutes ?? 0) < 0;
  // A period whose data starts late says so in the sentence leadership quotes, not only on its card.
  const basis = w.coverage === "partial" && w.coverageNote ? ` (${w.coverageNote})` : "";
  const promise = `availability promise ${b.met ? "kept" : "missed"} (${formatSli(b.sli)} of requests succeeded vs ${formatTarget(b.target)} promised)`;
  const joiner = b.met && overspent ? ", but " : "; ";
  return {
    sentence: `${w.label}${basis}: ${promise}${joiner}${badMinutesClause(b)}.`,
    short: `${b.met ? "Target met" : "Target missed"}${overspent ? "; bad minutes over their allowance" : ""}`,
    downtimeOverspent: overspent,
  };
}
