import { NextResponse, type NextRequest } from "next/server";
import { REDACTED_HEADER, redactErrorBody, redactSnapshot } from "@/lib/security/redact";
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
    // Error text can name files on the server (a dataset's path and line) or quote upstream errors.
    const body = (await answer.json()) as Record<string, unknown>;
    return NextResponse.json(redactErrorBody(body, answer.status), { status: answer.status, headers: { "cache-control": "no-store", [REDACTED_HEADER]: "1" } });
  }
  const snapshot = (await answer.json()) as Snapshot;
  return NextResponse.json(redactSnapshot(snapshot), { headers: { "cache-control": "no-store", [REDACTED_HEADER]: "1" } });
}
