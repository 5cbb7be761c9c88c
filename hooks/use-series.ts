"use client";

import useSWR, { type SWRConfiguration } from "swr";
import type { RowsResponse, SeriesResponse } from "@/lib/charts/types";
import type { QueryRunHead } from "@/lib/snapshot/types";
import { fetchJson } from "./fetch-json";


function withQuery(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

export function seriesUrl(signal: string, params: Record<string, string>, widthPx: number): string {
  return withQuery(`/api/signals/${encodeURIComponent(signal)}/series`, { ...params, w: String(widthPx) });
}

export function rowsUrl(signal: string, params: Record<string, string>, widthPx: number, query: string | undefined, cursor?: string): string {
  return withQuery(`/api/signals/${encodeURIComponent(signal)}/rows`, { ...params, w: String(widthPx), query, cursor });
}

/**
 * A signal's time series for a view; the previous series stay on screen while refreshing or after an
 * error. The fallback may be a first paint's (runs as heads); `mutate()` fetches the full one.
 */
export function useSeries(signal: string, params: Record<string, string>, widthPx: number, options: SWRConfiguration<SeriesResponse<QueryRunHead>> = {}) {
  return useSWR<SeriesResponse<QueryRunHead>, Error>(seriesUrl(signal, params, widthPx), fetchJson<SeriesResponse>, {
    keepPreviousData: true,
    revalidateOnFocus: false,
    dedupingInterval: 2_000,
    ...options,
  });
}

/** One page of the rows behind a signal's charts. */
export function useRows(url: string, options: SWRConfiguration<RowsResponse> = {}) {
  return useSWR<RowsResponse, Error>(url, fetchJson<RowsResponse>, { keepPreviousData: true, revalidateOnFocus: false, ...options });
}
