/**
 * The sentences that say why a status is not ok. Signals attach them to the snapshot and the
 * simulator's truth builds its expected words with the same functions, so every screen (incident
 * page, wall, review) shows one wording and the tests can compare words, not just colours.
 */
import type { PlatformEvent, SaturationRule, Status, SurvivorFailure } from "@/lib/snapshot/types";
import { formatLoadPercent, formatPercent, formatSeconds, formatUtc } from "./units";

export function lagRangeReason(status: Status, maxSeconds: number, overSeconds: number, budgetSeconds: number): string | null {
  const budget = formatSeconds(budgetSeconds);
  if (status === "breach") return `Lag reached ${formatSeconds(maxSeconds)} in this range, over the ${budget} RPO budget for ${formatSeconds(overSeconds)}.`;
  if (status === "warn") return `Lag reached ${formatSeconds(maxSeconds)} in this range, above 80 % of the ${budget} RPO budget.`;
  return null;
}

/**
 * A replication pair's words for its status now (SIGNALS 3.1), what the wall's lag tile says beside its
 * dials. Without a failover a lag over the budget loses nothing yet: it is what a failure of the source
 * now would leave unreplicated, so the words say "at risk if <source> fails", not "lost", and name the
 * direction (lag is not symmetric). With the source down (its origin UNHEALTHY) they say it is down
 * with those writes, lost unless it comes back. A WARN names the peak of the last 15 min that made it, which the
 * dial (the latest sample only) does not show: 9 s on a 30 s dial read amber for no visible reason.
 */
export function lagReason(args: {
  status: Status;
  source: string;
  target: string;
  nowSeconds: number | null;
  recentMaxSeconds: number | null;
  budgetSeconds: number;
  /** The source region's origin is UNHEALTHY now: the failure the words would suppose has happened. */
  sourceDown?: boolean;
  /** A NO DATA pair's source or target region (display name) whose origin is UNHEALTHY now: why it is silent. */
  silentWhileDown?: string;
}): string | null {
  const budget = formatSeconds(args.budgetSeconds);
  // A down region's pairs report nothing (SIGNALS 3.4: absence during an outage is expected, not zero lag).
  // Without the words, UK South down of three regions greyed the wall's replication tile with nothing said,
  // beside West Europe <-> North Europe replicating fine.
  if (args.status === "no-data" && args.silentWhileDown) return `No lag sample: ${args.silentWhileDown} is down (expected while it is, not zero lag).`;
  if (args.status === "breach" && args.nowSeconds !== null) {
    // A region that is down emits no lag samples (SIGNALS 3.1, 3.4): the latest one is the lag it went
    // down with, and "at risk if UK South fails" four minutes into UK South's failure said it had not.
    if (args.sourceDown) return `${args.source} is down with ${formatSeconds(args.nowSeconds)} of its writes not yet in ${args.target} (RPO budget ${budget}): lost unless ${args.source} comes back.`;
    return `${formatSeconds(args.nowSeconds)} of ${args.source}'s writes not yet in ${args.target} (RPO budget ${budget}): at risk if ${args.source} fails.`;
  }
  if (args.status === "warn" && args.recentMaxSeconds !== null && args.nowSeconds !== null) {
    const line = args.recentMaxSeconds > args.budgetSeconds ? `over the ${budget} RPO budget` : `above 80 % of the ${budget} RPO budget`;
    return `${args.source} → ${args.target} lag reached ${formatSeconds(args.recentMaxSeconds)} in the last 15 min (${formatSeconds(args.nowSeconds)} now), ${line}.`;
  }
  return null;
}

/** "10:59 UTC": the time of day of a silent source's newest row. */
const utcClock = (ms: number) => formatUtc(new Date(ms).toISOString(), false).slice(11);
const minutesBefore = (ms: number, asOfMs: number) => Math.round((asOfMs - ms) / 60_000);

/**
 * Why a region's origin health is NO DATA now. Front Door logs only failed probes, so "no failed
 * probe" proves an origin healthy only while its log stream is flowing: with the stream silent the
 * sentence names it and since when (the words the who-is-blind banner uses for the same source).
 */
export function originNoDataReason(args: {
  streamSilent: boolean;
  newestMs: number | null;
  asOfMs: number;
  queriesFailed: boolean;
  /** Days of the probe-log look-back when no probe row was found in it (the category may not be exported); null when seen. */
  probeLogUnseenDays?: number | null;
}): string {
  if (args.queriesFailed) return "Origin health unknown: the Front Door log queries failed.";
  if (args.streamSilent) {
    if (args.newestMs === null) return "Front Door logs silent: none in the range, so origin health is unknown.";
    return `Front Door logs silent since ${utcClock(args.newestMs)} (${minutesBefore(args.newestMs, args.asOfMs)} min): origin health unknown.`;
  }
  if (args.probeLogUnseenDays != null) return probeLogUnseenReason(args.probeLogUnseenDays, "an origin going unhealthy would not be seen");
  return "No Front Door traffic or failed probe for this region's origins in the range: origin health unknown.";
}

/**
 * Why the failover tile is NO DATA: failovers are read from Front Door origin-health flips, so while
 * that stream is silent (or its queries fail) a failover would not be seen, and "no failover" is not
 * a fact. Says up to when one would have been seen.
 */
export function failoverNoDataReason(args: {
  newestMs: number | null;
  asOfMs: number;
  queriesFailed: boolean;
  /** Set (look-back days) when the logs flow but no probe row was found: the caller passes it only then. */
  probeLogUnseenDays?: number | null;
}): string {
  if (args.queriesFailed) return "Failovers unknown: the Front Door log queries failed.";
  if (args.probeLogUnseenDays != null) return probeLogUnseenReason(args.probeLogUnseenDays, "a failover would not be seen");
  if (args.newestMs === null) return "No Front Door logs in the range: a failover would not be seen.";
  return `No failover seen up to ${utcClock(args.newestMs)}; Front Door logs silent since then (${minutesBefore(args.newestMs, args.asOfMs)} min).`;
}

/**
 * Front Door logs failed probes only, so a workspace without a single probe row for days holds
 * either origins that never failed a probe or no probe log at all (the category not exported):
 * the sentence names both, and what cannot be seen.
 */
export function probeLogUnseenReason(days: number, unseen: string): string {
  return `No Front Door probe log in ${days} days (not exported, or no probe failed): ${unseen}.`;
}

/** "If it were the survivor" while its origin health is unknown: what the projection assumes. */
export function unverifiedCaveat(displayName: string): string {
  return `assumes ${displayName} could serve: its origin health is unknown`;
}

/** "If it were the survivor" while its origin is UNHEALTHY: the load it would carry is moot. */
export function cannotServeCaveat(displayName: string): string {
  return `${displayName} cannot serve: Front Door's probes fail its origin`;
}

/**
 * "If it were the survivor" while it fails its own requests now: Cosmos throttling it (429s in 3
 * consecutive minutes) or probe-blind (requests failing while Front Door's probes pass it). A failover
 * would pour the other region's load onto a region that already does not carry its own.
 */
export function failingCaveat(displayName: string, causes: readonly SurvivorFailure[]): string {
  const words = causes.map((c) => (c === "throttling" ? "Cosmos throttling" : "requests failing while probes pass"));
  return `${displayName} is failing requests now (${words.join("; ")}): it does not carry its own load`;
}

/** An UNHEALTHY origin's reason when nothing more is known: the wall's region card says it in the same words. */
export const ORIGIN_UNHEALTHY_REASON = "Origin UNHEALTHY: Front Door's probes fail it.";

export function originRangeReason(unhealthySeconds: number): string {
  return `Origin unhealthy for ${formatSeconds(unhealthySeconds)} in this range.`;
}

/**
 * Why a region's saturation is WARN or BREACH now (SIGNALS 3.5), naming the rule that decided it: a
 * breach on 429s at 38 % load (a hot Cosmos partition) otherwise shows as a red 38 % with no cause.
 */
export function saturationReason(args: {
  status: Status;
  utilPercent: number | null;
  consecutive429: boolean;
  throttled429: number | null;
  projectedPercent: number | null;
  breachPercent: number;
  warnPercent: number;
}): { saturationReason: string | null; saturationRule: SaturationRule | null } {
  const load = formatLoadPercent(args.utilPercent);
  const said = (saturationRule: SaturationRule, saturationReason: string) => ({ saturationRule, saturationReason });
  if (args.status === "breach") {
    if ((args.utilPercent ?? 0) > args.breachPercent) return said("load", `Load ${load}, over the ${formatPercent(args.breachPercent)} breach line.`);
    if (args.consecutive429) return said("throttling", throttlingReason(args.throttled429, args.utilPercent));
  }
  if (args.status === "warn") {
    if ((args.projectedPercent ?? 0) > 100) return said("projection", `Could not carry the others' load: ${formatLoadPercent(args.projectedPercent)} if they failed.`);
    return said("sustained", `Load over the ${formatPercent(args.warnPercent)} warn line for 15 min (${load} now).`);
  }
  return { saturationReason: null, saturationRule: null };
}

/** A saturation breach on 429s (SIGNALS 3.5), whatever the load: a hot partition throttles below the RU total. */
export function throttlingReason(throttled429: number | null, utilPercent: number | null): string {
  return `Cosmos throttling: 429s in 3 consecutive minutes (${throttled429 ?? 0} in 5 min) at ${formatLoadPercent(utilPercent)} load.`;
}

export function saturationRangeReason(args: { status: Status; peakPercent: number | null; overSeconds: number; consecutive429: boolean; projectedOver100: boolean; breachPercent: number; warnPercent: number }): string | null {
  const peak = formatPercent(args.peakPercent);
  if (args.status === "breach") {
    const why = args.consecutive429 && (args.peakPercent ?? 0) <= args.breachPercent ? "429s in 3 consecutive minutes" : `load above ${formatPercent(args.breachPercent)}`;
    return `Saturated in this range (${why}) for ${formatSeconds(args.overSeconds)}; peak ${peak}.`;
  }
  if (args.status === "warn") {
    return args.projectedOver100
      ? `In this range the survivor projection passed 100 %: this region could not have carried the load alone.`
      : `Load stayed above ${formatPercent(args.warnPercent)} for 15 minutes in this range; peak ${peak}.`;
  }
  return null;
}

/** `coverageNote` ("1 h of data"): the window holds less than its days, and the status stands on that. */
export function availabilityRangeReason(status: Status, downMinutes: number, windowDays: number, coverageNote: string | null = null): string | null {
  if (status === "ok" || status === "no-data") return null;
  return downMinutes > 0
    ? `${downMinutes} min of downtime (error ratio over 1 %) in this range.`
    : `No down minute in this range; the status is the ${windowDays}-day SLO window's${coverageNote ? ` (${coverageNote})` : ""}.`;
}

/**
 * A conflict feed's words for its status now (SIGNALS 3.2), naming the rule that fired: at or over the
 * threshold, growing for 30 min under it (a backlog nobody is resolving), or above 0 for 15 min. The
 * overview's row showed BREACH beside a count with nothing saying which line it crossed; the count is
 * beside the words, so they do not repeat it.
 */
export function conflictReason(args: { status: Status; depthNow: number | null; threshold: number; growing: boolean }): string | null {
  if (args.depthNow === null) return null;
  if (args.status === "breach") {
    return args.depthNow >= args.threshold ? `At or over the threshold of ${args.threshold}${args.growing ? ", still growing" : ""}.` : `Growing for 30 min or more (threshold ${args.threshold}).`;
  }
  if (args.status === "warn") return "Unresolved for 15 min or more.";
  return null;
}

export function conflictRangeReason(args: { status: Status; depthMax: number; threshold: number; overSeconds: number }): string | null {
  if (args.status === "breach") return `Conflict feed reached ${args.depthMax} (threshold ${args.threshold}) in this range, at or over it for ${formatSeconds(args.overSeconds)}.`;
  if (args.status === "warn") return `Conflict feed stayed above 0 for 15 minutes or more in this range (peak ${args.depthMax}).`;
  return null;
}

export function splitBrainRangeReason(races: number): string | null {
  return races > 0 ? `${races} split-brain race${races === 1 ? "" : "s"} in this range.` : null;
}

/** The banner's words for an Azure-reported event: "Azure: <title>, tracking id …, since …". */
export function platformEventSentence(e: Omit<PlatformEvent, "sentence">): string {
  const since = `since ${formatUtc(e.from, false)}`;
  const until = e.to ? `, mitigated ${formatUtc(e.to, false)}` : "";
  if (e.source === "ServiceHealth") return `Azure: ${e.title}, tracking id ${e.trackingId ?? "none"}, ${since}${until}`;
  const name = e.resourceId?.split("/").pop() ?? "resource";
  return `Azure Resource Health: ${name} ${e.title}${e.kind ? ` (${e.kind})` : ""}, ${since}${until}`;
}

export function platformRangeReason(events: readonly { title: string }[]): string | null {
  return events.length > 0 ? `Azure reported ${events.length} platform event(s) in the range: ${events.map((e) => e.title).join("; ")}.` : null;
}

/** Screens list Service Health (Azure's words, with a tracking id) before Resource Health, newest first within each. */
export function comparePlatformEvents(a: Pick<PlatformEvent, "source" | "from">, b: Pick<PlatformEvent, "source" | "from">): number {
  const rank = (e: Pick<PlatformEvent, "source">) => (e.source === "ServiceHealth" ? 0 : 1);
  return rank(a) - rank(b) || Date.parse(b.from) - Date.parse(a.from);
}

/** A probe-blind span reaching the last 10 s bin before asOf: the data shows it still going on. */
const PROBE_BLIND_ONGOING_MS = 10_000;

/**
 * A region row's origin WARN while Front Door's probes pass an origin whose requests fail (SIGNALS 3.3).
 * A span still running at asOf says "(ongoing)": at 14:30 during a brownout "Probe-blind 14:00–14:30 UTC:
 * its requests failed" read as over. Ongoing only when the span reaches the last bin before asOf (our
 * choice): with Azure's ingestion delay the newest bins are thin or empty and the span ends a few
 * minutes early, so the words stay those of a span that ended rather than claim one that may have.
 */
export function probeBlindReason(span: { from: string; to: string }, asOf: string): string {
  return `Probe-blind ${utcClock(Date.parse(span.from)).replace(/ UTC$/, "")}–${utcClock(Date.parse(span.to))}${blindSpanOngoing(span, asOf) ? " (ongoing)" : ""}: its requests failed while Front Door's probes passed it.`;
}

/** The span reaches the last bin before asOf: its requests are failing now, not only within the hour. */
export function blindSpanOngoing(span: { to: string }, asOf: string): boolean {
  return Date.parse(span.to) >= Date.parse(asOf) - PROBE_BLIND_ONGOING_MS;
}

/**
 * A region row's origin WARN when every origin was probe-blind at once (docs/signals.md): the same words
 * on every row, so the wall's Regions tile says them once, and they send the reader to Front Door in the
 * outside-in banner's words ("Front Door failing"). Two lines of the Regions tile at most: a longer
 * sentence pushed the region cards out of the tile at 1080p and 4K. While the shared stretch is still
 * going on (the one-origin sentence's "(ongoing)" rule) it says "since 14:00 UTC": 15 min into Front
 * Door's own outage "14:00–14:15 UTC" read as over, and "since" keeps the sentence at its old length.
 */
export function probeBlindEveryOriginReason(span: { from: string; to: string }, asOf: string): string {
  const from = utcClock(Date.parse(span.from)).replace(/ UTC$/, "");
  const when = blindSpanOngoing(span, asOf) ? `since ${from} UTC` : `${from}–${utcClock(Date.parse(span.to))}`;
  return `Every origin probe-blind at once ${when}: likely Front Door failing, not the origins.`;
}

/** `everyOriginSeconds`: the part of the blind time in which every origin was probe-blind at once. */
export function probeBlindRangeReason(blindSeconds: number, everyOriginSeconds = 0): string {
  const head = `Probe-blind for ${formatSeconds(blindSeconds)} in this range`;
  if (everyOriginSeconds <= 0) return `${head}: its requests failed while Front Door's probes passed it.`;
  if (everyOriginSeconds >= blindSeconds) return `${head}, on every origin at once: likely Front Door failing, not the origins (see the outside-in verdict).`;
  return `${head}: its requests failed while Front Door's probes passed it (${formatSeconds(everyOriginSeconds)} of it on every origin at once: likely Front Door).`;
}

/**
 * A region row's origin BREACH while it flaps (SIGNALS 3.3): "Origin UNHEALTHY" alone read as one
 * outage during the 3rd eviction in 8 minutes. The span runs from its first flip to its newest.
 */
export function unhealthyFlappingReason(span: { from: string; to: string; flips: number }): string {
  const from = Date.parse(span.from);
  const to = Date.parse(span.to);
  return `Origin UNHEALTHY · flapping: ${span.flips} health flips in ${formatSeconds((to - from) / 1000)} (${utcClock(from).replace(/ UTC$/, "")}–${utcClock(to)}).`;
}

/** A region row's origin WARN while its origin flaps (SIGNALS 3.3: 3 or more flips within 30 minutes). */
export function flappingReason(span: { from: string; to: string; flips: number }): string {
  return `Flapping ${utcClock(Date.parse(span.from)).replace(/ UTC$/, "")}–${utcClock(Date.parse(span.to))}: ${span.flips} health flips, Front Door evicting and re-admitting it.`;
}
