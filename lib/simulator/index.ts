import type { DashboardConfig } from "../config/schema";
import type { RowSink } from "../dataset/sink";
import { GenContext } from "./context";
import { demoPlacements } from "./demo";
import { Density, SAMPLING } from "./density";
import { generateRows } from "./generate";
import { Timeline } from "./model";
import { DEFAULT_DURATION_SECONDS, isScenarioName, resolveScenarios, SCENARIO_NAMES, type ScenarioName, type ScenarioPlacement } from "./scenarios";
import { computeTruth, type Truth } from "./truth";

export { SCENARIO_NAMES, type ScenarioName, type ScenarioPlacement } from "./scenarios";
export type { Truth } from "./truth";
export { SAMPLING } from "./density";

export interface SimulateOptions {
  config: DashboardConfig;
  /** "demo": the demo month placed relative to `to`. */
  scenarios: ScenarioPlacement[] | "demo";
  from: Date;
  to: Date;
  seed: number;
  sink: RowSink;
}

function checkRange(from: Date, to: Date): { fromMs: number; toMs: number } {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) throw new Error("simulate: from and to must be valid dates");
  if (toMs <= fromMs) throw new Error(`simulate: 'to' (${to.toISOString()}) must be after 'from' (${from.toISOString()})`);
  return { fromMs, toMs };
}

/** Writes the rows of [from, to) to the sink and returns the ground truth as of `to`. */
export function simulate(options: SimulateOptions): Truth {
  const { config, seed, sink } = options;
  const { fromMs, toMs } = checkRange(options.from, options.to);
  const placements = options.scenarios === "demo" ? demoPlacements(config, options.to, seed) : options.scenarios;
  const timeline = new Timeline(config, resolveScenarios(config, placements, seed), seed);
  const density = new Density(timeline.episodes, Math.floor(toMs / 1000) - SAMPLING.liveDenseHours * 3600);
  const counts = generateRows(new GenContext(timeline, density), fromMs, toMs, sink);
  return computeTruth(timeline, density, Math.floor(fromMs / 1000), Math.floor(toMs / 1000), counts);
}

export interface ScenarioRunOptions {
  config: DashboardConfig;
  /** Every scenario event ends at or before this time (the dataset's end). */
  at: Date;
  hours: number;
  seed: number;
  sink: RowSink;
  region?: string;
}

/** Margin between a scenario's end and `at`: recovery (120 s rule) and drain of feeds fit before it. */
const TAIL_SECONDS = 15 * 60;

/** A scenario run refused for its arguments (names, --hours), before any row is written. */
export class ScenarioArgumentError extends Error {}

/**
 * The CLI's unit: named scenarios (comma-combined, all starting together) ending before `at`, in a
 * dataset covering the `hours` before `at`; "demo" simulates the demo month (hours ignored: config.embedded.days).
 */
export function scenarioRun(names: string, options: ScenarioRunOptions): Truth {
  const { config, at, seed, sink } = options;
  const list = names.split(",").map((n) => n.trim()).filter(Boolean);
  if (list.length === 0) throw new ScenarioArgumentError(`--scenario: give one or more of ${SCENARIO_NAMES.join(", ")}, or demo`);
  if (list.includes("demo")) {
    if (list.length > 1) throw new ScenarioArgumentError("--scenario demo cannot be combined with other scenarios");
    const from = new Date(at.getTime() - config.embedded.days * 86400_000);
    return simulate({ config, scenarios: "demo", from, to: at, seed, sink });
  }
  const unknown = list.filter((n) => !isScenarioName(n));
  if (unknown.length) throw new ScenarioArgumentError(`unknown scenario(s) ${unknown.join(", ")}; known: ${SCENARIO_NAMES.join(", ")}, demo`);
  if (!(options.hours > 0)) throw new ScenarioArgumentError("--hours must be a positive number");
  const names2 = list as ScenarioName[];
  const longest = Math.max(...names2.map((n) => DEFAULT_DURATION_SECONDS[n]));
  const fromMs = at.getTime() - options.hours * 3600_000;
  const startMs = at.getTime() - (longest + TAIL_SECONDS) * 1000;
  if (startMs < fromMs + 5 * 60_000) {
    throw new ScenarioArgumentError(`--hours ${options.hours} is too short for ${list.join(",")}: needs at least ${Math.ceil(((longest + TAIL_SECONDS + 300) / 3600) * 100) / 100}`);
  }
  const start = new Date(Math.floor(startMs / 60_000) * 60_000);
  const placements: ScenarioPlacement[] = names2.map((name) => ({ name, start, region: options.region }));
  return simulate({ config, scenarios: placements, from: new Date(fromMs), to: at, seed, sink });
}
