import type { IncidentSnapshot, QueryRun, RegionAnalytics } from "@/lib/snapshot/types";
import { measureAnalytics, regionAnalyticsOf } from "./measure-analytics";
import { analyzeOriginHealth, type OriginAnalysis, type OriginHealthAnalysis } from "../origin-health/analyze";
import { errorRunStartAt } from "../origin-health/blindness";
import { failedRunStart, type HealthFlip } from "../origin-health/timeline";
import { appRegionOf } from "../runtime/fragments";
import { num, str, timeMs } from "../runtime/rows";
import { buildMeta } from "../runtime/status";
import { frontDoorStream } from "../origin-health/freshness";
import { incidentsStatus } from "./coverage";
import { incidentsFilterNote } from "./filter-note";
import type { SignalContext, SignalModule, SignalOutput } from "../runtime/types";
import {
  drillIntervals,
  evictedAt,
  incidentKind,
  incidentStart,
  incidentVerdict,
  recovery,
  rpoTierStatus,
  type DrillInterval,
  type DrillMarker,
  type IncidentBin,
} from "./evaluate";
import { drillMarkersQuery, INCIDENT_QUERY_IDS, incidentBinsQuery, incidentQueries, lagAtQuery } from "./query";
import { minutesOf } from "../saturation";
import { cpuQuery, ruQuery } from "../saturation/query";
import { survivorStillCarrying, survivorVerdict, survivorWindowEndMs, type SurvivorVerdict } from "./survivor";
import { DRILL_PHASES, FEEDS } from "@/lib/telemetry/contract";
import { incidentSeries } from "./series";

/** How long after the origin turned healthy again the edge is still watched for recovery. */
export const RECOVERY_SEARCH_AFTER_HEALTHY_MS = 60 * 60_000;
/** Samples older than this before the start do not count as "the last sample". */
export const LAG_LOOKBACK_MS = 60 * 60_000;
/** Drill start markers are looked for this long before the analysis window. */
export const DRILL_LOOKBACK_MS = 24 * 60 * 60_000;
/** At most this many incidents (the most recent) are measured per snapshot. */
export const MAX_INCIDENTS = 100;
/** Incidents recovered within this long before asOf still colour the signal's status. */
export const RECENT_MS = 60 * 60_000;

export interface IncidentsValue {
  incidents: IncidentSnapshot[];
  analytics: RegionAnalytics[];
}

const iso = (ms: number) => new Date(ms).toISOString();

interface Candidate {
  origin: OriginAnalysis;
  flip: HealthFlip;
  startMs: number;
  healthyAgainMs: number | null;
  startedBeforeWindow: boolean;
}

/** Flips to unhealthy, each with its start; a flip while its region already has an open candidate is the same incident. */
function candidates(analysis: OriginHealthAnalysis, settings: SignalContext["config"]["frontDoor"]): Candidate[] {
  const interval = settings.probeIntervalSeconds * 1000;
  const out: Candidate[] = [];
  for (const origin of analysis.origins) {
    // History before the window, or before the origin's oldest row, is unknown: a run reaching it may have begun earlier.
    const knownFrom = Math.max(analysis.window.from.getTime(), origin.oldestMs ?? Number.NEGATIVE_INFINITY);
    const firstKnownSlot = Math.floor(knownFrom / interval) * interval;
    const flips = origin.timeline.flips;
    flips.forEach((flip, i) => {
      if (flip.to !== "unhealthy") return;
      const probeRun = failedRunStart(origin.timeline.failedSlotStarts, flip.atMs, settings);
      const errorRun = errorRunStartAt(origin.errorBinStarts, flip.atMs);
      const startMs = incidentStart(probeRun, errorRun, flip.atMs);
      out.push({
        origin,
        flip,
        startMs,
        healthyAgainMs: flips[i + 1]?.atMs ?? null,
        startedBeforeWindow: probeRun !== null && probeRun <= firstKnownSlot,
      });
    });
  }
  out.sort((a, b) => a.startMs - b.startMs);
  const merged: Candidate[] = [];
  for (const c of out) {
    const open = merged.find(
      (m) => m.origin.region === c.origin.region && c.startMs <= (m.healthyAgainMs ?? Number.POSITIVE_INFINITY),
    );
    if (open) open.healthyAgainMs = open.healthyAgainMs === null || c.healthyAgainMs === null ? null : Math.max(open.healthyAgainMs, c.healthyAgainMs);
    else merged.push({ ...c });
  }
  return merged;
}

const isDrillPhase = (p: string | null): p is (typeof DRILL_PHASES)[number] => (DRILL_PHASES as readonly (string | null)[]).includes(p);

async function loadDrills(ctx: SignalContext, analysis: OriginHealthAnalysis): Promise<{ drills: DrillInterval[]; run: QueryRun }> {
  const window = { from: new Date(analysis.window.from.getTime() - DRILL_LOOKBACK_MS), to: ctx.asOf };
  const res = await ctx.runQuery(INCIDENT_QUERY_IDS.drills, drillMarkersQuery(), window, {
    requiredColumns: ["TimeGenerated", "region", "phase"],
    optionalFeed: FEEDS.drills,
  });
  const regionByApp = new Map(ctx.config.regions.map((r) => [appRegionOf(r), r.id]));
  const markers: DrillMarker[] = [];
  for (const row of res.rows) {
    const atMs = timeMs(row);
    const region = regionByApp.get(str(row, "region") ?? "");
    const phase = str(row, "phase");
    if (atMs !== null && region && isDrillPhase(phase)) markers.push({ region, atMs, phase });
  }
  return { drills: drillIntervals(markers, window.from.getTime()), run: res.run };
}

async function measure(
  ctx: SignalContext,
  c: Candidate,
  drills: readonly DrillInterval[],
  origins: readonly OriginAnalysis[],
): Promise<{ incident: IncidentSnapshot; runs: QueryRun[]; warnings: string[] }> {
  const asOfMs = ctx.asOf.getTime();
  const observedUntil = Math.min(asOfMs, Math.max(c.healthyAgainMs ?? asOfMs, c.startMs) + RECOVERY_SEARCH_AFTER_HEALTHY_MS);
  const binsRes = await ctx.runQuery(
    INCIDENT_QUERY_IDS.bins,
    incidentBinsQuery(c.origin.origin),
    { from: new Date(c.startMs), to: new Date(observedUntil) },
    { requiredColumns: ["binStart", "edgeTotal", "edgeBad", "originTotal"] },
  );
  const bins: IncidentBin[] = [];
  for (const row of binsRes.rows) {
    const binStartMs = timeMs(row, "binStart");
    if (binStartMs === null) continue;
    bins.push({ binStartMs, edgeTotal: num(row, "edgeTotal") ?? 0, edgeBad: num(row, "edgeBad") ?? 0, originTotal: num(row, "originTotal") ?? 0 });
  }
  const evicted = evictedAt(bins, c.startMs, observedUntil);
  const rec = recovery(bins, c.startMs, observedUntil);
  const warnings: string[] = [];
  if (rec.recoveredAtMs === null && observedUntil < asOfMs) {
    warnings.push(`incident in ${c.origin.region} from ${iso(c.startMs)}: edge not recovered within 1 h after the origin turned healthy`);
  }
  if (c.startedBeforeWindow) {
    warnings.push(`incident in ${c.origin.region}: probes were already failing at ${iso(c.startMs)}; start and RTO are lower bounds`);
  }

  const pairs = ctx.config.replication.filter((p) => p.source === c.origin.region);
  const lagWindow = { from: new Date(c.startMs - LAG_LOOKBACK_MS), to: new Date(c.startMs + 1) };
  const lagResults = await Promise.all(
    pairs.map((pair) =>
      ctx.runQuery(`${INCIDENT_QUERY_IDS.lag}:${pair.tier}:${pair.source}->${pair.target}`, lagAtQuery(ctx.config, pair, new Date(c.startMs)), lagWindow, {
        requiredColumns: ["TimeGenerated", "lagSeconds"],
      }),
    ),
  );
  const rpoTiers = pairs.map((pair, i) => {
    const row = lagResults[i].rows.find((r) => (timeMs(r) ?? Number.POSITIVE_INFINITY) <= c.startMs);
    const tier = { tier: pair.tier, source: pair.source, target: pair.target, lagSeconds: row ? num(row, "lagSeconds") : null, budgetSeconds: pair.rpoBudgetSeconds };
    return { ...tier, status: rpoTierStatus(tier) };
  });
  const lags = rpoTiers.map((t) => t.lagSeconds).filter((v): v is number => v !== null);
  const endMs = rec.recoveredAtMs;
  const elapsedSeconds = ((endMs ?? asOfMs) - c.startMs) / 1000;
  const rtoBudgetSeconds = ctx.config.budgets.rtoSeconds;
  const analytics = await measureAnalytics(ctx, { origin: c.origin.origin, startMs: c.startMs, flipAtMs: c.flip.atMs, readmittedMs: c.healthyAgainMs });
  const survivor = await survivorDuring(ctx, c.origin.region, c.startMs, survivorWindowEndMs(endMs, asOfMs), origins);
  const { consecutive429: _consecutive, ...verdictFields } = survivor.verdict;
  const survivorFields = { ...verdictFields, stillCarrying: survivorStillCarrying(endMs, asOfMs) };
  const verdict = incidentVerdict({
    elapsedSeconds,
    open: endMs === null,
    rtoBudgetSeconds,
    tiers: rpoTiers,
    survivor: survivor.verdict,
    warnPercent: ctx.config.budgets.saturation.warnPercent,
    regionName: (id) => ctx.config.regions.find((r) => r.id === id)?.displayName ?? id,
  });
  return {
    incident: {
      region: c.origin.region,
      kind: incidentKind(c.origin.region, { startMs: c.startMs, endMs: endMs ?? asOfMs }, drills),
      start: iso(c.startMs),
      evictedAt: evicted === null ? null : iso(evicted),
      recoveredAt: endMs === null ? null : iso(endMs),
      rtoSeconds: endMs === null ? null : elapsedSeconds,
      elapsedSeconds,
      errorWindowSeconds: rec.errorWindowSeconds,
      // Every pair out of the failed region counts, so with three regions the worst of its two targets: a write that
      // reached only one of them may yet reach the other through Cosmos's hub, but nothing in the workspace says so
      // (docs/signals.md, rpoSeconds). SIGNALS 3.4 is silent on several targets; the on-call reading is "what was at risk".
      rpoSeconds: lags.length > 0 ? Math.max(...lags) : null,
      rpoTiers,
      rtoBudgetSeconds,
      rtoStatus: verdict.rtoStatus,
      rpoStatus: verdict.rpoStatus,
      survivor: survivorFields,
      status: verdict.status,
      reasons: verdict.reasons,
      ...analytics.fields,
    },
    runs: [binsRes.run, analytics.run, ...lagResults.map((r) => r.run), ...survivor.runs],
    warnings,
  };
}

/**
 * The survivors' per-minute load from the start to `untilMs`, through the saturation signal's own
 * per-minute queries (so the incident and the saturation panel read load the same way).
 */
async function survivorDuring(
  ctx: SignalContext,
  failed: string,
  startMs: number,
  untilMs: number,
  origins: readonly OriginAnalysis[],
): Promise<{ verdict: SurvivorVerdict; runs: QueryRun[] }> {
  const { config } = ctx;
  // SIGNALS 3.4 takes the regions that stayed up: one whose origin Front Door's probes failed in the
  // window failed too, and its load (low, since it was drained) says nothing about carrying the others'.
  const downToo = config.regions
    .filter((r) => r.id !== failed && origins.some((o) => o.region === r.id && o.timeline.unhealthy.some((u) => u.fromMs < untilMs && (u.toMs ?? Number.POSITIVE_INFINITY) > startMs)))
    .map((r) => r.id);
  // Whole minutes: a minute cut by the window would under-count its RU charge.
  const fromMinute = Math.floor(startMs / 60_000) * 60_000;
  const toMinute = Math.min(Math.ceil(untilMs / 60_000) * 60_000, Math.max(ctx.asOf.getTime(), fromMinute + 60_000));
  const window = { from: new Date(fromMinute), to: new Date(Math.max(toMinute, fromMinute + 60_000)) };
  const hasCompute = config.regions.some((r) => r.computeResourceIds.length > 0);
  const [cpu, ru] = await Promise.all([
    hasCompute
      ? ctx.runQuery(INCIDENT_QUERY_IDS.survivorCpu, cpuQuery(config), window, { requiredColumns: ["TimeGenerated", "resourceId", "cpu"], binSeconds: 60 })
      : Promise.resolve(null),
    ctx.runQuery(INCIDENT_QUERY_IDS.survivorRu, ruQuery(config), window, { requiredColumns: ["TimeGenerated", "RegionName", "charge", "throttled"], binSeconds: 60 }),
  ]);
  // Complete minutes only: the minute still running at asOf has part of its load and 429s to come.
  const inWindow = (t: number) => t >= window.from.getTime() && t < window.to.getTime() && t + 60_000 <= ctx.asOf.getTime();
  const survivors = config.regions
    .filter((r) => r.id !== failed && !downToo.includes(r.id))
    .map((r) => ({ id: r.id, minutes: minutesOf(r, cpu, ru).filter((m) => inWindow(m.t)) }));
  const verdict = survivorVerdict(survivors, config.budgets.saturation.warnPercent, downToo);
  return { verdict, runs: [cpu?.run, ru.run].filter((r): r is QueryRun => r !== undefined) };
}

export const incidentsSignal: SignalModule<IncidentsValue, "incidents"> = {
  key: "incidents",
  title: "Incidents and drills",
  label: "Incidents",
  // The incidents list has its own page (/incidents) in the navigation.
  nav: false,
  telemetry: [FEEDS.frontDoorAccess, FEEDS.frontDoorProbes, FEEDS.drills, FEEDS.canaryLag, FEEDS.sqlLag],
  wallTiles: ["incident"],
  project: (value, { region, config }) => ({
    incidents: (value?.incidents ?? []).filter((i) => region === undefined || i.region === region),
    incidentAnalytics: { drillMaxAgeDays: config.budgets.drillMaxAgeDays, regions: (value?.analytics ?? []).filter((a) => region === undefined || a.region === region) },
    // The rows narrow; what they leave out is said, so no filtered list reads "No incident" beside another region's outage.
    ...(region === undefined ? {} : { incidentsFilter: incidentsFilterNote(value?.incidents ?? [], region, config) }),
  }),
  series: incidentSeries,
  queries: incidentQueries,
  async run(ctx: SignalContext): Promise<SignalOutput<IncidentsValue>> {
    const analysis = await analyzeOriginHealth(ctx);
    const fromMs = ctx.range.from.getTime();
    const all = candidates(analysis, ctx.config.frontDoor);
    const warnings: string[] = [];
    const chosen = all.slice(-MAX_INCIDENTS);
    if (chosen.length < all.length) warnings.push(`${all.length} incidents in range; only the latest ${MAX_INCIDENTS} measured`);
    const { drills, run: drillRun } = await loadDrills(ctx, analysis);
    // Independent queries; the source's gateway limits how many run at once.
    const measured = await Promise.all(chosen.map((c) => measure(ctx, c, drills, analysis.origins)));
    // Keep incidents that overlap the range (the look-back only supplies their real start).
    const incidents = measured
      .filter((m) => (m.incident.recoveredAt === null ? Number.POSITIVE_INFINITY : Date.parse(m.incident.recoveredAt)) >= fromMs)
      .map((m) => m.incident);
    const analytics = await regionAnalyticsOf(ctx, incidents);
    const runs = [...analysis.runs, drillRun, ...measured.flatMap((m) => m.runs), analytics.run];
    warnings.push(...measured.filter((m) => incidents.includes(m.incident)).flatMap((m) => m.warnings));
    // Past incidents keep their own status in the list; the signal colours only what is current.
    const hourAgo = ctx.asOf.getTime() - RECENT_MS;
    const current = incidents.filter((i) => i.recoveredAt === null || Date.parse(i.recoveredAt) >= hourAgo);
    const { status, reason } = incidentsStatus(analysis, ctx.asOf.getTime(), current);
    const newest = frontDoorStream(analysis, ctx.asOf.getTime()).newestMs;
    // Also a warning, as origin health does, so the pages' incident panels say why they are NO DATA.
    if (reason) warnings.push(reason);
    return { value: { incidents, analytics: analytics.regions }, meta: buildMeta({ status, reason, asOf: ctx.asOf, newestMs: newest, runs, warnings }) };
  },
};

export { evictedAt, incidentKind, recovery, rtoStatus } from "./evaluate";
export { survivorVerdict } from "./survivor";
