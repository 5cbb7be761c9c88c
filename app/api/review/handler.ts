import type { NextRequest } from "next/server";
import { getConfigState } from "@/lib/config/runtime";
import { cachedPeriodLoader, reviewNow } from "@/lib/review/cache";
import { answerReview, reviewResponse, type CsvKind } from "@/lib/review/serve";
import { getSource, sourceNow } from "@/lib/wiring/source";
import { NO_STORE } from "@/lib/security/headers";

/** Shared by /api/review (JSON) and its CSV exports: parse, build (cached per period), answer. */
export async function handleReview(request: NextRequest, csv?: CsvKind): Promise<Response> {
  const state = getConfigState();
  if (!state.ok) return Response.json({ error: state.error }, { status: 503, headers: NO_STORE });
  const { config } = state;
  const now = reviewNow(sourceNow());
  const answer = await answerReview(request.nextUrl.searchParams, {
    config,
    now,
    source: () => getSource(config),
    load: cachedPeriodLoader(config, getSource(config), now),
    log: (message, err) => console.error(`/api/review: ${message}`, err),
  });
  return reviewResponse(answer, csv);
}
