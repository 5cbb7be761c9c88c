import type { NextRequest } from "next/server";
import { handleReview } from "./handler";

export const dynamic = "force-dynamic";

/** GET /api/review?month=YYYY-MM: the availability review as JSON (default month: the last complete one). */
export function GET(request: NextRequest) {
  return handleReview(request);
}
