import { binStarts } from "@/lib/charts/bins";
import { makePanel, outcomeWarnings } from "@/lib/charts/panel";
import type { ChartSeries, SeriesPoint, Threshold } from "@/lib/charts/types";
import { Timespan } from "@/lib/kql/literal";
import { num, str, timeMs } from "../runtime/rows";
import type { Row, SeriesRequest, SeriesResult } from "../runtime/types";
import { CPU_QUERY_ID, cpuQuery, RU_QUERY_ID, ruQuery } from "./query";

export const CPU_SERIES_QUERY_ID = `${CPU_QUERY_ID}:series`;
export const RU_SERIES_QUERY_ID = `${RU_QUERY_ID}:series`;

/** The catalog's per-minute queries re-binned to the chart's bucket, keeping each bucket's peak minute. */
export function cpuSeriesQuery(config: Parameters<typeof cpuQuery>[0], binSeconds: number): string {
  return `${cpuQuery(config)}\n| summarize cpu = max(cpu) by resourceId, TimeGenerated = bin(TimeGenerated, ${Timespan.seconds(binSeconds).toKql()})`;
}

export function ruSeriesQuery(config: Parameters<typeof ruQuery>[0], binSeconds: number): string {
  return `${ruQuery(config)}\n| summarize charge = max(charge), throttled = sum(throttled) by RegionName, TimeGenerated = bin(TimeGenerated, ${Timespan.seconds(binSeconds).toKql()})`;
}

type Grid = Map<string, Map<number, number>>;

function put(grid: Grid, key: string, t: number, v: number, combine: (a: number, b: number) => number) {
  const row = grid.get(key) ?? new Map<number, number>();
  grid.set(key, row);
  const prev = row.get(t);
  row.set(t, prev === undefined ? v : combine(prev, v));
}

function toSeries(grid: Grid, bins: number[], label: (key: string) => string, prefix: string): ChartSeries[] {
  return [...grid.keys()].sort().map((key) => {
    const values = grid.get(key) ?? new Map<number, number>();
    const points: SeriesPoint[] = bins.map((t) => ({ t, v: values.get(t) ?? null }));
    return { key: `${prefix}${key}`, label: label(key), unit: "percent" as const, points };
  });
}

/**
 * Per region: CPU (peak 1-min average across its compute resources), Cosmos RU (peak 1-min Σ charge
 * over provisioned RU/s) and the survivor projection Σᵢ(utilᵢ × capᵢ) / cap_r per bucket (SIGNALS 3.5).
 */
export async function saturationSeries({ ctx, binSeconds, widthPx, region }: SeriesRequest): Promise<SeriesResult> {
  const { config } = ctx;
  const bin = Math.max(60, binSeconds);
  const [cpu, ru] = await Promise.all([
    ctx.runQuery(CPU_SERIES_QUERY_ID, cpuSeriesQuery(config, bin), ctx.range, { requiredColumns: ["TimeGenerated", "resourceId", "cpu"], binSeconds: bin }),
    ctx.runQuery(RU_SERIES_QUERY_ID, ruSeriesQuery(config, bin), ctx.range, { requiredColumns: ["TimeGenerated", "RegionName", "charge"], binSeconds: bin }),
  ]);
  const regionOfResource = new Map(config.regions.flatMap((r) => r.computeResourceIds.map((id) => [id.toLowerCase(), r.id] as const)));
  const regionOfCosmos = new Map(config.regions.map((r) => [r.cosmosRegionName, r] as const));
  const cpuGrid: Grid = new Map();
  const ruGrid: Grid = new Map();
  const each = (rows: Row[], f: (t: number, row: Row) => void) => rows.forEach((row) => {
    const t = timeMs(row);
    if (t !== null) f(t, row);
  });
  each(cpu.rows, (t, row) => {
    const id = regionOfResource.get((str(row, "resourceId") ?? "").toLowerCase());
    const v = num(row, "cpu");
    if (id && v !== null) put(cpuGrid, id, t, v, Math.max);
  });
  each(ru.rows, (t, row) => {
    const r = regionOfCosmos.get(str(row, "RegionName") ?? "");
    const charge = num(row, "charge");
    if (r && charge !== null && r.cosmosProvisionedRUs > 0) put(ruGrid, r.id, t, (charge / 60 / r.cosmosProvisionedRUs) * 100, Math.max);
  });
  const bins = binStarts(ctx.range.from.getTime(), ctx.range.to.getTime(), bin);
  // Survivor projection per bucket (SIGNALS 3.5): a region silent in a bucket is down and carries
  // nothing, so during an outage the survivor's line is its own measured load, never a gap. Only a
  // bucket where no region reported at all is empty.
  const survivorGrid: Grid = new Map();
  for (const t of bins) {
    const utils = config.regions.map((r) => {
      const c = cpuGrid.get(r.id)?.get(t);
      const u = ruGrid.get(r.id)?.get(t);
      return c === undefined && u === undefined ? null : Math.max(c ?? 0, u ?? 0);
    });
    if (utils.every((u) => u === null)) continue;
    const load = config.regions.reduce((sum, r, i) => sum + (utils[i] ?? 0) * r.capacity, 0);
    for (const r of config.regions) if (r.capacity > 0) put(survivorGrid, r.id, t, load / r.capacity, Math.max);
  }
  const keep = (grid: Grid): Grid => (region ? new Map([...grid].filter(([k]) => k === region)) : grid);
  const name = (id: string) => config.regions.find((r) => r.id === id)?.displayName ?? id;
  const { warnPercent, breachPercent } = config.budgets.saturation;
  const limits: Threshold[] = [
    { value: warnPercent, label: `warn ${warnPercent} %`, severity: "warn" },
    { value: breachPercent, label: `breach ${breachPercent} %`, severity: "breach" },
  ];
  const warnings = outcomeWarnings([cpu, ru]);
  const common = { unit: "percent" as const, maxPoints: widthPx, warnings };
  return {
    panels: [
      makePanel({ ...common, id: "cpu", title: "CPU per region", series: toSeries(keep(cpuGrid), bins, name, "cpu:"), thresholds: limits, queryIds: [CPU_SERIES_QUERY_ID], warnings: outcomeWarnings([cpu]) }),
      makePanel({ ...common, id: "cosmos-ru", title: "Cosmos RU per region", series: toSeries(keep(ruGrid), bins, name, "ru:"), thresholds: limits, queryIds: [RU_SERIES_QUERY_ID], warnings: outcomeWarnings([ru]) }),
      makePanel({
        ...common,
        id: "survivor",
        title: "Survivor projection: load a region would carry alone",
        series: toSeries(keep(survivorGrid), bins, (id) => `${name(id)} alone`, "survivor:"),
        thresholds: [{ value: 100, label: "100 % = cannot carry the load", severity: "breach" }],
        queryIds: [CPU_SERIES_QUERY_ID, RU_SERIES_QUERY_ID],
      }),
    ],
    tables: [
      { queryId: CPU_SERIES_QUERY_ID, rows: cpu.rows },
      { queryId: RU_SERIES_QUERY_ID, rows: ru.rows },
    ],
  };
}
