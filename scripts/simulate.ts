// npm run -s simulate -- --scenario NAME[,NAME…]|demo --out DIR [--config FILE] [--at ISO] [--hours H] [--seed N] [--region ID]
import fs from "node:fs";
import path from "node:path";
import { ConfigError, loadConfigFile } from "../lib/config/load";
import { datasetFilesIn, NdjsonDatasetWriter } from "../lib/dataset";
import { readEnv } from "../lib/env";
import { parseCliArgs } from "../lib/params/cli-args";
import { parseZonedTime } from "../lib/params/timespan";
import { ScenarioArgumentError, scenarioRun, SCENARIO_NAMES } from "../lib/simulator";

const USAGE = `usage: npm run -s simulate -- --scenario NAME[,NAME…] --out DIR [--config FILE] [--at ISO] [--hours H] [--seed N] [--region ID] [--replace]
  scenarios: ${SCENARIO_NAMES.join(", ")}, demo (the demo month; --hours ignored)
  --at     end of the dataset; every scenario event ends at or before it (default: now, floored to the hour)
  --config the configuration (default $DASHBOARD_CONFIG or config/demo.json)
  --hours  length of the dataset before --at (default 6)
  --seed   PRNG seed (default: embedded.seed of the config)
  --replace  --out may hold a dataset: its .ndjson files, schema.json and truth.json are deleted first
           (without it such a folder is refused, so no earlier dataset is overwritten or mixed in)`;

const MAX_HOURS = 60 * 24;

/** The options as a map of given values; unknown, valueless or repeated options throw (parseCliArgs, as every CLI). */
function parseArgs(argv: string[]): Map<string, string> {
  const { values } = parseCliArgs(
    {
      scenario: { type: "string" },
      out: { type: "string" },
      config: { type: "string" },
      at: { type: "string" },
      hours: { type: "string" },
      seed: { type: "string" },
      region: { type: "string" },
      replace: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    argv,
  );
  return new Map(Object.entries(values).flatMap(([k, v]) => (v === undefined || v === false ? [] : [[k, v === true ? "1" : v]])));
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
  // Bounded as embedded.days is (60 days): `--hours 1e9` failed deep inside with a year -112053 date.
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_HOURS) {
    console.error(`--hours: a positive number of hours up to ${MAX_HOURS} (60 days), got "${args.get("hours")}"`);
    return 2;
  }
  // Empty names (`steady,`) are dropped, as scenarioRun drops them; no name at all is refused.
  const names = scenario.split(",").map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => n !== "demo" && !(SCENARIO_NAMES as readonly string[]).includes(n));
  // Bad arguments exit 2 (as kql and snapshot), before the writer creates the output folder.
  if (unknown.length || names.length === 0) {
    console.error(`simulate: ${unknown.length ? `unknown scenario(s) ${unknown.join(", ")}` : `--scenario ${JSON.stringify(scenario)} names no scenario`}; known: ${SCENARIO_NAMES.join(", ")}, demo`);
    return 2;
  }
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) {
    console.error(`simulate: --out ${out} is a file; give a folder (new or empty)`);
    return 2;
  }
  const existing = datasetFilesIn(out);
  if (existing.length && !args.has("replace")) {
    const shown = existing.length > 5 ? `${existing.slice(0, 5).join(", ")}, … (${existing.length} files)` : existing.join(", ");
    console.error(`simulate: --out ${out} already holds a dataset (${shown}); nothing was written. Give a new or empty folder, or add --replace to delete those files first`);
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
    // Written into a folder of its own beside --out and moved in only when complete, so a run that
    // fails (or is interrupted) leaves --out as it was: no half dataset, no --replace'd files lost.
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    const staging = fs.mkdtempSync(path.join(path.dirname(path.resolve(out)), `.${path.basename(path.resolve(out))}.simulate-`));
    let truth;
    try {
      const writer = new NdjsonDatasetWriter(staging);
      truth = scenarioRun(scenario, { config, at, hours, seed, sink: writer, region });
      writer.close();
      fs.writeFileSync(path.join(staging, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);
      // --replace: the folder then holds this dataset only (its other files are left alone).
      for (const name of existing) fs.rmSync(path.join(out, name));
      fs.mkdirSync(out, { recursive: true });
      for (const name of fs.readdirSync(staging)) fs.renameSync(path.join(staging, name), path.join(out, name));
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
    const counts = Object.entries(truth.simulator.rowCounts)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ");
    console.log(`${scenario}: ${truth.range.from} → ${truth.range.to}, ${counts}; truth.json with ${truth.incidents.length} incident(s), ${truth.splitBrain.count} race(s) (${Math.round(performance.now() - started)} ms) → ${out}`);
    return 0;
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : `simulate: ${(e as Error).message}`);
    return e instanceof ConfigError || e instanceof ScenarioArgumentError ? 2 : 1;
  }
}

process.exitCode = main();
