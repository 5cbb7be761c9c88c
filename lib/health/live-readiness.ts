/** checkReadiness wired to the process's real configuration, embedded workspace and Azure gateway. */
import { getConfigState } from "../config/runtime";
import { azureGateway } from "../log-analytics/connect";
import { processSingleton } from "../process-singleton";
import { embeddedStatus, warmUpEmbedded } from "../workspace/source";
import { checkReadiness, type Readiness, type ReadinessDeps } from "./readiness";

const building = processSingleton("readiness-build", () => ({ started: false }));

const liveDeps: ReadinessDeps = {
  configState: getConfigState,
  embeddedStatus,
  startEmbeddedBuild(config) {
    if (building.started) return;
    building.started = true;
    // After this response is sent: the build holds the CPU for seconds.
    setTimeout(() => {
      try {
        warmUpEmbedded(config);
      } catch (err) {
        console.error(`embedded workspace build failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }, 0);
  },
  async probeAzure(workspaces) {
    // Through the process's gateway: it shares the 5-query limit with the panels, and a one-row
    // `print` proves both the token and the Log Analytics Reader role on the workspace(s).
    const to = new Date();
    const result = await azureGateway(workspaces).query("print ready = 1", { from: new Date(to.getTime() - 5 * 60_000), to }, { refreshSeconds: 30 });
    // The gateway's stale-if-error answers with an older result when Azure fails: that is not ready.
    if (result.stale) throw new Error(result.stale.error);
  },
  nowMs: () => Date.now(),
};

export function readinessNow(): Promise<Readiness> {
  return checkReadiness(liveDeps);
}
