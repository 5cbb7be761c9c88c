import type { Snapshot } from "@/lib/snapshot/types";

/** A mitigated Azure event keeps its badge this long: the wall's viewers see why a region just went red. */
export const WALL_PLATFORM_RECENT_MS = 60 * 60_000;

export interface PlatformBadge {
  /** Compact words for the region card ("☁ Azure event AA0D-751"). */
  text: string;
  /** The banner sentence, for the title/tooltip and screen readers. */
  sentence: string;
  active: boolean;
}

/**
 * Per region, the Azure-reported event the wall marks on its card: one active at asOf, else one
 * mitigated within the last hour (the newest wins; the 7-day snapshot holds older ones too).
 */
export function platformBadges(snapshot: Pick<Snapshot, "asOf" | "platformHealth">): Record<string, PlatformBadge> {
  const asOf = Date.parse(snapshot.asOf);
  const out: Record<string, PlatformBadge> = {};
  for (const e of snapshot.platformHealth?.events ?? []) {
    const recent = e.to === null || asOf - Date.parse(e.to) <= WALL_PLATFORM_RECENT_MS;
    if (!recent) continue;
    for (const region of e.regions) {
      if (out[region]?.active && !e.active) continue;
      if (out[region] && out[region].active === e.active && e.source !== "ServiceHealth") continue;
      out[region] = {
        text: `☁ Azure ${e.active ? "event" : "event (mitigated)"}${e.trackingId ? ` ${e.trackingId}` : ""}`,
        sentence: e.sentence,
        active: e.active,
      };
    }
  }
  return out;
}
