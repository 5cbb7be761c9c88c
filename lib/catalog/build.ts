import type { DashboardConfig } from "@/lib/config/schema";
import { availability, conflicts, incidentsSignal, originHealthSignal, replicationLag, saturation, splitBrain } from "@/lib/signals";
import type { OriginHealthValue } from "@/lib/signals/origin-health";
import { createSignalContext, SourceUnavailableError } from "@/lib/signals/runtime/context";
import { headlineStatus } from "@/lib/signals/runtime/status";
import type { SignalContext, SignalModule, SignalOutput } from "@/lib/signals/runtime/types";
import type { RegionSaturation } from "@/lib/signals/saturation";
import type { LogsSource, QueryWindow } from "@/lib/workspace/types";
import type { RegionSnapshot, SignalMeta, Snapshot, Status } from "@/lib/snapshot/types";

export interface SnapshotRequest {
  config: DashboardConfig;
  source: LogsSource;
  /** The range shown; asOf is its end. */
  range: QueryWindow;
  /** Only this configured region's rows (availability and split-brain stay global). */
  region?: string;
  signal?: AbortSignal;
  /** How often the view refreshes: the gateway keeps each query's result fresh about this long. */
  refreshSeconds?: number;
}

/** Runs one signal; a bug or unexpected failure in it degrades that section to no-data, never the snapshot. */
async function runSafely<T>(module: SignalModule<T>, ctx: SignalContext): Promise<SignalOutput<T> | { value: null; meta: SignalMeta }> {
  try {
    return await module.run(ctx);
  } catch (err) {
    if (err instanceof SourceUnavailableError || (err instanceof Error && err.name === "AbortError")) throw err;
    const message = err instanceof Error ? err.message : String(err);
    return { value: null, meta: { status: "no-data", dataAgeSeconds: null, queries: [], warnings: [`${module.name}: evaluation failed (${message})`] } };
  }
}

function regionRows(config: DashboardConfig, sat: RegionSaturation[] | null, health: OriginHealthValue | null): RegionSnapshot[] {
  return config.regions.map((region) => {
    const s = sat?.find((r) => r.id === region.id);
    const h = health?.regions.find((r) => r.id === region.id);
    const originHealthy = h?.originHealthy ?? null;
    const statuses: Status[] = [s?.status ?? "no-data", originHealthy === null ? "no-data" : originHealthy ? "ok" : "breach"];
    return {
      id: region.id,
      displayName: region.displayName,
      originHealthy,
      trafficShareRatio: h?.trafficShareRatio ?? null,
      cpuPercent: s?.cpuPercent ?? null,
      ruPercent: s?.ruPercent ?? null,
      throttled429: s?.throttled429 ?? null,
      survivorProjectedPercent: s?.survivorProjectedPercent ?? null,
      status: headlineStatus(statuses),
    };
  });
}

/** The snapshot (SIGNALS.md section 4) of one range, every signal evaluated as of the range's end. */
export async function buildSnapshot(req: SnapshotRequest): Promise<Snapshot> {
  const { config, source, range } = req;
  const ctx = createSignalContext({ config, source, range, signal: req.signal, refreshSeconds: req.refreshSeconds });
  const [sat, repl, confl, health, inc, split, avail] = await Promise.all([
    runSafely(saturation, ctx),
    runSafely(replicationLag, ctx),
    runSafely(conflicts, ctx),
    runSafely(originHealthSignal, ctx),
    runSafely(incidentsSignal, ctx),
    runSafely(splitBrain, ctx),
    runSafely(availability, ctx),
  ]);

  const signals: Record<string, SignalMeta> = {
    regions: sat.meta,
    replication: repl.meta,
    conflicts: confl.meta,
    originHealth: health.meta,
    incidents: inc.meta,
    splitBrain: split.meta,
    availability: avail.meta,
  };
  const only = req.region;
  const keep = (region: string) => only === undefined || region === only;

  let regions = regionRows(config, sat.value, health.value);
  regions = regions.filter((r) => keep(r.id));
  const races = (split.value?.races ?? []).filter((r) => only === undefined || r.regions.includes(only));
  const ages = Object.values(signals)
    .map((m) => m.dataAgeSeconds)
    .filter((a): a is number => a !== null);

  return {
    asOf: range.to.toISOString(),
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    source: source.kind,
    regions,
    replication: (repl.value ?? []).filter((r) => keep(r.source) || keep(r.target)),
    conflicts: (confl.value ?? []).filter((c) => keep(c.region)),
    originFlips: (health.value?.originFlips ?? []).filter((f) => keep(f.region)),
    probeBlind: (health.value?.probeBlind ?? []).filter((p) => keep(p.region)),
    incidents: (inc.value?.incidents ?? []).filter((i) => keep(i.region)),
    splitBrain: { count: races.length, races, status: split.value?.status ?? "no-data" },
    availability: avail.value ?? {
      target: config.budgets.availability.target,
      windowDays: config.budgets.availability.windowDays,
      sli: null,
      errorBudgetRemainingRatio: null,
      burnRates: { "5m": null, "30m": null, "1h": null, "6h": null, "3d": null },
      alerts: [],
      downtimeMinutes: null,
      allowedDowntimeMinutes: (1 - config.budgets.availability.target) * config.budgets.availability.windowDays * 1440,
      status: "no-data",
    },
    signals,
    // The stalest signal: the wall must not look fresher than its oldest number.
    dataAgeSeconds: ages.length > 0 ? Math.max(...ages) : null,
    warnings: [...new Set(Object.values(signals).flatMap((m) => m.warnings))],
  };
}
