import { downsampleMax } from "./downsample";
import type { ChartSeries, SeriesPanel, SeriesUnit, Threshold } from "./types";

/** Warnings of a set of query outcomes, deduplicated. */
export function outcomeWarnings(outcomes: readonly { run: { warnings: string[] } }[]): string[] {
  return [...new Set(outcomes.flatMap((o) => o.run.warnings))];
}

/**
 * A chart panel from its series: each series capped at `maxPoints` (the KQL already binned to the
 * pixel width; a series rebuilt in TypeScript could still exceed it) and hasData computed honestly.
 */
export function makePanel(args: {
  id: string;
  title: string;
  unit: SeriesUnit;
  series: ChartSeries[];
  thresholds?: Threshold[];
  queryIds: string[];
  warnings: string[];
  maxPoints: number;
}): SeriesPanel {
  const series = args.series.map((s) => ({ ...s, points: downsampleMax(s.points, args.maxPoints) }));
  const hasData = series.some((s) => s.points.some((p) => p.v !== null));
  const warnings = [...args.warnings];
  if (!hasData && warnings.length === 0) warnings.push(`${args.title}: no rows in the selected window`);
  return { id: args.id, title: args.title, unit: args.unit, series, thresholds: args.thresholds ?? [], queryIds: args.queryIds, hasData, warnings };
}
