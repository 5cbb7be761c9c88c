/**
 * A small cluster for the replicas test and bench: the fake Log Analytics server answering every
 * query from the embedded engine over a simulated workspace (after a delay, like a real service)
 * and counting how many queries it runs at once; redis-server; N replica processes (replica.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseConfig } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset/workspace";
import { createLiveDemo } from "@/lib/simulator/live";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { FakeLogAnalytics, type RecordedRequest } from "../azure/fake-log-analytics";

export const WORKSPACE = "22222222-2222-4222-8222-222222222222";

/** The fake service: real answers (embedded KQL engine), `delayMs` of service time each, peak concurrency recorded. */
export class CountingLogAnalytics {
  readonly fake: FakeLogAnalytics;
  inflight = 0;
  peak = 0;
  endpoint = "";
  readonly end: Date;
  private caDir = mkdtempSync(path.join(tmpdir(), "replicas-ca-"));

  constructor(days: number, delayMs: number) {
    const demo = JSON.parse(readFileSync("config/demo.json", "utf8")) as Record<string, unknown>;
    const config = parseConfig(demo);
    this.end = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    const workspace = new Workspace();
    createLiveDemo({ config, seed: config.embedded.seed, days, now: () => this.end, sink: workspace, denseLive: false }).advanceTo(this.end);
    const engine = new EmbeddedSource(workspace, () => this.end);
    this.fake = new FakeLogAnalytics(async (body) => {
      this.inflight++;
      this.peak = Math.max(this.peak, this.inflight);
      try {
        await new Promise((r) => setTimeout(r, delayMs));
        const [from, to] = String(body.timespan).split("/");
        const result = await engine.query(body.query ?? "", { from: new Date(from), to: new Date(to) }).catch((err: unknown) => {
          // The engine names a table the workspace lacks; the fake answers that like Azure (400).
          const missingTable = (err as { missingTable?: string }).missingTable;
          if (missingTable) return { missingTable };
          throw err;
        });
        if ("missingTable" in result) return result;
        return { name: "PrimaryResult", columns: result.table.columns.map((c) => ({ name: c.name, type: c.type })), rows: result.table.rows };
      } finally {
        this.inflight--;
      }
    });
  }

  get requests(): RecordedRequest[] {
    return this.fake.requests;
  }

  async start(): Promise<void> {
    this.endpoint = await this.fake.start();
    writeFileSync(path.join(this.caDir, "ca.pem"), this.fake.cert);
  }

  get caFile(): string {
    return path.join(this.caDir, "ca.pem");
  }

  async stop(): Promise<void> {
    await this.fake.stop();
    rmSync(this.caDir, { recursive: true, force: true });
  }
}

export interface ReplicaHealth {
  sharedTier: { mode: string; replicas?: number; rejoins?: number; fallbacks?: number; localShare?: { maxConcurrent: number } };
  stats: { upstreamQueries: number; sharedHits: number; localFallbacks: number };
  unhandled: number;
}

export class Replica {
  port = 0;
  stderr = "";
  private child?: ChildProcess;

  constructor(
    readonly name: string,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ["--import", "tsx", "test/integration/replicas/replica.ts"], {
      env: { ...process.env, ...this.env, REPLICA_NAME: this.name },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    child.stderr?.on("data", (d: Buffer) => (this.stderr += d.toString()));
    this.port = await new Promise<number>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /listening (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on("exit", (code) => reject(new Error(`replica ${this.name} exited with ${code}: ${this.stderr}`)));
    });
  }

  async health(): Promise<ReplicaHealth> {
    const res = await fetch(`http://127.0.0.1:${this.port}/health`);
    return (await res.json()) as ReplicaHealth;
  }

  url(query: string): string {
    return `http://127.0.0.1:${this.port}/api/snapshot?${query}`;
  }

  stop(): void {
    this.child?.kill("SIGTERM");
  }
}

export async function startReplicas(n: number, service: CountingLogAnalytics, redisUrl?: string): Promise<Replica[]> {
  const replicas = Array.from({ length: n }, (_, i) =>
    new Replica(`replica-${i + 1}`, {
      REPLICA_WORKSPACE: WORKSPACE,
      REPLICA_ENDPOINT: service.endpoint,
      REPLICA_CA: service.caFile,
      ...(redisUrl ? { REPLICA_REDIS_URL: redisUrl } : {}),
    }),
  );
  await Promise.all(replicas.map((r) => r.start()));
  return replicas;
}

/** Polls until every replica reports `mode` (and, when shared, sees all of them in the heartbeat set). */
export async function waitForMode(replicas: Replica[], mode: "shared" | "local", timeoutMs = 15_000): Promise<ReplicaHealth[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const health = await Promise.all(replicas.map((r) => r.health()));
    if (health.every((h) => h.sharedTier.mode === mode && (mode === "local" || h.sharedTier.replicas === replicas.length))) return health;
    if (Date.now() > end) throw new Error(`replicas did not reach mode ${mode}: ${JSON.stringify(health.map((h) => h.sharedTier))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface CycleOutcome {
  statuses: number[];
  latenciesMs: number[];
  upstream: RecordedRequest[];
  bodies: unknown[];
}

/** What viewers look at: the whole deployment or one region (the same queries, filtered afterwards). */
export const VIEWS = ["", "&region=uksouth", "&region=westeurope"];
/** Viewer i's view: every replica serves every view. */
export const viewOf = (viewer: number, replicas: number) => VIEWS[Math.floor(viewer / replicas) % VIEWS.length];

/** One refresh cycle: `viewers` ask for the snapshot at `at`, spread round-robin over the replicas, all at once. */
export async function cycle(
  service: CountingLogAnalytics,
  replicas: Replica[],
  viewers: number,
  at: Date,
  keepBodies = false,
  progress: { answered: number } = { answered: 0 },
): Promise<CycleOutcome> {
  const before = service.requests.length;
  const query = `range=1h&at=${encodeURIComponent(at.toISOString())}`;
  const results = await Promise.all(
    Array.from({ length: viewers }, async (_, i) => {
      const started = performance.now();
      const res = await fetch(replicas[i % replicas.length].url(query + viewOf(i, replicas.length)));
      const body: unknown = await res.json();
      progress.answered++;
      return { status: res.status, ms: performance.now() - started, body };
    }),
  );
  return {
    statuses: results.map((r) => r.status),
    latenciesMs: results.map((r) => r.ms),
    upstream: service.requests.slice(before),
    bodies: keepBodies ? results.map((r) => r.body) : [],
  };
}

/** Upstream (KQL, timespan) pairs asked more than once in a cycle: with sharing there are none. */
export function duplicates(upstream: RecordedRequest[]): string[] {
  const seen = new Map<string, number>();
  for (const r of upstream) {
    const key = `${r.body.timespan} ${r.body.query}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}
