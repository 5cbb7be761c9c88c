import type { RegionConfig } from "@/lib/config/schema";
import { byTime, num, str } from "../runtime/rows";
import { buildMeta, headlineStatus } from "../runtime/status";
import type { QueryOutcome, SignalModule } from "../runtime/types";
import { lastWindow, MINUTE_MS } from "../runtime/windows";
import {
  evaluateRegionLoad,
  projectionByMinute,
  saturationRangeWorst,
  survivorProjection,
  survivorProjectionStatus,
  SUSTAINED_MS,
  type MinuteSample,
} from "./evaluate";
import { CPU_QUERY_ID, cpuQuery, RU_QUERY_ID, ruQuery, saturationQueries } from "./query";
import { FEEDS } from "@/lib/telemetry/contract";
import { saturationReason } from "@/lib/format/reasons";
import { projectRegions, regionsSeries, summarizeRegions, type RegionSaturation } from "./regions";

export type { RegionSaturation };

/** Per-minute CPU, RU% and 429s of one region from the catalog's two saturation queries (also used by the review's survivor check). */
export function minutesOf(region: RegionConfig, cpu: QueryOutcome | null, ru: QueryOutcome): MinuteSample[] {
  const byMinute = new Map<number, { cpu: number[]; charge: number | null; throttled: number }>();
  const slot = (t: number) => {
    const entry = byMinute.get(t) ?? { cpu: [], charge: null, throttled: 0 };
    byMinute.set(t, entry);
    return entry;
  };
  const ids = new Set(region.computeResourceIds.map((id) => id.toLowerCase()));
  for (const { t, row } of byTime(cpu?.rows ?? [])) {
    const value = num(row, "cpu");
    if (value !== null && ids.has((str(row, "resourceId") ?? "").toLowerCase())) slot(t).cpu.push(value);
  }
  for (const { t, row } of byTime(ru.rows)) {
    if (str(row, "RegionName") !== region.cosmosRegionName) continue;
    const entry = slot(t);
    entry.charge = (entry.charge ?? 0) + (num(row, "charge") ?? 0);
    entry.throttled += num(row, "throttled") ?? 0;
  }
  return [...byMinute.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([t, m]) => ({
      t,
      // Several plans/clusters in one region: their plain average (capacity per resource is not configured).
      cpuPercent: m.cpu.length > 0 ? m.cpu.reduce((a, b) => a + b, 0) / m.cpu.length : null,
      // Σ RequestCharge adds many cent-valued rows: its float noise (100.00000000000004 %) must not
      // cross a threshold the exact sum sits on, so the percentage is kept to a millionth.
      ruPercent: m.charge === null ? null : Math.round((m.charge / 60 / region.cosmosProvisionedRUs) * 1e8) / 1e6,
      throttled429: m.throttled,
    }));
}

export const saturation: SignalModule<RegionSaturation[], "regions"> = {
  key: "regions",
  title: "Regions: traffic, saturation, survivor headroom",
  label: "Regions",
  telemetry: [FEEDS.computeCpu, FEEDS.cosmosRequests],
  wallTiles: ["regions", "saturation"],
  project: projectRegions,
  summarize: summarizeRegions,
  series: regionsSeries,
  queries: saturationQueries,
  async run(ctx) {
    const { config } = ctx;
    // 15 min of minutes for "util > warn% for 15 min", plus one bin of slack at the start; and the
    // whole range, for its worst minute (rangeWorst).
    const recent = lastWindow(ctx.asOf, SUSTAINED_MS + MINUTE_MS);
    const window = { from: new Date(Math.min(recent.from.getTime(), ctx.range.from.getTime())), to: recent.to };
    const hasCompute = config.regions.some((r) => r.computeResourceIds.length > 0);
    const [cpu, ru] = await Promise.all([
      hasCompute
        ? ctx.runQuery(CPU_QUERY_ID, cpuQuery(config), window, { requiredColumns: ["TimeGenerated", "resourceId", "cpu"], binSeconds: 60 })
        : Promise.resolve(null),
      ctx.runQuery(RU_QUERY_ID, ruQuery(config), window, { requiredColumns: ["TimeGenerated", "RegionName", "charge", "throttled"], binSeconds: 60 }),
    ]);
    const { warnPercent, breachPercent } = config.budgets.saturation;
    const loads = config.regions.map((region) => ({
      region,
      minutes: minutesOf(region, cpu, ru),
    })).map(({ region, minutes }) => ({
      region,
      minutes,
      load: evaluateRegionLoad(minutes, {
        asOf: ctx.asOf,
        warnPercent,
        breachPercent,
        expectCpu: region.computeResourceIds.length > 0,
        label: region.id,
      }),
    }));
    const survivor = survivorProjection(loads.map(({ region, load }) => ({ id: region.id, utilPercent: load.utilPercent, capacity: region.capacity })));
    const perMinute = projectionByMinute(loads.map(({ region, minutes }) => ({ id: region.id, capacity: region.capacity, minutes })));
    const rangeArgs = { fromMs: ctx.range.from.getTime(), toMs: ctx.asOf.getTime(), warnPercent, breachPercent };
    const value = loads.map(({ region, load, minutes }): RegionSaturation => {
      const projected = survivor.get(region.id) ?? null;
      let status = load.status;
      if (status === "ok" && survivorProjectionStatus(projected) === "warn") status = "warn";
      return {
        id: region.id,
        cpuPercent: load.cpuPercent,
        ruPercent: load.ruPercent,
        throttled429: load.throttled429,
        consecutive429: load.consecutive429,
        survivorProjectedPercent: projected,
        survivorStatus: survivorProjectionStatus(projected),
        status,
        ...saturationReason({ status, utilPercent: load.utilPercent, consecutive429: load.consecutive429, throttled429: load.throttled429, projectedPercent: projected, breachPercent, warnPercent }),
        rangeWorst: saturationRangeWorst(minutes, perMinute.get(region.id) ?? new Map(), rangeArgs),
      };
    });
    const newest = loads.map((l) => l.load.newestMs).filter((t): t is number => t !== null);
    return {
      value,
      meta: buildMeta({
        status: headlineStatus(value.map((v) => v.status)),
        asOf: ctx.asOf,
        newestMs: newest.length > 0 ? Math.max(...newest) : null,
        runs: [cpu?.run, ru.run].filter((r) => r !== undefined),
        warnings: loads.flatMap((l) => l.load.warnings),
      }),
    };
  },
};
