import type { Envelope } from "./ingestion-server";

/**
 * Envelope → workspace-based Application Insights row, following Microsoft's documented mapping
 * (learn.microsoft.com/azure/azure-monitor/reference/tables/appmetrics and .../appevents; classic →
 * workspace columns in .../app/convert-classic-resource, "Table structure"):
 * - common: TimeGenerated ← envelope time; AppRoleName ← tag ai.cloud.role; AppRoleInstance ←
 *   ai.cloud.roleInstance; SDKVersion ← ai.internal.sdkVersion; IKey ← iKey; Properties ←
 *   baseData.properties (customDimensions); ItemCount ← 100 / sampleRate for events.
 * - MetricData: one AppMetrics row per baseData.metrics[i]: Name ← name, Sum ← value,
 *   ItemCount ← count ("the number of measurements that were aggregated into trackMetric(..)"),
 *   Min ← min, Max ← max (a single measurement: both equal the value).
 * - EventData: AppEvents: Name ← baseData.name, Measurements ← baseData.measurements.
 * Other envelope kinds (traces, statsbeat) are not the contract's and are counted as skipped.
 */
export interface MappedRows {
  AppMetrics: Record<string, unknown>[];
  AppEvents: Record<string, unknown>[];
  skipped: number;
}

export function envelopesToRows(envelopes: readonly Envelope[]): MappedRows {
  const out: MappedRows = { AppMetrics: [], AppEvents: [], skipped: 0 };
  for (const e of envelopes) {
    const base = e.data?.baseData ?? {};
    const tags = e.tags ?? {};
    const common = {
      TimeGenerated: new Date(e.time).toISOString(),
      AppRoleName: tags["ai.cloud.role"] ?? null,
      AppRoleInstance: tags["ai.cloud.roleInstance"] ?? null,
      SDKVersion: tags["ai.internal.sdkVersion"] ?? null,
      IKey: e.iKey ?? e.instrumentationKey ?? null,
      Properties: (base.properties as Record<string, unknown> | undefined) ?? {},
    };
    if (e.data?.baseType === "MetricData") {
      for (const m of (base.metrics as { name: string; value: number; count?: number; min?: number; max?: number }[]) ?? []) {
        out.AppMetrics.push({
          ...common,
          Type: "AppMetrics",
          Name: m.name,
          Sum: m.value,
          ItemCount: m.count ?? 1,
          Min: m.min ?? m.value,
          Max: m.max ?? m.value,
        });
      }
    } else if (e.data?.baseType === "EventData") {
      out.AppEvents.push({
        ...common,
        Type: "AppEvents",
        Name: base.name,
        Measurements: base.measurements ?? null,
        ItemCount: Math.round(100 / (e.sampleRate ?? 100)),
      });
    } else out.skipped++;
  }
  return out;
}
