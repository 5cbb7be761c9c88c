// Fails fast, before the build, with every problem in the configuration file named.
import { ConfigError, loadConfigFile } from "../lib/config/load";
import { readEnv } from "../lib/env";

const file = process.argv[2] ?? readEnv().DASHBOARD_CONFIG;
try {
  const config = loadConfigFile(file);
  console.log(`configuration ${file}: ${config.name}, regions ${config.regions.map((r) => r.id).join(", ")}`);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
