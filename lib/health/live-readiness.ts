/** checkReadiness wired to the process's real configuration, embedded workspace and Azure gateway. */
import { getConfigState } from "../config/runtime";
import { azureGateway } from "../log-analytics/connect";
import { processSingleton } from "../process-singleton";
import { embeddedStatus, warmUpEmbedded } from "../workspace/source";
import { checkReadiness, probeLogAnalytics, type Readiness, type ReadinessDeps } from "./readiness";

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
  probeAzure: (workspaces) => probeLogAnalytics(azureGateway(workspaces)),
  nowMs: () => Date.now(),
};

export function readinessNow(): Promise<Readiness> {
  return checkReadiness(liveDeps);
}
