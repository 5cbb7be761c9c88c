import type { LogsSource, QueryOptions, QueryResult, QueryWindow } from "../workspace/types";
import { systemClock, type Clock } from "./clock";
import { LOG_ANALYTICS_LIMITS, type LimiterOptions } from "./limiter";
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from "./retry-policy";
import { SingleFlight } from "./single-flight";
import { cacheKey, seriesKey, snapWindow } from "./snap-window";
import { StaleStore } from "./stale-store";
import { freshForMs, TtlCache, type CacheEntry } from "./ttl-cache";
import { asUpstreamError, UpstreamError, type UpstreamErrorKind } from "./upstream-error";
import { SharedTierDown, type SharedTier } from "../shared-tier/tier";
import { TieredLimiter } from "./tiered-limiter";
import { NOT_SHARED, sharedOnce } from "./shared-flight";
import { SharedLastGood } from "./shared-store";
import type { LastGood } from "./stale-store";

export interface GatewayOptions {
  clock?: Clock;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  limits?: Partial<LimiterOptions>;
  /** With a last good result at hand, answer with it (marked stale) after this long instead of waiting on retries. */
  answerWithinMs?: number;
  defaultBinSeconds?: number;
  defaultRefreshSeconds?: number;
  maxEntries?: number;
  /**
   * Several replicas: cache, single-flight, the identity's limits, the 429 pause and the last-good
   * store live in Redis. While Redis is unavailable this gateway works alone with its share of the limits.
   */
  shared?: SharedTier;
  /** Names the data source in shared keys (e.g. the workspace ids), so two sources never share results. */
  sharedScope?: string;
  /** Byte budgets (approximate, lib/gateway/byte-size.ts) of the fresh cache and of the last-good store. */
  maxCacheBytes?: number;
  maxStaleBytes?: number;
}

/** Defaults sized for one small server (docs/operations.md "Memory by bytes"): fresh results 96 MB, last good results 48 MB. */
export const DEFAULT_CACHE_BYTES = 96 * 1024 * 1024;
export const DEFAULT_STALE_BYTES = 48 * 1024 * 1024;

export interface GatewayStats {
  upstreamQueries: number;
  cacheHits: number;
  coalesced: number;
  staleServed: number;
  /** Answers another replica produced (read from Redis). */
  sharedHits: number;
  /** Queries run with the local share because Redis was unavailable. */
  localFallbacks: number;
}

type Fetched = CacheEntry<QueryResult>;
const DEADLINE = Symbol("deadline");

/**
 * Every source sits behind this: one upstream query per (KQL, snapped window) however many viewers
 * ask, fresh results cached for the panel's refresh, at most 5 upstream queries at once, retries with
 * backoff, and the last good result served (marked with its age and the error) when the upstream fails.
 * The cache policy is recorded in docs/adr/0001-query-gateway.md.
 */
export class QueryGateway implements LogsSource {
  readonly kind: LogsSource["kind"];
  readonly stats: GatewayStats = { upstreamQueries: 0, cacheHits: 0, coalesced: 0, staleServed: 0, sharedHits: 0, localFallbacks: 0 };
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly retry: RetryPolicy;
  private readonly limiter: TieredLimiter;
  private readonly flights = new SingleFlight<Fetched>();
  private readonly cache: TtlCache<QueryResult>;
  private readonly lastGood: StaleStore<QueryResult>;
  private readonly shared?: { tier: SharedTier; lastGood: SharedLastGood<QueryResult> };

  constructor(
    private readonly upstream: LogsSource,
    private readonly options: GatewayOptions = {},
  ) {
    this.kind = upstream.kind;
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.limiter = new TieredLimiter(this.clock, { ...LOG_ANALYTICS_LIMITS, ...options.limits }, options.shared);
    this.cache = new TtlCache(options.maxEntries ?? 1000, options.maxCacheBytes ?? DEFAULT_CACHE_BYTES);
    this.lastGood = new StaleStore(options.maxEntries ?? 1000, options.maxStaleBytes ?? DEFAULT_STALE_BYTES);
    if (options.shared) this.shared = { tier: options.shared, lastGood: new SharedLastGood(options.shared, reviveResult) };
  }

  /** Limits of the local limiter: all of them alone, limit ÷ replicas (at least 1) when replicas share an identity. */
  localShare(): LimiterOptions {
    return this.limiter.localShare();
  }

  get limiterStats() {
    return this.limiter.local.stats;
  }

  async query(kql: string, window: QueryWindow, options: QueryOptions = {}): Promise<QueryResult> {
    const binSeconds = options.binSeconds ?? this.options.defaultBinSeconds ?? 60;
    const refreshSeconds = options.refreshSeconds ?? this.options.defaultRefreshSeconds ?? 60;
    const snapped = snapWindow(window, binSeconds, this.clock.now());
    const key = cacheKey(kql, snapped);
    const series = seriesKey(kql, snapped);

    const hit = this.cache.get(key, this.clock.now());
    if (hit) {
      this.stats.cacheHits++;
      return this.aged(hit);
    }
    if (this.flights.has(key)) this.stats.coalesced++;
    const flight = this.flights.run(key, () => this.fetchOnce(kql, snapped, freshForMs(refreshSeconds, binSeconds), series, key));

    try {
      const answer = await this.waitFor(flight, series, options.signal);
      if (answer === DEADLINE) {
        const last = await this.lastGoodOf(series);
        if (last) return this.stale(last, `no answer from Log Analytics within ${Math.round((this.options.answerWithinMs ?? 0) / 1000)} s; still trying`);
        return this.aged(await flight);
      }
      return this.aged(answer);
    } catch (err) {
      if (options.signal?.aborted) throw err;
      const last = await this.lastGoodOf(series);
      if (last) return this.stale(last, asUpstreamError(err).message);
      throw err;
    }
  }

  /** The flight, or DEADLINE once answerWithinMs passes while a last good result exists. */
  private async waitFor(flight: Promise<Fetched>, series: string, signal?: AbortSignal): Promise<Fetched | typeof DEADLINE> {
    const racers: Promise<Fetched | typeof DEADLINE>[] = [flight];
    const cancel = new AbortController();
    const within = this.options.answerWithinMs;
    if (within !== undefined && (this.lastGood.lastGood(series) || (await this.shared?.lastGood.has(series)))) {
      racers.push(this.clock.sleep(within, cancel.signal).then(() => DEADLINE));
    }
    if (signal) {
      racers.push(
        new Promise<never>((_, reject) => {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener("abort", () => reject(signal.reason), { once: true, signal: cancel.signal });
        }),
      );
    }
    try {
      return await Promise.race(racers);
    } finally {
      cancel.abort();
    }
  }

  /** The newest last good result of the series, this replica's or (with Redis) any replica's. */
  private async lastGoodOf(series: string): Promise<LastGood<QueryResult> | undefined> {
    const local = this.lastGood.lastGood(series);
    const shared = await this.shared?.lastGood.lastGood(series);
    if (shared && (!local || shared.fetchedAt > local.fetchedAt)) return shared;
    return local;
  }

  /** With Redis: one replica runs the query, the others read its result; without (or when Redis fails): this replica runs it. */
  private async fetchOnce(kql: string, snapped: QueryWindow, freshMs: number, series: string, key: string): Promise<Fetched> {
    const shared = this.shared;
    if (shared?.tier.healthy) {
      try {
        let ran = false;
        const run = () => {
          ran = true;
          return this.fetch(kql, snapped, freshMs, series);
        };
        const entry = await sharedOnce(shared.tier, this.clock, "result", `${this.options.sharedScope ?? ""}|${key}`, run, {
          failure: { share: shareFailure, rebuild: rebuildFailure, ttlMs: 2000 },
          revive: reviveResult,
          seen: (e) => this.cache.set(key, e),
        });
        if (entry !== NOT_SHARED) {
          if (!ran) this.stats.sharedHits++;
          return entry;
        }
      } catch (err) {
        if (!(err instanceof SharedTierDown)) throw err;
        this.stats.localFallbacks++;
      }
    }
    return this.fetch(kql, snapped, freshMs, series);
  }

  private async fetch(kql: string, snapped: QueryWindow, freshMs: number, series: string): Promise<Fetched> {
    for (let attempt = 1; ; attempt++) {
      let error: UpstreamError;
      try {
        const result = await this.limiter.run(
          () => {
            this.stats.upstreamQueries++;
            return this.upstream.query(kql, snapped);
          },
          () => this.stats.localFallbacks++,
        );
        // The Log Analytics API may itself answer from its 2-minute cache (Age header).
        const fetchedAt = this.clock.now() - (result.cacheAgeSeconds ?? 0) * 1000;
        const value: QueryResult = { ...result, window: snapped, cacheAgeSeconds: undefined, stale: undefined };
        const entry = { value, fetchedAt, expiresAt: fetchedAt + freshMs };
        this.cache.set(cacheKey(kql, snapped), entry);
        if (!result.partial) {
          this.lastGood.remember(series, value, fetchedAt);
          await this.shared?.lastGood.remember(series, value, fetchedAt);
        }
        return entry;
      } catch (err) {
        error = asUpstreamError(err);
      }
      const delay = retryDelayMs(this.retry, attempt, error, this.random);
      if (delay === null) throw error;
      if (error.kind === "throttled") await this.limiter.pauseFor(delay);
      await this.clock.sleep(delay);
    }
  }

  /** The shared tier this gateway uses, if any (the snapshot memo shares through the same one). */
  get sharedTier(): SharedTier | undefined {
    return this.shared?.tier;
  }

  get sharedScope(): string {
    return this.options.sharedScope ?? "";
  }

  private aged(entry: Fetched): QueryResult {
    return { ...entry.value, cacheAgeSeconds: this.ageSeconds(entry.fetchedAt) };
  }

  private stale(last: { value: QueryResult; fetchedAt: number }, error: string): QueryResult {
    this.stats.staleServed++;
    const since = new Date(last.fetchedAt).toISOString();
    const age = this.ageSeconds(last.fetchedAt);
    return {
      ...last.value,
      cacheAgeSeconds: age,
      stale: { since, error },
      warnings: [...last.value.warnings, `Showing the last good result from ${since} (${age} s old): ${error}`],
    };
  }

  private ageSeconds(fetchedAt: number): number {
    return Math.max(0, Math.round((this.clock.now() - fetchedAt) / 1000));
  }
}

/** A result read from Redis: its window's ends are ISO strings after JSON, the rest of the code expects Dates. */
function reviveResult(value: QueryResult): QueryResult {
  if (!value.window) return value;
  return { ...value, window: { from: new Date(value.window.from), to: new Date(value.window.to) } };
}

/** What the other replicas waiting on this query rethrow (they then serve their last good result). */
function shareFailure(err: unknown): string {
  const e = asUpstreamError(err);
  return JSON.stringify({ kind: e.kind, message: e.message, status: e.details.status });
}

function rebuildFailure(shared: string): Error {
  const { kind, message, status } = JSON.parse(shared) as { kind: UpstreamErrorKind; message: string; status?: number };
  return new UpstreamError(kind, message, { status });
}
