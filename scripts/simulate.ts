// npm run -s simulate -- --scenario NAME[,NAME…]|demo --out DIR [--config FILE] [--at ISO] [--hours H] [--seed N] [--region ID]
import fs from "node:fs";
import path from "node:path";
import { ConfigError, loadConfigFile } from "../lib/config/load";
import { NdjsonDatasetWriter } from "../lib/dataset";
import { scenarioRun, SCENARIO_NAMES } from "../lib/simulator";

const USAGE = `usage: npm run -s simulate -- --scenario NAME[,NAME…] --out DIR [--config FILE] [--at ISO] [--hours H] [--seed N] [--region ID]
  scenarios: ${SCENARIO_NAMES.join(", ")}, demo (the demo month; --hours ignored)
  --at     end of the dataset; every scenario event ends at or before it (default: now, floored to the hour)
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
  const at = atText ? new Date(atText) : new Date(Math.floor(Date.now() / 3600_000) * 3600_000);
  if (Number.isNaN(at.getTime())) {
    console.error(`--at: not an ISO date/time: "${atText}"`);
    return 2;
  }
  const hours = Number(args.get("hours") ?? "6");
  if (!Number.isFinite(hours) || hours <= 0) {
    console.error(`--hours: a positive number of hours, got "${args.get("hours")}"`);
    return 2;
  }
  try {
    const config = loadConfigFile(args.get("config") ?? "config/demo.json");
    const seedText = args.get("seed");
    const seed = seedText === undefined ? config.embedded.seed : Number(seedText);
    if (!Number.isInteger(seed)) throw new Error(`--seed: an integer, got "${seedText}"`);
    const unknown = scenario.split(",").map((n) => n.trim()).filter((n) => n !== "demo" && !(SCENARIO_NAMES as readonly string[]).includes(n));
    // Checked before the writer creates the output folder.
    if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(", ")}; known: ${SCENARIO_NAMES.join(", ")}, demo`);
    const started = performance.now();
    const writer = new NdjsonDatasetWriter(out);
    const truth = scenarioRun(scenario, { config, at, hours, seed, sink: writer, region: args.get("region") });
    writer.close();
    fs.writeFileSync(path.join(out, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);
    const counts = Object.entries(truth.simulator.rowCounts)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ");
    console.log(`${scenario}: ${truth.range.from} → ${truth.range.to}, ${counts}; truth.json with ${truth.incidents.length} incident(s), ${truth.splitBrain.count} race(s) (${Math.round(performance.now() - started)} ms) → ${out}`);
    return 0;
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : `simulate: ${(e as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
