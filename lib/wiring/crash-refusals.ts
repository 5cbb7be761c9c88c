/**
 * Request shapes that ran the query worker out of memory, refused at once for a while afterwards.
 *
 * Why: a job that needs more heap than DASHBOARD_QUERY_WORKER_HEAP_MB ends the worker, and the
 * supervisor (worker-source.ts) builds the workspace again (~31 s of a core on the 30-day demo), during
 * which every data request answers 503. The same request asked again after the rebuild runs the
 * worker out of memory again: one client repeating it kept the workspace down. Refusing that shape
 * for a while makes the repeat cost nothing.
 *
 * A shape is the job without its place in time: kind, span of the window, region or period, and the
 * KQL text with its blanks collapsed. A 30-day replay ending at another minute needs the same memory,
 * so `at=` cannot be used to step around the refusal; a shorter range, or the same range once the
 * refusal expires, runs.
 */
import type { WorkerJob } from "./worker-protocol";

/** How long a shape that ran the worker out of memory is refused (a rebuild is ~31 s; ten of them). */
export const CRASH_REFUSAL_MS = 5 * 60_000;
/** Shapes remembered at once; the oldest is forgotten first (a shape is a few hundred bytes at most). */
const MAX_SHAPES = 256;

type JobShape = Pick<WorkerJob, "type" | "from" | "to"> & { kql?: string; region?: string; periodId?: string };

/** The job's shape: what decides its memory, not when its window falls. */
export function jobShape(job: JobShape): string {
  const minutes = Math.round((Date.parse(job.to) - Date.parse(job.from)) / 60_000);
  const what = job.type === "query" ? (job.kql ?? "").replace(/\s+/g, " ").trim() : job.type === "snapshot" ? (job.region ?? "every region") : (job.periodId ?? "");
  return `${job.type} ${minutes} ${what}`;
}

/** What the shape is in words, for the refusal. */
function describe(job: JobShape): string {
  const span = (Date.parse(job.to) - Date.parse(job.from)) / 86_400_000;
  const days = span >= 1 ? `${Number(span.toFixed(1))}-day` : `${Number((span * 24).toFixed(1))}-hour`;
  return job.type === "query" ? `this ${days} query` : job.type === "snapshot" ? `a ${days} snapshot` : `this ${days} review period`;
}

export class CrashRefusals {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly refusalMs = CRASH_REFUSAL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers that `job` ran the worker out of memory. */
  record(job: JobShape): void {
    const shape = jobShape(job);
    this.until.delete(shape);
    this.until.set(shape, this.now() + this.refusalMs);
    for (const oldest of this.until.keys()) {
      if (this.until.size <= MAX_SHAPES) break;
      this.until.delete(oldest);
    }
  }

  /** Why `job` is refused now (its shape ran the worker out of memory `heapMb`), or undefined. */
  refusal(job: JobShape, heapMb: number | undefined): string | undefined {
    const shape = jobShape(job);
    const until = this.until.get(shape);
    if (until === undefined) return undefined;
    const left = until - this.now();
    if (left <= 0) {
      this.until.delete(shape);
      return undefined;
    }
    const heap = heapMb ? ` (${heapMb} MB heap)` : "";
    return `${describe(job)} ran the query worker out of memory${heap} a moment ago, and is refused for ${Math.ceil(left / 1000)} s more so that it cannot stop the workspace again; ask for a shorter range`;
  }
}
