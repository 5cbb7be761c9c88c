/**
 * The shared tier's building blocks against a real redis-server, with two or three "replicas" as
 * separate SharedTier connections in one process: the identity's limits across replicas (5 at once,
 * FIFO, N per window, the 429 pause, a dead holder's lease), the per-client rate limit, stale-if-error
 * from another replica's last good result, the shared snapshot memo, and the fallback when Redis dies.
 */
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "@/lib/gateway/clock";
import { QueryGateway } from "@/lib/gateway/gateway";
import { Memo } from "@/lib/gateway/memo";
import { SharedLimiter } from "@/lib/gateway/shared-limiter";
import { UpstreamError } from "@/lib/gateway/upstream-error";
import { SharedRateLimiter } from "@/lib/security/rate-limit";
import { sharedTierCheck, sharedTierHealth } from "@/lib/doctor/shared-tier-check";
import { parseRedisUrl } from "@/lib/shared-tier/settings";
import { SharedTier } from "@/lib/shared-tier/tier";
import type { LogsSource, QueryResult } from "@/lib/workspace/types";
import { ensureRedisServer, freePort, RedisServer } from "./redis-server";

let redis: RedisServer;
const tiers: SharedTier[] = [];
let prefixes = 0;

/** `n` replicas of one fresh deployment (its own key prefix). */
async function deployment(n: number): Promise<SharedTier[]> {
  const settings = parseRedisUrl(redis.url(`t${++prefixes}`));
  if (!settings) throw new Error("no settings");
  const made = Array.from({ length: n }, (_, i) => new SharedTier(settings, { replicaId: `r${i}`, opTimeoutMs: 300, probeMs: 50, heartbeatMs: 200 }).start());
  tiers.push(...made);
  for (const t of made) expect(await t.waitUntilShared(5000)).toBe(true);
  return made;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  ensureRedisServer();
  redis = new RedisServer(await freePort(), ["--enable-debug-command", "yes"]);
  await redis.start();
});
afterAll(async () => {
  await Promise.all(tiers.map((t) => t.close()));
  redis.kill();
});

describe("the identity's limits held in Redis", () => {
  it("never runs more than 5 at once across three replicas, and runs everything", async () => {
    const replicas = await deployment(3);
    const limiters = replicas.map((t) => new SharedLimiter(t, systemClock, { pollMs: 5 }));
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await sleep(30);
      running--;
    };
    await Promise.all(Array.from({ length: 30 }, (_, i) => limiters[i % 3].run(task)));
    expect(peak).toBe(5);
    expect(limiters.reduce((sum, l) => sum + l.stats.started, 0)).toBe(30);
  });

  it("is first come, first served across replicas", async () => {
    const [a, b] = await deployment(2);
    const la = new SharedLimiter(a, systemClock, { maxConcurrent: 1, pollMs: 5 });
    const lb = new SharedLimiter(b, systemClock, { maxConcurrent: 1, pollMs: 5 });
    const order: string[] = [];
    let release!: () => void;
    const first = la.run(() => new Promise<void>((r) => (release = r)));
    await sleep(50);
    const b1 = lb.run(async () => void order.push("b1"));
    await sleep(50);
    const a2 = la.run(async () => void order.push("a2"));
    await sleep(50);
    release();
    await Promise.all([first, b1, a2]);
    expect(order).toEqual(["b1", "a2"]);
  });

  it("gives a dead replica's slot back when its lease runs out", async () => {
    const [a, b] = await deployment(2);
    const la = new SharedLimiter(a, systemClock, { maxConcurrent: 1, leaseMs: 400, pollMs: 10 });
    const lb = new SharedLimiter(b, systemClock, { maxConcurrent: 1, leaseMs: 400, pollMs: 10 });
    void la.run(() => new Promise(() => undefined)).catch(() => undefined); // holds forever…
    await sleep(50);
    await a.close(); // …until its replica dies: no renewals, no release
    const started = Date.now();
    await lb.run(async () => undefined);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThan(250);
    expect(waited).toBeLessThan(3000);
  });

  it("pauses every replica after a 429, and counts starts per window across replicas", async () => {
    const [a, b] = await deployment(2);
    const la = new SharedLimiter(a, systemClock, { pollMs: 10, maxPerWindow: 3, windowMs: 600 });
    const lb = new SharedLimiter(b, systemClock, { pollMs: 10, maxPerWindow: 3, windowMs: 600 });
    await la.pauseFor(400);
    let t = Date.now();
    await lb.run(async () => undefined);
    expect(Date.now() - t).toBeGreaterThan(300);

    await sleep(700); // an empty window
    t = Date.now();
    await Promise.all([la.run(async () => undefined), lb.run(async () => undefined), la.run(async () => undefined)]);
    expect(Date.now() - t).toBeLessThan(300);
    await lb.run(async () => undefined); // the 4th start in 600 ms waits for the window
    expect(Date.now() - t).toBeGreaterThan(450);
  });
});

describe("per-client rate limit, stale-if-error and the snapshot memo across replicas", () => {
  it("counts one budget per client over all replicas", async () => {
    const [a, b] = await deployment(2);
    const options = { capacity: 3, refillPerSecond: 1 };
    const ra = new SharedRateLimiter(a, options);
    const rb = new SharedRateLimiter(b, options);
    const now = Date.now();
    expect(await ra.take("ip:1", now)).toMatchObject({ allowed: true });
    expect(await rb.take("ip:1", now)).toMatchObject({ allowed: true });
    expect(await ra.take("ip:1", now)).toMatchObject({ allowed: true, remaining: 0 });
    const refused = await rb.take("ip:1", now);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await rb.take("ip:2", now)).toMatchObject({ allowed: true });
  });

  it("runs an identical query once for all replicas, and shares its failure instead of repeating it", async () => {
    const replicas = await deployment(3);
    let calls = 0;
    let fail = false;
    const upstream: LogsSource = {
      kind: "azure",
      query: async () => {
        calls++;
        await sleep(100);
        if (fail) throw new UpstreamError("server", "HTTP 500 from Log Analytics");
        return { table: { columns: [{ name: "n", type: "long" }], rows: [[calls]] }, warnings: [], partial: false };
      },
    };
    const gateways = replicas.map((tier) => new QueryGateway(upstream, { shared: tier, retry: { maxAttempts: 1 } }));
    const window = { from: new Date(Date.UTC(2025, 0, 3, 11)), to: new Date(Date.UTC(2025, 0, 3, 12)) };
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => gateways[i % 3].query("T | count", window)));
    expect(calls).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a.table.rows)))).toEqual(new Set(["[[1]]"]));
    expect(gateways.filter((g) => g.stats.sharedHits > 0)).toHaveLength(2);
    // Read back from Redis the answer is what the replica that ran it got, Dates included.
    for (const a of answers) expect(a.window).toEqual({ from: window.from, to: window.to });

    fail = true;
    const other = { from: new Date(Date.UTC(2025, 0, 4, 11)), to: new Date(Date.UTC(2025, 0, 4, 12)) };
    const failures = await Promise.allSettled(gateways.map((g) => g.query("U | count", other)));
    expect(calls).toBe(2);
    for (const f of failures) expect(f).toMatchObject({ status: "rejected", reason: { message: "HTTP 500 from Log Analytics" } });
  });

  it("serves another replica's last good result, marked stale, when the upstream fails", async () => {
    const [a, b] = await deployment(2);
    const good: QueryResult = { table: { columns: [{ name: "n", type: "long" }], rows: [[42]] }, warnings: [], partial: false };
    const healthy: LogsSource = { kind: "azure", query: async () => good };
    const failing: LogsSource = { kind: "azure", query: async () => Promise.reject(new UpstreamError("server", "HTTP 500 from Log Analytics")) };
    const retry = { maxAttempts: 1 };
    const ga = new QueryGateway(healthy, { shared: a, retry });
    const gb = new QueryGateway(failing, { shared: b, retry });
    const window = (minutes: number) => ({ from: new Date(Date.UTC(2025, 0, 1, 11, minutes)), to: new Date(Date.UTC(2025, 0, 1, 12, minutes)) });
    expect((await ga.query("T | count", window(0))).table.rows).toEqual([[42]]);
    // A later window of the same series, asked on the other replica, whose upstream now fails.
    const answer = await gb.query("T | count", window(5));
    expect(answer.table.rows).toEqual([[42]]);
    expect(answer.stale?.error).toBe("HTTP 500 from Log Analytics");
    expect(answer.window?.to).toBeInstanceOf(Date);
    expect(answer.warnings.join()).toMatch(/last good result/);
  });

  it("computes a snapshot once for all replicas", async () => {
    const replicas = await deployment(3);
    const memos = replicas.map((tier) => new Memo<{ n: number }>(systemClock, 5000, 10, { tier, namespace: "snapshot-test" }));
    let computed = 0;
    const compute = async () => {
      computed++;
      await sleep(50);
      return { n: computed };
    };
    const values = await Promise.all(Array.from({ length: 30 }, (_, i) => memos[i % 3].get("range=1h", compute)));
    expect(computed).toBe(1);
    expect(new Set(values.map((v) => v.n))).toEqual(new Set([1]));
  });
});

describe("when Redis dies", () => {
  it("each replica serves alone with its share, says so, and rejoins when Redis returns", async () => {
    const replicas = await deployment(3);
    await sleep(300); // a heartbeat: every replica knows there are 3
    let running = 0;
    let peak = 0;
    const upstream: LogsSource = {
      kind: "azure",
      query: async (kql) => {
        running++;
        peak = Math.max(peak, running);
        await sleep(kql.startsWith("Slow") ? 300 : 20);
        running--;
        return { table: { columns: [], rows: [[1]] }, warnings: [], partial: false };
      },
    };
    const gateway = new QueryGateway(upstream, { shared: replicas[0] });
    const rate = new SharedRateLimiter(replicas[0], { capacity: 6, refillPerSecond: 3 });
    expect(gateway.localShare().maxConcurrent).toBe(1);
    expect(replicas[0].replicas).toBe(3);

    const window = { from: new Date(Date.UTC(2025, 0, 1, 11)), to: new Date(Date.UTC(2025, 0, 1, 12)) };
    const slow = gateway.query("Slow | count", window); // runs under the shared limits…
    await sleep(50);
    redis.kill(); // …when Redis dies: this replica's share (1) is taken by it until it ends
    const answers = await Promise.all([slow, gateway.query("T | count", window), gateway.query("U | count", window)]);
    for (const answer of answers) expect(answer.table.rows).toEqual([[1]]);
    expect(gateway.stats.upstreamQueries).toBe(3);
    expect(peak).toBe(1);
    // The client's budget of 6 at once for all replicas: this replica alone allows its third, 2, so a
    // client spread over the 3 replicas gets 6 at once, not 18.
    const now = Date.now();
    const alone = [];
    for (let i = 0; i < 3; i++) alone.push(await rate.take("ip:9", now));
    expect(alone.map((d) => d.allowed)).toEqual([true, true, false]);
    // Refilled at its third of 3/s: one more a second.
    expect(alone[2]).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(await rate.take("ip:9", now + 1000)).toMatchObject({ allowed: true });
    expect(await rate.take("ip:9", now + 1000)).toMatchObject({ allowed: false });
    for (const t of replicas) expect(t.status()).toMatchObject({ mode: "local", replicas: 3 });
    expect(replicas[0].status().error).toBeTruthy();
    // What /api/health and the doctor say meanwhile.
    const configured = { burst: 6, perSecond: 3 };
    expect(sharedTierHealth(replicas[0], configured)).toMatchObject({ mode: "local", replicas: 3, localShare: { maxConcurrent: 1, maxPerWindow: 66, rateLimit: { burst: 2, perSecond: 1 } } });
    const check = sharedTierCheck(replicas[0], configured);
    expect(check.status).toBe("warn");
    expect(check.detail).toMatch(
      /unavailable since .*: serving alone with 1 of 5 concurrent queries, and a client 2 requests at once and 1 a second here \(the configured 6 and 3\/s ÷ 3 replicas\); rejoins by itself/,
    );

    await redis.start();
    for (const t of replicas) expect(await t.waitUntilShared(8000)).toBe(true);
    await sleep(500); // every replica has beaten into the restarted Redis's (empty) heartbeat set
    expect(replicas[0].status()).toMatchObject({ mode: "shared", rejoins: 1, fallbacks: 1, replicas: 3 });
    expect(sharedTierCheck(replicas[0])).toMatchObject({ status: "ok", detail: expect.stringMatching(/^shared through redis:\/\/127\.0\.0\.1:\d+\/0 \(prefix t\d+\) with 3 replica\(s\)/) });
    expect(sharedTierCheck(null)).toMatchObject({ status: "ok", detail: expect.stringMatching(/^off \(REDIS_URL unset\)/) });
    expect(sharedTierHealth(null)).toEqual({ mode: "off" });
  });
});

describe("when Redis is slow", () => {
  it("answers through the local path, says so, and rejoins once Redis answers again", async () => {
    const [tier] = await deployment(1);
    const admin = new Redis({ port: redis.port, host: "127.0.0.1", lazyConnect: true });
    await admin.connect();
    const upstream: LogsSource = { kind: "azure", query: async () => ({ table: { columns: [], rows: [[7]] }, warnings: [], partial: false }) };
    const gateway = new QueryGateway(upstream, { shared: tier });
    const stalled = admin.call("DEBUG", "SLEEP", "1.5"); // the server answers nobody for 1.5 s
    await sleep(50);
    const answer = await gateway.query("T | count", { from: new Date(Date.UTC(2025, 0, 2, 11)), to: new Date(Date.UTC(2025, 0, 2, 12)) });
    expect(answer.table.rows).toEqual([[7]]);
    expect(answer.stale).toBeUndefined();
    expect(gateway.stats.localFallbacks).toBe(1);
    expect(tier.status()).toMatchObject({ mode: "local" });
    expect(tier.status().error).toMatch(/timed out|did not answer/i);
    await stalled;
    await admin.quit();
    expect(await tier.waitUntilShared(5000)).toBe(true);
  });
});

describe("connecting", () => {
  it("starts while Redis is down, serves locally, and joins when Redis comes up", async () => {
    const late = new RedisServer(await freePort());
    const settings = parseRedisUrl(late.url("late"));
    if (!settings) throw new Error("no settings");
    const tier = new SharedTier(settings, { opTimeoutMs: 300, probeMs: 50 }).start();
    tiers.push(tier);
    await sleep(300);
    expect(tier.status().mode).toBe("local");
    await late.start();
    try {
      expect(await tier.waitUntilShared(8000)).toBe(true);
    } finally {
      late.kill();
    }
  });

  it("authenticates with the identity's Entra ID token as the password, and re-authenticates with a new one", async () => {
    const user = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const acl = new RedisServer(await freePort(), ["--user", user, "on", ">token-1", "~*", "&*", "+@all", "--user", "default", "off"]);
    await acl.start();
    let token = "token-1";
    const scopes: string[] = [];
    const credential = {
      getToken: async (scope: string | string[]) => {
        scopes.push(String(scope));
        return { token, expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    // Entra ID needs TLS in the URL; this local server speaks plain TCP, so the settings are built here.
    const tier = new SharedTier({ host: "127.0.0.1", port: acl.port, tls: false, username: user, db: 0, entra: true, prefix: "entra" }, { credential, opTimeoutMs: 300, probeMs: 50 }).start();
    tiers.push(tier);
    try {
      expect(await tier.waitUntilShared(5000)).toBe(true);
      expect(scopes).toEqual(["https://redis.azure.com/.default"]);

      // The service rotates: the old token stops working, the new one works on the open connection…
      await tier.client.call("ACL", "SETUSER", user, "resetpass", ">token-2");
      token = "token-2";
      await tier.reauthenticate();
      expect(await tier.op((r) => r.call("ACL", "WHOAMI"))).toBe(user);
      // …and on a new connection.
      await tier.client.call("CLIENT", "KILL", "USER", user, "SKIPME", "no").catch(() => undefined);
      await sleep(200);
      expect(await tier.waitUntilShared(8000)).toBe(true);
      expect(await tier.op((r) => r.call("ACL", "WHOAMI"))).toBe(user);
      expect(tier.status()).toMatchObject({ fallbacks: 1, rejoins: 1 }); // the connection really was new
    } finally {
      acl.kill();
    }
  });
});
