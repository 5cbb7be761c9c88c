import type { QueryRunHead, SignalMeta, Snapshot } from "./types";

/** A signal's meta by key; undefined when the snapshot has no such signal (e.g. an older server's). */
export function signalMeta<Q extends QueryRunHead>(snapshot: Pick<Snapshot<Q>, "signals">, key: string): SignalMeta<Q> | undefined {
  const signals: Partial<Record<string, SignalMeta<Q>>> = snapshot.signals ?? {};
  return signals[key];
}
