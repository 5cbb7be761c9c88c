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
  /**
   * Retention: called from advanceTo at most once per simulated hour with the start of the kept
   * history (generatedTo − days); the sink drops rows older than it (Workspace.dropBefore), so a wall
   * screen running for weeks holds `days` of rows, not everything since start-up.
   */
  compact?: (cutoff: Date) => void;
  /** False: the live window is sampled sparsely like quiet history (small tests); default true. */
  denseLive?: boolean;
}

export interface LiveDemo {
  /** The start-up time (floored to the minute) the demo month is placed against. */
  readonly anchor: Date;
  /** Earliest time still held: start-up − days, moving forward as retention compacts. */
  readonly from: Date;
  /** Rows are written up to (excluding) this time. */
  readonly generatedTo: Date;
  /** Writes the rows of [generatedTo, t); a t at or before generatedTo does nothing. */
  advanceTo(t: Date): Record<string, number>;
  /** The model's ground truth as of `asOf` (default: generatedTo). */
  truth(asOf?: Date): Truth;
}

const HOUR_MS = 3600_000;

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
  const denseFrom = options.denseLive === false ? Number.POSITIVE_INFINITY : anchorMs / 1000 - SAMPLING.liveDenseHours * 3600;
  const density = new Density(timeline.episodes, denseFrom);
  const ctx = new GenContext(timeline, density);
  let cursor = fromMs;
  let keptFrom = fromMs;
  let lastCompactHour = Math.floor(fromMs / HOUR_MS);
  const counts: Record<string, number> = {};
  const compact = () => {
    const hour = Math.floor(cursor / HOUR_MS);
    if (!options.compact || hour <= lastCompactHour) return;
    lastCompactHour = hour;
    keptFrom = Math.max(keptFrom, cursor - options.days * 86400_000);
    options.compact(new Date(keptFrom));
  };
  return {
    anchor,
    get from() {
      return new Date(keptFrom);
    },
    get generatedTo() {
      return new Date(cursor);
    },
    advanceTo(t: Date) {
      const target = t.getTime();
      if (!Number.isFinite(target) || target <= cursor) return {};
      const added = generateRows(ctx, cursor, target, sink);
      for (const [table, n] of Object.entries(added)) counts[table] = (counts[table] ?? 0) + n;
      cursor = target;
      compact();
      return added;
    },
    truth(asOf?: Date) {
      const to = Math.floor((asOf?.getTime() ?? cursor) / 1000);
      return computeTruth(timeline, density, fromMs / 1000, to, { ...counts });
    },
  };
}
