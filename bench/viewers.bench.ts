/**
 * 200 viewers refreshing the wall every 10 s for 60 s, through the query gateway, against the
 * baseline of one upstream query per panel per viewer (Grafana without its Enterprise query cache).
 * Time is compressed with a manual clock: 6 refresh cycles, viewers arriving in 10 groups one
 * (simulated) second apart; upstream work (the embedded KQL engine over the demo month) is real.
 * The "data route" is the snapshot computation (buildSnapshot) called in-process.
 */
import { performance } from "node:perf_hooks";
import { loadConfigFile } from "../lib/config/load";
import type { DashboardConfig } from "../lib/config/schema";
import { Workspace } from "../lib/dataset/workspace";
import { QueryGateway } from "../lib/gateway/gateway";
import { ManualClock } from "../lib/gateway/manual-clock";
import { createLiveDemo } from "../lib/simulator/live";
import { buildSnapshot } from "../lib/catalog/build";
import { answerSnapshot } from "../lib/catalog/serve-snapshot";
import { EmbeddedSource } from "../lib/engine/embedded-source";
import type { LogsSource, QueryWindow } from "../lib/workspace/types";

const REFRESH_S = 10;
const CYCLES = 6; // 60 s of wall time
const GROUPS = 10; // arrivals spread over each 10 s cycle

class CountingSource implements LogsSource {
  readonly kind = "embedded" as const;
  queries = 0;
  constructor(private readonly inner: LogsSource) {}
  query(...args: Parameters<LogsSource["query"]>) {
    this.queries++;
    return this.inner.query(...args);
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

function embeddedUpstream(config: DashboardConfig, now: Date): CountingSource {
  const workspace = new Workspace();
  const demo = createLiveDemo({ config, seed: config.embedded.seed, days: config.embedded.days, now: () => now, sink: workspace });
  demo.advanceTo(now);
  return new CountingSource(new EmbeddedSource(workspace, () => now));
}

interface Outcome {
  upstreamPerCycle: number[];
  latencies: number[];
  warmLatencies: number[];
}

async function wall(config: DashboardConfig, upstream: CountingSource, viewers: number, start: number, memoize: boolean): Promise<Outcome> {
  const clock = new ManualClock(start);
  const gateway = new QueryGateway(upstream, { clock, defaultRefreshSeconds: REFRESH_S });
  // memoize: the real route logic (answerSnapshot: validated params, live range snapped to the
  // refresh bin, single-flight + TTL memo per gateway); otherwise buildSnapshot per viewer.
  const route = async (range: QueryWindow) => {
    if (!memoize) return buildSnapshot({ config, source: gateway, range, refreshSeconds: REFRESH_S });
    const answer = await answerSnapshot(new URLSearchParams("range=1h"), {
      config,
      now: range.to,
      dataStart: null,
      source: () => gateway,
      clock,
      refreshSeconds: REFRESH_S,
    });
    if (answer.status !== 200) throw new Error(`snapshot route answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const range = (): QueryWindow => ({ from: new Date(clock.now() - 3_600_000), to: new Date(clock.now()) });
  const outcome: Outcome = { upstreamPerCycle: [], latencies: [], warmLatencies: [] };
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const before = upstream.queries;
    for (let group = 0; group < GROUPS; group++) {
      const size = Math.floor(viewers / GROUPS) + (group < viewers % GROUPS ? 1 : 0);
      const groupBefore = upstream.queries;
      const times = await Promise.all(
        Array.from({ length: size }, async () => {
          const t = performance.now();
          await route(range());
          return performance.now() - t;
        }),
      );
      outcome.latencies.push(...times);
      if (upstream.queries === groupBefore) outcome.warmLatencies.push(...times);
      await clock.advance((REFRESH_S * 1000) / GROUPS);
    }
    outcome.upstreamPerCycle.push(upstream.queries - before);
  }
  return outcome;
}

export async function run(): Promise<void> {
  const config = loadConfigFile("config/demo.json");
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const upstream = embeddedUpstream(config, now);

  // Baseline: every viewer's refresh runs every panel query upstream.
  const before = upstream.queries;
  const sample: number[] = [];
  const SAMPLE = 5;
  for (let i = 0; i < SAMPLE; i++) {
    const t = performance.now();
    await buildSnapshot({ config, source: upstream, range: { from: new Date(now.getTime() - 3_600_000), to: now } });
    sample.push(performance.now() - t);
  }
  const perSnapshot = (upstream.queries - before) / SAMPLE;
  sample.sort((a, b) => a - b);
  const baselineQueries = perSnapshot * 200 * CYCLES;

  upstream.queries = 0;
  const one = await wall(config, upstream, 1, now.getTime() + 30_000, false);
  upstream.queries = 0;
  const many = await wall(config, upstream, 200, now.getTime() + 3_630_000, false);
  upstream.queries = 0;
  const memoized = await wall(config, upstream, 200, now.getTime() + 7_230_000, true);
  const memoLat = [...memoized.latencies].sort((a, b) => a - b);
  const memoWarm = [...memoized.warmLatencies].sort((a, b) => a - b);
  const total = many.upstreamPerCycle.reduce((a, b) => a + b, 0);
  const lat = [...many.latencies].sort((a, b) => a - b);
  const warm = [...many.warmLatencies].sort((a, b) => a - b);

  console.log(`queries per snapshot (panels' KQL): ${perSnapshot}`);
  console.log(`upstream queries per 10 s cycle, 1 viewer:    ${one.upstreamPerCycle.join(", ")}`);
  console.log(`upstream queries per 10 s cycle, 200 viewers: ${many.upstreamPerCycle.join(", ")}`);
  console.log(`upstream queries in 60 s, 200 viewers: gateway ${total} vs baseline ${baselineQueries} (one per panel per viewer) → ratio ${(total / baselineQueries).toFixed(4)} (${(baselineQueries / total).toFixed(0)}× fewer)`);
  console.log(`data route (buildSnapshot) latency, 200 viewers, all requests: p50 ${ms(percentile(lat, 50))}, p99 ${ms(percentile(lat, 99))} (${lat.length} requests)`);
  console.log(`data route latency, warm cache (no upstream query in the request's group): p50 ${ms(percentile(warm, 50))}, p99 ${ms(percentile(warm, 99))} (${warm.length} requests)`);
  console.log(`through the memoised snapshot route (answerSnapshot: single-flight + ${REFRESH_S} s TTL, live range snapped to the refresh bin): upstream per cycle ${memoized.upstreamPerCycle.join(", ")}; all requests p50 ${ms(percentile(memoLat, 50))}, p99 ${ms(percentile(memoLat, 99))}; warm p50 ${ms(percentile(memoWarm, 50))}, p99 ${ms(percentile(memoWarm, 99))} (${memoWarm.length} requests)`);
  console.log(`baseline latency, one viewer at a time without the gateway (${SAMPLE} snapshots): p50 ${ms(percentile(sample, 50))}, p99 ${ms(percentile(sample, 99))}`);
  console.log(`warm p99 / baseline p50: gateway only ${(percentile(warm, 99) / percentile(sample, 50)).toFixed(3)}, with snapshot memo ${(percentile(memoWarm, 99) / percentile(sample, 50)).toFixed(4)}`);
}
