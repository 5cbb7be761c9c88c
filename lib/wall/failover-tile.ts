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
    // With every other region down now (a failover of UK South onto West Europe while West Europe browns
    // out), "has not failed it over" advised evicting the only region serving. The spec is silent; the
    // on-call engineer needs to know it fails and that there is nowhere to send its traffic.
    const elsewhere = args.regions.filter((r) => r.id !== region.id);
    const nowhere = elsewhere.length > 0 && elsewhere.every((r) => r.originHealthy === false);
    out.push(nowhere ? `${region.displayName} probe-blind ${when}, the only region serving: nowhere to fail it over to.` : `${region.displayName} probe-blind ${when}: Front Door has not failed it over.`);
  }
  return out;
}

/** Flips within this long make an origin flapping (SIGNALS 3.3); failovers of one region as close say the same. */
const FLAPPING_WINDOW_MS = 30 * 60_000;

const ORDINALS = ["", "", "2nd", "3rd"];
const ordinal = (n: number) => ORDINALS[n] ?? `${n}th`;

/** "A", "A and B", "A, B and C". */
const joinNames = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);

/**
 * What the failover tile says while a failover runs. "UK South failing over now" was wrong twice over:
 * with every region down at once (a global dependency: Entra ID, a shared Key Vault, a bad global
 * deploy) there is nothing to fail over to, and the sentence named one region of the two; and with
 * the region failing again minutes after the last failover finished (a flapping origin), the tile went
 * on showing that finished failover's green RTO as if it had held. The running one is said first, in
 * words an on-call engineer acts on: no region left, or the how-many-th failover of that region.
 * The sentence ends where the caller says whether any failover finished in the window.
 */
function runningSentence(open: IncidentSnapshot, incidents: readonly IncidentSnapshot[], regions: readonly RegionSnapshot[]): string {
  const name = (id: string) => regions.find((r) => r.id === id)?.displayName ?? id;
  const since = formatUtc(open.start, false);
  // The incident signal's own survivor verdict: no region stayed up (SIGNALS 3.4, `survivor.downToo`).
  if (open.survivor.region === null && (open.survivor.downToo?.length ?? 0) > 0) {
    const down = joinNames([open.region, ...(open.survivor.downToo ?? [])].map(name));
    return `${down} down at once, since ${since}: no region left to fail over to`;
  }
  const startMs = Date.parse(open.start);
  const recent = incidents.filter((i) => i.region === open.region && Date.parse(i.start) <= startMs && Date.parse(i.start) >= startMs - FLAPPING_WINDOW_MS);
  if (recent.length >= 2) {
    const first = recent.reduce((a, b) => (Date.parse(b.start) < Date.parse(a.start) ? b : a));
    const minutes = Math.round((startMs - Date.parse(first.start)) / 60_000);
    return `${name(open.region)} failing again, since ${since}: its ${ordinal(recent.length)} failover in ${minutes} min`;
  }
  return `${name(open.region)} failing over now, since ${since}`;
}

/**
 * The failover tile shows the last finished failover's measured RTO. No incident data, or its Front
 * Door source silent, means "no failover in 7 days" would be a lie: NO DATA, saying why. While a
 * failover is open the tile takes the worse of its status and the last finished one's, and says first
 * what runs (the banner above carries its clock): a finished failover's RTO shown alone under it read
 * as "recovered". A region probe-blind in the last hour warns (a failover that did not happen), over
 * the last incident's status or the quiet week's OK.
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
  const missedStatus: Status[] = missed.length > 0 ? ["warn"] : [];
  const closed = lastClosedIncident(incidents);
  const running = open ? [`${runningSentence(open, incidents, regions)}${closed ? "." : "; none finished in 7 days."}`] : [];
  const said = [...running, ...missed];
  const statuses = [closed?.status ?? "ok", ...(open ? [open.status] : []), ...missedStatus];
  return { status: headlineStatus(statuses), reason: said.length > 0 ? said.join(" ") : null };
}
