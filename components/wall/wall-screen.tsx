import type { WallTileMap } from "@/lib/catalog/descriptors";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import { refreshProgress, secondsToNextRefresh, STALE_AFTER_INTERVALS, wallFreshness } from "@/lib/wall/freshness";
import { openIncident, openRegions, runningSeconds } from "@/lib/wall/incidents";
import { allUpstreamStale } from "@/lib/wall/tiles";
import { wallStatus } from "@/lib/wall/tile-model";
import type { WallFetchState } from "@/hooks/use-wall-snapshot";
import type { AvailabilityToday } from "@/lib/wall/today";
import { SloView } from "./slo-view";
import { OpenIncidentBanner, StaleBanner } from "./wall-banners";
import { WallHeader } from "./wall-header";
import { WallTiles } from "./wall-tiles";
import { NoData } from "./tile";
import { BlindBanner } from "@/components/status/blind-banner";

export interface WallScreenProps {
  fetched: WallFetchState & { snapshot: ShownSnapshot | null };
  /** Availability since midnight UTC; null until it first arrives. */
  today: AvailabilityToday | null;
  /** Browser clock; null during server render and hydration. */
  nowMs: number | null;
  name: string;
  regionNames: Record<string, string>;
  /** Tile id → the signals it shows, from the registry. */
  tiles: WallTileMap;
  refreshMs: number;
  rotateMs: number;
  at: string | undefined;
}

/** The whole wall: header, STALE or open-incident banner, and the current view. Fills the viewport exactly. */
export function WallScreen({ fetched, today, nowMs, name, regionNames, tiles, refreshMs, rotateMs, at }: WallScreenProps) {
  const { snapshot } = fetched;
  const regionName = (id: string) => regionNames[id] ?? id;
  const freshness =
    nowMs === null || fetched.lastAttemptEndMs === null
      ? null
      : wallFreshness({ ...fetched, nowMs, refreshMs, upstreamStale: snapshot !== null && allUpstreamStale(snapshot), recording: snapshot?.recording });
  const sinceArrival = nowMs !== null && fetched.lastGoodAtMs !== null ? (nowMs - fetched.lastGoodAtMs) / 1000 : 0;
  const open = snapshot ? openIncident(snapshot.incidents) : null;
  // Rotation is derived from the clock, so it needs no timer of its own and cannot drift.
  const showSlo = rotateMs > 0 && nowMs !== null && fetched.lastAttemptEndMs !== null && Math.floor(nowMs / rotateMs) % 2 === 1;
  return (
    <main
      className={`wall-root flex h-screen w-screen flex-col gap-3 overflow-hidden bg-slate-950 p-4 text-slate-100 ${freshness?.stale ? "wall-stale" : ""}`}
      data-stale={freshness?.stale ? "true" : "false"}
      data-rendered={nowMs === null ? "server" : "client"}
    >
      <WallHeader
        name={name}
        status={wallStatus(snapshot)}
        nowMs={nowMs}
        secondsToRefresh={nowMs === null ? null : secondsToNextRefresh(nowMs, fetched.lastAttemptEndMs, refreshMs)}
        progress={nowMs === null ? 0 : refreshProgress(nowMs, fetched.lastAttemptEndMs, refreshMs)}
        freshness={freshness}
        updatedSecondsAgo={nowMs !== null && fetched.lastGoodAtMs !== null ? sinceArrival : null}
        staleAfterSeconds={(STALE_AFTER_INTERVALS * refreshMs) / 1000}
        replayAt={at}
      />
      {freshness?.stale && <StaleBanner freshness={freshness} lastGoodAtMs={fetched.lastGoodAtMs} />}
      {open && <OpenIncidentBanner incident={open} regions={openRegions(snapshot?.incidents ?? [])} runningSeconds={nowMs === null ? 0 : runningSeconds(open, at ? Date.parse(snapshot?.asOf ?? at) : nowMs)} regionName={regionName} />}
      {snapshot && <BlindBanner verdict={snapshot.outsideIn?.verdict} size="wall" />}
      <div className={`flex min-h-0 flex-1 flex-col ${freshness?.stale ? "opacity-60 grayscale" : ""}`}>
        {snapshot === null ? (
          <div className="flex flex-1 items-center justify-center" data-tile="none">
            <NoData className="text-9xl" />
          </div>
        ) : showSlo ? (
          <SloView snapshot={snapshot} sinceArrivalSeconds={sinceArrival} signalKeys={tiles.availability ?? []} />
        ) : (
          <WallTiles snapshot={snapshot} sinceArrivalSeconds={sinceArrival} today={today} regionName={regionName} tiles={tiles} />
        )}
      </div>
    </main>
  );
}
