import type { SignalMeta, Snapshot } from "./types";

/** A signal's meta by key; undefined when the snapshot has no such signal (e.g. an older server's). */
export function signalMeta(snapshot: Pick<Snapshot, "signals">, key: string): SignalMeta | undefined {
  const signals: Partial<Record<string, SignalMeta>> = snapshot.signals ?? {};
  return signals[key];
}
