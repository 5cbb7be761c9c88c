"use client";

import { SWRConfig } from "swr";
import { useWallNow } from "@/hooks/use-wall-now";
import { useWallReload } from "@/hooks/use-wall-reload";
import { useWallSnapshot } from "@/hooks/use-wall-snapshot";
import { useWallToday } from "@/hooks/use-wall-today";
import type { WallTileMap } from "@/lib/catalog/descriptors";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import { WallScreen } from "@/components/wall/wall-screen";

export interface WallClientProps {
  swrKey: string;
  /** The server-rendered snapshot; null when the server could not compute one (the wall still comes up and retries). */
  initial: ShownSnapshot | null;
  initialError: string | null;
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
    <SWRConfig value={{ fallback: props.initial ? { [props.swrKey]: props.initial } : {} }}>
      <LiveWall {...props} />
    </SWRConfig>
  );
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
