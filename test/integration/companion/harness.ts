import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DashboardConfig } from "@/lib/config/schema";
import { Workspace } from "@/lib/dataset";
import type { RowSink } from "@/lib/dataset/sink";
import { buildSnapshot } from "@/lib/catalog/build";
import type { Snapshot } from "@/lib/snapshot/types";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { azureMonitorSink, type TelemetrySink } from "@/companion/telemetry";
import { envelopesToRows } from "./app-insights-rows";
import { IngestionServer } from "./ingestion-server";
import { selfSignedCertificate, type SelfSigned } from "./tls";

export const IKEY = "00000000-0000-0000-0000-00000000c0de";

/** The local ingestion endpoint, its certificate (also as a file, for NODE_EXTRA_CA_CERTS) and the connection string. */
export interface Ingestion {
  tls: SelfSigned;
  caFile: string;
  server: IngestionServer;
  connectionString: string;
}

export async function startIngestion(): Promise<Ingestion> {
  const tls = selfSignedCertificate();
  const caFile = path.join(tmpdir(), `companion-ca-${process.pid}.pem`);
  writeFileSync(caFile, tls.cert);
  const server = new IngestionServer(tls);
  const url = await server.start();
  return { tls, caFile, server, connectionString: `InstrumentationKey=${IKEY};IngestionEndpoint=${url}` };
}

/** The real exporter, trusting the local certificate; statsbeat (Microsoft's own usage pings) off, no offline storage. */
export function exporterSink(ingestion: Ingestion): TelemetrySink {
  process.env.APPLICATIONINSIGHTS_STATSBEAT_DISABLED = "true";
  return azureMonitorSink({
    connectionString: ingestion.connectionString,
    roleName: "active-active-companion",
    exportIntervalMs: 60_000,
    exporterOptions: { disableOfflineStorage: true, tlsOptions: { ca: ingestion.tls.cert } },
  });
}

/** Simulated Azure-native tables only: the App* tables must come from the companion alone. */
export function azureNativeOnly(workspace: Workspace): RowSink {
  return {
    append: (table, row) => (table.startsWith("App") ? undefined : workspace.append(table, row)),
    appendTimed: (table, row, t) => (table.startsWith("App") ? undefined : workspace.appendTimed(table, row, t)),
  };
}

/** Loads every envelope captured since `from` into the workspace through the documented mapping; returns the next cursor. */
export function loadCaptured(ingestion: Ingestion, workspace: Workspace, from: number): { next: number; metrics: number; events: number } {
  const rows = envelopesToRows(ingestion.server.envelopes.slice(from));
  const byTime = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.TimeGenerated).localeCompare(String(b.TimeGenerated));
  workspace.appendRows("AppMetrics", rows.AppMetrics.sort(byTime));
  workspace.appendRows("AppEvents", rows.AppEvents.sort(byTime));
  return { next: ingestion.server.envelopes.length, metrics: rows.AppMetrics.length, events: rows.AppEvents.length };
}

export function snapshotAt(config: DashboardConfig, workspace: Workspace, asOf: Date, hours = 1): Promise<Snapshot> {
  const source = new EmbeddedSource(workspace, () => asOf);
  return buildSnapshot({ config, source, range: { from: new Date(asOf.getTime() - hours * 3600_000), to: asOf } });
}
