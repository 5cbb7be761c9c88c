import type { DashboardConfig } from "../config/schema";
import { systemClock } from "../gateway/clock";
import { Memo } from "../gateway/memo";
import { processSingleton } from "../process-singleton";
import type { LogsSource } from "../workspace/types";
import type { PeriodLoader } from "./assemble";
import { reviewPeriod, type PeriodSpec } from "./period";
import type { PeriodReview } from "./types";

export { REVIEW_STEP_MS, reviewNow } from "./months";

const TTL_MS = 10 * 60_000;

// Process-wide: the review page and its CSV routes are separate bundles (process-singleton.ts).
const memo = processSingleton("review-periods", () => new Memo<PeriodReview>(systemClock, TTL_MS, 100, undefined, 16 * 1024 * 1024));

/**
 * Periods cached per (config, period, as-of step): a month that has ended is keyed without the
 * clock (its numbers no longer move), so paging through the history costs one evaluation per month.
 */
export function cachedPeriodLoader(config: DashboardConfig, source: LogsSource, now: Date): PeriodLoader {
  const configKey = JSON.stringify([config.budgets, config.regions, config.replication, config.frontDoor, config.embedded, config.workspaces ?? null]);
  return (spec: PeriodSpec) => {
    const ended = spec.to.getTime() <= now.getTime();
    const key = `${configKey}|${spec.id}|${spec.from.toISOString()}|${ended && !spec.id.startsWith("rolling") ? "ended" : now.toISOString()}`;
    return memo.get(key, () => reviewPeriod({ config, source, spec, now }));
  };
}
