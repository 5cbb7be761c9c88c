import { systemClock, type Clock } from "@/lib/gateway/clock";
import type { QueryGateway } from "@/lib/gateway/gateway";
import { Memo } from "@/lib/gateway/memo";
import { hashKey } from "@/lib/gateway/shared-flight";
import { recordingNote, recordingSilentHeadline } from "@/lib/dataset/after-the-data";
import { badRequestBody, type BadRequestBody } from "@/lib/params/result";
import { parseViewQuery, type ParamSource } from "@/lib/params/search-params";
import { processSingleton } from "@/lib/process-singleton";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import type { LogsSource, QueryWindow } from "@/lib/workspace/types";
import { admitReplay, ReplayRefused } from "./admission";
import { buildSnapshot } from "./build";
import { isLiveView } from "./live-view";
import type { ServeDeps } from "./serve-series";
import type { Snapshot } from "@/lib/snapshot/types";
import type { DashboardConfig } from "@/lib/config/schema";

/** A snapshot assembled elsewhere (the query worker process that holds the embedded workspace). */
export type RemoteSnapshot = (req: { range: QueryWindow; region?: string; refreshSeconds: number }) => Promise<Snapshot>;

/**
 * Where snapshots of a source can be assembled off this thread, if anywhere. The wiring
 * (lib/wiring/source.ts) registers it, so the catalog stays below what wires it.
 */
const offload = processSingleton("snapshot-offload", () => ({ remote: undefined as ((source: LogsSource) => RemoteSnapshot | undefined) | undefined }));

export function setSnapshotOffload(remote: (source: LogsSource) => RemoteSnapshot | undefined): void {
  offload.remote = remote;
}

/** How often live views refresh (the wall's and the dashboard's default): live snapshots are shared per this bin. */
export const DEFAULT_REFRESH_SECONDS = 10;
/** A replay (explicit `at` or from/to) never changes: its snapshot is kept longer. */
const REPLAY_TTL_MS = 5 * 60_000;
/** Byte budgets of the snapshot memos (approximate; docs/operations.md "Memory by bytes"): a 30-day snapshot is ~1 MB. */
const LIVE_MEMO_BYTES = 16 * 1024 * 1024;
const REPLAY_MEMO_BYTES = 48 * 1024 * 1024;

interface SnapshotMemos {
  live: Memo<Snapshot>;
  replay: Memo<Snapshot>;
}

/**
 * A live view whose new refresh bin is still computing is answered with its previous snapshot when
 * that is at most this old (its asOf says how old; the wall's STALE rule still applies), so viewers
 * never queue behind a recompute that a loaded server takes seconds for.
 */
export const LIVE_STALE_MS = 60_000;
// The latest live snapshot per view (span, region, refresh): a handful of entries.
const latestLive = processSingleton("snapshot-latest-live", () => new WeakMap<LogsSource, Map<string, { snapshot: Snapshot; at: number }>>());

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
      live: new Memo<Snapshot>(clock, refreshSeconds * 1000, 200, shared("live"), LIVE_MEMO_BYTES),
      replay: new Memo<Snapshot>(clock, REPLAY_TTL_MS, 200, shared("replay"), REPLAY_MEMO_BYTES),
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
  body: Snapshot | BadRequestBody | { error: string; parameter?: string; allowed?: string; retryAfterSeconds?: number };
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
    /** Who asks (rate-limit key): uncached replays are capped per client (admission.ts). */
    client?: string;
  },
): Promise<SnapshotAnswer> {
  const view = parseViewQuery(params, { config: deps.config, now: deps.now, dataStart: deps.dataStart });
  if (!view.ok) return { status: 400, body: badRequestBody(view.error) };
  const { range, region } = view.value;
  try {
    const live = isLiveView(view.value, deps.now);
    const snapshot = await memoizedSnapshot({ ...deps, range, region, live });
    return { status: 200, body: withRecording(snapshot, deps.recordedUntil?.(), live) };
  } catch (err) {
    if (err instanceof ReplayRefused) {
      const named = err.allowed ? { parameter: "from", allowed: err.allowed } : {};
      return { status: err.status, body: { error: err.message, ...named, ...(err.retryAfterSeconds ? { retryAfterSeconds: err.retryAfterSeconds } : {}) } };
    }
    // A viewer who left is not a failure of the snapshot (it goes on for the others).
    if (!deps.signal?.aborted) deps.log?.("snapshot failed", err);
    if (err instanceof SourceUnavailableError) return { status: 503, body: { error: `data source unavailable: ${err.message}` } };
    return { status: 502, body: { error: `the snapshot could not be computed: ${err instanceof Error ? err.message : String(err)}` } };
  }
}

/**
 * `snapshot` with the recording note when its view ends past a recorded dataset's newest row.
 * Attached per answer, not while building: the note depends only on the range's end and the
 * dataset, and the memoised snapshot stays what every viewer shares (a shallow copy).
 */
export function withRecording<S extends Pick<Snapshot, "range" | "recording"> & { outsideIn?: Snapshot["outsideIn"] }>(snapshot: S, recordedUntil: Date | null | undefined, live: boolean): S {
  const recording = recordingNote({ latest: recordedUntil ?? null, end: new Date(snapshot.range.to), live });
  if (!recording) return snapshot;
  // The who-is-blind verdict cannot know the workspace is a recording: its "the workspace, or the
  // dashboard's access to it, is down" stood under the note saying it is not (overview and wall).
  const outsideIn = snapshot.outsideIn;
  const silent = outsideIn?.verdict.kind === "all-silent" ? { outsideIn: { ...outsideIn, verdict: { ...outsideIn.verdict, headline: recordingSilentHeadline(recording) } } } : {};
  return { ...snapshot, recording, ...silent };
}

/**
 * The snapshot of a validated view through the process-wide memo: what /api/snapshot and the pages
 * (first paint) share, so a page render costs a lookup, not an evaluation, when anyone asked for
 * the same range within the refresh interval (live) or 5 minutes (replay).
 */
export function memoizedSnapshot(args: {
  config: DashboardConfig;
  source: () => LogsSource;
  range: QueryWindow;
  region: string | undefined;
  /** True when the range ends now (no `at`, no explicit `to`): snapped to the refresh bin. */
  live: boolean;
  signal?: AbortSignal;
  refreshSeconds?: number;
  clock?: Clock;
  /** Who asks: an uncached replay counts against this client's cap (admission.ts). */
  client?: string;
}): Promise<Snapshot> {
  const refreshSeconds = args.refreshSeconds ?? DEFAULT_REFRESH_SECONDS;
  const source = args.source();
  const window = args.live ? snapLiveRange(args.range, refreshSeconds) : args.range;
  const { live: liveMemo, replay } = memosFor(source, args.clock ?? systemClock, refreshSeconds);
  const key = `${window.from.toISOString()}/${window.to.toISOString()}/${args.region ?? "*"}/${refreshSeconds}`;
  // Shared by every viewer asking for the same (snapped) range: one viewer leaving must not abort
  // it, so the request's signal only stops this request's wait.
  const remote = offload.remote?.(source);
  const build = remote
    ? () => remote({ range: window, region: args.region, refreshSeconds })
    : () => buildSnapshot({ config: args.config, source, range: window, region: args.region, refreshSeconds });
  if (!args.live) return abortable(replay.get(key, () => admitReplay(window, args.client, build)), args.signal);
  const clock = args.clock ?? systemClock;
  let latest = latestLive.get(source);
  if (!latest) latestLive.set(source, (latest = new Map()));
  const view = `${window.to.getTime() - window.from.getTime()}/${args.region ?? "*"}/${refreshSeconds}`;
  const fresh = liveMemo.has(key);
  const computing = liveMemo.get(key, build).then((snapshot) => {
    const known = latest.get(view);
    if (!known || known.snapshot.asOf <= snapshot.asOf) latest.set(view, { snapshot, at: clock.now() });
    return snapshot;
  });
  const previous = latest.get(view);
  if (!fresh && previous && clock.now() - previous.at <= LIVE_STALE_MS) {
    computing.catch(() => undefined); // its failure reaches the next viewer through the memo
    return Promise.resolve(previous.snapshot);
  }
  return abortable(computing, args.signal);
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
