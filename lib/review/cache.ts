import type { DashboardConfig } from "../config/schema";
import { systemClock } from "../gateway/clock";
import { Memo } from "../gateway/memo";
import { processSingleton } from "../process-singleton";
import type { LogsSource } from "../workspace/types";
import type { PeriodLoader } from "./assemble";
import { INCIDENT_FOLLOW_MS } from "./incidents";
import { reviewPeriod, type PeriodSpec } from "./period";
import type { PeriodReview } from "./types";

export { REVIEW_STEP_MS, reviewNow } from "./months";

const TTL_MS = 10 * 60_000;

// Process-wide: the review page and its CSV routes are separate bundles (process-singleton.ts).
const memo = processSingleton("review-periods", () => new Memo<PeriodReview>(systemClock, TTL_MS, 100, undefined, 16 * 1024 * 1024));

/** One period assembled elsewhere (the query worker process that holds the embedded workspace). */
export type RemotePeriod = (spec: PeriodSpec, now: Date) => Promise<PeriodReview>;

/**
 * Where periods of a source can be assembled off this thread, if anywhere. The wiring
 * (lib/wiring/source.ts) registers it, as it does for snapshots, so the review stays below what wires it.
 */
const offload = processSingleton("review-offload", () => ({ remote: undefined as ((source: LogsSource) => RemotePeriod | undefined) | undefined }));

export function setReviewOffload(remote: ((source: LogsSource) => RemotePeriod | undefined) | undefined): void {
  offload.remote = remote;
}

/**
 * Periods cached per (config, period, as-of step): a month that has ended a day ago is keyed without
 * the clock (its numbers no longer move: an incident running over its end is followed a day at most), so paging through the history costs one evaluation per month.
 * An uncached period is assembled where the offload says (the query worker: its queries and the
 * evaluation of a month of per-minute rows never run on the thread that answers health probes);
 * cached ones, and the review's final assembly from its periods (a few ms), stay here, so a
 * cached review never waits behind a replay computing in the worker.
 */
export function cachedPeriodLoader(config: DashboardConfig, source: LogsSource, now: Date): PeriodLoader {
  const configKey = JSON.stringify([config.budgets, config.regions, config.replication, config.frontDoor, config.embedded, config.workspaces ?? null]);
  const remote = offload.remote?.(source);
  return (spec: PeriodSpec) => {
    // Settled once an incident that started in it can no longer be followed further (INCIDENT_FOLLOW_MS).
    const ended = spec.to.getTime() + INCIDENT_FOLLOW_MS <= now.getTime();
    const key = `${configKey}|${spec.id}|${spec.from.toISOString()}|${ended && !spec.id.startsWith("rolling") ? "ended" : now.toISOString()}`;
    return memo.get(key, () => (remote ? remote(spec, now) : reviewPeriod({ config, source, spec, now })));
  };
}
