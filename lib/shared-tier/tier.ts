import { randomUUID } from "node:crypto";
import type { TokenCredential } from "@azure/core-auth";
import Redis from "ioredis";
import { brandedInstanceOf } from "../process-singleton";
import { EntraAuth } from "./entra";
import { describeRedis, type RedisSettings } from "./settings";

export interface SharedTierOptions {
  /** This replica's name in the heartbeat set (default: a random id per process). */
  replicaId?: string;
  /** A Redis command slower than this counts as Redis being down: the replica goes local. */
  opTimeoutMs?: number;
  heartbeatMs?: number;
  /** While local, how often to try Redis again. */
  probeMs?: number;
  /** Needed when settings.entra: the app's identity (DefaultAzureCredential in production). */
  credential?: TokenCredential;
  log?: (message: string) => void;
}

export type TierMode = "shared" | "local";

export interface TierStatus {
  mode: TierMode;
  redis: string;
  replicaId: string;
  /** Replicas seen in the heartbeat set (last known while local). */
  replicas: number;
  /** Since when the current mode holds. */
  since: string;
  /** Why the replica went local, while it is. */
  error?: string;
  /** Times this replica fell back to local / rejoined since start. */
  fallbacks: number;
  rejoins: number;
}

const SHARED_TIER_DOWN = Symbol.for("active-active-dashboard:SharedTierDown");

/** A Redis command failed or timed out: callers fall back to their local path, never fail the request. */
export class SharedTierDown extends Error {
  static override [Symbol.hasInstance] = brandedInstanceOf(SHARED_TIER_DOWN);
  readonly [SHARED_TIER_DOWN] = true;
  constructor(message: string) {
    super(message);
    this.name = "SharedTierDown";
  }
}

/** The Redis server's clock in ms: every replica measures leases and windows on the same clock. */
export const LUA_NOW = "local __t = redis.call('TIME'); local now = tonumber(__t[1]) * 1000 + math.floor(tonumber(__t[2]) / 1000)";

const HEARTBEAT = `${LUA_NOW}
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 4)
return redis.call('ZCARD', KEYS[1])`;

/**
 * The connection to the shared tier, and whether it is usable. Every use goes through `op`, which
 * bounds it by `opTimeoutMs`: when Redis is slow or gone the replica switches to "local" at once
 * (callers catch SharedTierDown and use their local path), probes Redis in the background and
 * switches back by itself. A heartbeat set (`<prefix>:replicas`) tells every replica how many there
 * are, so the local fallback can take its share of the identity's limits.
 */
export class SharedTier {
  readonly client: Redis;
  readonly replicaId: string;
  readonly prefix: string;
  private mode: TierMode = "local";
  private since = Date.now();
  private error: string | undefined = "connecting";
  private knownReplicas = 1;
  private fallbacks = 0;
  private rejoins = 0;
  private readonly opTimeoutMs: number;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly entra?: EntraAuth;
  private probing = false;
  private closed = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly settings: RedisSettings,
    private readonly options: SharedTierOptions = {},
  ) {
    this.replicaId = options.replicaId ?? randomUUID();
    this.prefix = settings.prefix;
    this.opTimeoutMs = options.opTimeoutMs ?? 500;
    this.client = new Redis({
      host: settings.host,
      port: settings.port,
      username: settings.username,
      password: settings.password,
      db: settings.db,
      tls: settings.tls ? { servername: settings.host } : undefined,
      lazyConnect: true,
      // Fail fast instead of queueing while disconnected: the caller has a local path.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: this.opTimeoutMs,
      connectTimeout: 2000,
      // Reconnect forever, at most every 2 s: the replica rejoins by itself when Redis returns.
      retryStrategy: (times) => Math.min(2000, 100 * times),
    });
    this.client.on("error", (err: Error) => this.markDown(err.message));
    this.client.on("close", () => this.markDown("connection closed"));
    this.client.on("ready", () => void this.probe());
    if (settings.entra) {
      if (!options.credential) throw new Error("REDIS_URL: auth=entra needs a credential");
      this.entra = new EntraAuth(this.client, settings.username ?? "", options.credential, options.log);
    }
  }

  /** Connects (fetching an Entra ID token first when configured) and starts heartbeat and probing. */
  start(): this {
    const heartbeatMs = this.options.heartbeatMs ?? 5000;
    this.timers.push(setInterval(() => void this.heartbeat(), heartbeatMs));
    this.timers.push(setInterval(() => void this.probe(), this.options.probeMs ?? 1000));
    for (const t of this.timers) t.unref();
    void this.connect();
    return this;
  }

  private connecting = false;

  private async connect(): Promise<void> {
    if (this.connecting) return;
    this.connecting = true;
    try {
      await this.entra?.renew();
      await this.client.connect();
    } catch (err) {
      this.markDown(err instanceof Error ? err.message : String(err));
    } finally {
      this.connecting = false;
    }
  }

  /** Entra ID: a fresh token now, on the open connection and for reconnects (tests call it to rotate). */
  async reauthenticate(): Promise<void> {
    await this.entra?.renew();
  }

  /** Resolves true once the replica uses Redis, false after `ms` without (the doctor's wait). */
  async waitUntilShared(ms: number): Promise<boolean> {
    const end = Date.now() + ms;
    while (!this.healthy && Date.now() < end) {
      await this.probe();
      if (!this.healthy) await new Promise((r) => setTimeout(r, 100));
    }
    return this.healthy;
  }

  get healthy(): boolean {
    return this.mode === "shared";
  }

  get replicas(): number {
    return this.knownReplicas;
  }

  /** This replica's share of a limit held for all replicas: limit ÷ replicas, at least 1. */
  share(limit: number): number {
    return Math.max(1, Math.floor(limit / this.knownReplicas));
  }

  /** This replica's share of a rate held for all replicas (e.g. requests per second): rate ÷ replicas. */
  shareOfRate(perSecond: number): number {
    return perSecond / Math.max(1, this.knownReplicas);
  }

  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(":");
  }

  /** Called on every mode or replica-count change (the local gateway resizes its limits). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs one Redis interaction, or throws SharedTierDown (after switching to local) when it fails or is slow. */
  async op<T>(fn: (redis: Redis) => Promise<T>): Promise<T> {
    if (this.mode !== "shared") throw new SharedTierDown(this.error ?? "Redis unavailable");
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        fn(this.client),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`Redis did not answer within ${this.opTimeoutMs} ms`)), this.opTimeoutMs * 2);
        }),
      ]);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // A script error is a bug, not an outage; everything else (timeouts, closed socket) is.
      if (/ERR Error running script|NOSCRIPT|WRONGTYPE/.test(message)) throw err;
      this.markDown(message);
      throw new SharedTierDown(message);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Like `op`, but a failure is only recorded (writes that are nice to have: cache fills, releases). */
  async bestEffort(fn: (redis: Redis) => Promise<unknown>): Promise<void> {
    try {
      await this.op(fn);
    } catch {
      // already recorded by op()
    }
  }

  status(): TierStatus {
    return {
      mode: this.mode,
      redis: describeRedis(this.settings),
      replicaId: this.replicaId,
      replicas: this.knownReplicas,
      since: new Date(this.since).toISOString(),
      ...(this.mode === "local" && this.error ? { error: this.error } : {}),
      fallbacks: this.fallbacks,
      rejoins: this.rejoins,
    };
  }

  private markDown(error: string): void {
    if (this.closed) return;
    if (this.mode === "shared") {
      this.mode = "local";
      this.since = Date.now();
      this.fallbacks++;
      this.options.log?.(`shared tier: Redis unavailable (${error}); serving with this replica's local share (${this.share(5)} of 5 concurrent queries)`);
      this.error = error;
      this.emit();
    } else {
      this.error = error;
    }
  }

  private async probe(): Promise<void> {
    if (this.mode === "shared" || this.probing || this.closed) return;
    // Never connected (no token at start-up, say) or given up: ioredis only reconnects what once connected.
    if (this.client.status === "wait" || this.client.status === "end") return void this.connect();
    if (this.client.status !== "ready") return;
    this.probing = true;
    try {
      const replicas = await this.beat();
      const wasLocal = this.mode === "local";
      this.mode = "shared";
      this.since = Date.now();
      this.error = undefined;
      // A restarted Redis has lost the heartbeat set: until the others beat again, keep the count we knew.
      this.knownReplicas = Math.max(this.knownReplicas, replicas);
      if (wasLocal && this.fallbacks > 0) this.rejoins++;
      this.options.log?.(`shared tier: using Redis ${describeRedis(this.settings)} with ${replicas} replica(s)`);
      this.emit();
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    } finally {
      this.probing = false;
    }
  }

  private async heartbeat(): Promise<void> {
    if (this.mode !== "shared") return;
    try {
      const replicas = await this.op(() => this.beat());
      if (replicas !== this.knownReplicas) {
        this.knownReplicas = replicas;
        this.emit();
      }
    } catch {
      // op() switched to local; the probe brings it back
    }
  }

  private async beat(): Promise<number> {
    const expiry = (this.options.heartbeatMs ?? 5000) * 3;
    const n = await this.client.eval(HEARTBEAT, 1, this.key("replicas"), this.replicaId, String(expiry));
    return Math.max(1, Number(n));
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    this.entra?.stop();
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
