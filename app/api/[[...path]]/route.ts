import { NextResponse } from "next/server";
import { unknownApiBody } from "@/lib/security/routes";

/**
 * Any /api path no other route answers: JSON like every other /api refusal, not the HTML 404 page
 * (the named routes win over this optional catch-all). Other methods get proxy.ts's 405.
 */
export function GET() {
  return NextResponse.json(unknownApiBody(), { status: 404, headers: { "cache-control": "no-store" } });
}

/** OPTIONS too: Next's automatic answer (204, "allow: GET, HEAD, OPTIONS") told a client that probes first that the path exists. */
export function OPTIONS() {
  return GET();
}
