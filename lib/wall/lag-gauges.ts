import type { ReplicationSnapshot, Status } from "../snapshot/types";

/** Dials the replication tile fits side by side at 1080p. */
export const WALL_LAG_GAUGES = 4;

// The tile's headline order (lib/signals/runtime/status headlineStatus): a breach first, then NO DATA, then warn.
const RANK: Record<Status, number> = { breach: 3, "no-data": 2, warn: 1, ok: 0 };
// Among OK pairs no lag order: every refresh would shuffle a quiet wall's dials between pairs at 0.3 s and 0.4 s.
const ratio = (p: ReplicationSnapshot) => (p.status === "ok" ? 0 : (p.lagSecondsNow ?? 0) / p.budgetSeconds);

/**
 * The pairs the replication tile shows as dials. It showed the first four configured: three regions
 * have six Cosmos pairs and a SQL one, so North Europe's two and the SQL pair had no dial, and the
 * salary-day SQL breach turned the tile red over four green dials. The pairs that are not OK take dials
 * first (by status as the headline ranks it, then lag against budget), OK ones fill the rest in
 * configuration order; on the tile they keep configuration order, so a quiet wall's dials do not move. A pair left without a dial is no worse than every one shown, and
 * the tile's reason counts the pairs that say something ("(+6 more)").
 */
export function wallLagGauges(pairs: readonly ReplicationSnapshot[], max = WALL_LAG_GAUGES): ReplicationSnapshot[] {
  if (pairs.length <= max) return [...pairs];
  const order = pairs.map((p, i) => ({ p, i }));
  const picked = [...order].sort((a, b) => RANK[b.p.status] - RANK[a.p.status] || ratio(b.p) - ratio(a.p) || a.i - b.i).slice(0, max);
  return picked.sort((a, b) => a.i - b.i).map((x) => x.p);
}
