import type { DashboardConfig } from "@/lib/config/schema";
import { badRequestBody, type BadRequestBody } from "@/lib/params/result";
import { parseViewQuery, type ParamSource } from "@/lib/params/search-params";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import type { LogsSource } from "@/lib/workspace/types";
import { buildSnapshot } from "./build";
import type { Snapshot } from "./types";

export interface SnapshotAnswer {
  status: number;
  body: Snapshot | BadRequestBody | { error: string };
}

/**
 * The /api/snapshot contract without the framework: validated parameters → snapshot, or a 400 naming
 * what is allowed, or 502/503 with a message (never a stack trace).
 */
export async function answerSnapshot(
  params: ParamSource,
  deps: {
    config: DashboardConfig;
    now: Date;
    /** Earliest time the source holds data (the embedded demo's first day); null when unknown. */
    dataStart: Date | null;
    source: () => LogsSource;
    signal?: AbortSignal;
    log?: (message: string, err: unknown) => void;
  },
): Promise<SnapshotAnswer> {
  const view = parseViewQuery(params, { config: deps.config, now: deps.now });
  if (!view.ok) return { status: 400, body: badRequestBody(view.error) };
  const { range, region } = view.value;
  if (deps.dataStart && range.to < deps.dataStart) {
    const allowed = `a moment at or after ${deps.dataStart.toISOString()} (the first data) and at most 1 minute in the future`;
    const parameter = params instanceof URLSearchParams && params.has("to") ? "to" : "at";
    return { status: 400, body: badRequestBody({ parameter, message: `${range.to.toISOString()} is before the data`, allowed }) };
  }
  try {
    const snapshot = await buildSnapshot({ config: deps.config, source: deps.source(), range, region, signal: deps.signal });
    return { status: 200, body: snapshot };
  } catch (err) {
    deps.log?.("snapshot failed", err);
    if (err instanceof SourceUnavailableError) return { status: 503, body: { error: `data source unavailable: ${err.message}` } };
    return { status: 502, body: { error: `the snapshot could not be computed: ${err instanceof Error ? err.message : String(err)}` } };
  }
}
