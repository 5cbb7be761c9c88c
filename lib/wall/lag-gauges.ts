import type { ReplicationSnapshot, Status } from "../snapshot/types";
import { STATUS_WORD } from "../snapshot/status";

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

/**
 * What the pairs without a dial say, in the tile's footer: "+3 more pairs, all OK", "+3 more pairs: 1 NO DATA,
 * 2 OK". With seven pairs and four dials a quiet tile had no reason line, so nothing said three more
 * pairs were watched at all; null when every pair has its dial.
 */
export function morePairsNote(pairs: readonly ReplicationSnapshot[], shown: readonly ReplicationSnapshot[]): string | null {
  const hidden = pairs.filter((p) => !shown.includes(p));
  if (hidden.length === 0) return null;
  const head = `+${hidden.length} more ${hidden.length === 1 ? "pair" : "pairs"}`;
  if (hidden.every((p) => p.status === "ok")) return `${head}, ${hidden.length === 1 ? "OK" : "all OK"}`;
  const counts = (Object.keys(RANK) as Status[])
    .sort((a, b) => RANK[b] - RANK[a])
    .map((s) => ({ s, n: hidden.filter((p) => p.status === s).length }))
    .filter((c) => c.n > 0);
  return `${head}: ${counts.map((c) => `${c.n} ${STATUS_WORD[c.s]}`).join(", ")}`;
}
