import type { NextRequest } from "next/server";
import { handleReview } from "../handler";

export const dynamic = "force-dynamic";

/** GET /api/review/history.csv?month=YYYY-MM: month-by-month history, last 12 months. */
export function GET(request: NextRequest) {
  return handleReview(request, "history");
}
