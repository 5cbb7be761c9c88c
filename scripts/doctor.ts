// npm run -s doctor: checks that the configured workspace (or, without one, the embedded workspace)
// holds every table, column and recent row the dashboard needs, and names the setting for each gap.
import { getConfigState } from "../lib/config/runtime";
import { formatDoctorReport } from "../lib/doctor/doctor";
import { parseCliArgs } from "../lib/params/cli-args";
import { doctor } from "../lib/wiring/doctor";
import { sourceNow } from "../lib/wiring/source";

const USAGE = `usage: npm run -s doctor [-- --config FILE]
  --config the configuration to check (default $DASHBOARD_CONFIG or config/demo.json)
  exit code 0: every required piece present; 1: something required is missing; 2: bad arguments or configuration`;

async function main(): Promise<void> {
  let config: string | undefined;
  try {
    const { values } = parseCliArgs({ config: { type: "string" }, help: { type: "boolean" } });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    config = values.config;
  } catch (err) {
    // Before: every argument was ignored, so `--config other.json` silently checked the default file.
    console.error(`doctor: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    process.exit(2);
  }
  if (config) process.env.DASHBOARD_CONFIG = config;
  const state = getConfigState();
  if (!state.ok) {
    console.error(state.error);
    process.exit(2);
  }
  const report = await doctor(state.config, sourceNow());
  console.log(formatDoctorReport(report));
  process.exit(report.ok ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(`doctor failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});
