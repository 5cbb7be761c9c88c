/**
 * Error-budget arithmetic for the review (SIGNALS.md 3.7), in the terms leadership reads:
 * minutes allowed, minutes used, what is left, negative when overspent.
 */

export interface BudgetFigures {
  target: number;
  windowMinutes: number;
  /** (1 − target) × minutes in the window: 99.9 % over 30 days → 43.2. */
  allowedDowntimeMinutes: number;
  downtimeMinutes: number | null;
  remainingDowntimeMinutes: number | null;
  /** 1 − (bad/total)/(1 − target); null without traffic. */
  errorBudgetRemainingRatio: number | null;
  errorBudgetUsedRatio: number | null;
  sli: number | null;
  met: boolean | null;
}

export function allowedDowntimeMinutes(target: number, windowMinutes: number): number {
  // Rounded to a millionth so 99.95 % of 30 days reads 21.6, not 21.59999999999762.
  return Math.round((1 - target) * windowMinutes * 1e6) / 1e6;
}

export function budgetFigures(input: {
  target: number;
  windowMinutes: number;
  good: number;
  total: number;
  downtimeMinutes: number | null;
}): BudgetFigures {
  const allowed = allowedDowntimeMinutes(input.target, input.windowMinutes);
  const hasTraffic = input.total > 0;
  const sli = hasTraffic ? input.good / input.total : null;
  const remainingRatio = sli === null ? null : 1 - (1 - sli) / (1 - input.target);
  return {
    target: input.target,
    windowMinutes: input.windowMinutes,
    allowedDowntimeMinutes: allowed,
    downtimeMinutes: input.downtimeMinutes,
    remainingDowntimeMinutes: input.downtimeMinutes === null ? null : allowed - input.downtimeMinutes,
    errorBudgetRemainingRatio: remainingRatio,
    errorBudgetUsedRatio: remainingRatio === null ? null : 1 - remainingRatio,
    sli,
    met: sli === null ? null : sli >= input.target,
  };
}
