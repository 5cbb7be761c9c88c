import type { OriginFlip, ProbeBlindSpan, Status } from "@/lib/snapshot/types";
import { buildMeta } from "../runtime/status";
import type { SignalContext, SignalModule, SignalOutput } from "../runtime/types";
import { analyzeOriginHealth, type OriginHealthAnalysis } from "./analyze";
import { probeBlindSpans } from "./blindness";
import { everyOriginBlindSpans, everyOriginSpanOf } from "./every-origin";
import { probeBlindEveryOriginReason } from "@/lib/format/reasons";
import { withProbeBlindness } from "./blind-grade";
import { originFilterNote } from "./filter-note";
import { originHealthQueries } from "./query";
import { flappingSpans } from "./timeline";
import { frontDoorStream } from "./freshness";
import { originHealthByRegion, originState, type OriginState, type RegionOriginHealth } from "./state";
import { FEEDS } from "@/lib/telemetry/contract";
import { originHealthSeries } from "./series";

export { analyzeOriginHealth } from "./analyze";
export type { OriginAnalysis, OriginHealthAnalysis } from "./analyze";
export { originHealthByRegion } from "./state";
export type { OriginState, RegionOriginHealth } from "./state";

export interface FlappingSpanSnapshot {
  origin: string;
  region: string;
  from: string;
  to: string;
  flips: number;
}

export interface OriginHealthValue {
  originFlips: OriginFlip[];
  probeBlind: ProbeBlindSpan[];
  flapping: FlappingSpanSnapshot[];
  origins: OriginState[];
  regions: RegionOriginHealth[];
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Flips, probe-blind spans and flapping within the range, from an analysis. */
export function evaluateOriginHealth(ctx: SignalContext, analysis: OriginHealthAnalysis): OriginHealthValue {
  const fromMs = ctx.range.from.getTime();
  const toMs = ctx.range.to.getTime();
  const inRange = (ms: number) => ms >= fromMs && ms <= toMs;
  const stream = frontDoorStream(analysis, toMs);
  const regionOf = new Map(analysis.origins.map((o) => [o.origin, o.region]));
  const allFlips = analysis.origins.flatMap((o) => o.timeline.flips);
  const originFlips: OriginFlip[] = allFlips
    .filter((f) => inRange(f.atMs))
    .sort((a, b) => a.atMs - b.atMs)
    .map((f) => ({ origin: f.origin, region: regionOf.get(f.origin) ?? "", at: iso(f.atMs), to: f.to }));
  const blindByOrigin = analysis.origins.map((o) => ({ o, spans: probeBlindSpans(o.errorBinStarts, o.timeline.unhealthy) }));
  // Over the whole analysis, not the range: a shared stretch begun before the range is still shared.
  const common = everyOriginBlindSpans(blindByOrigin.map((b) => b.spans));
  const probeBlind: ProbeBlindSpan[] = blindByOrigin
    .flatMap(({ o, spans }) => spans.map((s) => ({ origin: o.origin, region: o.region, ...s, everyOrigin: everyOriginSpanOf(s, common) })))
    .filter((s) => s.toMs >= fromMs && s.fromMs <= toMs)
    .sort((a, b) => a.fromMs - b.fromMs)
    .map((s) => ({
      origin: s.origin,
      region: s.region,
      from: iso(s.fromMs),
      to: iso(s.toMs),
      everyOrigin: s.everyOrigin ? { from: iso(s.everyOrigin.fromMs), to: iso(s.everyOrigin.toMs) } : null,
    }));
  const flapping = flappingSpans(allFlips)
    .filter((s) => s.toMs >= fromMs && s.fromMs <= toMs)
    .map((s) => ({ origin: s.origin, region: regionOf.get(s.origin) ?? "", from: iso(s.fromMs), to: iso(s.toMs), flips: s.flips }));
  return {
    originFlips,
    probeBlind,
    flapping,
    origins: analysis.origins.map((o) => originState(o, stream)),
    regions: withProbeBlindness(originHealthByRegion(ctx.config, analysis, ctx.range), probeBlind, ctx.range, flapping),
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

/**
 * The signal's WARN reason when the newest probe blindness of the last hour was on every origin at once
 * (the region rows' own words); null otherwise: a single lying probe is said on its region's row.
 */
export function everyOriginReason(value: OriginHealthValue, asOf: Date): string | null {
  const hourAgo = asOf.getTime() - 60 * 60_000;
  const recent = value.probeBlind.filter((s) => Date.parse(s.to) >= hourAgo);
  if (recent.length === 0) return null;
  const latest = recent.reduce((a, b) => (Date.parse(b.to) > Date.parse(a.to) ? b : a));
  return latest.everyOrigin ? probeBlindEveryOriginReason(latest.everyOrigin, asOf.toISOString()) : null;
}

export const originHealthSignal: SignalModule<OriginHealthValue, "originHealth"> = {
  key: "originHealth",
  title: "Front Door origin health",
  label: "Origin health",
  telemetry: [FEEDS.frontDoorAccess, FEEDS.frontDoorProbes],
  wallTiles: ["regions"],
  project: (value, { region, config }) => ({
    originFlips: (value?.originFlips ?? []).filter((f) => region === undefined || f.region === region),
    probeBlind: (value?.probeBlind ?? []).filter((p) => region === undefined || p.region === region),
    // The lists narrow; an empty one must not read "no origin changed" beside another region's flip.
    ...(region === undefined ? {} : { originFilter: originFilterNote({ originFlips: value?.originFlips ?? [], probeBlind: value?.probeBlind ?? [] }, region, config) }),
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
    // The regions share one stream and one probe log: a silent stream, or a probe log never seen, is
    // said once, in the region rows' own words (the panel's NO DATA line reads the warnings).
    const blindness = value.regions.find((r) => r.originStatus === "no-data" && r.originReason !== null)?.originReason;
    const stream = frontDoorStream(analysis, ctx.asOf.getTime());
    if (blindness && (stream.silent || stream.probeLogUnseenDays !== null)) warnings.push(blindness);
    const status = originHealthStatus(value, analysis.ok, ctx.asOf);
    return {
      value,
      meta: buildMeta({ status, reason: status === "warn" ? everyOriginReason(value, ctx.asOf) : null, asOf: ctx.asOf, newestMs: newest, runs: analysis.runs, warnings }),
    };
  },
};
