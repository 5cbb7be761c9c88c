import { NextResponse, type NextRequest } from "next/server";
import { getConfigState } from "@/lib/config/runtime";
import { badRequestResponse } from "@/lib/params";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import { availabilityToday, parseTodayAt } from "@/lib/wall/today";
import { dataStart, getSource, sourceNow } from "@/lib/wiring/source";
import { NO_STORE } from "@/lib/security/headers";

export const dynamic = "force-dynamic";

/**
 * GET /api/wall/today?at=ISO: availability from 00:00 UTC of `at`'s day (default now) to `at`, for the
 * wall (a number, no KQL text: kiosk-safe). A replay wall passes its `at`, so it never shows today's live figure.
 */
export async function GET(request: NextRequest) {
  const state = getConfigState();
  if (!state.ok) return NextResponse.json({ error: "configuration error (see the server log)" }, { status: 503, headers: NO_STORE });
  const now = sourceNow();
  const at = parseTodayAt(request.nextUrl.searchParams, now, dataStart(state.config, now));
  if (!at.ok) return badRequestResponse(at.error);
  try {
    const body = await availabilityToday({ config: state.config, source: getSource(state.config), asOf: at.value, signal: request.signal });
    return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    const status = err instanceof SourceUnavailableError ? 503 : 502;
    console.error("/api/wall/today failed", err);
    return NextResponse.json({ error: status === 503 ? "data source unavailable" : "availability today could not be computed" }, { status, headers: { "cache-control": "no-store" } });
  }
}
