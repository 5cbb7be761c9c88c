"use client";

import useSWR from "swr";
import type { AvailabilityToday } from "@/lib/wall/today";

export const WALL_TODAY_URL = "/api/wall/today";

async function fetchToday(url: string): Promise<AvailabilityToday> {
  const res = await fetch(url, { cache: "no-store", signal: AbortSignal.timeout(90_000) });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`.trim());
  return (await res.json()) as AvailabilityToday;
}

/** The wall's "today" URL: a replay wall (`at`) asks for that day up to `at`, not today's live figure. */
export function wallTodayUrl(at: string | undefined): string {
  return at ? `${WALL_TODAY_URL}?${new URLSearchParams({ at }).toString()}` : WALL_TODAY_URL;
}

/** Availability since midnight UTC; moves slowly, so it refreshes at most once a minute. The server's first-paint figure (SWR fallback, app/wall/client.tsx) until the first answer, else null. */
export function useWallToday(refreshMs: number, at?: string): AvailabilityToday | null {
  const interval = Math.max(refreshMs, 60_000);
  const { data } = useSWR<AvailabilityToday, Error>(wallTodayUrl(at), fetchToday, {
    refreshInterval: interval,
    refreshWhenHidden: true,
    refreshWhenOffline: true,
    revalidateOnFocus: false,
    keepPreviousData: true,
    onErrorRetry: (_e, _k, _c, revalidate, opts) => void setTimeout(() => void revalidate(opts), interval),
  });
  return data ?? null;
}
