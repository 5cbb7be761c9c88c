import { makePanel, outcomeWarnings } from "@/lib/charts/panel";
import { rowsToSeries } from "@/lib/charts/rows-to-series";
import type { SeriesRequest, SeriesResult, Threshold } from "@/lib/charts/types";
import { Timespan } from "@/lib/kql/literal";
import { lagQuery, lagQueryId } from "./query";

/** Lag of one pair and direction per bucket (the worst sample, so a spike is never averaged away). */
export function lagSeriesQuery(...args: Parameters<typeof lagQuery>): (binSeconds: number) => string {
  return (binSeconds) => `${lagQuery(...args)}\n| summarize lagSeconds = max(lagSeconds) by TimeGenerated = bin(TimeGenerated, ${Timespan.seconds(binSeconds).toKql()})`;
}

/** Replication lag per pair and direction against each tier's RPO budget. */
export async function replicationSeries({ ctx, binSeconds, widthPx, region }: SeriesRequest): Promise<SeriesResult> {
  const pairs = ctx.config.replication.filter((p) => !region || p.source === region || p.target === region);
  const fill = { from: ctx.range.from.getTime(), to: ctx.range.to.getTime(), binSeconds };
  const outcomes = await Promise.all(
    pairs.map(async (pair) => {
      const id = `${lagQueryId(pair)}:series`;
      const out = await ctx.runQuery(id, lagSeriesQuery(ctx.config, pair)(binSeconds), ctx.range, { requiredColumns: ["TimeGenerated", "lagSeconds"], binSeconds });
      const [series] = rowsToSeries(out.rows, { timeColumn: "TimeGenerated", valueColumn: "lagSeconds", unit: "seconds", fill });
      return { id, out, series: series && { ...series, key: `${pair.tier}:${pair.source}->${pair.target}`, label: `${pair.tier} ${pair.source} → ${pair.target}` } };
    }),
  );
  const budgets = new Map<number, string[]>();
  for (const p of pairs) budgets.set(p.rpoBudgetSeconds, [...(budgets.get(p.rpoBudgetSeconds) ?? []), p.tier]);
  const thresholds: Threshold[] = [...budgets].map(([value, tiers]) => ({ value, label: `RPO budget ${[...new Set(tiers)].join("/")} ${value} s`, severity: "breach" }));
  const panel = makePanel({
    id: "replication-lag",
    title: "Replication lag vs RPO budget",
    unit: "seconds",
    series: outcomes.flatMap((o) => (o.series ? [o.series] : [])),
    thresholds,
    queryIds: outcomes.map((o) => o.id),
    warnings: outcomeWarnings(outcomes.map((o) => o.out)),
    maxPoints: widthPx,
  });
  return { panels: [panel], tables: outcomes.map((o) => ({ queryId: o.id, rows: o.out.rows })) };
}
