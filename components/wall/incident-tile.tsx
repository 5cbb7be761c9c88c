import type { IncidentSnapshot, WallTileState } from "@/lib/snapshot/types";
import { formatSeconds, formatUtc } from "@/lib/format/units";
import { rtoBudgetShare } from "@/lib/wall/incidents";
import type { TileFreshness } from "@/lib/wall/tiles";
import { NoData, STATUS_TEXT, Tile } from "./tile";
import { Unbroken } from "./unbroken";

/** The last finished incident's measured RTO against the RTO budget. */
export function IncidentTile({
  incident,
  state,
  regionName,
  freshness,
  className,
}: {
  incident: IncidentSnapshot | null;
  /** The tile's status (lib/wall/tile-model.ts): the last incident's, OK without one, NO DATA without incident data or while its source is silent; an open one's, with a reason, while none has finished. */
  state: WallTileState;
  regionName: (id: string) => string;
  freshness: TileFreshness;
  className?: string;
}) {
  const share = incident ? rtoBudgetShare(incident.rtoSeconds, incident.rtoBudgetSeconds) : null;
  return (
    <Tile id="incident" title="Failover · 7 d" status={state.status} reason={state.reason} freshness={freshness} className={className}>
      {/* A known incident stays shown; without one, "no failover" only when lib says the signal could have seen one. */}
      {!incident ? (
        state.status === "no-data" ? <NoData /> : state.reason ? null : <span className="text-3xl font-semibold text-slate-300">No failover in 7 days</span>
      ) : (
        <div className="flex min-w-0 flex-col gap-1">
          <span className="truncate text-2xl text-white">
            {regionName(incident.region)} · <span className="uppercase">{incident.kind}</span>
          </span>
          {/* Start and RPO share a line, and the RTO its budget, so the reasons fit at 1080p under a banner. */}
          <span className="text-2xl text-slate-400">
            <span className="whitespace-nowrap" data-value="failover-start">
              {formatUtc(incident.start, false)}
            </span>{" "}
            · RPO {formatSeconds(incident.rpoSeconds)}
          </span>
          <span className="flex flex-wrap items-baseline gap-x-3">
            <span className={`text-5xl font-bold tabular-nums ${STATUS_TEXT[incident.rtoStatus]}`} data-value="rto">
              {formatSeconds(incident.rtoSeconds)}
            </span>
            <span className="text-2xl text-slate-300">
              of {formatSeconds(incident.rtoBudgetSeconds)} budget{share !== null ? ` (${Math.round(share * 100)} %)` : ""}
            </span>
          </span>
          {/* While the tile says what runs now (an open failover, a missed one), that takes the finished
              failover's lines of why: both did not fit at 1080p, and /incidents keeps them. */}
          {incident.reasons.length > 0 && !state.reason && (
            <ul className="mt-1 list-none space-y-1 text-2xl leading-snug text-white" data-incident-reasons>
              {incident.reasons.map((r) => (
                <li key={r} data-reason>
                  <Unbroken text={r} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Tile>
  );
}
