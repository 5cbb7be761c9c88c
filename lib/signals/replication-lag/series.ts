import { makePanel, outcomeWarnings } from "@/lib/charts/panel";
import { rowsToSeries } from "@/lib/charts/rows-to-series";
import type { Threshold } from "@/lib/charts/types";
import type { SeriesRequest, SeriesResult } from "../runtime/types";
import { Timespan } from "@/lib/kql/literal";
import { lagQuery, lagQueryId } from "./query";

/** Lag of one pair and direction per bucket (the worst sample, so a spike is never averaged away). */
/**
 * No bucket finer than the samples: SQL's metric is per minute, the canary writes every 10–30 s.
 * Finer buckets leave every other one empty and the chart draws dots instead of a line.
 */
const SAMPLE_INTERVAL_SECONDS = { sqlMetric: 60, canary: 30 } as const;

export function lagSeriesQuery(...args: Parameters<typeof lagQuery>): (binSeconds: number) => string {
  return (binSeconds) => `${lagQuery(...args)}\n| summarize lagSeconds = max(lagSeconds) by TimeGenerated = bin(TimeGenerated, ${Timespan.seconds(binSeconds).toKql()})`;
}

/** Panel id of one tier's lag chart: `replication-lag-<tier>` (ids starting `replication-lag` are lag charts). */
export function lagPanelId(tier: string): string {
  return `replication-lag-${tier}`;
}

/**
 * Replication lag per pair and direction, one panel per tier against that tier's RPO budget: tiers'
 * budgets differ by orders of magnitude (SQL 30 s, Cosmos 5 s), and on a shared axis the smaller
 * tier's sub-second lags would sit on zero.
 */
export async function replicationSeries({ ctx, binSeconds, widthPx, region }: SeriesRequest): Promise<SeriesResult> {
  const pairs = ctx.config.replication.filter((p) => !region || p.source === region || p.target === region);
  const fill = { from: ctx.range.from.getTime(), to: ctx.range.to.getTime(), binSeconds };
  const outcomes = await Promise.all(
    pairs.map(async (pair) => {
      const id = `${lagQueryId(pair)}:series`;
      // Azure SQL's lag is a per-minute metric: finer buckets would alternate with empty ones and draw no line.
      const bin = Math.max(SAMPLE_INTERVAL_SECONDS[pair.lagSource.kind], binSeconds);
      const out = await ctx.runQuery(id, lagSeriesQuery(ctx.config, pair)(bin), ctx.range, { requiredColumns: ["TimeGenerated", "lagSeconds"], binSeconds: bin });
      const [series] = rowsToSeries(out.rows, { timeColumn: "TimeGenerated", valueColumn: "lagSeconds", unit: "seconds", fill: { ...fill, binSeconds: bin } });
      return { pair, id, out, series: series && { ...series, key: `${pair.tier}:${pair.source}->${pair.target}`, label: `${pair.tier} ${pair.source} → ${pair.target}` } };
    }),
  );
  const tiers = [...new Set(pairs.map((p) => p.tier))];
  const panels = tiers.map((tier) => {
    const mine = outcomes.filter((o) => o.pair.tier === tier);
    const budgets = [...new Set(mine.map((o) => o.pair.rpoBudgetSeconds))];
    const thresholds: Threshold[] = budgets.map((value) => ({ value, label: `RPO budget ${tier} ${value} s`, severity: "breach" }));
    return makePanel({
      id: lagPanelId(tier),
      title: `Replication lag vs RPO budget: ${tier} (${budgets.map((b) => `${b} s`).join(", ")})`,
      unit: "seconds",
      series: mine.flatMap((o) => (o.series ? [o.series] : [])),
      thresholds,
      queryIds: mine.map((o) => o.id),
      warnings: outcomeWarnings(mine.map((o) => o.out)),
      maxPoints: widthPx,
    });
  });
  if (panels.length === 0) {
    // A region with no replication pair: one empty panel that says so (NO DATA with the reason).
    panels.push(makePanel({ id: "replication-lag", title: "Replication lag vs RPO budget", unit: "seconds", series: [], queryIds: [], warnings: [`no replication pair involves region ${region ?? "(all)"}`], maxPoints: widthPx }));
  }
  return { panels, tables: outcomes.map((o) => ({ queryId: o.id, rows: o.out.rows })) };
}
