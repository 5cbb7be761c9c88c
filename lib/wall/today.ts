import type { DashboardConfig } from "../config/schema";
import { beforeTheData, getParam, parseAsOf, type ParamSource } from "../params";
import { ok, type ParamResult } from "../params/result";
import { countsOfMinutes, sliStatus, type MetricMinute } from "../signals/availability/evaluate";
import { METRICS_QUERY_ID, profileMetricsQuery } from "../signals/availability/query";
import { createSignalContext } from "../signals/runtime/context";
import { byTime, num } from "../signals/runtime/rows";
import { ageSeconds } from "../signals/runtime/status";
import type { Status } from "../snapshot/types";
import type { LogsSource, QueryWindow } from "../workspace/types";

/** Availability since 00:00 UTC: the wall's "today" figure next to the SLO window's. */
export interface AvailabilityToday {
  from: string;
  to: string;
  sli: number | null;
  target: number;
  status: Status;
  dataAgeSeconds: number | null;
  /** True when the gateway served the numbers from its stale cache. */
  stale: boolean;
}

/**
 * `/api/wall/today`'s `at`: as the wall's own (lib/wall/params.ts), refused before the data's first
 * moment; it answered 200 "no-data" for a moment /api/snapshot and /wall refuse.
 */
export function parseTodayAt(source: ParamSource, now: Date, dataStart: Date | null): ParamResult<Date> {
  const at = parseAsOf(getParam(source, "at"), now);
  if (!at.ok) return at;
  const early = beforeTheData(source, at.value ?? now, dataStart);
  return early ? { ok: false, error: early } : ok(at.value ?? now);
}

/** Midnight UTC of asOf's day; just after midnight, the window is at least 5 minutes long. */
export function todayWindow(asOf: Date): QueryWindow {
  const midnight = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate());
  return { from: new Date(Math.min(midnight, asOf.getTime() - 5 * 60_000)), to: asOf };
}

/** good/total of the profile's metric minutes (the availability signal's own query and counting, another window). */
export function sliOfMinutes(minutes: readonly MetricMinute[]): number | null {
  const c = countsOfMinutes(minutes);
  return c && c.total > 0 ? 1 - c.bad / c.total : null;
}

/** Today's SLI against the target, by the availability signal's own rule. */
export const todayStatus = sliStatus;

/** Runs the availability signal's profile-metrics query over today's window. */
export async function availabilityToday(args: { config: DashboardConfig; source: LogsSource; asOf: Date; signal?: AbortSignal }): Promise<AvailabilityToday> {
  const window = todayWindow(args.asOf);
  const ctx = createSignalContext({ config: args.config, source: args.source, range: window, signal: args.signal });
  const out = await ctx.runQuery(`${METRICS_QUERY_ID}:today`, profileMetricsQuery(args.config), window, {
    requiredColumns: ["TimeGenerated", "requests", "errorPercent"],
    binSeconds: 60,
  });
  const minutes: MetricMinute[] = byTime(out.rows).map(({ t, row }) => {
    const pct = num(row, "errorPercent");
    return { t, requests: num(row, "requests") ?? 0, errorRatio: pct === null ? null : pct / 100 };
  });
  const sli = out.ok ? sliOfMinutes(minutes) : null;
  const target = args.config.budgets.availability.target;
  return {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    sli,
    target,
    status: todayStatus(sli, target),
    dataAgeSeconds: ageSeconds(args.asOf, minutes.length ? minutes[minutes.length - 1].t : null),
    stale: out.run.stale !== undefined,
  };
}
