import type { ReplicationSnapshot, WallTileState } from "@/lib/snapshot/types";
import type { TileFreshness } from "@/lib/wall/tiles";
import { LagGauge } from "./lag-gauge";
import { NoData, Tile } from "./tile";

/** Replication lag per pair and direction against its RPO budget. */
export function ReplicationTile({
  pairs,
  state,
  freshness,
  regionName,
  className,
}: {
  pairs: ReplicationSnapshot[];
  state: WallTileState;
  freshness: TileFreshness;
  regionName: (id: string) => string;
  className?: string;
}) {
  return (
    <Tile id="replication" title="Replication lag vs RPO" status={state.status} reason={state.reason} freshness={freshness} className={className}>
      {pairs.length === 0 ? (
        <NoData />
      ) : (
        <div className="grid h-full min-h-0 gap-4" style={{ gridTemplateColumns: `repeat(${Math.min(pairs.length, 4)}, minmax(0, 1fr))` }}>
          {pairs.slice(0, 4).map((p) => (
            <LagGauge key={`${p.source}-${p.target}-${p.tier}`} pair={p} regionName={regionName} />
          ))}
        </div>
      )}
    </Tile>
  );
}
