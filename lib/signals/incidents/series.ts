import type { SeriesRequest, SeriesResult } from "../runtime/types";
import { availabilitySeries } from "../availability/series";
import { conflictSeries } from "../conflicts/series";
import { originHealthSeries } from "../origin-health/series";
import { replicationSeries } from "../replication-lag/series";
import { saturationSeries } from "../saturation/series";

/** The incident story in the order it unfolds: probes fail, errors spike, traffic moves, the survivor fills up (its CPU, and the projection while both report), data left behind. */
const STORY = ["failed-probes", "origin-errors", "error-ratio", "traffic-share", "cpu", "survivor", "replication-lag", "conflict-depth"] as const;

/**
 * Every series an incident timeline shows, on one time axis: all regions (the survivor matters as
 * much as the failed region), reusing the other signals' series queries.
 */
export async function incidentSeries(req: SeriesRequest): Promise<SeriesResult> {
  const all = { ...req, region: undefined };
  const parts = await Promise.all([originHealthSeries(all), availabilitySeries(all), saturationSeries(all), replicationSeries(all), conflictSeries(all)]);
  const every = parts.flatMap((p) => p.panels);
  // "replication-lag" stands for every tier's lag panel (replication-lag-<tier>), in config order.
  const panels = STORY.flatMap((id) => every.filter((p) => p.id === id || (id === "replication-lag" && p.id.startsWith("replication-lag-"))));
  return { panels, tables: parts.flatMap((p) => p.tables) };
}
