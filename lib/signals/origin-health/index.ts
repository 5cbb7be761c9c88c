import type { DashboardConfig } from "@/lib/config/schema";
import { originRangeReason } from "@/lib/format/reasons";
import type { OriginFlip, ProbeBlindSpan, RangeWorst, Status } from "@/lib/snapshot/types";
import type { QueryWindow } from "@/lib/workspace/types";
import { buildMeta } from "../runtime/status";
import type { SignalContext, SignalModule, SignalOutput } from "../runtime/types";
import { analyzeOriginHealth, type OriginAnalysis, type OriginHealthAnalysis } from "./analyze";
import { probeBlindSpans } from "./blindness";
import { originHealthQueries } from "./query";
import { flappingSpans } from "./timeline";
import { FEEDS } from "@/lib/telemetry/contract";
import { originHealthSeries } from "./series";

export { analyzeOriginHealth } from "./analyze";
export type { OriginAnalysis, OriginHealthAnalysis } from "./analyze";

export interface OriginState {
  origin: string;
  region: string;
  /** State at asOf by the probe rule; null when there is no data at all (no traffic, no failed probe). */
  healthy: boolean | null;
  knownPops: number;
  requests: number;
}

export interface FlappingSpanSnapshot {
  origin: string;
  region: string;
  from: string;
  to: string;
  flips: number;
}

export interface RegionOriginHealth {
  id: string;
  /** All of the region's origins healthy at asOf; null when none of them has any data. */
  originHealthy: boolean | null;
  /** Share of edge requests (499 excluded) served by the region's origins over the last 5 minutes. */
  trafficShareRatio: number | null;
  /** breach when an origin of the region was unhealthy at any time in the range, with how long. */
  rangeWorst: RangeWorst;
}

export interface OriginHealthValue {
  originFlips: OriginFlip[];
  probeBlind: ProbeBlindSpan[];
  flapping: FlappingSpanSnapshot[];
  origins: OriginState[];
  regions: RegionOriginHealth[];
}

const iso = (ms: number) => new Date(ms).toISOString();

function hasData(o: OriginAnalysis): boolean {
  return o.requests > 0 || o.timeline.failedSlotStarts.length > 0;
}

function originState(o: OriginAnalysis): OriginState {
  return {
    origin: o.origin,
    region: o.region,
    healthy: hasData(o) ? o.timeline.stateAtEnd === "healthy" : null,
    knownPops: o.knownPops,
    requests: o.requests,
  };
}

/** Time in [from, to] during which any of the origins was unhealthy (overlaps counted once). */
function unhealthySeconds(origins: readonly OriginAnalysis[], range: QueryWindow): number {
  const from = range.from.getTime();
  const to = range.to.getTime();
  const spans = origins
    .flatMap((o) => o.timeline.unhealthy)
    .map((u) => [Math.max(from, u.fromMs), Math.min(to, u.toMs ?? to)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / 1000;
}

/** Per region: origin health at asOf and traffic share over the last 5 minutes (for the regions section). */
export function originHealthByRegion(config: DashboardConfig, analysis: OriginHealthAnalysis, range: QueryWindow): RegionOriginHealth[] {
  return config.regions.map((region) => {
    const mine = analysis.origins.filter((o) => o.region === region.id).map(originState);
    const known = mine.filter((o) => o.healthy !== null);
    const served = region.frontDoorOrigins.reduce(
      (sum, host) => sum + (analysis.recentRequestsByOrigin.get(host.toLowerCase()) ?? 0),
      0,
    );
    const originHealthy = !analysis.ok || known.length === 0 ? null : known.every((o) => o.healthy);
    const down = unhealthySeconds(analysis.origins.filter((o) => o.region === region.id), range);
    const worst: Status = originHealthy === null ? "no-data" : down > 0 ? "breach" : "ok";
    return {
      id: region.id,
      originHealthy,
      trafficShareRatio: analysis.recentEdgeRequests > 0 ? served / analysis.recentEdgeRequests : null,
      rangeWorst: { status: worst, overBudgetSeconds: originHealthy === null ? null : down, reason: worst === "breach" ? originRangeReason(down) : null },
    };
  });
}

/** Flips, probe-blind spans and flapping within the range, from an analysis. */
export function evaluateOriginHealth(ctx: SignalContext, analysis: OriginHealthAnalysis): OriginHealthValue {
  const fromMs = ctx.range.from.getTime();
  const toMs = ctx.range.to.getTime();
  const inRange = (ms: number) => ms >= fromMs && ms <= toMs;
  const regionOf = new Map(analysis.origins.map((o) => [o.origin, o.region]));
  const allFlips = analysis.origins.flatMap((o) => o.timeline.flips);
  const originFlips: OriginFlip[] = allFlips
    .filter((f) => inRange(f.atMs))
    .sort((a, b) => a.atMs - b.atMs)
    .map((f) => ({ origin: f.origin, region: regionOf.get(f.origin) ?? "", at: iso(f.atMs), to: f.to }));
  const probeBlind: ProbeBlindSpan[] = analysis.origins
    .flatMap((o) =>
      probeBlindSpans(o.errorBinStarts, o.timeline.unhealthy).map((s) => ({ origin: o.origin, region: o.region, ...s })),
    )
    .filter((s) => s.toMs >= fromMs && s.fromMs <= toMs)
    .sort((a, b) => a.fromMs - b.fromMs)
    .map((s) => ({ origin: s.origin, region: s.region, from: iso(s.fromMs), to: iso(s.toMs) }));
  const flapping = flappingSpans(allFlips)
    .filter((s) => s.toMs >= fromMs && s.fromMs <= toMs)
    .map((s) => ({ origin: s.origin, region: regionOf.get(s.origin) ?? "", from: iso(s.fromMs), to: iso(s.toMs), flips: s.flips }));
  return {
    originFlips,
    probeBlind,
    flapping,
    origins: analysis.origins.map(originState),
    regions: originHealthByRegion(ctx.config, analysis, ctx.range),
  };
}

/**
 * no-data when the health queries failed or no origin has any data; breach when an origin is
 * unhealthy at asOf; warn when an origin was probe-blind or flapping in the last hour; else ok.
 */
export function originHealthStatus(value: OriginHealthValue, ok: boolean, asOf: Date): Status {
  if (!ok || value.origins.every((o) => o.healthy === null)) return "no-data";
  if (value.origins.some((o) => o.healthy === false)) return "breach";
  const hourAgo = asOf.getTime() - 60 * 60_000;
  const recent = (s: { to: string }) => Date.parse(s.to) >= hourAgo;
  if (value.probeBlind.some(recent) || value.flapping.some(recent)) return "warn";
  return "ok";
}

export const originHealthSignal: SignalModule<OriginHealthValue, "originHealth"> = {
  key: "originHealth",
  title: "Front Door origin health",
  label: "Origin health",
  telemetry: [FEEDS.frontDoorAccess, FEEDS.frontDoorProbes],
  wallTiles: ["regions"],
  project: (value, { region }) => ({
    originFlips: (value?.originFlips ?? []).filter((f) => region === undefined || f.region === region),
    probeBlind: (value?.probeBlind ?? []).filter((p) => region === undefined || p.region === region),
  }),
  series: originHealthSeries,
  queries: originHealthQueries,
  async run(ctx: SignalContext): Promise<SignalOutput<OriginHealthValue>> {
    const analysis = await analyzeOriginHealth(ctx);
    const value = evaluateOriginHealth(ctx, analysis);
    const newest = analysis.origins.reduce<number | null>(
      (max, o) => (o.newestMs !== null && (max === null || o.newestMs > max) ? o.newestMs : max),
      null,
    );
    const warnings = value.flapping.map((f) => `origin ${f.origin} flapped: ${f.flips} flips between ${f.from} and ${f.to}`);
    return {
      value,
      meta: buildMeta({ status: originHealthStatus(value, analysis.ok, ctx.asOf), asOf: ctx.asOf, newestMs: newest, runs: analysis.runs, warnings }),
    };
  },
};
