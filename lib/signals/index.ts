import type { DashboardConfig } from "@/lib/config/schema";
import type { SignalKey } from "@/lib/snapshot/types";
import { availability } from "./availability";
import { conflicts } from "./conflicts";
import { incidentsSignal } from "./incidents";
import { originHealthSignal } from "./origin-health";
import { platformHealth } from "./platform-health";
import { outsideIn } from "./outside-in";
import { replicationLag } from "./replication-lag";
import type { AnySignalModule, CatalogQuery } from "./runtime/types";
import { saturation } from "./saturation";
import { splitBrain } from "./split-brain";

export { availability, conflicts, incidentsSignal, originHealthSignal, outsideIn, platformHealth, replicationLag, saturation, splitBrain };

/**
 * The signal registry: every signal of the catalog (SIGNALS.md section 3), in snapshot and
 * navigation order. The one hand-written list of signals: the snapshot, routes, navigation, page
 * titles, overview panels, wall tile map and doctor derive from it.
 */
export const SIGNAL_MODULES = [saturation, replicationLag, conflicts, originHealthSignal, incidentsSignal, splitBrain, availability, platformHealth, outsideIn] as const;

/** A registry: the real one, or a test's with a throwaway signal. */
export type SignalRegistry = readonly AnySignalModule[];

// Compile-time check that the registry has exactly one module per snapshot key (SignalKey).
type RegistryKey = (typeof SIGNAL_MODULES)[number]["key"];
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const registryCoversEveryKey: Exactly<RegistryKey, SignalKey> = true;
void registryCoversEveryKey;

/** The module of a key, or undefined. */
export function signalModule(key: string, registry: SignalRegistry = SIGNAL_MODULES): AnySignalModule | undefined {
  return registry.find((m) => m.key === key);
}

/** Every query text the catalog may run for a configuration, with the signal it belongs to. */
export function catalogQueries(config: DashboardConfig, registry: SignalRegistry = SIGNAL_MODULES): (CatalogQuery & { signal: string })[] {
  return registry.flatMap((m) => m.queries(config).map((q) => ({ ...q, signal: m.key })));
}
