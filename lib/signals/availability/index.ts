import type { AvailabilitySnapshot } from "@/lib/snapshot/types";
import { byTime, num } from "../runtime/rows";
import { buildMeta } from "../runtime/status";
import type { QueryOutcome, SignalModule } from "../runtime/types";
import { lastWindow } from "../runtime/windows";
import { evaluateAvailability, SHORT_WINDOWS, WINDOW_MS, type Counts, type MetricMinute, type ShortWindow } from "./evaluate";
import { availabilityQueries, EDGE_QUERY_ID, edgeRequestsQuery, METRICS_QUERY_ID, profileMetricsQuery } from "./query";
import type { DashboardConfig } from "@/lib/config/schema";
import { FEEDS } from "@/lib/telemetry/contract";
import { rangeOk } from "../runtime/range-worst";
import { availabilitySeries } from "./series";
import { correctionWarnings } from "./corrections";
import { noDataCoverage } from "@/lib/snapshot/availability-coverage";

export type AvailabilityValue = AvailabilitySnapshot;

const METRICS_STALE_MS = 15 * 60_000;

function sumCounts(out: QueryOutcome): Counts | null {
  if (!out.ok) return null;
  let total = 0;
  let bad = 0;
  for (const row of out.rows) {
    total += num(row, "total") ?? 0;
    bad += num(row, "bad") ?? 0;
  }
  return { total, bad };
}

/** The availability section when the signal failed: the budget is known from the configuration, nothing measured. */
function noDataAvailability(config: DashboardConfig): AvailabilityValue {
  const { target, windowDays } = config.budgets.availability;
  return {
    target,
    windowDays,
    sli: null,
    errorBudgetRemainingRatio: null,
    burnRates: { "5m": null, "30m": null, "1h": null, "6h": null, "3d": null },
    alerts: [],
    downtimeMinutes: null,
    allowedDowntimeMinutes: (1 - target) * windowDays * 1440,
    errorBudgetStatus: "no-data",
    downtimeOverspent: null,
    sliStatus: "no-data",
    burnOver: { "5m": null, "30m": null, "1h": null, "6h": null, "3d": null },
    status: "no-data",
    rangeWorst: rangeOk("no-data", null),
    corrected: { sli: null, errorBudgetRemainingRatio: null, downtimeMinutes: null, removedRequests: 0, removedBadRequests: 0, removedMinutes: 0 },
    // Listed even without data: a correction is never applied (or dropped) silently.
    corrections: config.sloCorrections.map((c) => ({
      ...c,
      minutesWithData: 0,
      requests: 0,
      badRequests: 0,
      downMinutes: 0,
      flag: "not applied: the availability signal has no data",
    })),
    coverage: noDataCoverage(windowDays),
  };
}

export const availability: SignalModule<AvailabilityValue, "availability"> = {
  key: "availability",
  title: "Availability, error budget and burn rate",
  label: "Availability",
  telemetry: [FEEDS.frontDoorMetrics, FEEDS.frontDoorAccess],
  wallTiles: ["availability"],
  project: (value, { config }) => ({ availability: value ?? noDataAvailability(config) }),
  series: availabilitySeries,
  queries: availabilityQueries,
  async run(ctx) {
    const { config, asOf } = ctx;
    const { target, windowDays } = config.budgets.availability;
    const edgeKql = edgeRequestsQuery(config);
    const [metrics, ...edge] = await Promise.all([
      ctx.runQuery(METRICS_QUERY_ID, profileMetricsQuery(config), lastWindow(asOf, windowDays * 86_400_000), {
        requiredColumns: ["TimeGenerated", "requests", "errorPercent"],
        binSeconds: 60,
      }),
      ...SHORT_WINDOWS.map((w) =>
        ctx.runQuery(`${EDGE_QUERY_ID}:${w}`, edgeKql, lastWindow(asOf, WINDOW_MS[w]), { requiredColumns: ["total", "bad"] }),
      ),
    ]);
    const minutes: MetricMinute[] = byTime(metrics.rows).map(({ t, row }) => {
      const pct = num(row, "errorPercent");
      return { t, requests: num(row, "requests") ?? 0, errorRatio: pct === null ? null : pct / 100 };
    });
    const short = Object.fromEntries(SHORT_WINDOWS.map((w, i) => [w, sumCounts(edge[i])])) as Record<ShortWindow, Counts | null>;
    const evaluated = evaluateAvailability({ target, windowDays, asOf, minutes, short, rangeFrom: ctx.range.from, corrections: config.sloCorrections });

    const warnings: string[] = correctionWarnings(evaluated.corrections);
    const newestMs = minutes.length > 0 ? minutes[minutes.length - 1].t : null;
    if (metrics.ok && minutes.length === 0) warnings.push("availability: no RequestCount/Percentage5XX metrics of the Front Door profile in the window");
    if (newestMs !== null && asOf.getTime() - newestMs > METRICS_STALE_MS) {
      evaluated.status = "no-data";
      warnings.push(`availability: newest profile metric is ${Math.round((asOf.getTime() - newestMs) / 1000)} s old (limit 900 s)`);
    }
    if (edge[3].ok && (short["6h"]?.total ?? 0) === 0) warnings.push("availability: no Front Door access-log requests in the last 6 hours");

    return {
      value: evaluated,
      meta: buildMeta({ status: evaluated.status, asOf, newestMs, runs: [metrics.run, ...edge.map((e) => e.run)], warnings }),
    };
  },
};
