"use client";

import useSWR, { type SWRConfiguration } from "swr";
import type { ShownSnapshot, Snapshot } from "@/lib/snapshot/types";
import { fetchJson } from "./fetch-json";

export interface SnapshotParams {
  /** Range preset (15m, 1h, 6h, 24h, 7d, 30d) or omitted for the default. */
  range?: string;
  from?: string;
  to?: string;
  /** As-of time for replays; omitted means live. */
  at?: string;
  region?: string;
}


export function snapshotUrl(params: SnapshotParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const qs = search.toString();
  return qs ? `/api/snapshot?${qs}` : "/api/snapshot";
}

const fetchSnapshot = (url: string) => fetchJson<Snapshot>(url);

/**
 * The snapshot for the given params. Keeps the previous data on screen while refreshing or when
 * a refresh fails (callers show the error and the data's age, never a blank panel). The fallback
 * may be a first paint's (runs without KQL); every fetch brings the full snapshot, and `mutate()`
 * fetches it at once (an inspector opening).
 */
export function useSnapshot(params: SnapshotParams, options: SWRConfiguration<ShownSnapshot> = {}) {
  return useSWR<ShownSnapshot, Error>(snapshotUrl(params), fetchSnapshot, {
    keepPreviousData: true,
    revalidateOnFocus: false,
    dedupingInterval: 2_000,
    ...options,
  });
}
