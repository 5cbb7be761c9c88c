import { comparePlatformEvents, platformEventSentence, platformRangeReason } from "../format/reasons";
import type { PlatformEvent, Snapshot } from "../snapshot/types";
import { isoSec } from "./format";
import type { Timeline } from "./model";
import { PLATFORM_SERVICE, platformTitle } from "./rows-platform";
import { PLATFORM_REPORT_DELAY } from "./scenarios";

type Draft = Omit<PlatformEvent, "sentence">;

/**
 * What Azure has reported by `to` about the model's platform outages (from the episodes and the
 * report delays, never from rows): the Service Health event spans the impact once its Active
 * communication is out and ends at mitigation once Resolved is out; Resource Health spans its own
 * Unavailable → Available reports.
 */
export function platformTruth(timeline: Timeline, from: number, to: number): Snapshot["platformHealth"] {
  const drafts: Draft[] = [];
  for (const ev of timeline.episodes.platformEvents) {
    const region = timeline.config.regions.find((r) => r.id === ev.region);
    if (!region) continue;
    if (ev.start + PLATFORM_REPORT_DELAY.serviceHealthActive <= to) {
      const resolved = ev.end + PLATFORM_REPORT_DELAY.serviceHealthResolved <= to;
      drafts.push({
        id: `${ev.trackingId}@${isoSec(ev.start)}`,
        source: "ServiceHealth",
        title: platformTitle(region.displayName),
        trackingId: ev.trackingId,
        kind: "Incident",
        regions: [region.id],
        services: [PLATFORM_SERVICE],
        resourceId: null,
        from: isoSec(ev.start),
        to: resolved ? isoSec(ev.end) : null,
        active: !resolved,
      });
    }
    const rhFrom = ev.start + PLATFORM_REPORT_DELAY.resourceHealth;
    const rhTo = ev.end + PLATFORM_REPORT_DELAY.resourceHealth;
    if (rhFrom <= to) {
      for (const id of region.computeResourceIds) {
        drafts.push({
          id: `${id.toLowerCase()}@${isoSec(rhFrom)}`,
          source: "ResourceHealth",
          title: "Unavailable",
          trackingId: null,
          kind: "PlatformInitiated",
          regions: [region.id],
          services: [],
          resourceId: id.toLowerCase(),
          from: isoSec(rhFrom),
          to: rhTo <= to ? isoSec(rhTo) : null,
          active: rhTo > to,
        });
      }
    }
  }
  const events = drafts
    .filter((e) => Date.parse(e.from) <= to * 1000 && (e.to === null || Date.parse(e.to) >= from * 1000))
    .map((e) => ({ ...e, sentence: platformEventSentence(e) }))
    .sort(comparePlatformEvents);
  return {
    events,
    status: events.some((e) => e.active) ? "warn" : "ok",
    rangeWorst: { status: events.length > 0 ? "warn" : "ok", overBudgetSeconds: null, reason: platformRangeReason(events) },
  };
}
