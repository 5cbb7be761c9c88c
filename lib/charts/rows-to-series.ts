import { binStarts } from "./bins";
import type { ChartSeries, SeriesPoint, SeriesUnit } from "./types";

/** A query row keyed by column name (as the signal runtime returns them). */
export type ChartRow = Record<string, unknown>;

export interface RowsToSeriesSpec {
  timeColumn: string;
  valueColumn: string;
  /** Columns whose values name the series (e.g. source, target); absent → one series. */
  keyColumns?: readonly string[];
  /** Label of a series from its key values. */
  label?: (key: readonly string[]) => string;
  /** Applied to each value (e.g. ms → s). */
  scale?: number;
  unit: SeriesUnit;
  /** When set, empty bins in [from, to) are filled with gaps (null), never zero. */
  fill?: { from: number; to: number; binSeconds: number };
}

function toNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function toTime(v: unknown): number | null {
  if (typeof v !== "string") return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

/**
 * Groups binned query rows into chart series: one per distinct key, points in ascending time,
 * missing bins as gaps. Rows without a parsable time are dropped (they cannot be placed).
 */
export function rowsToSeries(rows: readonly ChartRow[], spec: RowsToSeriesSpec): ChartSeries[] {
  const keyColumns = spec.keyColumns ?? [];
  const groups = new Map<string, { key: string[]; points: Map<number, number | null> }>();
  for (const row of rows) {
    const t = toTime(row[spec.timeColumn]);
    if (t === null) continue;
    const key = keyColumns.map((c) => String(row[c] ?? ""));
    const id = key.join("→");
    let group = groups.get(id);
    if (!group) {
      group = { key, points: new Map() };
      groups.set(id, group);
    }
    const raw = toNumber(row[spec.valueColumn]);
    group.points.set(t, raw === null ? null : raw * (spec.scale ?? 1));
  }
  const series: ChartSeries[] = [];
  for (const [id, group] of groups) {
    let times = [...group.points.keys()];
    if (spec.fill) {
      const all = new Set([...binStarts(spec.fill.from, spec.fill.to, spec.fill.binSeconds), ...times]);
      times = [...all];
    }
    times.sort((a, b) => a - b);
    const points: SeriesPoint[] = times.map((t) => ({ t, v: group.points.get(t) ?? null }));
    series.push({
      key: id || "value",
      label: spec.label ? spec.label(group.key) : id || spec.valueColumn,
      unit: spec.unit,
      points,
    });
  }
  return series.sort((a, b) => a.key.localeCompare(b.key));
}

/** Recharts wants one object per x value: `{ t, [seriesKey]: value }`, ascending by t. */
export function mergeSeriesForChart(series: readonly ChartSeries[]): Record<string, number | null>[] {
  const byTime = new Map<number, Record<string, number | null>>();
  for (const s of series) {
    for (const p of s.points) {
      let row = byTime.get(p.t);
      if (!row) {
        row = { t: p.t };
        byTime.set(p.t, row);
      }
      row[s.key] = p.v;
    }
  }
  // A series without a point at t is a gap there, not "connect to the next point".
  const rows = [...byTime.values()].sort((a, b) => (a.t as number) - (b.t as number));
  for (const row of rows) for (const s of series) if (!(s.key in row)) row[s.key] = null;
  return rows;
}
