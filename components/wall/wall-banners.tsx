import type { IncidentSnapshot } from "@/lib/snapshot/types";
import { formatClock, formatSeconds, formatUtc } from "@/lib/format/units";
import type { Freshness } from "@/lib/wall/freshness";
import { rtoOverrun } from "@/lib/wall/incidents";
import { compactAge } from "@/lib/wall/tiles";

/** The whole screen says STALE, with the time of the last good data and why. */
export function StaleBanner({ freshness, lastGoodAtMs }: { freshness: Freshness; lastGoodAtMs: number | null }) {
  return (
    <div role="alert" data-testid="wall-stale" className="flex items-center gap-6 rounded-xl bg-amber-400 px-6 py-3 text-slate-950">
      <span className="text-6xl font-black tracking-widest">▲ STALE</span>
      <div className="flex min-w-0 flex-col">
        <span className="truncate text-3xl font-bold">
          {freshness.headline ?? `Last good data ${lastGoodAtMs === null ? "never" : `${formatUtc(new Date(lastGoodAtMs).toISOString())} (${compactAge(freshness.ageSeconds)} ago)`}`}
        </span>
        <span className="truncate text-2xl">{freshness.detail} · retrying every refresh</span>
      </div>
    </div>
  );
}

/** An open incident, prominent, with its running clock. */
export function OpenIncidentBanner({
  incident,
  regions,
  runningSeconds,
  regionName,
}: {
  incident: IncidentSnapshot;
  /** Every region with an open incident, this one first (lib/wall/incidents.ts openRegions). */
  regions: readonly string[];
  runningSeconds: number;
  regionName: (id: string) => string;
}) {
  const over = rtoOverrun(incident, runningSeconds);
  return (
    <div role="alert" data-testid="wall-open-incident" className="flex items-center justify-between gap-6 rounded-xl bg-breach px-6 py-1 text-white">
      <div className="flex min-w-0 items-center gap-6">
        <span className="text-5xl font-black tracking-wider">✕ {incident.kind === "drill" ? "DRILL" : "INCIDENT"} OPEN</span>
        <span className="truncate text-4xl font-bold">{(regions.length > 0 ? regions : [incident.region]).map(regionName).join(" + ")}</span>
        {/* To the minute, as the failover tile says it: the clock counts the seconds, and they pushed
            Azure's longest region names ("Germany West Central") into an ellipsis at 1080p. */}
        <span className="text-2xl">since {formatUtc(incident.start, false)}</span>
      </div>
      <div className="flex items-baseline gap-4">
        <span className="text-7xl font-black tabular-nums" data-value="incident-clock">
          {formatClock(runningSeconds)}
        </span>
        <span className="text-2xl font-semibold">{over ? "OVER" : "of"} RTO budget {formatSeconds(incident.rtoBudgetSeconds)}</span>
      </div>
    </div>
  );
}
