"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import useSWR from "swr";
import type { ShownSnapshot, Snapshot } from "@/lib/snapshot/types";
import { FetchError } from "./fetch-json";

export interface WallFetchState {
  /** Browser time the last good snapshot arrived (the server-rendered one counts from mount). */
  lastGoodAtMs: number | null;
  /** Browser time the latest failed attempt ended, cleared by the next success. */
  lastErrorAtMs: number | null;
  lastError: string | null;
  /** When the latest attempt (good or bad) ended: the countdown runs from here. */
  lastAttemptEndMs: number | null;
}

async function fetchWallSnapshot(url: string, timeoutMs: number): Promise<Snapshot> {
  // A hung request would stall SWR's polling for good; the timeout turns it into an error and a retry.
  const res = await fetch(url, { cache: "no-store", signal: AbortSignal.timeout(timeoutMs) });
  // The status line only: an error body can quote upstream text, which a kiosk screen must not show.
  if (!res.ok) throw new FetchError(`${res.status} ${res.statusText}`.trim(), res.status);
  return (await res.json()) as Snapshot;
}

/** A long snapshot (a cold 7-day range) must not be cut off; STALE shows meanwhile from the data's age. */
const FETCH_TIMEOUT_MIN_MS = 90_000;

export interface WallInitial {
  /** True when the server rendered a snapshot into the SWR fallback. */
  rendered: boolean;
  /** Why the server could not compute one, when it could not. */
  error: string | null;
  /**
   * Server clock when the page was rendered: a page served from the page cache is seconds old on
   * arrival, and its snapshot's age counts from the render, not from mount. A browser clock ahead of
   * the server's only makes the wall look older (never fresher) until the first refresh.
   */
  renderedAtMs: number;
}

/**
 * Polls the snapshot every `refreshMs` for weeks: keeps the last good data on screen, retries a
 * failed fetch every interval (not SWR's exponential backoff, which reaches ~20 min after a long
 * outage) and keeps polling when the kiosk browser reports itself hidden or offline.
 */
export function useWallSnapshot(key: string, refreshMs: number, initial: WallInitial) {
  const [state, setState] = useState<WallFetchState>({ lastGoodAtMs: null, lastErrorAtMs: null, lastError: null, lastAttemptEndMs: null });
  const retryTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(retryTimer.current), []);
  // The server-rendered snapshot (or the server's failure to make one) is the first attempt; it counts from mount.
  useEffect(() => {
    const t = Math.min(Date.now(), initial.renderedAtMs);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the browser clock exists only after mount
    setState((s) =>
      s.lastAttemptEndMs !== null
        ? s
        : initial.rendered
          ? { lastGoodAtMs: t, lastErrorAtMs: null, lastError: null, lastAttemptEndMs: t }
          : { lastGoodAtMs: null, lastErrorAtMs: t, lastError: initial.error ?? "no snapshot yet", lastAttemptEndMs: t },
    );
  }, [initial.rendered, initial.error, initial.renderedAtMs]);
  const [mountedAtMs] = useState(() => Date.now());
  const fetcher = useCallback((url: string) => fetchWallSnapshot(url, Math.max(FETCH_TIMEOUT_MIN_MS, refreshMs * 2)), [refreshMs]);
  const swr = useSWR<ShownSnapshot, Error>(key, fetcher, {
    refreshInterval: refreshMs,
    refreshWhenHidden: true,
    refreshWhenOffline: true,
    revalidateOnFocus: false,
    revalidateOnReconnect: true,
    // Without a server-rendered snapshot, or with one the page cache kept for longer than a refresh
    // interval (up to PAGE_CACHE_SECONDS plus its 30 s of stale-while-revalidate), fetch at once: a
    // wall opened on a cached page must not wait a whole interval, or show STALE, before fresh data.
    revalidateOnMount: !initial.rendered || mountedAtMs - initial.renderedAtMs > refreshMs,
    keepPreviousData: true,
    dedupingInterval: Math.min(2_000, refreshMs / 2),
    onSuccess: () => {
      const t = Date.now();
      setState({ lastGoodAtMs: t, lastErrorAtMs: null, lastError: null, lastAttemptEndMs: t });
    },
    onError: (err) => {
      const t = Date.now();
      setState((s) => ({ ...s, lastErrorAtMs: t, lastError: err.message, lastAttemptEndMs: t }));
    },
    onErrorRetry: (_err, _key, _config, revalidate, opts) => {
      window.clearTimeout(retryTimer.current);
      retryTimer.current = window.setTimeout(() => void revalidate(opts), refreshMs);
    },
  });
  return { snapshot: swr.data ?? null, ...state };
}
