import { systemClock, type Clock } from "@/lib/gateway/clock";
import type { QueryGateway } from "@/lib/gateway/gateway";
import { Memo } from "@/lib/gateway/memo";
import { hashKey } from "@/lib/gateway/shared-flight";
import { badRequestBody, type BadRequestBody } from "@/lib/params/result";
import { parseViewQuery, type ParamSource } from "@/lib/params/search-params";
import { processSingleton } from "@/lib/process-singleton";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import type { LogsSource, QueryWindow } from "@/lib/workspace/types";
import { buildSnapshot } from "./build";
import type { ServeDeps } from "./serve-series";
import type { Snapshot } from "@/lib/snapshot/types";

/** How often live views refresh (the wall's and the dashboard's default): live snapshots are shared per this bin. */
export const DEFAULT_REFRESH_SECONDS = 10;
/** A replay (explicit `at` or from/to) never changes: its snapshot is kept longer. */
const REPLAY_TTL_MS = 5 * 60_000;

interface SnapshotMemos {
  live: Memo<Snapshot>;
  replay: Memo<Snapshot>;
}

// One pair of memos per source (the process-wide gateway), so a config change starts afresh.
const memos = processSingleton("snapshot-memos", () => new WeakMap<LogsSource, SnapshotMemos>());

/** The gateway's shared tier (Redis), when it has one: snapshots are then shared by every replica too. */
type MaybeShared = Partial<Pick<QueryGateway, "sharedTier" | "sharedScope">>;

function memosFor(source: LogsSource, clock: Clock, refreshSeconds: number): SnapshotMemos {
  let m = memos.get(source);
  if (!m) {
    const { sharedTier: tier, sharedScope = "" } = source as MaybeShared;
    const shared = (kind: string) => (tier ? { tier, namespace: `snapshot-${kind}:${hashKey(sharedScope)}` } : undefined);
    m = {
      live: new Memo<Snapshot>(clock, refreshSeconds * 1000, 200, shared("live")),
      replay: new Memo<Snapshot>(clock, REPLAY_TTL_MS, 200, shared("replay")),
    };
    memos.set(source, m);
  }
  return m;
}

/**
 * A live range (ending now) moved back to the start of the current refresh bin: viewers asking
 * seconds apart get the same range, hence one evaluation. Never in the future, at most one refresh old.
 */
export function snapLiveRange(range: QueryWindow, refreshSeconds: number): QueryWindow {
  const bin = refreshSeconds * 1000;
  const to = range.to.getTime();
  const shift = to - Math.floor(to / bin) * bin;
  return { from: new Date(range.from.getTime() - shift), to: new Date(to - shift) };
}

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
  deps: ServeDeps & {
    /** Refresh interval of live views (default 10 s): live snapshots and their queries are cached this long. */
    refreshSeconds?: number;
    /** For tests: the memo's clock (default: the system clock). */
    clock?: Clock;
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
    const refreshSeconds = deps.refreshSeconds ?? DEFAULT_REFRESH_SECONDS;
    const source = deps.source();
    const live = view.value.asOf === undefined && range.to.getTime() === deps.now.getTime();
    const window = live ? snapLiveRange(range, refreshSeconds) : range;
    const { live: liveMemo, replay } = memosFor(source, deps.clock ?? systemClock, refreshSeconds);
    const key = `${window.from.toISOString()}/${window.to.toISOString()}/${region ?? "*"}/${refreshSeconds}`;
    // Shared by every viewer asking for the same (snapped) range: one viewer leaving must not abort
    // it, so the request's signal only stops this request's wait.
    const compute = () => buildSnapshot({ config: deps.config, source, range: window, region, refreshSeconds });
    const snapshot = await abortable((live ? liveMemo : replay).get(key, compute), deps.signal);
    return { status: 200, body: snapshot };
  } catch (err) {
    deps.log?.("snapshot failed", err);
    if (err instanceof SourceUnavailableError) return { status: 503, body: { error: `data source unavailable: ${err.message}` } };
    return { status: 502, body: { error: `the snapshot could not be computed: ${err instanceof Error ? err.message : String(err)}` } };
  }
}

/** Waits for `work` unless `signal` aborts first (the work itself goes on for the other waiters). */
function abortable<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}
