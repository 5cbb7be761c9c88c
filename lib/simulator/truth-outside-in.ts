import type { BlindVerdict, OutsideInSnapshot, OutsideInTest, Status, TelemetrySourceState } from "../snapshot/types";
import { isoSec } from "./format";
import type { Timeline } from "./model";
import { testRuns, testTargets } from "./outside-in";

/** Silence limit the dashboard uses (10 min); the truth names a source silent past it. */
export const SILENT_AFTER_SECONDS = 600;

const STATUS: Record<BlindVerdict["kind"], Status> = { ok: "ok", "frontdoor-failing": "breach", "region-failing": "breach", "logs-missing": "warn", "all-silent": "no-data" };

/**
 * Outside-in truth as of `to`: test counts from the model's own runs, and who is failing or blind
 * from the model's events (not from any rule of the dashboard): an origin down (outage or drill) is a
 * region failing; Front Door's own outage with every origin up is Front Door failing; a stopped log
 * export (or a stopped region's metrics with its origin up) is logs missing.
 */
export function outsideInTruth(timeline: Timeline, from: number, to: number): OutsideInSnapshot {
  const { config } = timeline;
  const F = config.outsideIn.frequencySeconds;
  const windowStart = to - config.budgets.availability.windowDays * 86400;
  const runs = testRuns(timeline, Math.max(from, windowStart) * 1000, to * 1000);
  const tests: OutsideInTest[] = testTargets(timeline).map((t) => {
    const mine = runs.filter((r) => r.name === t.name);
    const inRange = mine.filter((r) => r.ms >= from * 1000);
    const recent = mine.filter((r) => r.ms >= (to - F) * 1000);
    const failed = inRange.filter((r) => !r.success).length;
    const recentFailed = recent.filter((r) => !r.success).length;
    const down = t.region === null ? timeline.edgeOutageAt(to - 1) !== undefined : timeline.outageAt(t.region, to - 1) !== undefined;
    return {
      name: t.name,
      region: t.region,
      runs: inRange.length,
      failed,
      availability: inRange.length > 0 ? (inRange.length - failed) / inRange.length : null,
      recentRuns: recent.length,
      recentFailed,
      failing: down,
      newest: inRange.length > 0 ? new Date(inRange[inRange.length - 1].ms).toISOString() : null,
      status: down ? "breach" : "ok",
    };
  });
  const gap = timeline.episodes.logExportGaps.find((g) => to - 1 >= g.start && to - 1 < g.end);
  const source = (id: string, label: string, newest: number): TelemetrySourceState => ({ id, label, newest: isoSec(newest), silent: to - newest > SILENT_AFTER_SECONDS });
  const sources: TelemetrySourceState[] = [source("frontdoor-logs", "Front Door logs", gap ? gap.start : to), source("frontdoor-metrics", "Front Door metrics", gap ? gap.start : to)];
  for (const r of config.regions) {
    if (r.computeResourceIds.length === 0) continue;
    const stopped = timeline.episodes.outages.find((o) => !o.drill && o.region === r.id && to - 1 >= o.start && to - 1 < o.end);
    sources.push(source(`metrics:${r.id}`, `${r.displayName} metrics`, stopped ? stopped.start : to));
  }
  const failingRegions = config.regions.filter((r) => timeline.outageAt(r.id, to - 1)).map((r) => r.id);
  const kind: BlindVerdict["kind"] =
    failingRegions.length > 0 ? "region-failing" : timeline.edgeOutageAt(to - 1) ? "frontdoor-failing" : sources.some((s) => s.silent) ? "logs-missing" : "ok";
  const global = runs.filter((r) => r.region === null);
  const globalFailed = global.filter((r) => !r.success).length;
  return {
    tests,
    sliOutsideIn: global.length > 0 ? (global.length - globalFailed) / global.length : null,
    sliEdge: null,
    sliGap: null,
    sliGapExplained: "",
    verdict: { kind, status: STATUS[kind], headline: `truth: ${kind}`, detail: [], regions: failingRegions, sources },
    status: STATUS[kind],
    rangeWorst: { status: "ok", overBudgetSeconds: null, reason: null },
  };
}
