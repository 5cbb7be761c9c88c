"use client";

import { SWRConfig } from "swr";
import { useWallNow } from "@/hooks/use-wall-now";
import { useWallReload } from "@/hooks/use-wall-reload";
import { useWallSnapshot } from "@/hooks/use-wall-snapshot";
import { useWallToday, wallTodayUrl } from "@/hooks/use-wall-today";
import type { WallTileMap } from "@/lib/catalog/descriptors";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import type { AvailabilityToday } from "@/lib/wall/today";
import { WallScreen } from "@/components/wall/wall-screen";

export interface WallClientProps {
  swrKey: string;
  /** The server-rendered snapshot; null when the server could not compute one (the wall still comes up and retries). */
  initial: ShownSnapshot | null;
  initialError: string | null;
  /** Today's availability computed with the first snapshot; null when the server could not (the client fetches it). */
  initialToday: AvailabilityToday | null;
  /** Server clock at render (the page may come from the page cache, seconds later). */
  renderedAtMs: number;
  name: string;
  regionNames: Record<string, string>;
  tiles: WallTileMap;
  refreshMs: number;
  reloadMs: number;
  rotateMs: number;
  at: string | undefined;
}

export function Client(props: WallClientProps) {
  return (
    <SWRConfig value={{ fallback: firstPaintFallback(props) }}>
      <LiveWall {...props} />
    </SWRConfig>
  );
}

/** SWR's first data per key: the server's snapshot and today's figure, so the first paint shows both. */
function firstPaintFallback(props: WallClientProps): Record<string, unknown> {
  return {
    ...(props.initial ? { [props.swrKey]: props.initial } : {}),
    ...(props.initialToday ? { [wallTodayUrl(props.at)]: props.initialToday } : {}),
  };
}

function LiveWall(props: WallClientProps) {
  const nowMs = useWallNow();
  const fetched = useWallSnapshot(props.swrKey, props.refreshMs, { rendered: props.initial !== null, error: props.initialError, renderedAtMs: props.renderedAtMs });
  const today = useWallToday(props.refreshMs, props.at);
  useWallReload(props.reloadMs);
  return (
    <WallScreen
      fetched={fetched}
      today={today}
      nowMs={nowMs}
      name={props.name}
      regionNames={props.regionNames}
      tiles={props.tiles}
      refreshMs={props.refreshMs}
      rotateMs={props.rotateMs}
      at={props.at}
    />
  );
}
