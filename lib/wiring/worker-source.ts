/**
 * LogsSource whose queries run in the query worker (query-worker.ts), a child process that holds the
 * one embedded workspace of the server. Measured on the 30-day demo: ten distinct 30-day replays held
 * /api/health for 30.8 s when the engine ran on the server's event loop.
 *
 * A process, not a worker thread: a worker thread's heap limit does not always end only the thread.
 * V8 aborts the whole process ("FATAL ERROR: Reached heap limit") when one array outgrows the limit
 * (nodejs/node#47224; the test's ten-million-row make_set did so in 3 runs of 7 on 2026-12-05), so a
 * query could stop the server. A child's abort ends only the child, which is started again.
 *
 * One worker, not a pool: the workspace is ~400 MB of columns built by the simulator, and every
 * query needs all of it; a second worker would need a second copy (or a shared-memory column store,
 * a rewrite of lib/dataset). Queries queue in the worker, live before replays; the queue is bounded
 * here (`maxQueued`), beyond which a query fails at once with SourceUnavailableError saying why.
 */
import { fork, type ChildProcess } from "node:child_process";
import type { Socket } from "node:net";
import type { DashboardConfig } from "../config/schema";
import { SourceUnavailableError } from "../signals/runtime/context";
import type { PeriodSpec } from "../review/period";
import type { PeriodReview } from "../review/types";
import type { Snapshot } from "../snapshot/types";
import type { LogsSource, QueryOptions, QueryResult, QueryWindow } from "../workspace/types";
import { CRASH_REFUSAL_MS, CrashRefusals } from "./crash-refusals";
import type { ToMain, ToWorker, WorkerJob } from "./worker-protocol";

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export interface WorkerSourceOptions {
  /** Path of the bundled worker (`next build` writes <distDir>/query-worker.js: next.config.js). */
  file: string;
  config: DashboardConfig;
  /** Most queries waiting or running in the worker (default 64). */
  maxQueued?: number;
  /** The source's "now", for telling live queries (window ending within 15 minutes of it) from replays. */
  now: () => Date;
  /**
   * The worker's V8 old-generation limit in MB (`--max-old-space-size`), or undefined for V8's
   * default. A job that needs more ends the worker, not the server: the job fails (503), the worker
   * is started again, and the next request is answered.
   */
  maxOldGenerationMb?: number;
  /** How long the shape of a job that ran the worker out of memory is refused (default CRASH_REFUSAL_MS). */
  crashRefusalMs?: number;
}

const LIVE_MS = 15 * 60_000;
/** What V8 prints before it aborts for want of heap (its wording differs with the allocation that failed). */
const OUT_OF_HEAP = /JavaScript heap out of memory|Reached heap limit|Allocation failed/;

export class WorkerSource implements LogsSource {
  readonly kind = "embedded" as const;
  /**
   * Resolves with the build's summary (`embedded workspace ready: …, in the query worker`) once the
   * worker has built the workspace; rejects with the reason (e.g. a dataset's file and line).
   */
  readonly ready: Promise<string>;
  private worker: ChildProcess;
  private readonly pending = new Map<number, { job: DistributiveOmit<WorkerJob, "id">; resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private dataFromIso: string | null = null;
  private recordedUntilIso: string | null = null;
  private failure: Error | undefined;
  /** Why the worker is being started again (it exited after it was ready), until it is ready. */
  private restarting: string | undefined;
  /** The job the worker said it started last, and has not answered yet (kept if its caller left). */
  private runningId: number | undefined;
  private runningJob: DistributiveOmit<WorkerJob, "id"> | undefined;
  /** Shapes of the jobs that ran the worker out of memory, refused for a while (crash-refusals.ts). */
  private readonly crashes: CrashRefusals;
  private closing = false;
  private readonly maxQueued: number;
  /** V8's heap limit in the worker as it reported it when ready (MB, old generation plus young). */
  heapLimitMb: number | undefined;
  /** How many times the worker was started again after it exited (tests). */
  restarts = 0;

  constructor(private readonly options: WorkerSourceOptions) {
    this.maxQueued = options.maxQueued ?? 64;
    this.crashes = new CrashRefusals(options.crashRefusalMs ?? CRASH_REFUSAL_MS);
    const first = { resolve: (summary: string) => void summary, reject: (e: Error) => void e };
    this.ready = new Promise<string>((resolve, reject) => Object.assign(first, { resolve, reject }));
    this.ready.catch(() => undefined); // observed through `failed` and readiness
    this.worker = this.start(first);
  }

  /**
   * Starts the worker. Before its first `ready` a failure is for good (a broken dataset builds no
   * better the second time); after it, an exit (out of memory under `maxOldGenerationMb`, a crash)
   * fails the jobs it held and starts it again: the data answers 503 for one build, not until a restart.
   */
  private start(first?: { resolve: (summary: string) => void; reject: (e: Error) => void }): ChildProcess {
    const mb = this.options.maxOldGenerationMb;
    const worker = fork(this.options.file, [], {
      // Structured clone, as between threads: Dates, Maps and typed arrays survive.
      serialization: "advanced",
      // The server's own flags (a loader, an inspector port) are not the worker's.
      execArgv: mb ? [`--max-old-space-size=${mb}`] : [],
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    // Like an unref'd thread: the worker alone does not keep a CLI or a test alive.
    worker.unref();
    worker.channel?.unref();
    (worker.stderr as Socket | null)?.unref();
    worker.send({ type: "init", config: this.options.config } satisfies ToWorker);
    let wasReady = false;
    let why: Error | undefined;
    // V8 says it ran out of heap only on stderr, just before it aborts: kept to tell that from a crash.
    let stderrTail = "";
    worker.stderr?.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderrTail = (stderrTail + chunk.toString("utf8")).slice(-4096);
    });
    worker.on("message", (m: ToMain) => {
      if (m.type === "ready") {
        wasReady = true;
        this.dataFromIso = m.dataFrom;
        this.recordedUntilIso = m.recordedUntil;
        this.heapLimitMb = m.heapLimitMb;
        const summary = `${m.summary}, in the query worker`;
        const logged = `${summary} (heap limit ${m.heapLimitMb} MB)`;
        console.error(this.restarting ? `${logged} (started again: ${this.restarting})` : logged); // from this thread, so it is out before the server answers
        this.restarting = undefined;
        first?.resolve(summary);
      } else if (m.type === "failed") {
        why = new Error(m.message);
      } else if (m.type === "started") {
        this.runningId = m.id;
        this.runningJob = this.pending.get(m.id)?.job;
      } else this.settle(m);
    });
    worker.on("error", (err) => (why ??= err));
    // "close", not "exit": by then stderr has been read to its end.
    worker.on("close", (code, signal) => {
      if (this.closing) return this.fail(new Error("the query worker was closed"));
      const outOfMemory = OUT_OF_HEAP.test(stderrTail);
      const reason = why ?? new Error(signal ? `the query worker was ended by ${signal}` : `the query worker exited with code ${code}`);
      if (!wasReady && !this.restarting) {
        this.fail(reason);
        first?.reject(this.failure ?? reason);
        return;
      }
      if (!wasReady) {
        // Died again while rebuilding: not a job's fault, so do not loop.
        this.fail(reason);
        return;
      }
      this.restarts++;
      this.restarting = outOfMemory ? `a job needed more than its ${mb ? `${mb} MB` : "V8's default"} heap` : reason.message;
      console.error(`query worker stopped (${this.restarting}); starting it again`);
      const running = this.runningId;
      if (outOfMemory && this.runningJob) this.crashes.record(this.runningJob);
      this.runningId = undefined;
      this.runningJob = undefined;
      for (const [id, waiter] of this.pending) {
        this.pending.delete(id);
        const message =
          id === running && outOfMemory
            ? `this request needed more memory than the query worker may use (${mb} MB heap); ask for a shorter range (the same request is refused for the next ${Math.round((this.options.crashRefusalMs ?? CRASH_REFUSAL_MS) / 1000)} s)`
            : `the query worker stopped (${this.restarting}) and is starting again; retry in a few seconds`;
        waiter.reject(new SourceUnavailableError(message));
      }
      this.worker = this.start();
    });
    return worker;
  }

  /** Why the worker cannot answer because its workspace failed to build, or undefined. */
  get failed(): Error | undefined {
    return this.failure;
  }

  /** Why the worker is being started again after it exited (readiness says so meanwhile), or undefined. */
  get restartingBecause(): string | undefined {
    return this.restarting;
  }

  dataFrom(): Date | null {
    return this.dataFromIso ? new Date(this.dataFromIso) : null;
  }

  /** A recorded dataset's newest row, as the worker said when ready; null for the demo. */
  recordedUntil(): Date | null {
    return this.recordedUntilIso ? new Date(this.recordedUntilIso) : null;
  }

  get queued(): number {
    return this.pending.size;
  }

  query(kql: string, window: QueryWindow, options?: QueryOptions): Promise<QueryResult> {
    return this.run<QueryResult>({ type: "query", kql, ...this.job(window) }, options?.signal);
  }

  /** Every signal of one range, assembled in the worker (the server's thread only receives it). */
  snapshot(req: { range: QueryWindow; region?: string; refreshSeconds?: number }): Promise<Snapshot> {
    return this.run<Snapshot>({ type: "snapshot", region: req.region, refreshSeconds: req.refreshSeconds, ...this.job(req.range) });
  }

  /**
   * One period of the review, assembled in the worker. Always behind live work (the wall's refresh),
   * even the rolling window that ends now: it covers a month, and leadership can wait seconds.
   */
  reviewPeriod(spec: PeriodSpec, now: Date): Promise<PeriodReview> {
    const job = { ...this.job(spec), priority: 1 };
    return this.run<PeriodReview>({ type: "review-period", periodId: spec.id, label: spec.label, now: now.toISOString(), ...job });
  }

  private job(window: QueryWindow) {
    const priority = window.to.getTime() >= this.options.now().getTime() - LIVE_MS ? 0 : 1;
    return { from: window.from.toISOString(), to: window.to.toISOString(), priority };
  }

  private run<T>(job: DistributiveOmit<WorkerJob, "id">, signal?: AbortSignal): Promise<T> {
    if (this.failure) return Promise.reject(new SourceUnavailableError(`embedded workspace unavailable: ${this.failure.message}`));
    // Before "starting again": the client that crashed it learns at once that asking again is useless.
    const refusal = this.crashes.refusal(job, this.options.maxOldGenerationMb);
    if (refusal) return Promise.reject(new SourceUnavailableError(refusal));
    if (this.restarting) {
      return Promise.reject(new SourceUnavailableError(`the query worker is starting again (${this.restarting}); retry in a few seconds`));
    }
    if (this.pending.size >= this.maxQueued) {
      return Promise.reject(new SourceUnavailableError(`the embedded query queue is full (${this.maxQueued} queries waiting); try again shortly`));
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        this.post({ type: "cancel", id });
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.pending.set(id, {
        job,
        resolve: (r) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(r as T);
        },
        reject: (e) => {
          signal?.removeEventListener("abort", onAbort);
          reject(e);
        },
      });
      this.post({ ...job, id } as ToWorker);
    });
  }

  /** To the worker, unless it is gone (its end fails what it held, and a new one is starting). */
  private post(message: ToWorker) {
    if (this.worker.connected) this.worker.send(message);
  }

  /** Ends the worker (tests, config reload). */
  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    if (worker.exitCode !== null || worker.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      worker.once("close", () => resolve());
      worker.kill();
    });
  }

  private settle(m: Extract<ToMain, { type: "result" | "error" }>) {
    const waiter = this.pending.get(m.id);
    if (m.id === this.runningId) {
      this.runningId = undefined;
      this.runningJob = undefined;
    }
    if (!waiter) return; // cancelled
    this.pending.delete(m.id);
    if (m.type === "result") {
      this.dataFromIso = m.dataFrom;
      waiter.resolve(m.value);
    } else if (m.name === "SourceUnavailableError") {
      waiter.reject(new SourceUnavailableError(m.message)); // the snapshot route answers 503 for it
    } else {
      const err = new Error(m.message);
      err.name = m.name;
      waiter.reject(err);
    }
  }

  private fail(err: Error) {
    this.failure ??= err;
    for (const [id, waiter] of this.pending) {
      this.pending.delete(id);
      waiter.reject(new SourceUnavailableError(`embedded workspace unavailable: ${err.message}`));
    }
  }
}
