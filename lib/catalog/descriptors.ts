import { SIGNAL_MODULES, type SignalRegistry } from "@/lib/signals";

/**
 * What pages and client components need to know about the signals, as plain data: the registry
 * itself stays on the server (its modules hold query code), the screens get these lists as props.
 */
export interface SignalDescriptor {
  key: string;
  title: string;
  label: string;
  /** Listed under "Signals" in the navigation. */
  nav: boolean;
}

export function signalDescriptors(registry: SignalRegistry = SIGNAL_MODULES): SignalDescriptor[] {
  return registry.map((m) => ({ key: m.key, title: m.title, label: m.label, nav: m.nav !== false }));
}

/** Wall tile id → the snapshot signals whose freshness the tile reports, from each module's `wallTiles`. */
export type WallTileMap = Record<string, string[]>;

export function wallTileSignals(registry: SignalRegistry = SIGNAL_MODULES): WallTileMap {
  const map: WallTileMap = {};
  for (const m of registry) for (const tile of m.wallTiles) (map[tile] ??= []).push(m.key);
  return map;
}
