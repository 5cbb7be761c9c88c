import type { ConflictSnapshot, Snapshot, WallTileState } from "@/lib/snapshot/types";
import { formatUtc } from "@/lib/format/units";
import type { TileFreshness } from "@/lib/wall/tiles";
import { NoData, STATUS_TEXT, Tile } from "./tile";

/** Cosmos conflict-feed depth: the deepest container, and whether it is growing. */
export function ConflictsTile({ conflicts, state, freshness, regionName }: { conflicts: ConflictSnapshot[]; state: WallTileState; freshness: TileFreshness; regionName: (id: string) => string }) {
  const { status } = state;
  const known = conflicts.filter((c) => c.depthNow !== null);
  const deepest = known.reduce<ConflictSnapshot | null>((a, c) => (a === null || (c.depthNow ?? 0) > (a.depthNow ?? 0) ? c : a), null);
  const total = known.reduce((sum, c) => sum + (c.depthNow ?? 0), 0);
  const growing = conflicts.some((c) => c.growing);
  return (
    <Tile id="conflicts" title="Conflict feed" status={status} reason={state.reason} freshness={freshness}>
      {deepest === null ? (
        <NoData />
      ) : (
        <div className="flex min-w-0 items-center gap-3">
          <span className={`text-6xl font-bold tabular-nums ${STATUS_TEXT[status]}`} data-value="conflict-depth">
            {total}
          </span>
          {/* The region on its own line, the container and "▲ growing" under it: on one truncated line a
              long region name ("Germany West Central") pushed "▲ growing" out of sight. */}
          <div className="flex min-w-0 flex-col text-2xl text-slate-300">
            <span className="break-words">{total === 0 ? "unresolved" : regionName(deepest.region)}</span>
            {(total > 0 || growing) && (
              <span className="break-words">
                {total > 0 && deepest.container}
                {growing && <span className="whitespace-nowrap font-bold text-amber-300">{total > 0 ? " " : ""}▲ growing</span>}
              </span>
            )}
          </div>
        </div>
      )}
    </Tile>
  );
}

const HOUR_MS = 3_600_000;

/** "7 days" for the snapshot's range, so "· 5 more in the 7 days before" says earlier than what. */
function rangeWords(from: string, to: string): string {
  const hours = Math.round((Date.parse(to) - Date.parse(from)) / HOUR_MS);
  return hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? "" : "s"}` : `${hours} h`;
}

/** Split-brain write races in the last hour before the snapshot's asOf (the snapshot's range is longer). */
export function SplitBrainTile({
  splitBrain,
  state,
  asOf,
  rangeFrom,
  freshness,
}: {
  splitBrain: Snapshot["splitBrain"];
  state: WallTileState;
  asOf: string;
  rangeFrom: string;
  freshness: TileFreshness;
}) {
  const cutoff = Date.parse(asOf) - HOUR_MS;
  const recent = splitBrain.races.filter((r) => Date.parse(r.last) >= cutoff);
  const last = recent.at(-1);
  const older = splitBrain.races.length - recent.length;
  return (
    <Tile id="split-brain" title="Split-brain · 1 h" status={state.status} reason={state.reason} freshness={freshness}>
      {state.status === "no-data" ? (
        <NoData />
      ) : (
        // The count beside its two lines of words, not above them: the tile is half a column at 1080p.
        <div className="flex min-w-0 items-center gap-3">
          <span className={`text-6xl font-bold tabular-nums ${STATUS_TEXT[state.status]}`} data-value="split-brain">
            {recent.length}
          </span>
          <div className="flex min-w-0 flex-col">
            <span className="min-w-0 truncate text-2xl text-slate-300">
              {last ? `races · last ${last.entityId} at ${formatUtc(last.last).slice(11, 19)}` : `${recent.length === 1 ? "race" : "races"} in the last hour`}
            </span>
            {older > 0 && (
              <span className="truncate text-2xl text-slate-400" data-value="split-brain-earlier">
                {older} more in the {rangeWords(rangeFrom, asOf)} before
              </span>
            )}
          </div>
        </div>
      )}
    </Tile>
  );
}
