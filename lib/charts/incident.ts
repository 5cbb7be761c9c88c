import type { IncidentSnapshot, OriginFlip, Snapshot } from "@/lib/snapshot/types";

/**
 * An incident's URL id: region and start second, e.g. `uksouth-2026-01-31T08:00:00Z`. Stable
 * across snapshots of any range that contains the incident, so a pasted link finds it again.
 */
export function incidentId(incident: Pick<IncidentSnapshot, "region" | "start">): string {
  const start = new Date(incident.start);
  const iso = Number.isNaN(start.getTime()) ? incident.start : start.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `${incident.region}-${iso}`;
}

/**
 * Splits an id back into region and start time, or null when it is not one of ours. The time must
 * be a real UTC second as incidentId writes it: Date rolls 2026-02-30 over to 2026-03-02 and 24:00:00
 * to the next day, and the page then looked for (and did not find) an incident at another time.
 */
export function parseIncidentKey(id: string): { region: string; start: Date } | null {
  const m = /^(.+)-(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)$/.exec(id);
  if (!m) return null;
  const start = new Date(m[2]);
  if (Number.isNaN(start.getTime()) || start.toISOString().replace(/\.000Z$/, "Z") !== m[2]) return null;
  return { region: m[1], start };
}

export function findIncident(snapshot: Snapshot, id: string): IncidentSnapshot | null {
  return snapshot.incidents.find((i) => incidentId(i) === id) ?? null;
}

/** The most recent incident (real ones before drills when both start at once), or null. */
export function latestIncident(snapshot: Snapshot, kind?: IncidentSnapshot["kind"]): IncidentSnapshot | null {
  const candidates = snapshot.incidents.filter((i) => !kind || i.kind === kind);
  return candidates.reduce<IncidentSnapshot | null>((best, i) => (!best || Date.parse(i.start) > Date.parse(best.start) ? i : best), null);
}

/**
 * The window an incident timeline shows: from before the first failure signs to after recovery,
 * padded so the run-up and the settling are visible. An open incident ends at asOf.
 */
export function incidentWindow(incident: IncidentSnapshot, asOf: Date, padMs = 10 * 60_000): { from: Date; to: Date } {
  const start = Date.parse(incident.start);
  const end = incident.recoveredAt ? Date.parse(incident.recoveredAt) : asOf.getTime();
  const to = Math.min(asOf.getTime(), Math.max(end, start) + padMs);
  return { from: new Date(start - padMs), to: new Date(Math.max(to, start + 60_000)) };
}

export type TimelineEventKind = "start" | "flip" | "evicted" | "recovered" | "rpo";

export interface TimelineEvent {
  kind: TimelineEventKind;
  t: number;
  label: string;
}

/** The milestones of one incident, in time order, for the timeline's shared axis. */
export function incidentMilestones(incident: IncidentSnapshot, flips: readonly OriginFlip[]): TimelineEvent[] {
  const start = Date.parse(incident.start);
  const events: TimelineEvent[] = [{ kind: "start", t: start, label: "first failure (incident start)" }];
  const end = incident.recoveredAt ? Date.parse(incident.recoveredAt) : Number.POSITIVE_INFINITY;
  for (const flip of flips) {
    const t = Date.parse(flip.at);
    if (flip.region !== incident.region || Number.isNaN(t) || t < start || t > end) continue;
    events.push({ kind: "flip", t, label: `origin flipped ${flip.to}` });
  }
  if (incident.evictedAt) events.push({ kind: "evicted", t: Date.parse(incident.evictedAt), label: "evicted from edge traffic" });
  if (incident.recoveredAt) events.push({ kind: "recovered", t: Date.parse(incident.recoveredAt), label: "recovered (edge errors < 1 %)" });
  return events.sort((a, b) => a.t - b.t);
}
