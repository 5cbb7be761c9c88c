import type { DashboardConfig } from "@/lib/config/schema";
import type { RegionSnapshot, SignalMeta, Status, SurvivorFailure } from "@/lib/snapshot/types";
import type { OriginHealthValue } from "../origin-health";
import { originHealthSeries } from "../origin-health/series";
import { rangeOk, worstOfRanges } from "../runtime/range-worst";
import { headlineStatus } from "../runtime/status";
import type { ProjectContext, SeriesRequest, SeriesResult, SnapshotFields } from "../runtime/types";
import { DOWN_TRAFFIC_SHARE } from "./evaluate";
import { saturationSeries } from "./series";
import { cannotServeCaveat, failingCaveat, unverifiedCaveat } from "@/lib/format/reasons";
import { STATUS_WORD } from "@/lib/snapshot/status";

/** A region's saturation: its snapshot row without what origin health adds (regionRows joins the two). */
export type RegionSaturation = Omit<RegionSnapshot, "displayName" | "originHealthy" | "originStatus" | "originReason" | "trafficShareRatio" | "saturationStatus" | "survivorCaveat" | "survivorBasis"> & {
  /** 429s in 3 consecutive of the last 5 minutes: Cosmos refuses its requests now, whatever rule graded it. */
  consecutive429: boolean;
};

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

/**
 * The survivor projection as the row shows it. The number is measured load (CPU and RU of every
 * region), but "it could carry the load" also rests on the survivor serving at all:
 * - its origin UNHEALTHY (Front Door's probes fail it): it cannot serve whatever its load, so the
 *   projection is WARN, as a projection over 100 % is (SIGNALS 3.5: it cannot take the load), and
 *   says so; the number stays in the snapshot, the screens show "cannot serve";
 * - it fails its own requests now (`failing`: Cosmos throttles it in 3 consecutive minutes, or it is
 *   probe-blind): it does not carry the load it has, so "runs at 78 %" with OK under a red throttling
 *   tile told on-call the failover onto it was fine. WARN, as cannot-serve (SIGNALS 3.5's grade for a
 *   survivor that cannot take the load; the row's own status is already BREACH or WARN for the cause),
 *   and says why; the number stays in the snapshot;
 * - its origin health unknown: the projection keeps its number, loses its OK (NO DATA, never a
 *   reassuring grade) and says what it assumes. Over 100 % stays WARN: it cannot carry the load
 *   whatever its origin's health.
 */
export function survivorVerdict(
  projected: number | null,
  status: Status,
  originStatus: Status,
  displayName: string,
  failing: readonly SurvivorFailure[] = [],
): Pick<RegionSnapshot, "survivorProjectedPercent" | "survivorStatus" | "survivorCaveat" | "survivorBasis"> {
  if (originStatus === "breach") {
    return { survivorProjectedPercent: projected, survivorStatus: "warn", survivorCaveat: cannotServeCaveat(displayName), survivorBasis: "cannot-serve" };
  }
  if (failing.length > 0) {
    return { survivorProjectedPercent: projected, survivorStatus: "warn", survivorCaveat: failingCaveat(displayName, failing), survivorBasis: "failing" };
  }
  if (projected === null || originStatus !== "no-data") return { survivorProjectedPercent: projected, survivorStatus: status, survivorCaveat: null, survivorBasis: "measured" };
  return {
    survivorProjectedPercent: projected,
    survivorStatus: status === "ok" ? "no-data" : status,
    survivorCaveat: unverifiedCaveat(displayName),
    survivorBasis: "unverified",
  };
}

/** What makes a region fail its own requests now, in the order the caveat names them (the simulator's truth uses the same). */
export function survivorFailures(consecutive429: boolean, probeBlindNow: boolean): SurvivorFailure[] {
  return [...(consecutive429 ? (["throttling"] as const) : []), ...(probeBlindNow ? (["probe-blind"] as const) : [])];
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
      ...survivorVerdict(
        projectionKnown ? (s?.survivorProjectedPercent ?? null) : null,
        projectionKnown ? (s?.survivorStatus ?? "no-data") : "no-data",
        originStatus,
        region.displayName,
        survivorFailures(s?.consecutive429 ?? false, h?.probeBlindNow ?? false),
      ),
      saturationStatus,
      saturationReason: s?.saturationReason ?? null,
      saturationRule: s?.saturationRule ?? null,
      status: headlineStatus([saturationStatus, originStatus]),
      rangeWorst: worstOfRanges([s?.rangeWorst ?? rangeOk("no-data", null), h?.rangeWorst ?? rangeOk("no-data", null)]),
    };
  });
}

/** Why one region's row has `status`, in words: its origin health's reason, its saturation's, or both. */
function rowReasons(r: RegionSnapshot, status: Status): string[] {
  const out: string[] = [];
  if (r.originStatus === status) out.push(r.originReason ?? `Origin health ${STATUS_WORD[status]}.`);
  if (r.saturationStatus === status) {
    // The rule that decided it, in the saturation signal's words (a breach on 429s at 38 % load says so).
    out.push(
      status === "no-data"
        ? "No CPU or Cosmos RU samples: saturation unknown."
        : `Saturation ${STATUS_WORD[status]}: ${r.saturationReason ?? (status === "breach" ? "utilisation over the breach line, or 429s in 3 consecutive minutes." : "utilisation over the warn line for 15 min, or it could not carry the others' load.")}`,
    );
  }
  return out;
}

/**
 * The regions panel's status and reason from its rows (each row already the headline of its
 * saturation and origin health): the worst row, a breach first, and why, said once when every
 * region has the same reason, else per region. A header never says OK above a row that does not.
 */
export function regionsSummary(rows: readonly RegionSnapshot[]): { status: Status; reason: string | null } {
  const status = headlineStatus(rows.map((r) => r.status));
  if (status === "ok") return { status, reason: null };
  const flagged = rows.filter((r) => r.status === status).map((r) => ({ r, text: rowReasons(r, status).join(" ") }));
  const texts = new Set(flagged.map((f) => f.text));
  if (texts.size === 1 && flagged.length === rows.length) return { status, reason: flagged[0].text };
  return { status, reason: flagged.map((f) => `${f.r.displayName}: ${f.text}`).join(" ") };
}

/** The regions signal's meta restated from its projected rows (the saturation run alone cannot see origin health). */
export function summarizeRegions(fields: Pick<SnapshotFields, "regions">, meta: SignalMeta): SignalMeta {
  if (fields.regions.length === 0) return meta;
  const { status, reason } = regionsSummary(fields.regions);
  const { reason: _previous, ...rest } = meta;
  // Also a warning when NO DATA, as origin health's own, so the panel's NO DATA line says why.
  const warnings = status === "no-data" && reason ? [...new Set([...meta.warnings, reason])] : meta.warnings;
  return { ...rest, status, ...(reason ? { reason } : {}), warnings };
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
