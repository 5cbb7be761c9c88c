import type { DashboardConfig } from "../config/schema";
import type { RowSink } from "../dataset/sink";
import { GenContext } from "./context";
import { demoPlacements } from "./demo";
import { Density, SAMPLING } from "./density";
import { generateRows } from "./generate";
import { Timeline } from "./model";
import { resolveScenarios } from "./scenarios";
import { thinAccessMask } from "./thin-access";
import { thinCosmosMask } from "./thin-cosmos";
import { thinWritesMask } from "./thin-writes";
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
  /**
   * With `compact` and a sink that can `retain` (the workspace): at each compaction, access-log rows,
   * background writes (AppDependencies) and Cosmos rows that have left the dense live window (older
   * than generatedTo − 6 h − THIN_MARGIN, whole hours) and are not near a scenario are thinned to the
   * sparse plan's rows per bin (thin-access.ts, thin-writes.ts; thin-cosmos.ts merges a minute's
   * slices into one row per operation carrying their summed RequestCharge).
   * Default true; false keeps the live window dense forever (until `days` drops it).
   */
  thinAged?: boolean;
  /**
   * Goes on from a saved state (LiveDemo.state() of a demo with the same config, seed and days, its
   * rows already in the sink): the anchor is the saved one, not now(), and advancing writes exactly
   * what the saved demo would have written (npm run kql's cache, lib/wiring/demo-cache.ts).
   */
  resume?: LiveDemoState;
}

/** Where a live demo is: with its anchor, all that advancing depends on besides config, seed and days. */
export interface LiveDemoState {
  anchorMs: number;
  cursor: number;
  thinnedTo: number;
  keptFrom: number;
  lastCompactHour: number;
  counts: Record<string, number>;
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
  /** A copy of the state `resume` goes on from. */
  state(): LiveDemoState;
}

/**
 * The embedded demo over a workspace, as the dashboard runs it (lib/wiring/embedded-host.ts) and
 * `npm run kql` resumes it from its cache: `days` of history kept by hourly compaction.
 */
export function createWorkspaceDemo(config: DashboardConfig, workspace: RowSink & { dropBefore(cutoff: Date): unknown }, now: () => Date, resume?: LiveDemoState): LiveDemo {
  return createLiveDemo({ config, seed: config.embedded.seed, days: config.embedded.days, now, sink: workspace, compact: (cutoff) => workspace.dropBefore(cutoff), resume });
}

const HOUR_MS = 3600_000;
/** Aged rows stay dense this long past the live window, so the last 6 h are never touched. */
export const THIN_MARGIN_MS = HOUR_MS;

/**
 * The wall-screen demo: `days` of history ending at start-up, then moving with the clock. Rows are a
 * pure function of their time, so advancing in any steps writes the same rows as one big step.
 */
export function createLiveDemo(options: LiveDemoOptions): LiveDemo {
  const { config, seed, sink } = options;
  const resume = options.resume;
  const anchorMs = resume ? resume.anchorMs : Math.floor(options.now().getTime() / 60_000) * 60_000;
  const fromMs = anchorMs - options.days * 86400_000;
  const anchor = new Date(anchorMs);
  const timeline = new Timeline(config, resolveScenarios(config, demoPlacements(config, anchor, seed), seed), seed);
  const denseFrom = options.denseLive === false ? Number.POSITIVE_INFINITY : anchorMs / 1000 - SAMPLING.liveDenseHours * 3600;
  const density = new Density(timeline.episodes, denseFrom);
  const ctx = new GenContext(timeline, density);
  // The plan the rows would follow once out of the live window: scenario margins dense, the rest sparse.
  const agedDensity = new Density(timeline.episodes, Number.POSITIVE_INFINITY);
  const thinning = options.thinAged !== false && Number.isFinite(denseFrom) && typeof sink.retain === "function";
  let thinnedTo = resume ? resume.thinnedTo : denseFrom * 1000;
  let cursor = resume ? resume.cursor : fromMs;
  let keptFrom = resume ? resume.keptFrom : fromMs;
  let lastCompactHour = resume ? resume.lastCompactHour : Math.floor(fromMs / HOUR_MS);
  const counts: Record<string, number> = { ...resume?.counts };
  const compact = () => {
    const hour = Math.floor(cursor / HOUR_MS);
    if (!options.compact || hour <= lastCompactHour) return;
    lastCompactHour = hour;
    const thinTo = Math.floor((cursor - SAMPLING.liveDenseHours * HOUR_MS - THIN_MARGIN_MS) / HOUR_MS) * HOUR_MS;
    if (thinning && thinTo > thinnedTo) {
      // Whole hours, each thinned once: the same bins see the same rows whatever the advance steps.
      const window = { from: thinnedTo, to: thinTo };
      sink.retain?.("AzureDiagnostics", window, (rows) => thinAccessMask(ctx, agedDensity, rows));
      sink.retain?.("AppDependencies", window, (rows) => thinWritesMask(ctx, agedDensity, rows));
      sink.retain?.("CDBDataPlaneRequests", window, (rows) => thinCosmosMask(agedDensity, rows));
      thinnedTo = thinTo;
    }
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
    state: () => ({ anchorMs, cursor, thinnedTo, keptFrom, lastCompactHour, counts: { ...counts } }),
    truth(asOf?: Date) {
      const to = Math.floor((asOf?.getTime() ?? cursor) / 1000);
      return computeTruth(timeline, density, fromMs / 1000, to, { ...counts });
    },
  };
}
