import type { DashboardConfig } from "@/lib/config/schema";
import type { RegionSnapshot, Status } from "@/lib/snapshot/types";
import type { OriginHealthValue } from "../origin-health";
import { originHealthSeries } from "../origin-health/series";
import { rangeOk, worstOfRanges } from "../runtime/range-worst";
import { headlineStatus } from "../runtime/status";
import type { ProjectContext, SeriesRequest, SeriesResult, SnapshotFields } from "../runtime/types";
import { saturationSeries } from "./series";

/** A region's saturation: its snapshot row without what origin health adds (regionRows joins the two). */
export type RegionSaturation = Omit<RegionSnapshot, "displayName" | "originHealthy" | "trafficShareRatio">;

/** The snapshot's regions rows: saturation of each configured region joined with its origin health. */
export function regionRows(config: DashboardConfig, sat: RegionSaturation[] | null, health: OriginHealthValue | null): RegionSnapshot[] {
  return config.regions.map((region) => {
    const s = sat?.find((r) => r.id === region.id);
    const h = health?.regions.find((r) => r.id === region.id);
    const originHealthy = h?.originHealthy ?? null;
    const statuses: Status[] = [s?.status ?? "no-data", originHealthy === null ? "no-data" : originHealthy ? "ok" : "breach"];
    return {
      id: region.id,
      displayName: region.displayName,
      originHealthy,
      trafficShareRatio: h?.trafficShareRatio ?? null,
      cpuPercent: s?.cpuPercent ?? null,
      ruPercent: s?.ruPercent ?? null,
      throttled429: s?.throttled429 ?? null,
      survivorProjectedPercent: s?.survivorProjectedPercent ?? null,
      survivorStatus: s?.survivorStatus ?? "no-data",
      status: headlineStatus(statuses),
      rangeWorst: worstOfRanges([s?.rangeWorst ?? rangeOk("no-data", null), h?.rangeWorst ?? rangeOk("no-data", null)]),
    };
  });
}

export function projectRegions(value: RegionSaturation[] | null, ctx: ProjectContext): Pick<SnapshotFields, "regions"> {
  const health = ctx.valueOf("originHealth") as OriginHealthValue | null;
  return { regions: regionRows(ctx.config, value, health).filter((r) => ctx.region === undefined || r.id === ctx.region) };
}

/** The regions drill-down: traffic share (from origin health) above the saturation charts. */
export async function regionsSeries(req: SeriesRequest): Promise<SeriesResult> {
  const [sat, health] = await Promise.all([saturationSeries(req), originHealthSeries(req)]);
  return { panels: [...health.panels.filter((p) => p.id === "traffic-share"), ...sat.panels], tables: [...sat.tables, ...health.tables] };
}
