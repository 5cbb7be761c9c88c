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
        // Three or more regions add survivor lines and columns: tighter spacing keeps the CPU/RU rows off the footer at 4K.
        <div className={`flex min-h-0 flex-col ${regions.length > 2 ? "gap-0.5" : "gap-1"}`}>
          {worst && (
            // At the wall's minimum type size (24 px at 1080p, bold and in its status colour): with a long name
            // ("Germany West Central cannot serve (origin unhealthy)") three lines of 3xl left the CPU/RU rows no room.
            <p className={`text-2xl font-bold leading-tight ${STATUS_TEXT[worst.status]}`} data-value="survivor">
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
          {/* One column per region, CPU and RU as rows, value and bar side by side: a region's name gets
              half the tile's width and breaks at a space ("Germany West" / "Central") instead of an
              ellipsis, and the rows stay no taller than the one-row-per-region table was at 1080p. */}
          <div className="grid items-center gap-x-4" style={{ gridTemplateColumns: `auto repeat(${regions.length}, minmax(min-content, 1fr))` }}>
            <span aria-hidden="true" />
            {regions.map((r) => (
              <span key={r.id} className="self-end break-words text-2xl font-semibold leading-[1.1] text-white" data-value="saturation-region">
                {r.displayName}
              </span>
            ))}
            {(["CPU", "RU"] as const).map((label) => (
              <Fragment key={label}>
                <span className="text-2xl text-slate-400">{label}</span>
                {regions.map((r) => (
                  <UtilBar key={r.id} label={label} value={label === "CPU" ? r.cpuPercent : r.ruPercent} status={r.saturationStatus} />
                ))}
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
    <div className="flex min-w-0 items-center gap-2" aria-label={label}>
      <span className={`whitespace-nowrap text-2xl font-semibold tabular-nums ${STATUS_TEXT[s]}`}>{value === null ? "NO DATA" : formatLoadPercent(value)}</span>
      {/* No empty bar beside NO DATA: with three regions' columns it pushed "NO DATA" over the next region's figure. */}
      {value !== null && (
        <div className="relative h-2 min-w-4 flex-1 rounded-full bg-slate-700" aria-hidden="true">
          <div className={`h-full rounded-full ${BAR[s]}`} style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
        </div>
      )}
    </div>
  );
}
