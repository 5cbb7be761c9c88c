// npm run -s simulate -- --scenario NAME[,NAME…]|demo --out DIR [--config FILE] [--at ISO] [--hours H] [--seed N] [--region ID]
import fs from "node:fs";
import path from "node:path";
import { ConfigError, loadConfigFile } from "../lib/config/load";
import { NdjsonDatasetWriter } from "../lib/dataset";
import { readEnv } from "../lib/env";
import { parseZonedTime } from "../lib/params/timespan";
import { scenarioRun, SCENARIO_NAMES } from "../lib/simulator";

const USAGE = `usage: npm run -s simulate -- --scenario NAME[,NAME…] --out DIR [--config FILE] [--at ISO] [--hours H] [--seed N] [--region ID]
  scenarios: ${SCENARIO_NAMES.join(", ")}, demo (the demo month; --hours ignored)
  --at     end of the dataset; every scenario event ends at or before it (default: now, floored to the hour)
  --config the configuration (default $DASHBOARD_CONFIG or config/demo.json)
  --hours  length of the dataset before --at (default 6)
  --seed   PRNG seed (default: embedded.seed of the config)`;

function parseArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (key === "--help" || key === "-h") args.set("help", "1");
    else if (key.startsWith("--")) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new Error(`${key} needs a value`);
      args.set(key.slice(2), value);
      i++;
    } else throw new Error(`unexpected argument "${key}"`);
  }
  const known = new Set(["help", "scenario", "out", "config", "at", "hours", "seed", "region"]);
  for (const k of args.keys()) if (!known.has(k)) throw new Error(`unknown option --${k}`);
  return args;
}

function main(): number {
  let args: Map<string, string>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.has("help")) {
    console.log(USAGE);
    return 0;
  }
  const scenario = args.get("scenario");
  const out = args.get("out");
  if (!scenario || !out) {
    console.error(`--scenario and --out are required\n${USAGE}`);
    return 2;
  }
  const atText = args.get("at");
  let at: Date;
  try {
    at = atText ? parseZonedTime(atText, "--at") : new Date(Math.floor(Date.now() / 3600_000) * 3600_000);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const hours = Number(args.get("hours") ?? "6");
  if (!Number.isFinite(hours) || hours <= 0) {
    console.error(`--hours: a positive number of hours, got "${args.get("hours")}"`);
    return 2;
  }
  const unknown = scenario.split(",").map((n) => n.trim()).filter((n) => n !== "demo" && !(SCENARIO_NAMES as readonly string[]).includes(n));
  // Bad arguments exit 2 (as kql and snapshot), before the writer creates the output folder.
  if (unknown.length) {
    console.error(`simulate: unknown scenario(s) ${unknown.join(", ")}; known: ${SCENARIO_NAMES.join(", ")}, demo`);
    return 2;
  }
  try {
    const config = loadConfigFile(args.get("config") ?? readEnv().DASHBOARD_CONFIG);
    const seedText = args.get("seed");
    const seed = seedText === undefined ? config.embedded.seed : Number(seedText);
    const region = args.get("region");
    const refused =
      seedText !== undefined && !Number.isInteger(seed)
        ? `--seed: an integer, got "${seedText}"`
        : region !== undefined && !config.regions.some((r) => r.id === region)
          ? `--region: unknown region "${region}"; configured regions are ${config.regions.map((r) => r.id).join(", ")}`
          : undefined;
    if (refused) {
      console.error(`simulate: ${refused}`);
      return 2;
    }
    const started = performance.now();
    const writer = new NdjsonDatasetWriter(out);
    const truth = scenarioRun(scenario, { config, at, hours, seed, sink: writer, region });
    writer.close();
    fs.writeFileSync(path.join(out, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);
    const counts = Object.entries(truth.simulator.rowCounts)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ");
    console.log(`${scenario}: ${truth.range.from} → ${truth.range.to}, ${counts}; truth.json with ${truth.incidents.length} incident(s), ${truth.splitBrain.count} race(s) (${Math.round(performance.now() - started)} ms) → ${out}`);
    return 0;
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : `simulate: ${(e as Error).message}`);
    return e instanceof ConfigError ? 2 : 1;
  }
}

process.exitCode = main();
