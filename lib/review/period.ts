import type { DashboardConfig } from "../config/schema";
import { periodVerdict } from "./verdict";
import { createSignalContext } from "../signals/runtime/context";
import type { LogsSource } from "../workspace/types";
import { platformHealth } from "../signals/platform-health";
import { correctionWarnings } from "../signals/availability/corrections";
import { attribute } from "./attribution";
import { budgetStatus, loadAvailabilityMinutes, measureBudget, measureCorrectedBudget } from "./availability";
import { burnDown } from "./burn-down";
import { INCIDENT_FOLLOW_MS, periodIncidents } from "./incidents";
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
    // Corrections are listed (and flagged) even for a period without data: none is dropped silently.
    const corrected = measureCorrectedBudget({ minutes: [], fromMs: 0, toMs: 0, periodFromMs: spec.from.getTime(), periodToMs: queryTo.getTime(), target, budgetMinutes: window.budgetMinutes, corrections: config.sloCorrections });
    const attribution = attribute({ minutes: [], fromMs: 0, toMs: 0, corrections: [], events: [], incidents: [] });
    return { window, budget, status: "no-data", verdict: periodVerdict({ window, budget }), burnDown: [], incidents: [], regions: [], corrected: corrected.budget, corrections: corrected.corrections, attribution, warnings };
  }
  const fromMs = Date.parse(window.measuredFrom);
  const toMs = Date.parse(window.measuredTo);
  const budget = measureBudget({ minutes: avail.minutes, fromMs, toMs, target, budgetMinutes: window.budgetMinutes });
  const corrected = measureCorrectedBudget({ minutes: avail.minutes, fromMs, toMs, periodFromMs: spec.from.getTime(), periodToMs: queryTo.getTime(), target, budgetMinutes: window.budgetMinutes, corrections: config.sloCorrections });
  warnings.push(...correctionWarnings(corrected.corrections));
  // An incident running over the period's end is followed to its recovery (or now), not cut off as open.
  const measureTo = new Date(Math.min(now.getTime(), spec.to.getTime() + INCIDENT_FOLLOW_MS));
  const incidents = await periodIncidents({ config, source, from: spec.from, to: queryTo, measureTo });
  warnings.push(...incidents.warnings);
  // Azure's reports over the period, by the platform-health signal's own query and rules.
  const platform = await platformHealth.run(createSignalContext({ config, source, range: { from: new Date(fromMs), to: new Date(toMs) } }));
  warnings.push(...platform.meta.warnings);
  const attribution = attribute({ minutes: avail.minutes, fromMs, toMs, corrections: config.sloCorrections, events: platform.value.events, incidents: incidents.incidents });
  return {
    window,
    budget,
    status: budgetStatus(budget),
    verdict: periodVerdict({ window, budget }),
    burnDown: burnDown(avail.minutes, window, budget.allowedDowntimeMinutes),
    incidents: incidents.incidents,
    corrected: corrected.budget,
    corrections: corrected.corrections,
    attribution,
    regions: incidents.regions,
    warnings: [...new Set(warnings)],
  };
}
