import type { ReactNode } from "react";
import { AvailabilityTile } from "@/components/wall/availability-tile";
import { ConflictsTile, SplitBrainTile } from "@/components/wall/conflicts-tile";
import { IncidentTile } from "@/components/wall/incident-tile";
import { RegionsTile } from "@/components/wall/regions-tile";
import { ReplicationTile } from "@/components/wall/replication-tile";
import { SaturationTile } from "@/components/wall/saturation-tile";
import { Tile } from "@/components/wall/tile";
import { signalMeta } from "@/lib/snapshot/meta";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import { lastClosedIncident } from "@/lib/wall/incidents";
import { tileState } from "@/lib/wall/tile-model";
import type { TileFreshness } from "@/lib/wall/tiles";
import type { AvailabilityToday } from "@/lib/wall/today";
import { platformBadges } from "@/lib/wall/platform";

export interface WallTileProps {
  snapshot: ShownSnapshot;
  freshness: TileFreshness;
  today: AvailabilityToday | null;
  regionName: (id: string) => string;
  className?: string;
}

/**
 * Where a tile sits on the 16:9 grid: `top` spans two of the four columns of the upper row, `bottom`
 * takes one column of the lower row, `stack` shares the lower row's last column with the other stacked tiles.
 */
export type WallSlot = "top" | "bottom" | "stack";

export interface WallTileUi {
  Tile: (props: WallTileProps) => ReactNode;
  slot: WallSlot;
}

/**
 * The UI registry's wall part: wall tile id (a signal module's `wallTiles`) → its component and place,
 * in screen order. A tile id of the registry without an entry here gets `GenericWallTile` in the stack.
 */
export const WALL_TILE_UI: Record<string, WallTileUi> = {
  regions: {
    slot: "top",
    Tile: ({ snapshot, freshness, className }) => (
      <RegionsTile regions={snapshot.regions} state={tileState(snapshot, "regions")} badges={platformBadges(snapshot)} freshness={freshness} className={className} />
    ),
  },
  replication: {
    slot: "top",
    Tile: ({ snapshot, freshness, regionName, className }) => (
      <ReplicationTile pairs={snapshot.replication} state={tileState(snapshot, "replication")} freshness={freshness} regionName={regionName} className={className} />
    ),
  },
  saturation: { slot: "bottom", Tile: ({ snapshot, freshness }) => <SaturationTile regions={snapshot.regions} state={tileState(snapshot, "saturation")} freshness={freshness} /> },
  availability: {
    slot: "bottom",
    Tile: ({ snapshot, today, freshness }) => <AvailabilityTile availability={snapshot.availability} state={tileState(snapshot, "availability")} today={today} freshness={freshness} />,
  },
  incident: {
    slot: "bottom",
    Tile: ({ snapshot, freshness, regionName }) => (
      <IncidentTile incident={lastClosedIncident(snapshot.incidents)} state={tileState(snapshot, "incident")} regionName={regionName} freshness={freshness} />
    ),
  },
  conflicts: {
    slot: "stack",
    Tile: ({ snapshot, freshness, regionName }) => <ConflictsTile conflicts={snapshot.conflicts} state={tileState(snapshot, "conflicts")} freshness={freshness} regionName={regionName} />,
  },
  splitBrain: {
    slot: "stack",
    Tile: ({ snapshot, freshness }) => (
      <SplitBrainTile splitBrain={snapshot.splitBrain} state={tileState(snapshot, "splitBrain")} asOf={snapshot.asOf} rangeFrom={snapshot.range.from} freshness={freshness} />
    ),
  },
};

/** A tile for a signal without its own: the status lib gave it (its signals' headline), and their warnings. */
export function GenericWallTile({ id, signals, snapshot, freshness }: { id: string; signals: readonly string[]; snapshot: ShownSnapshot; freshness: TileFreshness }) {
  const metas = signals.map((key) => signalMeta(snapshot, key)).filter((m) => m !== undefined);
  const state = tileState(snapshot, id);
  return (
    <Tile id={id} title={id} status={state.status} reason={state.reason} freshness={freshness}>
      <p className="truncate text-2xl text-slate-300">{metas.flatMap((m) => m.warnings)[0] ?? ""}</p>
    </Tile>
  );
}
