import { loadConfigFile } from "@/lib/config/load";
import { drillMarker, parseDrillArgs } from "./drill";
import { readCompanionEnv } from "./settings";
import { azureMonitorSink } from "./telemetry";
import { DefaultAzureCredential } from "@azure/identity";

/** `npm run drill -- start|end --region ID [--at ISO] [--note TEXT]`: writes one failover_drill event and waits until it is sent. */
async function main(): Promise<void> {
  const args = parseDrillArgs(process.argv.slice(2));
  const env = readCompanionEnv();
  const marker = drillMarker(loadConfigFile(env.DASHBOARD_CONFIG), args);
  const sink = azureMonitorSink({
    connectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING,
    credential: env.COMPANION_INGESTION_AUTH === "entra" ? new DefaultAzureCredential() : undefined,
    roleName: env.COMPANION_ROLE_NAME,
    exportIntervalMs: 60_000,
    // One shot: a marker that cannot be sent now must fail the command, not wait on local disk for a later run.
    exporterOptions: { disableOfflineStorage: true },
  });
  sink.drill(marker);
  try {
    await sink.flush();
  } finally {
    await sink.shutdown();
  }
  console.log(`failover_drill ${marker.phase} region=${marker.regionValue} at ${marker.at.toISOString()} sent`);
}

// Exit as soon as the marker is sent: the exporter's HTTP client keeps idle sockets and timers alive for about 20 s.
main().then(() => process.exit(0), (err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
