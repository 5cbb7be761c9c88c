import path from "node:path";
import { pathToFileURL } from "node:url";
import { DefaultAzureCredential } from "@azure/identity";
import { loadConfigFile } from "@/lib/config/load";
import type { DashboardConfig } from "@/lib/config/schema";
import { AzureLogsSource } from "@/lib/log-analytics/azure-source";
import { LagCanary } from "./canary";
import { importChaosRuns } from "./chaos";
import { readConflictDepths, type ConflictResolver } from "./conflicts";
import { AzureCosmosAccount } from "./cosmos/azure";
import type { CosmosAccount, RegionEndpoint } from "./cosmos/types";
import { conflictTargets, lagDirections, readCompanionEnv, SettingsError, type CompanionEnv } from "./settings";
import { azureMonitorSink, type TelemetrySink } from "./telemetry";

export type Log = (message: string) => void;

/** One pass of each task; the service loop and `--once` both call these. */
export interface CompanionTasks {
  canary?: () => Promise<void>;
  conflicts?: () => Promise<void>;
  chaos?: () => Promise<void>;
}

/** Builds the canary and the conflict reporter over any account (Azure or the in-memory stand-in). */
export async function cosmosTasks(
  config: DashboardConfig,
  account: CosmosAccount,
  sink: TelemetrySink,
  options: { env: Pick<CompanionEnv, "COMPANION_INSTANCE" | "CANARY_POLL_MS" | "CANARY_MAX_WAIT_SECONDS" | "COSMOS_THROTTLE_RETRIES" | "COSMOS_CONFLICT_CONTAINERS">; resolver?: ConflictResolver; log: Log },
): Promise<CompanionTasks> {
  const { env, log } = options;
  const endpoints = new Map<string, RegionEndpoint>((await account.regions()).map((r) => [r.cosmosRegion, r]));
  const tasks: CompanionTasks = {};
  const directions = lagDirections(config);
  if (directions.length > 0) {
    const canary = new LagCanary(endpoints, directions, {
      instance: env.COMPANION_INSTANCE,
      pollMs: env.CANARY_POLL_MS,
      maxWaitMs: env.CANARY_MAX_WAIT_SECONDS * 1000,
      maxThrottledAttempts: env.COSMOS_THROTTLE_RETRIES + 1,
      onProblem: log,
    });
    tasks.canary = async () => {
      for (const sample of await canary.round()) sink.lag(sample);
    };
  } else log("canary: no replication pair has lagSource.kind \"canary\"; nothing to measure");
  if (env.COSMOS_CONFLICT_CONTAINERS.length > 0) {
    const targets = conflictTargets(config);
    tasks.conflicts = async () => {
      const samples = await readConflictDepths(endpoints, targets, env.COSMOS_CONFLICT_CONTAINERS, { resolver: options.resolver, onProblem: log });
      for (const s of samples) sink.depth(s);
    };
  } else log("conflicts: COSMOS_CONFLICT_CONTAINERS is empty; no conflict_feed_depth will be reported");
  return tasks;
}

async function loadResolver(file: string | undefined): Promise<ConflictResolver | undefined> {
  if (!file) return undefined;
  // Relative to the working directory, like DASHBOARD_CONFIG, not to this module.
  const mod = (await import(pathToFileURL(path.resolve(process.cwd(), file)).href)) as { default?: unknown };
  if (typeof mod.default !== "function") throw new Error(`CONFLICT_RESOLVER ${file}: the module's default export must be a function (conflict, where) => Promise<boolean>`);
  return mod.default as ConflictResolver;
}

/** Runs `fn` every `ms` (never two at once) until the signal aborts; a failing pass is logged, the loop goes on. */
async function every(ms: number, name: string, fn: () => Promise<void>, signal: AbortSignal, log: Log): Promise<void> {
  while (!signal.aborted) {
    const started = performance.now();
    try {
      await fn();
    } catch (err) {
      log(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const wait = Math.max(0, ms - (performance.now() - started));
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, wait);
      signal.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
    });
  }
}

/** The service: `npm run companion` (container entry point); `--once` runs each task once and exits. */
export async function main(argv: readonly string[], log: Log = (m) => console.error(`[companion] ${m}`)): Promise<void> {
  // A misspelt `--onc` started the endless service instead of one pass: refuse what it does not take.
  const unknown = argv.filter((a) => a !== "--once");
  if (unknown.length) throw new SettingsError(`unknown argument ${JSON.stringify(unknown[0])}; usage: npm run companion [-- --once]`);
  const once = argv.includes("--once");
  const env = readCompanionEnv();
  const config = loadConfigFile(env.DASHBOARD_CONFIG);
  const credential = new DefaultAzureCredential();
  const sink = azureMonitorSink({
    connectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING,
    credential: env.COMPANION_INGESTION_AUTH === "entra" ? credential : undefined,
    roleName: env.COMPANION_ROLE_NAME,
    exportIntervalMs: env.METRIC_EXPORT_SECONDS * 1000,
    onExportError: log,
  });
  let tasks: CompanionTasks = {};
  let account: CosmosAccount | undefined;
  if (env.COSMOS_ENDPOINT && env.COSMOS_DATABASE) {
    account = new AzureCosmosAccount({
      endpoint: env.COSMOS_ENDPOINT,
      credential: env.COSMOS_KEY ? undefined : credential,
      key: env.COSMOS_KEY,
      database: env.COSMOS_DATABASE,
      canaryContainer: env.COSMOS_CANARY_CONTAINER,
      requestTimeoutMs: env.COSMOS_REQUEST_TIMEOUT_MS,
      throttleRetries: env.COSMOS_THROTTLE_RETRIES,
    });
    tasks = await cosmosTasks(config, account, sink, { env, resolver: await loadResolver(env.CONFLICT_RESOLVER), log });
  } else log("COSMOS_ENDPOINT and COSMOS_DATABASE are not both set: no canary, no conflict reporter");
  if (env.CHAOS_IMPORT_INTERVAL_SECONDS > 0) {
    if (!config.workspaces) throw new Error("CHAOS_IMPORT_INTERVAL_SECONDS is set but the dashboard configuration has no workspaces to read ChaosStudioExperimentEventLogs from");
    const source = new AzureLogsSource({ workspaces: config.workspaces, credential });
    tasks.chaos = async () => {
      const to = new Date();
      const result = await importChaosRuns(config, source, { from: new Date(to.getTime() - env.CHAOS_LOOKBACK_HOURS * 3600_000), to }, env.CHAOS_TARGET_REGIONS);
      result.problems.forEach(log);
      for (const m of result.markers) sink.drill(m);
      if (result.markers.length) log(`chaos: imported ${result.markers.length} drill marker(s)`);
    };
  }

  const stop = new AbortController();
  const shutdown = () => stop.abort();
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  try {
    const plan: [string, number, (() => Promise<void>) | undefined][] = [
      ["canary", env.CANARY_INTERVAL_SECONDS, tasks.canary],
      ["conflicts", env.CONFLICT_INTERVAL_SECONDS, tasks.conflicts],
      ["chaos", env.CHAOS_IMPORT_INTERVAL_SECONDS, tasks.chaos],
    ];
    const active = plan.filter((p): p is [string, number, () => Promise<void>] => p[2] !== undefined);
    if (active.length === 0) throw new Error("nothing to do: configure Cosmos (COSMOS_ENDPOINT, COSMOS_DATABASE) and/or the Chaos Studio import");
    if (once) for (const [, , fn] of active) await fn();
    else await Promise.all(active.map(([name, s, fn]) => every(s * 1000, name, fn, stop.signal, log)));
  } finally {
    account?.close();
    await sink.flush();
    await sink.shutdown();
  }
}

if (require.main === module) {
  // Exit once done (--once, or after SIGTERM): the exporters' HTTP clients keep idle sockets and timers alive for about 20 s.
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(`[companion] ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
