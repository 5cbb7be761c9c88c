import type { DashboardConfig } from "@/lib/config/schema";
import { comparePlatformEvents, platformEventSentence, platformRangeReason } from "@/lib/format/reasons";
import type { PlatformEvent, RangeWorst, Status } from "@/lib/snapshot/types";
import { watchedResourceIds } from "./query";

/** One AzureActivity row as the query projects it (times in ms). */
export interface ActivityRow {
  t: number;
  category: string;
  activityStatus: string | null;
  resourceId: string | null;
  title: string | null;
  trackingId: string | null;
  incidentType: string | null;
  impactStart: number | null;
  impactMitigation: number | null;
  regionText: string | null;
  service: string | null;
  impactedServices: string | null;
  stage: string | null;
  currentHealth: string | null;
  cause: string | null;
}

/** Resource Health states that mean Azure sees the resource failing. */
const UNHEALTHY = new Set(["unavailable", "degraded"]);
const RESOLVED = new Set(["resolved", "succeeded"]);

/** Service Health's impactedServices: a JSON string of [{ServiceName, ImpactedRegions: [{RegionName}]}]. */
function parseImpacted(text: string | null): { services: string[]; regions: string[] } {
  if (!text) return { services: [], regions: [] };
  try {
    const list = JSON.parse(text) as { ServiceName?: string; ImpactedRegions?: { RegionName?: string }[] }[];
    if (!Array.isArray(list)) return { services: [], regions: [] };
    return {
      services: list.map((s) => s.ServiceName ?? "").filter(Boolean),
      regions: list.flatMap((s) => (s.ImpactedRegions ?? []).map((r) => r.RegionName ?? "")).filter(Boolean),
    };
  } catch {
    return { services: [], regions: [] };
  }
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, "");

/** Configured region ids a list of Azure region names touches ("Global" touches every region). */
function regionsOf(config: DashboardConfig, names: readonly string[]): string[] {
  const wanted = new Set(names.map(norm));
  if (wanted.has("global")) return config.regions.map((r) => r.id);
  return config.regions.filter((r) => wanted.has(norm(r.displayName)) || wanted.has(r.id) || wanted.has(norm(r.cosmosRegionName))).map((r) => r.id);
}

function finish(e: Omit<PlatformEvent, "sentence">): PlatformEvent {
  return { ...e, sentence: platformEventSentence(e) };
}

function serviceHealthEvents(config: DashboardConfig, rows: readonly ActivityRow[]): PlatformEvent[] {
  const byTracking = new Map<string, ActivityRow[]>();
  for (const r of rows) {
    if (r.category !== "ServiceHealth" || !r.trackingId) continue;
    byTracking.set(r.trackingId, [...(byTracking.get(r.trackingId) ?? []), r]);
  }
  const wantServices = new Set(config.platformHealth.services.map(norm));
  const out: PlatformEvent[] = [];
  for (const [trackingId, list] of byTracking) {
    const last = list[list.length - 1];
    const names: string[] = [];
    const services = new Set<string>();
    for (const r of list) {
      names.push(...(r.regionText ?? "").split(",").map((s) => s.trim()).filter(Boolean));
      const impacted = parseImpacted(r.impactedServices);
      names.push(...impacted.regions);
      impacted.services.forEach((s) => services.add(s));
      if (r.service) services.add(r.service);
    }
    const regions = regionsOf(config, names);
    if (regions.length === 0) continue;
    if (wantServices.size > 0 && ![...services].some((s) => wantServices.has(norm(s)))) continue;
    const starts = list.map((r) => r.impactStart ?? r.t);
    const resolved = RESOLVED.has(norm(last.stage ?? "")) || RESOLVED.has(norm(last.activityStatus ?? ""));
    const to = resolved ? (last.impactMitigation ?? last.t) : null;
    const from = Math.min(...starts);
    out.push(
      finish({
        id: `${trackingId}@${new Date(from).toISOString()}`,
        source: "ServiceHealth",
        title: last.title ?? trackingId,
        trackingId,
        kind: last.incidentType || null,
        regions,
        services: [...services].sort(),
        resourceId: null,
        from: new Date(from).toISOString(),
        to: to === null ? null : new Date(to).toISOString(),
        active: to === null,
      }),
    );
  }
  return out;
}

function resourceHealthEvents(config: DashboardConfig, rows: readonly ActivityRow[]): PlatformEvent[] {
  const watched = new Set(watchedResourceIds(config));
  const regionOfResource = (id: string) => {
    const r = config.regions.filter((reg) => [...reg.computeResourceIds, ...reg.sqlDatabaseResourceIds].some((x) => x.toLowerCase() === id));
    // The Front Door profile and extra ids are not one region's: they touch every region.
    return r.length > 0 ? r.map((x) => x.id) : config.regions.map((x) => x.id);
  };
  const open = new Map<string, { from: number; row: ActivityRow }>();
  const out: PlatformEvent[] = [];
  const close = (id: string, to: number | null) => {
    const o = open.get(id);
    if (!o) return;
    open.delete(id);
    out.push(
      finish({
        id: `${id}@${new Date(o.from).toISOString()}`,
        source: "ResourceHealth",
        title: o.row.currentHealth ?? o.row.title ?? "unhealthy",
        trackingId: null,
        kind: o.row.cause || null,
        regions: regionOfResource(id),
        services: [],
        resourceId: id,
        from: new Date(o.from).toISOString(),
        to: to === null ? null : new Date(to).toISOString(),
        active: to === null,
      }),
    );
  };
  for (const r of rows) {
    if (r.category !== "ResourceHealth" || !r.resourceId || !watched.has(r.resourceId)) continue;
    const unhealthy = UNHEALTHY.has(norm(r.currentHealth ?? ""));
    if (unhealthy && !open.has(r.resourceId)) open.set(r.resourceId, { from: r.t, row: r });
    else if (!unhealthy) close(r.resourceId, r.t);
  }
  for (const id of [...open.keys()]) close(id, null);
  return out;
}

/** The events overlapping [fromMs, toMs] for one region (or any), newest first. */
export function eventsOverlapping(events: readonly PlatformEvent[], fromMs: number, toMs: number, region?: string): PlatformEvent[] {
  return events.filter(
    (e) => Date.parse(e.from) <= toMs && (e.to === null || Date.parse(e.to) >= fromMs) && (region === undefined || e.regions.includes(region)),
  );
}

export interface PlatformEvaluation {
  events: PlatformEvent[];
  status: Status;
  rangeWorst: RangeWorst;
}

/**
 * Azure's reports in the range: Service Health grouped by tracking id (impact start to the
 * mitigation time of its Resolved update), Resource Health from a resource's Unavailable/Degraded
 * report to its next Available one. Status: warn while an event touching a configured region is
 * active at asOf (it explains, it does not measure us); rangeWorst warn when any overlaps the range.
 */
export function evaluatePlatformHealth(config: DashboardConfig, rows: readonly ActivityRow[], rangeFromMs: number, asOfMs: number): PlatformEvaluation {
  const seen = rows.filter((r) => r.t <= asOfMs);
  const all = [...serviceHealthEvents(config, seen), ...resourceHealthEvents(config, seen)];
  const events = eventsOverlapping(all, rangeFromMs, asOfMs).sort(comparePlatformEvents);
  const activeNow = events.some((e) => e.active);
  const status: Status = activeNow ? "warn" : "ok";
  return {
    events,
    status,
    rangeWorst: {
      status: events.length > 0 ? "warn" : "ok",
      overBudgetSeconds: null,
      reason: platformRangeReason(events),
    },
  };
}
