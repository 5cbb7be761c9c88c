/** Messages between the server process (worker-source.ts) and the query worker process (query-worker.ts). */
import type { DashboardConfig } from "../config/schema";

interface Job {
  id: number;
  /** ISO-8601 window bounds (Dates do not need to survive the structured clone as Dates). */
  from: string;
  to: string;
  /** 0: live (the window ends near now), 1: replay. Lower runs first. */
  priority: number;
}

/** One KQL query over the embedded workspace. */
export interface QueryJob extends Job {
  type: "query";
  kql: string;
}

/** A whole snapshot (every signal) assembled in the worker: the server's thread only receives the result. */
export interface SnapshotJob extends Job {
  type: "snapshot";
  region?: string;
  refreshSeconds?: number;
}

/**
 * One period of the leadership review (lib/review/period.ts) assembled in the worker: its queries
 * cover up to a month, and evaluating their per-minute rows is the review's whole cost. The window
 * (`from`/`to`) is the period's; `now` caps what has happened.
 */
export interface ReviewPeriodJob extends Job {
  type: "review-period";
  periodId: string;
  label: string;
  now: string;
}

export type WorkerJob = QueryJob | SnapshotJob | ReviewPeriodJob;

/** `init` comes first and once: the configuration the worker builds its workspace from. */
export type ToWorker = { type: "init"; config: DashboardConfig } | WorkerJob | { type: "cancel"; id: number };

export type ToMain =
  /** `heapLimitMb`: V8's heap_size_limit in the worker (old generation plus young). */
  | { type: "ready"; dataFrom: string | null; recordedUntil: string | null; summary: string; heapLimitMb: number }
  | { type: "failed"; message: string }
  /** The job the worker begins now: if the worker dies before answering, this job is the one that killed it. */
  | { type: "started"; id: number }
  | { type: "result"; id: number; value: unknown; ms: number; dataFrom: string | null }
  | { type: "error"; id: number; name: string; message: string };
