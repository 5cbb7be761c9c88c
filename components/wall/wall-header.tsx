import { StatusBadge } from "@/components/status/status-badge";
import type { Status } from "@/lib/snapshot/types";
import { formatUtc } from "@/lib/format/units";
import { compactAge } from "@/lib/wall/tiles";
import type { Freshness } from "@/lib/wall/freshness";

/**
 * Name, overall state, UTC clock, countdown ring to the next refresh, and how long ago the screen
 * last got a snapshot. That is the age a NOC operator acts on: it resets at every refresh and the
 * screen says STALE past the limit shown under it. (How old the newest row is, which includes Log
 * Analytics' ingestion delay, is in each tile's footer.)
 */
export function WallHeader({
  name,
  status,
  nowMs,
  secondsToRefresh,
  progress,
  freshness,
  updatedSecondsAgo,
  staleAfterSeconds,
  replayAt,
}: {
  name: string;
  status: Status;
  nowMs: number | null;
  secondsToRefresh: number | null;
  progress: number;
  freshness: Freshness | null;
  /** Seconds since the last successful refresh; null before the first one. */
  updatedSecondsAgo: number | null;
  /** The screen turns STALE when updatedSecondsAgo passes this. */
  staleAfterSeconds: number;
  replayAt: string | undefined;
}) {
  const clock = nowMs === null ? "--:--:--" : new Date(nowMs).toISOString().slice(11, 19);
  return (
    <header className="flex items-center justify-between gap-6 px-2">
      <div className="flex min-w-0 items-center gap-5">
        {/* A green OK over stale numbers would be a lie: the badge greys out with them. */}
        <span className={freshness?.stale ? "opacity-60 grayscale" : ""}>
          <StatusBadge status={status} size="xl" label="Overall" />
        </span>
        <h1 className="truncate text-4xl font-bold text-white">{name}</h1>
        {/* Never wrapped: a long deployment name gives way (its ellipsis) before the replay time or the age does. */}
        {replayAt && <span className="shrink-0 whitespace-nowrap rounded bg-sky-900 px-3 py-1 text-2xl font-bold text-sky-100">REPLAY {formatUtc(replayAt, false)}</span>}
      </div>
      <div className="flex shrink-0 items-center gap-8 whitespace-nowrap">
        <div className="flex flex-col items-end text-2xl text-slate-400" data-value="data-age" data-seconds={updatedSecondsAgo === null ? "" : Math.floor(updatedSecondsAgo)}>
          <span>
            updated <span className="text-3xl font-semibold tabular-nums text-slate-200">{updatedSecondsAgo === null ? "—" : `${compactAge(updatedSecondsAgo)} ago`}</span>
          </span>
          <span>STALE after {compactAge(staleAfterSeconds)}</span>
        </div>
        <CountdownRing seconds={secondsToRefresh} progress={progress} stale={freshness?.stale ?? false} />
        <div className="flex flex-col items-end">
          <span className="text-6xl font-bold tabular-nums tracking-tight text-white" data-value="clock">
            {clock}
          </span>
          <span className="text-2xl font-semibold tracking-widest text-slate-400">UTC</span>
        </div>
      </div>
    </header>
  );
}

function CountdownRing({ seconds, progress, stale }: { seconds: number | null; progress: number; stale: boolean }) {
  const r = 20;
  const c = 2 * Math.PI * r;
  return (
    <div className="flex items-center gap-3" data-value="countdown" title="next refresh">
      <svg viewBox="0 0 48 48" className="h-14 w-14 -rotate-90" aria-hidden="true">
        <circle cx="24" cy="24" r={r} stroke="#334155" strokeWidth="6" fill="none" />
        <circle cx="24" cy="24" r={r} stroke={stale ? "#fcd34d" : "#38bdf8"} strokeWidth="6" fill="none" strokeDasharray={c} strokeDashoffset={c * (1 - progress)} />
      </svg>
      <div className="flex flex-col text-2xl text-slate-400">
        <span>next refresh</span>
        <span className="text-3xl font-semibold tabular-nums text-slate-200">{seconds === null ? "—" : `${seconds} s`}</span>
      </div>
    </div>
  );
}
