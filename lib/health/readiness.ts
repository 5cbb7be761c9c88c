/**
 * Readiness (GET /api/ready), apart from liveness (GET /api/health: the process answers). A replica
 * is ready when it could show data now: its configuration loaded, and its source can answer (the
 * embedded workspace is built, or Log Analytics answered a one-row query with this identity).
 * Orchestrators route only to ready replicas, so a replica that would show NO DATA gets no users;
 * they restart only a replica whose liveness fails, so a slow Azure never restarts anything.
 */
import type { ConfigState } from "../config/runtime";
import type { DashboardConfig } from "../config/schema";
import { UpstreamError } from "../gateway/upstream-error";
import { processSingleton } from "../process-singleton";
import type { LogsSource } from "../workspace/types";

type WorkspacesConfig = NonNullable<DashboardConfig["workspaces"]>;

export interface ReadinessCheck {
  name: "config" | "data" | "shutdown";
  ok: boolean;
  detail: string;
}

export interface Readiness {
  ready: boolean;
  /** The first failed check's detail; absent when ready. */
  reason?: string;
  checks: ReadinessCheck[];
}

export type EmbeddedStatus =
  | { state: "ready"; detail: string }
  | { state: "absent" }
  /** Being built, or built again after the query worker exited: not a failure. */
  | { state: "pending"; detail: string }
  | { state: "failed"; error: string };

export interface ReadinessDeps {
  configState(): ConfigState;
  embeddedStatus(config: DashboardConfig): EmbeddedStatus;
  /** Builds the embedded workspace off the probe's request (DASHBOARD_WARM_UP=0, or a failed warm-up). */
  startEmbeddedBuild(config: DashboardConfig): void;
  /** Resolves when Log Analytics answers a trivial query with the app's credential (with a note when degraded); rejects with why not. */
  probeAzure(workspaces: WorkspacesConfig): Promise<string | undefined | void>;
  nowMs(): number;
}

/** A good Azure answer is trusted this long, a bad one this long: probes come every few seconds per replica. */
export const AZURE_OK_TTL_MS = 30_000;
export const AZURE_FAIL_TTL_MS = 5_000;
/** Longer than this and the probe is answered "not ready" (Container Apps' probe timeout is at most 10 s). */
export const AZURE_PROBE_TIMEOUT_MS = 8_000;

interface AzureVerdict {
  key: string;
  ok: boolean;
  detail: string;
  atMs: number;
}

const state = processSingleton("readiness", () => ({
  draining: false,
  azure: undefined as AzureVerdict | undefined,
  inFlight: undefined as { key: string; promise: Promise<AzureVerdict> } | undefined,
}));

/** SIGTERM: report not ready at once, so an orchestrator stops routing here while requests drain. */
export function markDraining(): void {
  state.draining = true;
}

/** Tests only: forget the cached Azure verdict and the draining flag. */
export function resetReadiness(): void {
  state.draining = false;
  state.azure = undefined;
  state.inFlight = undefined;
}

function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n")[0].slice(0, 300);
}

async function azureVerdict(deps: ReadinessDeps, workspaces: WorkspacesConfig): Promise<AzureVerdict> {
  const key = JSON.stringify(workspaces);
  const now = deps.nowMs();
  const cached = state.azure;
  if (cached?.key === key && now - cached.atMs < (cached.ok ? AZURE_OK_TTL_MS : AZURE_FAIL_TTL_MS)) return cached;
  // Single-flight: a burst of probes (several probe kinds, several ingress nodes) makes one query.
  if (state.inFlight?.key === key) return state.inFlight.promise;
  const promise = (async (): Promise<AzureVerdict> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${AZURE_PROBE_TIMEOUT_MS / 1000} s`)), AZURE_PROBE_TIMEOUT_MS);
    });
    try {
      const note = await Promise.race([deps.probeAzure(workspaces), timeout]);
      const answered = `Log Analytics answered (${workspaces.ids.length} workspace${workspaces.ids.length === 1 ? "" : "s"})`;
      return { key, ok: true, detail: note ? `${answered}; ${note}` : answered, atMs: deps.nowMs() };
    } catch (err) {
      return { key, ok: false, detail: `Log Analytics not reachable: ${oneLine(err)}`, atMs: deps.nowMs() };
    } finally {
      clearTimeout(timer);
    }
  })();
  state.inFlight = { key, promise };
  try {
    const verdict = await promise;
    state.azure = verdict;
    return verdict;
  } finally {
    if (state.inFlight?.promise === promise) state.inFlight = undefined;
  }
}

async function dataCheck(deps: ReadinessDeps, config: DashboardConfig): Promise<ReadinessCheck> {
  if (config.workspaces) {
    const verdict = await azureVerdict(deps, config.workspaces);
    return { name: "data", ok: verdict.ok, detail: verdict.detail };
  }
  const status = deps.embeddedStatus(config);
  if (status.state === "ready") return { name: "data", ok: true, detail: status.detail };
  // Nobody routes data requests to an unready replica, so the probe itself must start the build. A
  // failed build is not retried from here (it would burn seconds of CPU every probe): data requests retry it.
  if (status.state === "absent") deps.startEmbeddedBuild(config);
  if (status.state === "failed") return { name: "data", ok: false, detail: `embedded workspace failed to build: ${oneLine(status.error)}` };
  if (status.state === "pending") return { name: "data", ok: false, detail: status.detail };
  return { name: "data", ok: false, detail: "embedded workspace is being built" };
}

export async function checkReadiness(deps: ReadinessDeps): Promise<Readiness> {
  const checks: ReadinessCheck[] = [];
  if (state.draining) checks.push({ name: "shutdown", ok: false, detail: "shutting down (SIGTERM): finishing in-flight requests" });
  const config = deps.configState();
  checks.push(
    config.ok
      ? { name: "config", ok: true, detail: `${config.file} (${config.config.name})` }
      : { name: "config", ok: false, detail: `configuration invalid: ${oneLine(config.error)}` },
  );
  if (config.ok) checks.push(await dataCheck(deps, config.config));
  const failed = checks.find((c) => !c.ok);
  return failed ? { ready: false, reason: failed.detail, checks } : { ready: true, checks };
}

/**
 * The Azure check: a one-row `print` with the app's credential proves both the token and the Log
 * Analytics Reader role. Resolves with a note when ready but degraded: a 429 means the service
 * answered and the identity may read, it is only over its query rate (the gateway serves the panels
 * from cache, marked stale), and every replica sharing the identity would be throttled alike.
 * Rejects with why not otherwise. A stale answer (a gateway's stale-if-error) is a failure.
 */
export async function probeLogAnalytics(source: LogsSource, now: Date = new Date()): Promise<string | undefined> {
  try {
    const result = await source.query(READINESS_KQL, { from: new Date(now.getTime() - 5 * 60_000), to: now }, { refreshSeconds: 30 });
    if (result.stale) throw new Error(result.stale.error);
    return undefined;
  } catch (err) {
    if (err instanceof UpstreamError && err.kind === "throttled") return `throttled (HTTP 429): panels are served from cache, marked stale`;
    throw err;
  }
}
export const READINESS_KQL = "print ready = 1";

/**
 * What an anonymous caller sees when sign-in is on (probes do not sign in): which checks passed,
 * not the configuration's file name or Azure's error text, which go to the server log instead.
 */
export function redactReadiness(r: Readiness): Readiness {
  const checks = r.checks.map((c) => ({ ...c, detail: c.ok ? "ok" : `${c.name} not ready` }));
  const failed = checks.find((c) => !c.ok);
  return failed ? { ready: false, reason: failed.detail, checks } : { ready: true, checks };
}
