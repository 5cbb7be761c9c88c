// Fails fast, before the build, with every problem in the configuration file named.
import { ConfigError, embeddedDatasetProblem, loadConfigFile } from "../lib/config/load";
import { readEnv } from "../lib/env";

const file = process.argv[2] ?? readEnv().DASHBOARD_CONFIG;
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
