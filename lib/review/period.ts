import type { DashboardConfig } from "../config/schema";
import { createSignalContext } from "../signals/runtime/context";
import type { LogsSource } from "../workspace/types";
import { budgetStatus, loadAvailabilityMinutes, measureBudget } from "./availability";
import { burnDown } from "./burn-down";
import { periodIncidents } from "./incidents";
import type { PeriodReview } from "./types";
import { periodWindow } from "./window";

export interface PeriodSpec {
  id: string;
  label: string;
  from: Date;
  to: Date;
}

/**
 * One period of the review: availability and budgets from the profile's per-minute metrics, the
 * downtime burn-down, and every incident and drill that started in it. A period without data is
 * no-data (and runs no incident queries).
 */
export async function reviewPeriod(args: { config: DashboardConfig; source: LogsSource; spec: PeriodSpec; now: Date }): Promise<PeriodReview> {
  const { config, source, spec, now } = args;
  const target = config.budgets.availability.target;
  const queryTo = new Date(Math.min(spec.to.getTime(), now.getTime()));
  const ctx = createSignalContext({ config, source, range: { from: spec.from, to: queryTo } });
  const warnings: string[] = [];
  const avail = queryTo > spec.from ? await loadAvailabilityMinutes(ctx, { from: spec.from, to: queryTo }) : null;
  if (avail) warnings.push(...avail.warnings);
  const window = periodWindow({ ...spec, now, firstDataMs: avail?.firstDataMs ?? null });
  if (window.measuredFrom === null || window.measuredTo === null || !avail) {
    const budget = measureBudget({ minutes: [], fromMs: 0, toMs: 0, target, budgetMinutes: window.budgetMinutes });
    return { window, budget, status: "no-data", burnDown: [], incidents: [], warnings };
  }
  const fromMs = Date.parse(window.measuredFrom);
  const toMs = Date.parse(window.measuredTo);
  const budget = measureBudget({ minutes: avail.minutes, fromMs, toMs, target, budgetMinutes: window.budgetMinutes });
  const incidents = await periodIncidents({ config, source, from: spec.from, to: queryTo });
  warnings.push(...incidents.warnings);
  return {
    window,
    budget,
    status: budgetStatus(budget),
    burnDown: burnDown(avail.minutes, window, budget.allowedDowntimeMinutes),
    incidents: incidents.incidents,
    warnings: [...new Set(warnings)],
  };
}
