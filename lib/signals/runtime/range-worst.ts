import type { RangeWorst, Status } from "@/lib/snapshot/types";
import { headlineStatus } from "./status";

/** A range with nothing wrong in it (or nothing known: pass "no-data"). */
export function rangeOk(status: Status = "ok", overBudgetSeconds: number | null = 0): RangeWorst {
  return { status, overBudgetSeconds, reason: null };
}

/** The worst of several range verdicts: a breach stays visible, reasons of the worst kind are joined. */
export function worstOfRanges(list: readonly RangeWorst[]): RangeWorst {
  if (list.length === 0) return rangeOk("no-data", null);
  const status = headlineStatus(list.map((r) => r.status));
  const durations = list.map((r) => r.overBudgetSeconds).filter((s): s is number => s !== null);
  const reasons = list.filter((r) => r.status === status && r.reason !== null).map((r) => r.reason);
  return {
    status,
    overBudgetSeconds: durations.length > 0 ? Math.max(...durations) : null,
    reason: reasons.length > 0 ? reasons.join(" ") : null,
  };
}

/**
 * Time a stepwise series spends in a state: each sample holds until the next one (the last one until
 * `toMs`), but never longer than `holdMaxMs` (a silent source is not evidence of anything).
 */
export function timeWhere<T extends { t: number }>(samples: readonly T[], test: (s: T) => boolean, toMs: number, holdMaxMs: number): number {
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    if (!test(samples[i])) continue;
    const next = i + 1 < samples.length ? samples[i + 1].t : toMs;
    total += Math.max(0, Math.min(next, toMs, samples[i].t + holdMaxMs) - samples[i].t);
  }
  return total / 1000;
}
