import type { DashboardConfig } from "@/lib/config/schema";
import { SIGNAL_MODULES, type SignalRegistry } from "@/lib/signals";
import { createSignalContext, SourceUnavailableError } from "@/lib/signals/runtime/context";
import type { AnySignalModule, SignalContext, SignalOutput, SnapshotFields } from "@/lib/signals/runtime/types";
import type { SignalMeta, Snapshot } from "@/lib/snapshot/types";
import type { LogsSource, QueryWindow } from "@/lib/workspace/types";
import { wallModel } from "@/lib/wall/tile-model";
import { wallTileSignals } from "./descriptors";

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

/** What a region filter changes on screen, said once: the rows narrow, the panels' statuses do not. */
export function regionFilterNote(config: DashboardConfig, region: string): { region: string; note: string } {
  const name = config.regions.find((r) => r.id === region)?.displayName ?? region;
  return {
    region,
    note: `Filtered to ${name}: per-region rows show ${name} only; every panel's status and reason cover all ${config.regions.length} regions.`,
  };
}

/** Runs one signal; a bug or unexpected failure in it degrades that section to no-data, never the snapshot. */
async function runSafely(module: AnySignalModule, ctx: SignalContext): Promise<SignalOutput<unknown> | { value: null; meta: SignalMeta }> {
  try {
    return await module.run(ctx);
  } catch (err) {
    if (err instanceof SourceUnavailableError || (err instanceof Error && err.name === "AbortError")) throw err;
    const message = err instanceof Error ? err.message : String(err);
    return { value: null, meta: { status: "no-data", dataAgeSeconds: null, queries: [], warnings: [`${module.key}: evaluation failed (${message})`] } };
  }
}

/**
 * The snapshot (SIGNALS.md section 4) of one range, every signal of the registry evaluated as of the
 * range's end; each module fills its own fields (`project`) and its entry of `signals`.
 */
export async function buildSnapshot(req: SnapshotRequest, registry: SignalRegistry = SIGNAL_MODULES): Promise<Snapshot> {
  const { config, source, range } = req;
  const ctx = createSignalContext({ config, source, range, signal: req.signal, refreshSeconds: req.refreshSeconds });
  const outputs = await Promise.all(registry.map((m) => runSafely(m, ctx)));
  const values = new Map(registry.map((m, i) => [m.key, outputs[i].value]));
  const projectFor = (region: string | undefined) =>
    Object.assign({}, ...registry.map((m, i) => m.project(outputs[i].value, { config, region, valueOf: (key: string) => values.get(key) ?? null }))) as SnapshotFields;
  const fields = projectFor(req.region);
  // A panel's header summarises its rows: a module whose rows join another's restates its status from
  // them. Every header covers every configured region, whatever the region filter (as the signals'
  // own runs do), so the restatement reads all rows, not only the filtered ones shown.
  const allRows = req.region === undefined ? fields : projectFor(undefined);
  const signals = Object.fromEntries(registry.map((m, i) => [m.key, m.summarize ? m.summarize(allRows, outputs[i].meta) : outputs[i].meta])) as Snapshot["signals"];
  const metas: SignalMeta[] = Object.values(signals);
  const ages = metas.map((m) => m.dataAgeSeconds).filter((a): a is number => a !== null);

  const snapshot: Snapshot = {
    asOf: range.to.toISOString(),
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    source: source.kind,
    ...fields,
    signals,
    // The stalest signal: the wall must not look fresher than its oldest number.
    dataAgeSeconds: ages.length > 0 ? Math.max(...ages) : null,
    warnings: [...new Set(metas.flatMap((m) => m.warnings))],
    ...(req.region !== undefined ? { regionFilter: regionFilterNote(config, req.region) } : {}),
  };
  // The wall's statuses, combined here once: its components only render them. Like every header they
  // cover every region: a filtered snapshot's wall must not read healthy beside another region's outage.
  return { ...snapshot, wall: wallModel({ ...snapshot, ...allRows }, wallTileSignals(registry)) };
}
