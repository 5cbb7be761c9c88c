import type { DashboardConfig } from "@/lib/config/schema";
import { parseZonedTime } from "@/lib/params/timespan";
import { appRegionOf } from "@/lib/signals/runtime/fragments";
import { DRILL_PHASES, type DrillPhase } from "./contract";
import { regionById, SettingsError } from "./settings";
import type { DrillMarker } from "./telemetry";

export interface DrillArgs {
  phase: DrillPhase;
  region: string;
  at: Date;
  note?: string;
}

export const DRILL_USAGE = "usage: npm run drill -- start|end --region <region id> [--at <ISO-8601 time>] [--note <text>]";

/** `start|end --region ID [--at ISO] [--note TEXT]`; errors say what is allowed. */
export function parseDrillArgs(argv: readonly string[], now: Date = new Date()): DrillArgs {
  const [phase, ...rest] = argv;
  if (!(DRILL_PHASES as readonly string[]).includes(phase ?? "")) {
    throw new SettingsError(`first argument must be one of ${DRILL_PHASES.join(", ")} (got ${JSON.stringify(phase ?? "")})\n${DRILL_USAGE}`);
  }
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i];
    if (!["--region", "--at", "--note"].includes(name)) throw new SettingsError(`unknown option ${JSON.stringify(name)}\n${DRILL_USAGE}`);
    const value = rest[i + 1];
    if (value === undefined || value.startsWith("--")) throw new SettingsError(`${name} needs a value\n${DRILL_USAGE}`);
    // As every CLI of the dashboard: an option given twice is refused, not "last wins".
    if (flags.has(name)) throw new SettingsError(`${name} given more than once; give it once\n${DRILL_USAGE}`);
    flags.set(name, value);
  }
  const region = flags.get("--region");
  if (!region) throw new SettingsError(`--region is required\n${DRILL_USAGE}`);
  const atText = flags.get("--at");
  let at = now;
  try {
    // With its zone, as the dashboard's own --at: a bare 10:42 would be the local time of whoever runs it.
    if (atText !== undefined) at = parseZonedTime(atText, "--at");
  } catch (e) {
    throw new SettingsError((e as Error).message);
  }
  return { phase: phase as DrillPhase, region, at, note: flags.get("--note") };
}

/** The marker for a configured region: Properties.region is the value the dashboard matches (`appRegion ?? id`). */
export function drillMarker(config: DashboardConfig, args: DrillArgs): DrillMarker {
  const region = regionById(config, args.region);
  return {
    regionValue: appRegionOf(region),
    phase: args.phase,
    at: args.at,
    extra: { source: "drill-cli", ...(args.note ? { note: args.note } : {}) },
  };
}
