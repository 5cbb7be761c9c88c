import type { NextRequest } from "next/server";
import { answerRows } from "@/lib/catalog/serve-series";
import { respondForSignal } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/signals/[signal]/rows?range=1h|from=…&to=…&at=ISO&region=id&w=px&query=id&limit=&cursor= */
export async function GET(request: NextRequest, { params }: { params: Promise<{ signal: string }> }) {
  const { signal } = await params;
  return respondForSignal(request, signal, "rows", answerRows);
}
