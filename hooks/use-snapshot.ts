"use client";

import useSWR, { type SWRConfiguration } from "swr";
import type { Snapshot } from "@/lib/snapshot/types";

export interface SnapshotParams {
  /** Range preset (15m, 1h, 6h, 24h, 7d, 30d) or omitted for the default. */
  range?: string;
  from?: string;
  to?: string;
  /** As-of time for replays; omitted means live. */
  at?: string;
  region?: string;
}

export class SnapshotFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function snapshotUrl(params: SnapshotParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const qs = search.toString();
  return qs ? `/api/snapshot?${qs}` : "/api/snapshot";
}

async function fetchSnapshot(url: string): Promise<Snapshot> {
  const res = await fetch(url, { cache: "no-store" });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: string };
      if (body.error) message = body.error;
    } catch {
      // body was not JSON; keep the status line
    }
    throw new SnapshotFetchError(message, res.status);
  }
  return (await res.json()) as Snapshot;
}

/**
 * The snapshot for the given params. Keeps the previous data on screen while refreshing or when
 * a refresh fails (callers show the error and the data's age, never a blank panel).
 */
export function useSnapshot(params: SnapshotParams, options: SWRConfiguration<Snapshot> = {}) {
  return useSWR<Snapshot, Error>(snapshotUrl(params), fetchSnapshot, {
    keepPreviousData: true,
    revalidateOnFocus: false,
    dedupingInterval: 2_000,
    ...options,
  });
}
