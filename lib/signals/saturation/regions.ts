import type { DashboardConfig } from "@/lib/config/schema";
import type { RegionSnapshot, Status } from "@/lib/snapshot/types";
import type { OriginHealthValue } from "../origin-health";
import { originHealthSeries } from "../origin-health/series";
import { rangeOk, worstOfRanges } from "../runtime/range-worst";
import { headlineStatus } from "../runtime/status";
import type { ProjectContext, SeriesRequest, SeriesResult, SnapshotFields } from "../runtime/types";
import { DOWN_TRAFFIC_SHARE } from "./evaluate";
import { saturationSeries } from "./series";

/** A region's saturation: its snapshot row without what origin health adds (regionRows joins the two). */
export type RegionSaturation = Omit<RegionSnapshot, "displayName" | "originHealthy" | "originStatus" | "originReason" | "trafficShareRatio" | "saturationStatus">;

/**
 * SIGNALS 3.5: a region that reports no load counts as down, carrying 0 in the survivor projection, only
 * when it is evicted or serves < 1 % of edge traffic. Silent while still serving (or with no traffic
 * figure), its load is unknown, and so is what the others would carry: their projection is NO DATA.
 */
function blindRegions(config: DashboardConfig, sat: RegionSaturation[] | null, health: OriginHealthValue | null): string[] {
  return config.regions
    .filter((region) => {
      const s = sat?.find((r) => r.id === region.id);
      if (!s || s.cpuPercent !== null || s.ruPercent !== null) return false;
      const h = health?.regions.find((r) => r.id === region.id);
      const down = h?.originHealthy === false || (h?.trafficShareRatio != null && h.trafficShareRatio < DOWN_TRAFFIC_SHARE);
      return !down;
    })
    .map((r) => r.id);
}

/** The snapshot's regions rows: saturation of each configured region joined with its origin health. */
export function regionRows(config: DashboardConfig, sat: RegionSaturation[] | null, health: OriginHealthValue | null): RegionSnapshot[] {
  const blind = blindRegions(config, sat, health);
  return config.regions.map((region) => {
    const s = sat?.find((r) => r.id === region.id);
    const h = health?.regions.find((r) => r.id === region.id);
    const projectionKnown = blind.length === 0;
    const saturationStatus: Status = s?.status ?? "no-data";
    const originStatus: Status = h?.originStatus ?? "no-data";
    return {
      id: region.id,
      displayName: region.displayName,
      originHealthy: h?.originHealthy ?? null,
      originStatus,
      originReason: h ? h.originReason : "Origin health unknown: the origin-health signal failed.",
      trafficShareRatio: h?.trafficShareRatio ?? null,
      cpuPercent: s?.cpuPercent ?? null,
      ruPercent: s?.ruPercent ?? null,
      throttled429: s?.throttled429 ?? null,
      survivorProjectedPercent: projectionKnown ? (s?.survivorProjectedPercent ?? null) : null,
      survivorStatus: projectionKnown ? (s?.survivorStatus ?? "no-data") : "no-data",
      saturationStatus,
      status: headlineStatus([saturationStatus, originStatus]),
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
