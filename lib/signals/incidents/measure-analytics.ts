import type { IncidentSnapshot, QueryRun, RegionAnalytics } from "@/lib/snapshot/types";
import { appRegionOf } from "../runtime/fragments";
import { num, str, timeMs } from "../runtime/rows";
import type { SignalContext } from "../runtime/types";
import { DETECTION_LOOKBACK_MS, failbackAt, FAILBACK_HOLD_MS, firstPageBurnMs, PRE_INCIDENT_MS, regionAnalytics, shareOver, type ShareBin } from "./analytics";
import { INCIDENT_QUERY_IDS, incidentShareQuery, lastDrillsQuery } from "./query";
import { FEEDS } from "@/lib/telemetry/contract";

/** How long after re-admission the share is watched for failback. */
export const FAILBACK_SEARCH_MS = 30 * 60_000;

type AnalyticsFields = Required<Pick<IncidentSnapshot, "detectedAt" | "detectedBy" | "timeToDetectSeconds" | "readmittedAt" | "failbackAt" | "failbackSeconds">>;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Time to detect and failback of one incident from every 10 s bin of the access log between an hour
 * before its start (the 1h burn window) and 30 min after the origin's re-admission.
 */
export async function measureAnalytics(
  ctx: SignalContext,
  args: { origin: string; startMs: number; flipAtMs: number; readmittedMs: number | null },
): Promise<{ fields: AnalyticsFields; run: QueryRun }> {
  const asOfMs = ctx.asOf.getTime();
  const until = Math.min(asOfMs, (args.readmittedMs ?? asOfMs) + FAILBACK_SEARCH_MS);
  const res = await ctx.runQuery(INCIDENT_QUERY_IDS.share, incidentShareQuery(args.origin), { from: new Date(args.startMs - DETECTION_LOOKBACK_MS), to: new Date(Math.max(until, args.flipAtMs)) }, {
    requiredColumns: ["binStart", "edgeTotal", "edgeBad", "originTotal"],
  });
  const bins: ShareBin[] = [];
  for (const row of res.rows) {
    const binStartMs = timeMs(row, "binStart");
    if (binStartMs !== null) bins.push({ binStartMs, edgeTotal: num(row, "edgeTotal") ?? 0, edgeBad: num(row, "edgeBad") ?? 0, originTotal: num(row, "originTotal") ?? 0 });
  }
  const budget = 1 - ctx.config.budgets.availability.target;
  const burn = res.ok ? firstPageBurnMs(bins, args.startMs, args.flipAtMs, budget) : null;
  const detected = burn !== null && burn < args.flipAtMs ? burn : args.flipAtMs;
  const pre = shareOver(bins, args.startMs - PRE_INCIDENT_MS, args.startMs);
  const back = args.readmittedMs === null || pre === null || until - args.readmittedMs < FAILBACK_HOLD_MS ? null : failbackAt(bins, args.readmittedMs, pre, until);
  return {
    fields: {
      detectedAt: iso(detected),
      detectedBy: burn !== null && burn < args.flipAtMs ? "burn-alert" : "flip",
      timeToDetectSeconds: (detected - args.startMs) / 1000,
      readmittedAt: iso(args.readmittedMs),
      failbackAt: iso(back),
      failbackSeconds: back === null || args.readmittedMs === null ? null : (back - args.readmittedMs) / 1000,
    },
    run: res.run,
  };
}

/** Per region: mean time between real incidents over the range, and days since its last drill ended. */
export async function regionAnalyticsOf(ctx: SignalContext, incidents: readonly IncidentSnapshot[]): Promise<{ regions: RegionAnalytics[]; run: QueryRun }> {
  const { config, asOf } = ctx;
  const maxAge = config.budgets.drillMaxAgeDays;
  // Twice the limit: a drill just past the limit still shows its age rather than "none".
  const lookbackDays = Math.ceil(maxAge * 2);
  const res = await ctx.runQuery(INCIDENT_QUERY_IDS.lastDrills, lastDrillsQuery(), { from: new Date(asOf.getTime() - lookbackDays * 86_400_000), to: asOf }, {
    requiredColumns: ["region", "lastEnd"],
    optionalFeed: FEEDS.drills,
  });
  const last = new Map<string, number>();
  for (const row of res.rows) {
    const region = config.regions.find((r) => appRegionOf(r) === str(row, "region"));
    const t = timeMs(row, "lastEnd");
    if (region && t !== null) last.set(region.id, Math.max(t, last.get(region.id) ?? t));
  }
  const fromMs = ctx.range.from.getTime();
  const regions = config.regions.map((r) =>
    regionAnalytics({
      region: r.id,
      regionName: r.displayName,
      incidentStartsMs: incidents.filter((i) => i.region === r.id && i.kind === "real" && Date.parse(i.start) >= fromMs).map((i) => Date.parse(i.start)),
      rangeMs: asOf.getTime() - fromMs,
      lastDrillEndMs: last.get(r.id) ?? null,
      asOfMs: asOf.getTime(),
      maxAgeDays: maxAge,
      lookbackDays,
      drillsUnseen: res.ok ? null : (res.run.coverage ?? "The drill-marker query failed, so drills are not seen."),
    }),
  );
  return { regions, run: res.run };
}
