import { NextResponse } from "next/server";
import { getConfigState } from "@/lib/config/runtime";
import { doctor } from "@/lib/wiring/doctor";
import { sourceNow } from "@/lib/wiring/source";
import { NO_STORE } from "@/lib/security/headers";

export const dynamic = "force-dynamic";

/** GET /api/doctor: the workspace check as JSON (200 even when checks fail: the report says which). */
export async function GET() {
  const state = getConfigState();
  if (!state.ok) return NextResponse.json({ error: state.error }, { status: 503, headers: NO_STORE });
  try {
    const report = await doctor(state.config, sourceNow());
    return NextResponse.json(report, { headers: NO_STORE });
  } catch (err) {
    console.error("/api/doctor failed", err);
    return NextResponse.json({ error: `the doctor could not run: ${err instanceof Error ? err.message : String(err)}` }, { status: 502, headers: NO_STORE });
  }
}
