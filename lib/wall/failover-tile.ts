import { formatUtc } from "../format/units";
import { PROBE_BLIND_RECENT_MS } from "../signals/origin-health/blind-grade";
import { headlineStatus } from "../signals/runtime/status";
import type { IncidentSnapshot, ProbeBlindSpan, RegionSnapshot, Status, WallTileState } from "../snapshot/types";
import { lastClosedIncident, openIncident } from "./incidents";

const clock = (iso: string) => formatUtc(iso, false).slice(11);

/** A probe-blind span ends where the flip it leads into is stamped, up to a probe slot and a 10 s bin later. */
const LEAD_IN_SLACK_MS = 60_000;

/**
 * The span was the lead-in of a failover of its region: an incident of that region began before the
 * span ended (its clock starts at the first failing requests, SIGNALS 3.4) and had not yet evicted the
 * region when the span began. A brownout that ends in the region failing outright (a slow death, a
 * lying probe drained by hand) was failed over; one that ended on its own was not.
 */
function ledToFailover(span: ProbeBlindSpan, incidents: readonly IncidentSnapshot[], asOfMs: number): boolean {
  const from = Date.parse(span.from);
  const to = Date.parse(span.to);
  return incidents.some((i) => {
    if (i.region !== span.region || Date.parse(i.start) > to + LEAD_IN_SLACK_MS) return false;
    const evicted = i.evictedAt ?? i.recoveredAt;
    return (evicted === null ? asOfMs : Date.parse(evicted)) >= from;
  });
}

/**
 * The failover that should have happened and did not (SIGNALS 3.3, the lying probe): a region whose
 * requests failed while Front Door's probes passed it, within the last hour, and not evicted since
 * (its origin not UNHEALTHY, no failover of it open, the span not the lead-in of a failover of it).
 * "No failover in 7 days" in green over that repeats the probe's lie; one sentence per region names
 * it and its span. Spans on which every origin was blind at once (`everyOrigin`) are left out: Front
 * Door itself failing left nothing to fail over to. A span that ran into a failover is left out too:
 * after a slow death "Front Door has not failed it over" beside that failover's RTO was false.
 */
export function missedFailovers(args: {
  asOf: string;
  probeBlind: readonly ProbeBlindSpan[];
  regions: readonly RegionSnapshot[];
  open: IncidentSnapshot | null;
  incidents: readonly IncidentSnapshot[];
}): string[] {
  const asOfMs = Date.parse(args.asOf);
  const out: string[] = [];
  for (const region of args.regions) {
    if (region.originHealthy === false || args.open?.region === region.id) continue;
    // Every origin blind at once is Front Door failing, not a failover Front Door missed: there was no
    // healthy origin to fail over to (the Regions tile and the banner say so).
    const spans = args.probeBlind.filter(
      (s) => s.region === region.id && s.everyOrigin === null && Date.parse(s.to) >= asOfMs - PROBE_BLIND_RECENT_MS && !ledToFailover(s, args.incidents, asOfMs),
    );
    if (spans.length === 0) continue;
    const latest = spans.reduce((a, b) => (Date.parse(b.to) > Date.parse(a.to) ? b : a));
    // The span as the Regions tile words it (lib/format/reasons.ts probeBlindReason), so the two tiles
    // never disagree on whether it has ended ("since 11:00" beside "11:00–11:15" did).
    const when = `${clock(latest.from).replace(/ UTC$/, "")}–${clock(latest.to)}`;
    out.push(`${region.displayName} probe-blind ${when}: Front Door has not failed it over.`);
  }
  return out;
}

/**
 * The failover tile shows the last finished failover's measured RTO. No incident data, or its Front
 * Door source silent, means "no failover in 7 days" would be a lie: NO DATA, saying why. So would it be
 * while a failover is still open and none has finished: the tile then takes the open one's status and
 * says it runs (the banner above carries its clock). A region probe-blind in the last hour warns
 * (a failover that did not happen), over the last incident's status or the quiet week's OK.
 */
export function incidentTile(args: {
  meta: { status: Status; reason?: string } | undefined;
  incidents: readonly IncidentSnapshot[];
  regions: readonly RegionSnapshot[];
  asOf: string;
  probeBlind: readonly ProbeBlindSpan[];
}): WallTileState {
  const { meta, incidents, regions } = args;
  if (meta === undefined || meta.status === "no-data") return { status: "no-data", reason: meta?.reason ?? null };
  const open = openIncident(incidents);
  const missed = missedFailovers({ asOf: args.asOf, probeBlind: args.probeBlind, regions, open, incidents });
  const missedReason = missed.length > 0 ? missed.join(" ") : null;
  const missedStatus: Status[] = missed.length > 0 ? ["warn"] : [];
  const closed = lastClosedIncident(incidents);
  if (closed) return { status: headlineStatus([closed.status, ...missedStatus]), reason: missedReason };
  if (!open) return { status: headlineStatus(["ok", ...missedStatus]), reason: missedReason };
  const name = regions.find((r) => r.id === open.region)?.displayName ?? open.region;
  const running = `${name} failing over now, since ${formatUtc(open.start, false)}; none finished in 7 days.`;
  return { status: headlineStatus([open.status, ...missedStatus]), reason: missedReason ? `${running} ${missedReason}` : running };
}
