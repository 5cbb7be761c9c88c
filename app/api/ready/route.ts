import { NextResponse, type NextRequest } from "next/server";
import { getConfigState } from "@/lib/config/runtime";
import { readinessNow } from "@/lib/wiring/readiness";
import { redactReadiness } from "@/lib/health/readiness";
import { seesServerDetails } from "@/lib/security/principal";

export const dynamic = "force-dynamic";

/** Readiness probe (lib/health/readiness.ts); liveness stays GET /api/health. */
export async function GET(request: NextRequest) {
  const readiness = await readinessNow();
  if (!readiness.ready) console.error(`not ready: ${readiness.reason}`);
  const state = getConfigState();
  // Probes do not sign in: with sign-in on, strangers learn which check failed, not the details.
  const stranger = !seesServerDetails(request.headers, state.ok && state.config.auth?.enabled === true);
  return NextResponse.json(stranger ? redactReadiness(readiness) : readiness, {
    status: readiness.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
