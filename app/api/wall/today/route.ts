import { NextResponse, type NextRequest } from "next/server";
import { getConfigState } from "@/lib/config/runtime";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import { availabilityToday } from "@/lib/wall/today";
import { getSource, sourceNow } from "@/lib/wiring/source";

export const dynamic = "force-dynamic";

/** GET /api/wall/today: availability since 00:00 UTC for the wall (a number, no KQL text: kiosk-safe). */
export async function GET(request: NextRequest) {
  const state = getConfigState();
  if (!state.ok) return NextResponse.json({ error: state.error }, { status: 503 });
  try {
    const body = await availabilityToday({ config: state.config, source: getSource(state.config), asOf: sourceNow(), signal: request.signal });
    return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    const status = err instanceof SourceUnavailableError ? 503 : 502;
    console.error("/api/wall/today failed", err);
    return NextResponse.json({ error: status === 503 ? "data source unavailable" : "availability today could not be computed" }, { status, headers: { "cache-control": "no-store" } });
  }
}
