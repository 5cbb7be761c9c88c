import type { SloCorrection } from "../config/schema";
import { inCorrection } from "../signals/availability/corrections";
import { isDownMinute, type MetricMinute } from "../signals/availability/evaluate";
import type { IncidentSnapshot, PlatformEvent } from "../snapshot/types";

export type BucketId = "azure" | "maintenance" | "ours";

export const BUCKET_LABELS: Record<BucketId, string> = {
  azure: "Azure-reported platform event",
  maintenance: "planned maintenance (corrected)",
  ours: "ours",
};

export interface AttributionBucket {
  id: BucketId;
  label: string;
  downtimeMinutes: number;
  failedRequests: number;
  /** The incidents and drills of this bucket, as `region@start`. */
  incidents: string[];
}

/** Where a period's downtime and failed requests went; the buckets add up to the totals. */
export interface Attribution {
  buckets: AttributionBucket[];
  totalDowntimeMinutes: number;
  totalFailedRequests: number;
  /** The Azure events the period overlapped (the reason behind the azure bucket). */
  events: PlatformEvent[];
}

const MINUTE_MS = 60_000;

const spanOf = (e: PlatformEvent, nowMs: number) => ({ from: Date.parse(e.from), to: e.to === null ? nowMs : Date.parse(e.to) });

/**
 * Every minute of the period goes to exactly one bucket, first match wins: a minute under an SLO
 * correction is "planned maintenance (corrected)" (it left the corrected SLI openly); a minute that
 * overlaps an Azure-reported event touching a configured region is "Azure-reported platform event";
 * the rest is "ours". The per-minute metrics are edge-wide, so the bucket is the minute's, whatever
 * region failed. An incident goes to the bucket whose period overlaps it in its own region (a
 * correction for it or for all; an event naming its region), else "ours".
 */
export function attribute(args: {
  minutes: readonly MetricMinute[];
  fromMs: number;
  toMs: number;
  corrections: readonly SloCorrection[];
  events: readonly PlatformEvent[];
  incidents: readonly IncidentSnapshot[];
}): Attribution {
  const buckets: Record<BucketId, AttributionBucket> = {
    azure: { id: "azure", label: BUCKET_LABELS.azure, downtimeMinutes: 0, failedRequests: 0, incidents: [] },
    maintenance: { id: "maintenance", label: BUCKET_LABELS.maintenance, downtimeMinutes: 0, failedRequests: 0, incidents: [] },
    ours: { id: "ours", label: BUCKET_LABELS.ours, downtimeMinutes: 0, failedRequests: 0, incidents: [] },
  };
  const spans = args.events.map((e) => spanOf(e, args.toMs));
  let totalDown = 0;
  let totalFailed = 0;
  for (const m of args.minutes) {
    if (m.t < args.fromMs || m.t >= args.toMs || m.errorRatio === null) continue;
    const id: BucketId = args.corrections.some((c) => inCorrection(m.t, c))
      ? "maintenance"
      : spans.some((s) => s.from < m.t + MINUTE_MS && s.to > m.t)
        ? "azure"
        : "ours";
    const failed = m.requests * m.errorRatio;
    const down = isDownMinute(m) ? 1 : 0;
    buckets[id].failedRequests += failed;
    buckets[id].downtimeMinutes += down;
    totalFailed += failed;
    totalDown += down;
  }
  for (const i of args.incidents) {
    const from = Date.parse(i.start);
    const to = i.recoveredAt ? Date.parse(i.recoveredAt) : args.toMs;
    const corrected = args.corrections.some((c) => (c.region === "all" || c.region === i.region) && Date.parse(c.from) < to && Date.parse(c.to) > from);
    const azure = args.events.some((e, k) => e.regions.includes(i.region) && spans[k].from <= to && spans[k].to >= from);
    buckets[corrected ? "maintenance" : azure ? "azure" : "ours"].incidents.push(`${i.region}@${i.start}`);
  }
  return { buckets: [buckets.azure, buckets.maintenance, buckets.ours], totalDowntimeMinutes: totalDown, totalFailedRequests: totalFailed, events: [...args.events] };
}
