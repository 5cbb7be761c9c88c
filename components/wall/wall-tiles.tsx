import type { Snapshot } from "@/lib/snapshot/types";
import { lastClosedIncident } from "@/lib/wall/incidents";
import { tileFreshness } from "@/lib/wall/tiles";
import type { WallTileMap } from "@/lib/catalog/descriptors";
import type { AvailabilityToday } from "@/lib/wall/today";
import { AvailabilityTile } from "./availability-tile";
import { ConflictsTile, SplitBrainTile } from "./conflicts-tile";
import { IncidentTile } from "./incident-tile";
import { RegionsTile } from "./regions-tile";
import { ReplicationTile } from "./replication-tile";
import { SaturationTile } from "./saturation-tile";

/** The main view: every tile of issue 8 on one 16:9 grid, no scrolling. */
export function WallTiles({
  snapshot,
  sinceArrivalSeconds,
  today,
  regionName,
  tiles,
}: {
  snapshot: Snapshot;
  /** Tile id → the signals it shows (from the registry, lib/catalog wallTileSignals). */
  tiles: WallTileMap;
  sinceArrivalSeconds: number;
  today: AvailabilityToday | null;
  regionName: (id: string) => string;
}) {
  const fresh = (tile: string) => tileFreshness(snapshot, tiles[tile] ?? [], sinceArrivalSeconds);
  const incidentsMeta = snapshot.signals?.incidents;
  return (
    <div className="grid min-h-0 flex-1 grid-cols-4 grid-rows-[1.15fr_1fr] gap-4" data-view="wall">
      <RegionsTile regions={snapshot.regions} freshness={fresh("regions")} className="col-span-2" />
      <ReplicationTile pairs={snapshot.replication} freshness={fresh("replication")} regionName={regionName} className="col-span-2" />
      <SaturationTile regions={snapshot.regions} freshness={fresh("saturation")} />
      <AvailabilityTile availability={snapshot.availability} today={today} freshness={fresh("availability")} />
      <IncidentTile
        incident={lastClosedIncident(snapshot.incidents)}
        hasIncidentData={incidentsMeta !== undefined && incidentsMeta.status !== "no-data"}
        regionName={regionName}
        freshness={fresh("incident")}
      />
      <div className="grid min-h-0 grid-rows-2 gap-4">
        <ConflictsTile conflicts={snapshot.conflicts} freshness={fresh("conflicts")} regionName={regionName} />
        <SplitBrainTile splitBrain={snapshot.splitBrain} asOf={snapshot.asOf} rangeFrom={snapshot.range.from} freshness={fresh("splitBrain")} />
      </div>
    </div>
  );
}
