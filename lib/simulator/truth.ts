import type { Snapshot } from "../snapshot/types";
import { BinSeries } from "./bins";
import { SAMPLING, type Density } from "./density";
import { isoSec } from "./format";
import type { Timeline } from "./model";
import { incidents, originFlips, probeBlindSpans } from "./truth-incidents";
import { platformTruth } from "./truth-platform";
import { outsideInTruth } from "./truth-outside-in";
import { regionAnalyticsTruth } from "./truth-analytics";
import { regionTruth } from "./truth-regions";
import { availabilityTruth, conflictTruth, replicationTruth, splitBrainTruth } from "./truth-signals";

/** The simulator's ground truth: the Snapshot of SIGNALS.md section 4 plus how the data was made. */
export interface Truth extends Snapshot {
  simulator: {
    seed: number;
    scenarios: { name: string; start: string; end: string; region: string | null }[];
    /** Model events behind the numbers: when each origin really failed, drills, races incl. decoys. */
    events: {
      outages: { region: string; start: string; end: string; drill: boolean }[];
      lyingProbes: { region: string; start: string; end: string }[];
      /** Brownouts and slow deaths' declines: error ratio at the start and end, time taken ×latencyFactor. */
      degradations: { region: string; start: string; end: string; errorRatio: number; finalErrorRatio: number; latencyFactor: number }[];
      saturations: { region: string; start: string; end: string }[];
      drillMarkers: { region: string; start: string; end: string }[];
      edgeOutages: { start: string; end: string }[];
      logExportGaps: { start: string; end: string }[];
      splitBrainDecoys: string[];
      /** Azure-reported outages: the impact window and the whole minutes it covers. */
      platformEvents: { region: string; trackingId: string; start: string; end: string; minutes: number }[];
    };
    sampling: typeof SAMPLING & { denseWindows: { from: string; to: string | null }[]; note: string };
    rowCounts: Record<string, number>;
  };
}

const span = <T extends { start: number; end: number }>(s: T) => ({ start: isoSec(s.start), end: isoSec(s.end) });

/** Ground truth over [from, to] (seconds), computed from the model's events and true counts, never from rows. */
export function computeTruth(timeline: Timeline, density: Density, from: number, to: number, rowCounts: Record<string, number>): Truth {
  const bins = new BinSeries(timeline, from, to);
  const ep = timeline.episodes;
  const incidentList = incidents(timeline, bins, from, to);
  const probeBlind = probeBlindSpans(timeline, bins, from, to);
  const regions = regionTruth(timeline, from, to, probeBlind);
  return {
    asOf: isoSec(to),
    range: { from: isoSec(from), to: isoSec(to) },
    source: "embedded",
    regions,
    replication: replicationTruth(timeline, from, to, regions.filter((r) => r.originHealthy === false).map((r) => r.id)),
    conflicts: conflictTruth(timeline, from, to),
    originFlips: originFlips(timeline, from, to),
    probeBlind,
    incidents: incidentList,
    incidentAnalytics: regionAnalyticsTruth(timeline, incidentList, from, to),
    splitBrain: splitBrainTruth(timeline, from, to),
    availability: availabilityTruth(timeline, bins, from, to),
    platformHealth: platformTruth(timeline, from, to),
    outsideIn: outsideInTruth(timeline, from, to),
    signals: {} as Snapshot["signals"],
    dataAgeSeconds: 0,
    warnings: [],
    simulator: {
      seed: timeline.seed,
      scenarios: ep.placements.map((p) => ({ name: p.name, start: isoSec(p.start), end: isoSec(p.end), region: p.region })),
      events: {
        outages: ep.outages.map((o) => ({ region: o.region, drill: o.drill, ...span(o) })),
        lyingProbes: ep.lyingProbes.map((l) => ({ region: l.region, ...span(l) })),
        degradations: ep.degradations.map((d) => ({ region: d.region, ...span(d), errorRatio: d.errorRatio, finalErrorRatio: d.finalErrorRatio, latencyFactor: d.latencyFactor })),
        saturations: ep.saturations.map((s) => ({ region: s.region, ...span(s) })),
        drillMarkers: ep.drillMarkers.map((d) => ({ region: d.region, ...span(d) })),
        edgeOutages: ep.edgeOutages.map(span),
        logExportGaps: ep.logExportGaps.map(span),
        splitBrainDecoys: ep.writeGroups.filter((g) => !g.isRace).map((g) => g.entityId),
        platformEvents: ep.platformEvents.map((p) => ({ region: p.region, trackingId: p.trackingId, ...span(p), minutes: Math.floor(p.end / 60) - Math.ceil(p.start / 60) })),
      },
      sampling: {
        ...SAMPLING,
        denseWindows: density.describe(),
        note:
          "FrontDoorAccessLog rows are a sample (rate per second at mean traffic, following the traffic curve); " +
          "AzureMetrics RequestCount carries the true per-minute totals and Percentage5XX = 100 × (5xx + status 0) / (total − 499). " +
          "CDBDataPlaneRequests: per region, slice and operation (Query, Upsert) 2 sampled requests with their own RequestCharge (dense slices only) and one remainder row (ActivityId the nil GUID) carrying the rest of the slice's RU, so Σ RequestCharge is exact; every 429 is its own row. " +
          "AppDependencies background writes are sampled; every split-brain race write is present. " +
          "AppRequests: per origin per minute one successful and one failed request item whose ItemCount is the requests it stands for (sum(ItemCount) is the true count the apps served).",
      },
      rowCounts,
    },
  };
}
