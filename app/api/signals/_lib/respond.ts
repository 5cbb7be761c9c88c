import { NextResponse, type NextRequest } from "next/server";
import type { ServeDeps } from "@/lib/catalog/serve-series";
import { getConfigState } from "@/lib/config/runtime";
import type { ParamSource } from "@/lib/params/search-params";
import { dataStart, getSource, sourceNow } from "@/lib/wiring/source";
import { NO_STORE } from "@/lib/security/headers";

type Answerer = (signal: string, params: ParamSource, deps: ServeDeps) => Promise<{ status: number; body: unknown }>;

/** The shared body of the per-signal data routes: config, clock and source in, JSON out, never cached. */
export async function respondForSignal(request: NextRequest, signal: string, route: string, answer: Answerer) {
  const state = getConfigState();
  if (!state.ok) return NextResponse.json({ error: state.error }, { status: 503, headers: NO_STORE });
  const now = sourceNow();
  const result = await answer(signal, request.nextUrl.searchParams, {
    config: state.config,
    now,
    dataStart: dataStart(state.config, now),
    source: () => getSource(state.config),
    signal: request.signal,
    log: (message, err) => console.error(`/api/signals/${signal}/${route}: ${message}`, err),
  });
  return NextResponse.json(result.body, { status: result.status, headers: { "cache-control": "no-store" } });
}
