// npm run -s doctor: checks that the configured workspace (or, without one, the embedded workspace)
// holds every table, column and recent row the dashboard needs, and names the setting for each gap.
import { getConfigState } from "../lib/config/runtime";
import { formatDoctorReport } from "../lib/doctor/doctor";
import { doctor } from "../lib/wiring/doctor";
import { sourceNow } from "../lib/wiring/source";

async function main(): Promise<void> {
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
