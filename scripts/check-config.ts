// Fails fast, before the build, with every problem in the configuration file named.
// npx tsx scripts/check-config.ts [FILE | --config FILE]: exit 0 valid, 1 invalid, 2 bad arguments.
import { ConfigError, embeddedDatasetProblem, loadConfigFile } from "../lib/config/load";
import { readEnv } from "../lib/env";
import { parseCliArgs } from "../lib/params/cli-args";

const USAGE = `usage: npx tsx scripts/check-config.ts [FILE | --config FILE]
  FILE     the configuration to check (default $DASHBOARD_CONFIG or config/demo.json)
  exit code 0: valid; 1: invalid (every problem named by its field); 2: bad arguments`;

function fileArgument(): string {
  // `--config FILE` as the other tools take it, or the file alone; never both, never two files
  // (before: `--config x.json` checked a file named "--config", and a second file was ignored).
  const { values, positionals } = parseCliArgs({ config: { type: "string" }, help: { type: "boolean" } }, process.argv.slice(2), true);
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length + (values.config === undefined ? 0 : 1) > 1) throw new Error("give one configuration file");
  return values.config ?? positionals[0] ?? readEnv().DASHBOARD_CONFIG;
}

let file: string;
try {
  file = fileArgument();
} catch (err) {
  console.error(`check-config: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exit(2);
}
try {
  const config = loadConfigFile(file);
  const dataset = embeddedDatasetProblem(config, process.cwd());
  if (dataset) console.error(`${dataset.fatal ? "Invalid" : "Warning: check"} configuration ${file}:\n  - ${dataset.message}`);
  if (dataset?.fatal) process.exit(1);
  console.log(`configuration ${file}: ${config.name}, regions ${config.regions.map((r) => r.id).join(", ")}`);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
