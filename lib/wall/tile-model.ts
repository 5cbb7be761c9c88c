import { headlineStatus } from "../signals/runtime/status";
import type { AvailabilitySnapshot, RegionSnapshot, ReplicationSnapshot, ShownSnapshot, Snapshot, Status, WallModel, WallTileState } from "../snapshot/types";
import { ORIGIN_UNHEALTHY_REASON } from "../format/reasons";
import { availabilityReason } from "./availability-lines";
import { incidentTile } from "./failover-tile";
import { openIncident } from "./incidents";

/** The snapshot fields the wall's statuses are read from (a built snapshot, before or after it has `wall`). */
export type WallModelInput = Omit<Snapshot, "wall"> | Omit<ShownSnapshot, "wall">;

const NO_DATA: WallTileState = { status: "no-data", reason: null };

/**
 * The regions tile's reason: why a region's origin health is NO DATA (the silent Front Door logs,
 * since when) or WARN (probe-blind: its requests failed while the probes passed it, and when), said
 * once when every region has the same reason, else per region. An unhealthy origin needs no sentence
 * when its card says ✕ Origin UNHEALTHY in the same words; one that says more (flapping: its 3rd
 * eviction in 8 min, not a first outage) is told.
 */
function regionsReason(regions: readonly RegionSnapshot[]): string | null {
  const told = (r: RegionSnapshot) => r.originStatus === "no-data" || r.originStatus === "warn" || (r.originStatus === "breach" && r.originReason !== ORIGIN_UNHEALTHY_REASON);
  const blind = regions.filter((r) => told(r) && r.originReason !== null);
  const reasons = [...new Set(blind.map((r) => r.originReason as string))];
  if (reasons.length === 0) return null;
  if (reasons.length === 1 && blind.length === regions.length) return reasons[0];
  return blind.map((r) => `${r.displayName}: ${r.originReason}`).join(" ");
}

/**
 * The saturation tile claims two things: each region's CPU and RU (its saturation grade), and what a
 * survivor would carry (its survivor sentences). Its status is the headline of both, so the tile is
 * never OK beside a survivor sentence that is unknown (origin health unknown, or no load figure) or
 * that cannot serve (origin unhealthy). No separate reason: the sentences say why in the status's
 * colour at the reason's size (lib/wall/survivor.ts, a survivor that cannot serve as the headline),
 * and a reason line repeating them pushed the tile's rows off a 1080p screen.
 * A region Front Door has evicted (origin UNHEALTHY) is down or drained: its CPU and RU are silent
 * because it serves nothing, which its "cannot serve" survivor sentence says. Its NO DATA does not
 * grade the tile: during a failover it turned the tile grey over the survivor carrying all the load,
 * the one figure the room needs then (SIGNALS 3.5: "never blank").
 * One reason it does carry: a region breaching on Cosmos 429s (a hot partition in a brownout) at a load
 * under the line, whose CPU and RU figures alone read as a red 38 % with nothing saying why.
 */
function saturationTile(regions: readonly RegionSnapshot[]): WallTileState {
  const graded = regions.filter((r) => !(r.originHealthy === false && r.saturationStatus === "no-data"));
  const throttling = regions.filter((r) => r.saturationRule === "throttling" && r.saturationReason !== null);
  const reason = throttling.length > 0 ? throttling.map((r) => `${r.displayName}: ${r.saturationReason}`).join(" ") : null;
  return { status: headlineStatus([...graded.map((r) => r.saturationStatus), ...regions.map((r) => r.survivorStatus)]), reason };
}

/**
 * The replication tile's reason: the pair that drives its status, in the pair's own words (what is at
 * risk, in which direction), and how many other pairs say something too. Its dials show only the latest
 * lag: a partition breaching three pairs at once, or a WARN from a peak 10 min ago, read as bare colours.
 */
function replicationReason(pairs: readonly ReplicationSnapshot[]): string | null {
  const status = headlineStatus(pairs.map((p) => p.status));
  // A snapshot cached before rows carried reasons has none (undefined): nothing to say, not "undefined".
  const said = pairs.filter((p) => typeof p.reason === "string");
  const lead = said.filter((p) => p.status === status).sort((a, b) => (b.lagSecondsNow ?? 0) / b.budgetSeconds - (a.lagSecondsNow ?? 0) / a.budgetSeconds)[0];
  if (!lead) return null;
  const more = said.length - 1;
  return more > 0 ? `${lead.tier}: ${lead.reason} (+${more} more)` : `${lead.tier}: ${lead.reason}`;
}

/**
 * The burn-rate view's grade: a page breaches, a ticket warns; OK only when the availability signal is
 * not NO DATA and every window's burn rate is known. With Front Door's log silent for 25 minutes the
 * tile read OK (no alert fired: the 5 min burn was unknown, the 30 min one 0.28 from its first 5
 * minutes) beside the availability tile's NO DATA.
 */
function burnStatus(a: AvailabilitySnapshot): Status {
  if (a.alerts.some((x) => x.severity === "page")) return "breach";
  if (a.alerts.length > 0) return "warn";
  const unknown = a.sli === null || a.status === "no-data" || Object.values(a.burnRates).some((rate) => rate === null);
  return unknown ? "no-data" : "ok";
}

/**
 * Every wall tile's status and reason, and the header's, from the statuses the signals computed
 * (SIGNALS.md: statuses travel in the snapshot; the wall renders them). `tiles` maps a tile id to the
 * signals it shows (lib/catalog wallTileSignals); a tile this function has no rule for gets the
 * headline of those signals' statuses. Headline: a breach stays visible, then NO DATA, then warn.
 */
export function wallModel(snapshot: WallModelInput, tiles: Readonly<Record<string, readonly string[]>>): WallModel {
  const signals: Partial<Record<string, { status: Status; reason?: string }>> = snapshot.signals;
  const incidentsMeta = signals.incidents;
  // A registry without the incidents module (tests, a trimmed deployment) builds snapshots without the field.
  const incidents = (snapshot.incidents as typeof snapshot.incidents | undefined) ?? [];
  const known: Record<string, () => WallTileState> = {
    regions: () => ({ status: headlineStatus(snapshot.regions.map((r) => r.status)), reason: regionsReason(snapshot.regions) }),
    saturation: () => saturationTile(snapshot.regions),
    replication: () => ({ status: headlineStatus(snapshot.replication.map((p) => p.status)), reason: replicationReason(snapshot.replication) }),
    // No reason line: the tile is a quarter column and half a row, its red or amber count and "▲ growing"
    // fill it at 1080p; the rule each feed crossed is said on the overview's rows (ConflictSnapshot.reason).
    conflicts: () => ({ status: headlineStatus(snapshot.conflicts.map((c) => c.status)), reason: null }),
    splitBrain: () => ({ status: snapshot.splitBrain.status, reason: null }),
    availability: () => ({ status: snapshot.availability.status, reason: availabilityReason(snapshot.availability) }),
    incident: () => incidentTile({ meta: incidentsMeta, incidents, regions: snapshot.regions, asOf: snapshot.asOf, probeBlind: (snapshot.probeBlind as typeof snapshot.probeBlind | undefined) ?? [] }),
  };
  const states: Record<string, WallTileState> = {};
  for (const [id, keys] of Object.entries(tiles)) {
    const metas = keys.map((k) => signals[k]).filter((m): m is { status: Status } => m !== undefined);
    states[id] = known[id] ? known[id]() : { status: headlineStatus(metas.map((m) => m.status)), reason: null };
  }
  // The rotation's SLO view shows the availability signal large: only when that signal is on the wall.
  if ("availability" in tiles) {
    states["slo-summary"] = { status: snapshot.availability.status, reason: null };
    states["slo-burn"] = { status: burnStatus(snapshot.availability), reason: null };
  }
  const all = Object.values(signals).filter((m): m is { status: Status } => m !== undefined);
  return { status: openIncident(incidents) ? "breach" : headlineStatus(all.map((m) => m.status)), tiles: states };
}

/** A tile's state as the snapshot carries it; NO DATA when it does not (never a green default). */
export function tileState(snapshot: Pick<ShownSnapshot, "wall">, id: string): WallTileState {
  return snapshot.wall?.tiles[id] ?? NO_DATA;
}

/** The wall header's status; NO DATA without a snapshot or a model. */
export function wallStatus(snapshot: Pick<ShownSnapshot, "wall"> | null): Status {
  return snapshot?.wall?.status ?? "no-data";
}
