/**
 * Several replicas sharing one Log Analytics identity: 200 viewers spread over 1 or 3 replica
 * processes (test/integration/replicas/replica.ts: the snapshot route's code over the Azure source and
 * the gateway) against the fake Log Analytics API (embedded KQL engine, 40 ms service time each).
 * Baseline: the same replicas per process (no Redis: each its own gateway, cache and limiter), in the
 * same run. Viewers look at the whole deployment or at one of the two regions (three snapshots per
 * cycle over the same queries). Cycles are replays 1 h apart (every cycle asks for new windows); the data route's latency
 * is measured from the viewer (HTTP GET /api/snapshot), warm = every cycle after the first.
 * Timings on a shared machine are noisy: read the ratios, and the upstream counts (which are exact).
 */
import { percentileNearestRank } from "../lib/signals/replication-lag/evaluate";
import { ensureRedisServer, freePort, RedisServer } from "../test/integration/replicas/redis-server";
import { CountingLogAnalytics, cycle, startReplicas, waitForMode } from "../test/integration/replicas/cluster";

const VIEWERS = 200;
const CYCLES = 4;
const HOUR = 3_600_000;

const percentile = (sorted: number[], p: number) => percentileNearestRank(sorted, p) ?? Number.NaN;

interface Outcome {
  label: string;
  upstreamPerCycle: number[];
  peak: number;
  p50: number;
  p99: number;
  errors: number;
}

async function scenario(label: string, service: CountingLogAnalytics, replicas: number, redisUrl?: string): Promise<Outcome> {
  service.peak = 0;
  const nodes = await startReplicas(replicas, service, redisUrl);
  try {
    if (redisUrl) await waitForMode(nodes, "shared");
    const upstreamPerCycle: number[] = [];
    const warm: number[] = [];
    let errors = 0;
    for (let n = 0; n < CYCLES; n++) {
      const outcome = await cycle(service, nodes, VIEWERS, new Date(service.end.getTime() - 8 * HOUR + n * HOUR));
      upstreamPerCycle.push(outcome.upstream.length);
      errors += outcome.statuses.filter((s) => s !== 200).length;
      if (n > 0) warm.push(...outcome.latenciesMs);
    }
    warm.sort((a, b) => a - b);
    return { label, upstreamPerCycle, peak: service.peak, p50: percentile(warm, 50), p99: percentile(warm, 99), errors };
  } finally {
    for (const node of nodes) node.stop();
  }
}

const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function line(o: Outcome, base: Outcome): string {
  return `${o.label.padEnd(34)} upstream/cycle ${o.upstreamPerCycle.join(", ").padEnd(16)} (×${(avg(o.upstreamPerCycle) / avg(base.upstreamPerCycle)).toFixed(2)})  peak concurrent ${String(o.peak).padStart(2)}  warm p50 ${o.p50.toFixed(0).padStart(5)} ms (×${(o.p50 / base.p50).toFixed(2)})  p99 ${o.p99.toFixed(0).padStart(5)} ms (×${(o.p99 / base.p99).toFixed(2)})  non-200: ${o.errors}`;
}

export async function run(): Promise<void> {
  ensureRedisServer();
  const service = new CountingLogAnalytics(0.5, 40);
  await service.start();
  const redis = new RedisServer(await freePort());
  await redis.start();
  try {
    // Warm-up of the fake's engine, not reported.
    await scenario("warm-up", service, 1);
    const one = await scenario("1 replica, per process (baseline)", service, 1);
    const oneShared = await scenario("1 replica, Redis", service, 1, redis.url("bench-1"));
    const three = await scenario("3 replicas, per process (baseline)", service, 3);
    const threeShared = await scenario("3 replicas, Redis", service, 3, redis.url("bench-3"));
    console.log(`${VIEWERS} viewers, ${CYCLES} refresh cycles each; ratios (×) against the per-process baseline with as many replicas:`);
    console.log(line(one, one));
    console.log(line(oneShared, one));
    console.log(line(three, three));
    console.log(line(threeShared, three));
    console.log(
      `3 replicas with Redis vs 1 replica per process: upstream/cycle ×${(avg(threeShared.upstreamPerCycle) / avg(one.upstreamPerCycle)).toFixed(2)}, warm p50 ×${(threeShared.p50 / one.p50).toFixed(2)}, p99 ×${(threeShared.p99 / one.p99).toFixed(2)}`,
    );
  } finally {
    redis.kill();
    await service.stop();
  }
}
