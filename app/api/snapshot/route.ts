import { NextResponse, type NextRequest } from "next/server";
import { getConfigState } from "@/lib/config/runtime";
import { readEnv } from "@/lib/env";
import { principalFromHeaders } from "@/lib/security/principal";
import { rateLimitKey } from "@/lib/security/rate-limit";
import { answerSnapshot } from "@/lib/catalog/serve-snapshot";
import { dataStart, getSource, recordedUntil, sourceNow } from "@/lib/wiring/source";
import { NO_STORE } from "@/lib/security/headers";

export const dynamic = "force-dynamic";

/** GET /api/snapshot?at=ISO&range=1h|from=…&to=…&region=id: every number of the dashboard for one moment. */
export async function GET(request: NextRequest) {
  const state = getConfigState();
  if (!state.ok) return NextResponse.json({ error: state.error }, { status: 503, headers: NO_STORE });
  const config = state.config;
  const now = sourceNow();
  const answer = await answerSnapshot(request.nextUrl.searchParams, {
    config,
    now,
    dataStart: dataStart(config, now),
    recordedUntil: () => recordedUntil(config),
    source: () => getSource(config),
    signal: request.signal,
    log: (message, err) => console.error(`/api/snapshot: ${message}`, err),
    client: rateLimitKey({ kind: principalFromHeaders(request.headers) ?? "anonymous" }, request.headers, readEnv().RATE_LIMIT_CLIENT_HEADER),
  });
  const retry = "retryAfterSeconds" in answer.body ? answer.body.retryAfterSeconds : undefined;
  return NextResponse.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store", ...(retry ? { "retry-after": String(retry) } : {}) } });
}
