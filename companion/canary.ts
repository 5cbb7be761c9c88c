import { CosmosCallError, type RegionEndpoint } from "./cosmos/types";

/** One configured direction of a cosmos canary pair, with the names each side goes by. */
export interface LagDirection {
  /** Cosmos region names (`cosmosRegionName`), used to pick the endpoints. */
  sourceCosmos: string;
  targetCosmos: string;
  /** Properties.sourceRegion / targetRegion values (the dashboard's `appRegion ?? id`). */
  sourceValue: string;
  targetValue: string;
  /** AppMetrics Name (the pair's `lagSource.metricName`). */
  metricName: string;
}

export interface LagSample {
  direction: LagDirection;
  lagMs: number;
  /**
   * "estimate": the target saw the write between two reads; lag is the middle of that gap.
   * "lower": the target answered but had not caught up when the wait ran out; the lag is at least this.
   */
  bound: "estimate" | "lower";
}

export interface CanaryOptions {
  /** Companion instance id: the heartbeat document id carries it, so two instances never share a document. */
  instance: string;
  pollMs: number;
  /** How long a target may take to show the write before the round gives up on it. */
  maxWaitMs: number;
  /** Attempts of a throttled (429) call before the round gives up on that region. */
  maxThrottledAttempts: number;
  /** The one clock every measurement is read on (monotonic). */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onProblem?: (message: string) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The replication-lag canary. One process writes the heartbeat through the source region's endpoint
 * and reads it back through each target region's endpoint, so write and reads are timed on ONE
 * monotonic clock: no two machines' clocks are compared and skew cannot enter the number.
 *
 * The commit happened somewhere inside the write call, so its time is taken as the middle of the
 * call. The target showed the write somewhere between the last read that missed it and the first
 * read that saw it (each read again taken at its middle), so lag = middle of that gap − write
 * middle; the error is at most half the poll interval plus half a round trip. A target that answers
 * but has not caught up within maxWaitMs yields a lower bound; a region that does not answer yields
 * nothing at all (SIGNALS 3.4: a region that is down emits no lag samples, never a zero).
 */
export class LagCanary {
  private seq = 0;
  private readonly clock: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly endpoints: ReadonlyMap<string, RegionEndpoint>,
    private readonly directions: readonly LagDirection[],
    private readonly options: CanaryOptions,
  ) {
    this.clock = options.clock ?? (() => performance.now());
    this.sleep = options.sleep ?? defaultSleep;
    for (const d of directions) {
      for (const r of [d.sourceCosmos, d.targetCosmos]) {
        if (!endpoints.has(r)) throw new Error(`canary: the Cosmos account has no readable region "${r}" (regions: ${[...endpoints.keys()].join(", ")})`);
      }
    }
  }

  /** One round: every source region writes once, every direction is measured; resolves with the samples. */
  async round(): Promise<LagSample[]> {
    const bySource = new Map<string, LagDirection[]>();
    for (const d of this.directions) bySource.set(d.sourceCosmos, [...(bySource.get(d.sourceCosmos) ?? []), d]);
    const results = await Promise.all([...bySource].map(([source, dirs]) => this.measureFrom(source, dirs)));
    return results.flat();
  }

  private async measureFrom(source: string, directions: LagDirection[]): Promise<LagSample[]> {
    const writer = this.endpoint(source);
    const id = `canary-${directions[0].sourceValue}-${this.options.instance}`;
    const seq = ++this.seq;
    const doc = { id, pk: id, seq, writerRegion: source, writtenAt: new Date().toISOString() };
    const written = await this.withThrottleRetry(source, async () => {
      const t0 = this.clock();
      await writer.upsertHeartbeat(doc);
      return (t0 + this.clock()) / 2;
    });
    if (written === undefined) return [];
    const samples = await Promise.all(directions.map((d) => this.waitFor(d, id, seq, written)));
    return samples.filter((s): s is LagSample => s !== undefined);
  }

  private async waitFor(direction: LagDirection, id: string, seq: number, writtenAt: number): Promise<LagSample | undefined> {
    const reader = this.endpoint(direction.targetCosmos);
    let lastMiss: number | undefined;
    let answered = false;
    while (this.clock() - writtenAt <= this.options.maxWaitMs) {
      const r0 = this.clock();
      try {
        const doc = await reader.readHeartbeat(id, id);
        const mid = (r0 + this.clock()) / 2;
        answered = true;
        if (doc && doc.seq >= seq) {
          const seenAt = lastMiss === undefined ? mid : (lastMiss + mid) / 2;
          return { direction, lagMs: Math.max(0, seenAt - writtenAt), bound: "estimate" };
        }
        lastMiss = mid;
        await this.sleep(this.options.pollMs);
      } catch (err) {
        if (err instanceof CosmosCallError && err.kind === "throttled") {
          await this.sleep(Math.max(this.options.pollMs, err.retryAfterMs ?? 0));
          continue;
        }
        this.problem(`read ${direction.targetCosmos}: ${message(err)}`);
        if (!(err instanceof CosmosCallError && err.kind === "unavailable")) return undefined;
        await this.sleep(this.options.pollMs);
      }
    }
    if (!answered || lastMiss === undefined) {
      this.problem(`${direction.sourceCosmos} → ${direction.targetCosmos}: no answer from the target within ${this.options.maxWaitMs} ms; no sample`);
      return undefined;
    }
    return { direction, lagMs: lastMiss - writtenAt, bound: "lower" };
  }

  /** Runs a call, waiting out 429s (the server's retry-after); undefined when the region is unavailable or keeps throttling. */
  private async withThrottleRetry<T>(region: string, call: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (err) {
        if (err instanceof CosmosCallError && err.kind === "throttled" && attempt < this.options.maxThrottledAttempts) {
          await this.sleep(Math.max(this.options.pollMs, err.retryAfterMs ?? 0));
          continue;
        }
        this.problem(`write ${region}: ${message(err)}; no samples from this region this round`);
        return undefined;
      }
    }
  }

  /** Checked in the constructor; a miss here is a bug. */
  private endpoint(region: string): RegionEndpoint {
    const e = this.endpoints.get(region);
    if (!e) throw new Error(`canary: no endpoint for ${region}`);
    return e;
  }

  private problem(text: string): void {
    this.options.onProblem?.(text);
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
