import { NextResponse, type NextRequest } from "next/server";
import { answerSeries } from "@/lib/charts/serve";
import { getConfigState } from "@/lib/config/runtime";
import { dataStart, getSource, sourceNow } from "@/lib/workspace/source";

export const dynamic = "force-dynamic";

/** GET /api/signals/[signal]/series?range=1h|from=…&to=…&at=ISO&region=id&w=px */
export async function GET(request: NextRequest, { params }: { params: Promise<{ signal: string }> }) {
  const state = getConfigState();
  if (!state.ok) return NextResponse.json({ error: state.error }, { status: 503 });
  const { signal } = await params;
  const now = sourceNow();
  const answer = await answerSeries(signal, request.nextUrl.searchParams, {
    config: state.config,
    now,
    dataStart: dataStart(state.config, now),
    source: () => getSource(state.config),
    signal: request.signal,
    log: (message, err) => console.error(`/api/signals/${signal}/series: ${message}`, err),
  });
  return NextResponse.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
}
