import { GenericWallTile, WALL_TILE_UI, type WallSlot } from "@/components/signals/wall-tiles";
import type { WallTileMap } from "@/lib/catalog/descriptors";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import { tileFreshness } from "@/lib/wall/tiles";
import type { AvailabilityToday } from "@/lib/wall/today";

/**
 * The main view: every tile of the registry's wall map on one 16:9 grid, no scrolling. Known tiles
 * take their place from the UI registry; a tile without one stacks in the last column.
 */
export function WallTiles({
  snapshot,
  sinceArrivalSeconds,
  today,
  regionName,
  tiles,
}: {
  snapshot: ShownSnapshot;
  /** Tile id → the signals it shows (from the registry, lib/catalog wallTileSignals). */
  tiles: WallTileMap;
  sinceArrivalSeconds: number;
  today: AvailabilityToday | null;
  regionName: (id: string) => string;
}) {
  const ids = [...Object.keys(WALL_TILE_UI).filter((id) => id in tiles), ...Object.keys(tiles).filter((id) => !(id in WALL_TILE_UI))];
  const slotOf = (id: string): WallSlot => WALL_TILE_UI[id]?.slot ?? "stack";
  const render = (id: string, className?: string) => {
    const freshness = tileFreshness(snapshot, tiles[id] ?? [], sinceArrivalSeconds);
    const ui = WALL_TILE_UI[id];
    return ui ? (
      <ui.Tile key={id} snapshot={snapshot} freshness={freshness} today={today} regionName={regionName} className={className} />
    ) : (
      <GenericWallTile key={id} id={id} signals={tiles[id] ?? []} snapshot={snapshot} freshness={freshness} />
    );
  };
  const stack = ids.filter((id) => slotOf(id) === "stack");
  return (
    <div className="grid min-h-0 flex-1 grid-cols-4 grid-rows-[1.1fr_1fr] gap-3" data-view="wall">
      {ids.filter((id) => slotOf(id) === "top").map((id) => render(id, "col-span-2"))}
      {ids.filter((id) => slotOf(id) === "bottom").map((id) => render(id))}
      {stack.length > 0 && (
        <div className="grid min-h-0 gap-3" style={{ gridTemplateRows: `repeat(${stack.length}, minmax(0, 1fr))` }}>
          {stack.map((id) => render(id))}
        </div>
      )}
    </div>
  );
}
