import { WALL_RANGE } from "@/lib/wall/params";
import { availabilityToday, type AvailabilityToday } from "@/lib/wall/today";
import { answerSnapshot, type SnapshotAnswer } from "./serve-snapshot";
import type { ServeDeps } from "./serve-series";

/** What /wall's server render hands its client: the first snapshot and today's availability. */
export interface WallFirstPaint {
  answer: SnapshotAnswer;
  /** As /api/wall/today answers it; null when it could not be computed (the client then fetches it). */
  today: AvailabilityToday | null;
}

/**
 * The wall's first data, each part computed as its API route computes it (/api/snapshot with the
 * wall's range, /api/wall/today for `at`'s day, default now), side by side. Without today's figure
 * here a wall that reloads (kiosks do, every reloadMs) painted "today NO DATA" until the browser's
 * first /api/wall/today answer. A failure of today's figure never holds back the snapshot.
 */
export async function wallFirstPaint(at: string | undefined, deps: ServeDeps): Promise<WallFirstPaint> {
  const query = new URLSearchParams({ range: WALL_RANGE });
  if (at) query.set("at", at);
  const today = availabilityToday({ config: deps.config, source: deps.source(), asOf: at ? new Date(at) : deps.now, signal: deps.signal }).catch((err: unknown) => {
    if (!deps.signal?.aborted) deps.log?.("availability today (first paint) failed", err);
    return null;
  });
  const [answer, todayValue] = await Promise.all([answerSnapshot(query, deps), today]);
  return { answer, today: todayValue };
}
