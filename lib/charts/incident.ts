import { formatUtc } from "@/lib/format/units";
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

/** How far after its start an incident page looks for the incident: any recovery the budget cares about. */
export const SEARCH_AFTER_START_MS = 12 * 3600_000;
/** How far before its start the page's snapshot begins (the run-up the detector needs). */
export const SEARCH_BEFORE_START_MS = 30 * 60_000;

export interface IncidentNotFoundInput {
  id: string;
  region: string;
  start: Date;
  /** The time the page is shown as of (now, or `at`/`to`). */
  asOf: Date;
  live: boolean;
  /** The source's first data, when known (the demo's first day, a dataset's first row). */
  dataStart: Date | null;
  /** A recorded dataset's newest row; null for a source that goes on with the clock. */
  dataEnd: Date | null;
}

/** Whether an id's search window lies wholly outside the data (after the time shown or a recording's end, or before the first data): the page then skips the search. */
export function incidentOutsideData(input: Pick<IncidentNotFoundInput, "start" | "asOf" | "dataStart" | "dataEnd">): boolean {
  const { start, asOf, dataStart, dataEnd } = input;
  return start > asOf || (dataEnd !== null && start > dataEnd) || (dataStart !== null && start.getTime() + SEARCH_AFTER_START_MS < dataStart.getTime());
}

/**
 * Why /incidents/<id> found nothing, in words (its 404 page): the generic "Not found" left a reader
 * unsure whether the link was broken, the incident gone from the data, or the time outside it. The
 * id is well-formed and its region configured (proxy.ts answered 400 otherwise).
 */
export function incidentNotFoundSentence(input: IncidentNotFoundInput): string {
  const { id, region, start, asOf, live, dataStart, dataEnd } = input;
  const at = (d: Date) => formatUtc(d.toISOString());
  const head = `No incident with id ${id} was found in the data: it would start at ${at(start)}`;
  if (dataEnd !== null && start > dataEnd) return `${head}, after the data's end (the recorded dataset ends at ${at(dataEnd)}).`;
  if (start > asOf) return `${head}, after ${live ? "now" : `the time shown (${at(asOf)})`}.`;
  if (dataStart !== null && start < dataStart) return `${head}, before the data's start (${at(dataStart)}).`;
  const to = new Date(Math.min(asOf.getTime(), start.getTime() + SEARCH_AFTER_START_MS));
  return `${head}, and no incident of ${region} starts then in the data from ${at(new Date(start.getTime() - SEARCH_BEFORE_START_MS))} to ${at(to)}.`;
}
