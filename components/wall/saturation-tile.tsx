import { Fragment } from "react";
import type { RegionSnapshot, Status, WallTileState } from "@/lib/snapshot/types";
import { formatLoadPercent } from "@/lib/format/units";
import { survivorLines, worstSurvivor } from "@/lib/wall/survivor";
import type { TileFreshness } from "@/lib/wall/tiles";
import { NoData, STATUS_TEXT, Tile } from "./tile";

const BAR: Record<Status, string> = { ok: "bg-emerald-400", warn: "bg-amber-300", breach: "bg-red-400", "no-data": "bg-slate-600" };

/** Per-region CPU and RU use, and the survivor sentence: what a failover would do to the other region. */
export function SaturationTile({
  regions,
  state,
  freshness,
  className,
}: {
  regions: RegionSnapshot[];
  /** The tile's status: the saturation grades of the regions combined in lib (lib/wall/tile-model.ts). */
  state: WallTileState;
  freshness: TileFreshness;
  className?: string;
}) {
  const lines = survivorLines(regions);
  const worst = worstSurvivor(lines);
  return (
    <Tile id="saturation" title="Saturation" status={state.status} reason={state.reason} freshness={freshness} className={className}>
      {regions.length === 0 ? (
        <NoData />
      ) : (
        <div className="flex min-h-0 flex-col gap-1">
          {worst && (
            <p className={`text-3xl font-bold leading-[1.1] ${STATUS_TEXT[worst.status]}`} data-value="survivor">
              {worst.text}
            </p>
          )}
          {/* An unverified headline takes a third line at 1080p: the other directions (as unverified) then make room. */}
          {lines
            .filter((l) => l !== worst && worst?.basis !== "unverified")
            .map((l) => (
              <p key={l.survivorId} className="text-2xl leading-tight text-slate-300">
                {l.text}
              </p>
            ))}
          {/* One row per region under one CPU / RU header: two rows each pushed the footer off a 1080p tile. */}
          <div className="mt-1 grid grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1fr)] items-center gap-x-4">
            <span aria-hidden="true" />
            <span className="text-2xl text-slate-400">CPU</span>
            <span className="text-2xl text-slate-400">RU</span>
            {regions.map((r) => (
              <Fragment key={r.id}>
                <span className="truncate text-2xl font-semibold text-white">{r.displayName}</span>
                <UtilBar label="CPU" value={r.cpuPercent} status={r.saturationStatus} />
                <UtilBar label="RU" value={r.ruPercent} status={r.saturationStatus} />
              </Fragment>
            ))}
          </div>
        </div>
      )}
    </Tile>
  );
}

function UtilBar({ label, value, status }: { label: string; value: number | null; status: Status }) {
  const s: Status = value === null ? "no-data" : status;
  return (
    <div className="flex min-w-0 flex-col gap-0.5" aria-label={label}>
      <span className={`whitespace-nowrap text-2xl font-semibold tabular-nums ${STATUS_TEXT[s]}`}>{value === null ? "NO DATA" : formatLoadPercent(value)}</span>
      <div className="relative h-2 rounded-full bg-slate-700" aria-hidden="true">
        <div className={`h-full rounded-full ${BAR[s]}`} style={{ width: `${Math.min(100, Math.max(0, value ?? 0))}%` }} />
      </div>
    </div>
  );
}
