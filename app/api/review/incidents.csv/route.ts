import type { NextRequest } from "next/server";
import { handleReview } from "../handler";

export const dynamic = "force-dynamic";

/** GET /api/review/incidents.csv?month=YYYY-MM: every incident and drill of the review. */
export function GET(request: NextRequest) {
  return handleReview(request, "incidents");
}
