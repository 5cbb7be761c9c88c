/** Messages between the server process (worker-source.ts) and the query worker (query-worker.ts). */

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

export type WorkerJob = QueryJob | SnapshotJob;

export type ToWorker = WorkerJob | { type: "cancel"; id: number };

export type ToMain =
  | { type: "ready"; dataFrom: string | null; summary: string }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; value: unknown; ms: number; dataFrom: string | null }
  | { type: "error"; id: number; name: string; message: string };
