/** checkReadiness wired to the process's real configuration, embedded workspace and Log Analytics. */
import { getConfigState } from "../config/runtime";
import { AzureLogsSource, type WorkspacesConfig } from "../log-analytics/azure-source";
import { defaultCredential } from "../log-analytics/credential";
import { processSingleton } from "../process-singleton";
import { embeddedStatus, warmUpEmbedded } from "./source";
import { checkReadiness, probeLogAnalytics, type Readiness, type ReadinessDeps } from "../health/readiness";

const building = processSingleton("readiness-build", () => ({ started: false }));
const probeSources = processSingleton("readiness-azure-sources", () => new Map<string, AzureLogsSource>());

/**
 * The probe's own Log Analytics client, not the panels' gateway: the gateway would answer a failure
 * with its last good result and hide why it failed (a refused identity and a throttled one must be
 * told apart). It shares the process's credential, so its token cache. One query per 30 s.
 */
function probeSource(workspaces: WorkspacesConfig): AzureLogsSource {
  const key = JSON.stringify(workspaces);
  let source = probeSources.get(key);
  if (!source) {
    source = new AzureLogsSource({ workspaces, credential: defaultCredential(workspaces) });
    probeSources.set(key, source);
  }
  return source;
}

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
  probeAzure: (workspaces) => probeLogAnalytics(probeSource(workspaces)),
  nowMs: () => Date.now(),
};

export function readinessNow(): Promise<Readiness> {
  return checkReadiness(liveDeps);
}
