import type { DashboardConfig } from "../config/schema";
import type { LogsSource } from "../workspace/types";
import { compositeSla } from "./composite-sla";
import { monthWindow, recentMonths, type MonthWindow } from "./months";
import { ninesTable } from "./nines";
import { reviewPeriod, type PeriodSpec } from "./period";
import type { HistoryRow, IncidentRow, PeriodReview, ReviewReport } from "./types";

export const HISTORY_MONTHS = 12;

const MONTH_FORMAT = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

export function monthLabel(month: MonthWindow): string {
  return MONTH_FORMAT.format(month.from);
}

export function monthSpec(month: MonthWindow): PeriodSpec {
  return { id: month.id, label: monthLabel(month), from: month.from, to: month.to };
}

export function rollingSpec(config: DashboardConfig, now: Date): PeriodSpec {
  const days = config.budgets.availability.windowDays;
  return { id: `rolling-${days}d`, label: `Rolling ${days} days`, from: new Date(now.getTime() - days * 86_400_000), to: now };
}

/** Computes (or recalls) one period; the app passes a cache, tests pass nothing. */
export type PeriodLoader = (spec: PeriodSpec) => Promise<PeriodReview>;

function historyRow(p: PeriodReview): HistoryRow {
  const rtos = p.incidents.map((i) => i.rtoSeconds).filter((v): v is number => v !== null);
  return {
    window: p.window,
    budget: p.budget,
    status: p.status,
    realIncidents: p.incidents.filter((i) => i.kind === "real").length,
    drills: p.incidents.filter((i) => i.kind === "drill").length,
    worstRtoSeconds: rtos.length > 0 ? Math.max(...rtos) : null,
    overBudget: p.incidents.filter((i) => i.rtoStatus === "breach" || i.rpoStatus === "breach").length,
  };
}

/**
 * The leadership review: the chosen month, the rolling window, the last 12 months, every incident
 * and drill with RTO/RPO against budget, the composite SLA and the nines table.
 */
export async function buildReview(args: {
  config: DashboardConfig;
  source: LogsSource;
  month: string;
  now: Date;
  load?: PeriodLoader;
}): Promise<ReviewReport> {
  const { config, source, now } = args;
  const timings: ReviewReport["timings"] = [];
  const load: PeriodLoader = args.load ?? ((spec) => reviewPeriod({ config, source, spec, now }));
  const timed = async (label: string, spec: PeriodSpec) => {
    const started = performance.now();
    const p = await load(spec);
    timings.push({ label, ms: Math.round(performance.now() - started) });
    return p;
  };
  const months = recentMonths(now, HISTORY_MONTHS);
  const selected = monthWindow(args.month);
  // One after another: the embedded engine is CPU-bound and Azure's gateway limits concurrency anyway.
  const history: PeriodReview[] = [];
  for (const m of months) history.push(await timed(m.id, monthSpec(m)));
  const month = history.find((p) => p.window.id === selected.id) ?? (await timed(selected.id, monthSpec(selected)));
  const rolling = await timed("rolling", rollingSpec(config, now));
  const byKey = new Map<string, IncidentRow>();
  for (const i of [...history, month, rolling].flatMap((p) => p.incidents)) byKey.set(`${i.region}@${i.start}`, i);
  const incidents = [...byKey.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return {
    generatedAt: now.toISOString(),
    target: config.budgets.availability.target,
    rtoBudgetSeconds: config.budgets.rtoSeconds,
    drillMaxAgeDays: config.budgets.drillMaxAgeDays,
    regionNames: Object.fromEntries(config.regions.map((r) => [r.id, r.displayName])),
    rpoBudgets: config.replication.map((p) => ({ tier: p.tier, source: p.source, target: p.target, budgetSeconds: p.rpoBudgetSeconds })),
    month,
    rolling,
    history: history.map(historyRow),
    incidents,
    composite: compositeSla(config),
    nines: ninesTable(config.budgets.availability.target),
    months: [...history].reverse().map((p) => ({ id: p.window.id, label: p.window.label, hasData: p.window.coverage !== "no-data" })),
    timings,
  };
}
