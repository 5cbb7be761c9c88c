import type { ReplicationSnapshot, WallTileState } from "@/lib/snapshot/types";
import { morePairsNote, wallLagGauges } from "@/lib/wall/lag-gauges";
import type { TileFreshness } from "@/lib/wall/tiles";
import { LagGauge } from "./lag-gauge";
import { NoData, Tile } from "./tile";

/** Replication lag per pair and direction against its RPO budget: the worst pairs when more than fit (lib/wall/lag-gauges.ts). */
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
  const shown = wallLagGauges(pairs);
  const more = morePairsNote(pairs, shown);
  return (
    <Tile id="replication" title="Replication lag vs RPO" status={state.status} reason={state.reason} freshness={freshness} footnote={more} className={className}>
      {pairs.length === 0 ? (
        <NoData />
      ) : (
        <div className="grid h-full min-h-0 gap-4" style={{ gridTemplateColumns: `repeat(${shown.length}, minmax(0, 1fr))` }}>
          {shown.map((p) => (
            <LagGauge key={`${p.source}-${p.target}-${p.tier}`} pair={p} regionName={regionName} />
          ))}
        </div>
      )}
    </Tile>
  );
}
