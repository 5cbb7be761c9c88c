import type { PlatformEvent, ShownSnapshot } from "@/lib/snapshot/types";
import type { Annotation } from "./types";

const ms = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
};

/**
 * Flips, incidents, drills, probe-blind spans and Azure-reported platform events of a snapshot as annotations on the shared time
 * axis, optionally for one region, ascending by time. An open incident spans up to asOf.
 */
export function snapshotAnnotations(snapshot: ShownSnapshot, region?: string | null): Annotation[] {
  const out: Annotation[] = [];
  const asOf = ms(snapshot.asOf);
  const keep = (r: string) => !region || r === region;
  for (const flip of snapshot.originFlips) {
    const t = ms(flip.at);
    if (t === null || !keep(flip.region)) continue;
    out.push({ kind: "flip", t, region: flip.region, label: `${flip.region} origin → ${flip.to}` });
  }
  for (const incident of snapshot.incidents) {
    const t = ms(incident.start);
    if (t === null || !keep(incident.region)) continue;
    const end = ms(incident.recoveredAt) ?? asOf ?? t;
    const what = incident.kind === "drill" ? "drill" : "incident";
    out.push({ kind: incident.kind === "drill" ? "drill" : "incident", t, end, region: incident.region, label: `${incident.region} ${what}` });
  }
  for (const span of snapshot.probeBlind) {
    const t = ms(span.from);
    if (t === null || !keep(span.region)) continue;
    out.push({ kind: "probe-blind", t, end: ms(span.to) ?? t, region: span.region, label: `${span.region} probe-blind${span.everyOrigin ? ", every origin at once: Front Door?" : ""}` });
  }
  out.push(...platformAnnotations(snapshot.platformHealth?.events ?? [], asOf, region));
  return out.sort((a, b) => a.t - b.t);
}

/** Azure-reported events as spans on the time axis (an active one runs to asOf). */
export function platformAnnotations(events: readonly PlatformEvent[], asOfMs: number | null, region?: string | null): Annotation[] {
  const out: Annotation[] = [];
  for (const event of events) {
    const t = ms(event.from);
    const regions = event.regions.filter((r) => !region || r === region);
    if (t === null || regions.length === 0) continue;
    out.push({ kind: "platform", t, end: ms(event.to) ?? asOfMs ?? t, region: regions.join(","), label: event.sentence });
  }
  return out;
}

/** The Azure events touching `region` that overlap [fromMs, toMs] (an active one runs on): what an incident page shows beside the incident. */
export function platformEventsDuring(events: readonly PlatformEvent[], region: string, fromMs: number, toMs: number): PlatformEvent[] {
  return events.filter((e) => e.regions.includes(region) && Date.parse(e.from) <= toMs && (e.to === null || Date.parse(e.to) >= fromMs));
}

/** Annotations that overlap [from, to]: the ones a chart of that range can draw. */
export function annotationsInRange(annotations: readonly Annotation[], from: number, to: number): Annotation[] {
  return annotations.filter((a) => (a.end ?? a.t) >= from && a.t <= to);
}
