import type { Attributes } from "@opentelemetry/api";
import { SeverityNumber } from "@opentelemetry/api-logs";
import { AzureMonitorLogExporter, AzureMonitorMetricExporter, type AzureMonitorExporterOptions } from "@azure/monitor-opentelemetry-exporter";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchLogRecordProcessor, LoggerProvider } from "@opentelemetry/sdk-logs";
import { MeterProvider, PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics";
import type { LagSample } from "./canary";
import type { DepthSample } from "./conflicts";
import { CONFLICT_DEPTH_METRIC, CONFLICT_KEYS, DRILL_EVENT, DRILL_KEYS, LAG_KEYS, type DrillPhase } from "./contract";

export interface DrillMarker {
  /** Properties.region value (the dashboard's `appRegion ?? id`). */
  regionValue: string;
  phase: DrillPhase;
  at: Date;
  /** Extra Properties (e.g. the Chaos Studio run id); never the contract's own keys. */
  extra?: Record<string, string>;
}

/** Where the companion's measurements go. */
export interface TelemetrySink {
  lag(sample: LagSample): void;
  depth(sample: DepthSample): void;
  drill(marker: DrillMarker): void;
  /** Sends everything recorded so far. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

/**
 * The Application Insights custom-event attribute: the Azure Monitor exporter turns a log record
 * carrying it into an EventData envelope (AppEvents) named by its value, and keeps it out of Properties.
 */
const CUSTOM_EVENT_ATTRIBUTE = "microsoft.custom_event.name";

export interface AzureMonitorSinkOptions {
  /** APPLICATIONINSIGHTS_CONNECTION_STRING of the Application Insights resource the dashboard reads. */
  connectionString: string;
  /** Entra ID (managed identity) for ingestion when local auth is disabled on the resource. */
  credential?: AzureMonitorExporterOptions["credential"];
  /** AppRoleName of every row. */
  roleName: string;
  /** How often metrics are sent (each send is one AppMetrics row per series: Sum, ItemCount, Min, Max). */
  exportIntervalMs: number;
  /** Passed to both exporters (tests: TLS trust for a local endpoint, no offline storage). */
  exporterOptions?: Partial<AzureMonitorExporterOptions>;
  /** Told about every failed send (the service logs it); flush() also rejects after one. */
  onExportError?: (message: string) => void;
}

/** OpenTelemetry's ExportResultCode.SUCCESS. */
const EXPORT_SUCCESS = 0;

interface ResultExporter<T> {
  export(items: T, done: (result: { code: number; error?: Error }) => void): void;
}

/**
 * Notes every failed send: the SDK's forceFlush resolves even when the exporter failed, and a drill
 * marker that never reached Application Insights must not be reported as sent.
 */
function trackFailures<T, E extends ResultExporter<T>>(exporter: E, failed: (message: string) => void): E {
  const send = exporter.export.bind(exporter);
  exporter.export = (items, done) =>
    send(items, (result) => {
      if (result.code !== EXPORT_SUCCESS) failed(result.error?.message ?? "the ingestion endpoint did not accept the telemetry");
      done(result);
    });
  return exporter;
}

/**
 * Telemetry through the Azure Monitor OpenTelemetry exporter: lag as a histogram (delta temporality,
 * so each send carries only that interval's samples: Sum/ItemCount is their mean, which is what the
 * dashboard's query reads), depth as a gauge (the level at the last read), drill markers as custom
 * events with their own timestamp (a Chaos Studio import writes past times).
 */
export function azureMonitorSink(options: AzureMonitorSinkOptions): TelemetrySink {
  const exporterOptions: AzureMonitorExporterOptions = {
    connectionString: options.connectionString,
    credential: options.credential,
    ...options.exporterOptions,
  };
  const failures: string[] = [];
  const failed = (message: string) => {
    failures.push(message);
    options.onExportError?.(`telemetry export failed: ${message}`);
  };
  const resource = resourceFromAttributes({ "service.name": options.roleName });
  const reader = new PeriodicExportingMetricReader({
    exporter: trackFailures(new AzureMonitorMetricExporter(exporterOptions), failed),
    exportIntervalMillis: options.exportIntervalMs,
    exportTimeoutMillis: Math.min(30_000, options.exportIntervalMs),
  });
  const meters = new MeterProvider({ resource, readers: [reader] });
  const logs = new LoggerProvider({ resource, processors: [new BatchLogRecordProcessor(trackFailures(new AzureMonitorLogExporter(exporterOptions), failed))] });
  const meter = meters.getMeter("active-active-companion");
  const logger = logs.getLogger("active-active-companion");
  const histograms = new Map<string, ReturnType<typeof meter.createHistogram>>();
  const depthGauge = meter.createGauge(CONFLICT_DEPTH_METRIC, { description: "Cosmos DB conflict feed entries", unit: "{conflict}" });

  return {
    lag(sample) {
      const name = sample.direction.metricName;
      let h = histograms.get(name);
      if (!h) histograms.set(name, (h = meter.createHistogram(name, { description: "Cosmos DB replication lag seen by the canary", unit: "ms" })));
      const attributes: Attributes = { [LAG_KEYS.source]: sample.direction.sourceValue, [LAG_KEYS.target]: sample.direction.targetValue };
      if (sample.bound === "lower") attributes.lagBound = "lower";
      h.record(sample.lagMs, attributes);
    },
    depth(sample) {
      depthGauge.record(sample.depth, { [CONFLICT_KEYS.region]: sample.regionValue, [CONFLICT_KEYS.container]: sample.container });
    },
    drill(marker) {
      logger.emit({
        timestamp: marker.at,
        severityNumber: SeverityNumber.INFO,
        body: `${DRILL_EVENT} ${marker.phase} ${marker.regionValue}`,
        attributes: { ...marker.extra, [CUSTOM_EVENT_ATTRIBUTE]: DRILL_EVENT, [DRILL_KEYS.region]: marker.regionValue, [DRILL_KEYS.phase]: marker.phase },
      });
    },
    async flush() {
      await Promise.all([meters.forceFlush(), logs.forceFlush()]);
      if (failures.length > 0) {
        const messages = [...new Set(failures.splice(0))];
        throw new Error(`telemetry export failed: ${messages.join("; ")}`);
      }
    },
    async shutdown() {
      await Promise.all([meters.shutdown(), logs.shutdown()]);
    },
  };
}
