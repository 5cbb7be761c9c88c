import { NextResponse, type NextRequest } from "next/server";
import { getConfigState } from "@/lib/config/runtime";
import { answerSnapshot } from "@/lib/catalog/serve-snapshot";
import { dataStart, getSource, sourceNow } from "@/lib/wiring/source";

export const dynamic = "force-dynamic";

/** GET /api/snapshot?at=ISO&range=1h|from=…&to=…&region=id: every number of the dashboard for one moment. */
export async function GET(request: NextRequest) {
  const state = getConfigState();
  if (!state.ok) return NextResponse.json({ error: state.error }, { status: 503 });
  const config = state.config;
  const now = sourceNow();
  const answer = await answerSnapshot(request.nextUrl.searchParams, {
    config,
    now,
    dataStart: dataStart(config, now),
    source: () => getSource(config),
    signal: request.signal,
    log: (message, err) => console.error(`/api/snapshot: ${message}`, err),
  });
  return NextResponse.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
}
