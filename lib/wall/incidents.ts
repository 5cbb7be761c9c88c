import type { IncidentSnapshot } from "../snapshot/types";

/** The open incident the wall shows as a banner: the most recent one without `recoveredAt`. */
export function openIncident(incidents: readonly IncidentSnapshot[]): IncidentSnapshot | null {
  return latest(incidents.filter((i) => i.recoveredAt === null));
}

/**
 * Every region with an open incident, the banner's own first: with every region down at once (a global
 * dependency) the banner named one of them, as if the other were carrying the load.
 */
export function openRegions(incidents: readonly IncidentSnapshot[]): string[] {
  const shown = openIncident(incidents);
  if (!shown) return [];
  const others = incidents.filter((i) => i.recoveredAt === null && i.region !== shown.region).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return [...new Set([shown.region, ...others.map((i) => i.region)])];
}

/** The last finished incident, whose measured RTO the wall shows against the budget. */
export function lastClosedIncident(incidents: readonly IncidentSnapshot[]): IncidentSnapshot | null {
  return latest(incidents.filter((i) => i.recoveredAt !== null));
}

function latest(list: readonly IncidentSnapshot[]): IncidentSnapshot | null {
  let best: IncidentSnapshot | null = null;
  for (const i of list) if (!best || Date.parse(i.start) > Date.parse(best.start)) best = i;
  return best;
}

/** Seconds an open incident has been running at `nowMs`; never negative (clock skew). */
export function runningSeconds(incident: IncidentSnapshot, nowMs: number): number {
  const start = Date.parse(incident.start);
  return Number.isFinite(start) ? Math.max(0, (nowMs - start) / 1000) : 0;
}

/** True once an open incident's running clock has passed its RTO budget (the wall's clock runs between snapshots). */
export function rtoOverrun(incident: IncidentSnapshot, runningSeconds: number): boolean {
  return runningSeconds > incident.rtoBudgetSeconds;
}

/** Share of the RTO budget used: measured RTO for a closed incident, the running clock for an open one. */
export function rtoBudgetShare(seconds: number | null, budgetSeconds: number): number | null {
  if (seconds === null || !(budgetSeconds > 0)) return null;
  return seconds / budgetSeconds;
}
