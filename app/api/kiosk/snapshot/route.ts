import { NextResponse, type NextRequest } from "next/server";
import { REDACTED_HEADER, redactSnapshot } from "@/lib/security/redact";
import type { Snapshot } from "@/lib/snapshot/types";
import { GET as snapshotGET } from "../../snapshot/route";

export const dynamic = "force-dynamic";

/**
 * What a kiosk gets for GET /api/snapshot (proxy.ts redirects kiosk requests here): the snapshot
 * route's own answer with every query's KQL, portal link and upstream error text removed.
 */
export async function GET(request: NextRequest) {
  const answer = await snapshotGET(request);
  if (answer.status !== 200) {
    const passed = new NextResponse(answer.body, { status: answer.status, headers: answer.headers });
    passed.headers.set(REDACTED_HEADER, "1");
    return passed;
  }
  const snapshot = (await answer.json()) as Snapshot;
  return NextResponse.json(redactSnapshot(snapshot), { headers: { "cache-control": "no-store", [REDACTED_HEADER]: "1" } });
}
