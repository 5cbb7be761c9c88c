import type { DashboardConfig } from "../config/schema";
import type { RowSink } from "../dataset/sink";
import { GenContext } from "./context";
import { demoPlacements } from "./demo";
import { Density, SAMPLING } from "./density";
import { generateRows } from "./generate";
import { Timeline } from "./model";
import { resolveScenarios } from "./scenarios";
import { computeTruth, type Truth } from "./truth";

export interface LiveDemoOptions {
  config: DashboardConfig;
  seed: number;
  days: number;
  now: () => Date;
  sink: RowSink;
}

export interface LiveDemo {
  /** The start-up time (floored to the minute) the demo month is placed against. */
  readonly anchor: Date;
  readonly from: Date;
  /** Rows are written up to (excluding) this time. */
  readonly generatedTo: Date;
  /** Writes the rows of [generatedTo, t); a t at or before generatedTo does nothing. */
  advanceTo(t: Date): Record<string, number>;
  /** The model's ground truth as of `asOf` (default: generatedTo). */
  truth(asOf?: Date): Truth;
}

/**
 * The wall-screen demo: `days` of history ending at start-up, then moving with the clock. Rows are a
 * pure function of their time, so advancing in any steps writes the same rows as one big step.
 */
export function createLiveDemo(options: LiveDemoOptions): LiveDemo {
  const { config, seed, sink } = options;
  const anchorMs = Math.floor(options.now().getTime() / 60_000) * 60_000;
  const fromMs = anchorMs - options.days * 86400_000;
  const anchor = new Date(anchorMs);
  const timeline = new Timeline(config, resolveScenarios(config, demoPlacements(config, anchor, seed), seed), seed);
  const density = new Density(timeline.episodes, anchorMs / 1000 - SAMPLING.liveDenseHours * 3600);
  const ctx = new GenContext(timeline, density);
  let cursor = fromMs;
  const counts: Record<string, number> = {};
  return {
    anchor,
    from: new Date(fromMs),
    get generatedTo() {
      return new Date(cursor);
    },
    advanceTo(t: Date) {
      const target = t.getTime();
      if (!Number.isFinite(target) || target <= cursor) return {};
      const added = generateRows(ctx, cursor, target, sink);
      for (const [table, n] of Object.entries(added)) counts[table] = (counts[table] ?? 0) + n;
      cursor = target;
      return added;
    },
    truth(asOf?: Date) {
      const to = Math.floor((asOf?.getTime() ?? cursor) / 1000);
      return computeTruth(timeline, density, fromMs / 1000, to, { ...counts });
    },
  };
}
