/**
 * Three replicas (separate processes) sharing one Log Analytics identity through a real redis-server,
 * over the fake Log Analytics API: the same upstream queries per refresh cycle as one replica, never
 * more than 5 at once, no 5xx and no unhandled rejection when Redis dies, and rejoining when it returns.
 * Refresh cycles are replays at fixed moments (`at`, 1 h apart) so that every cycle asks for new
 * windows and the per-cycle figure does not depend on where the wall clock falls in a bin.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CountingLogAnalytics, cycle, duplicates, startReplicas, viewOf, VIEWS, waitForMode, type CycleOutcome, type Replica } from "./cluster";
import { ensureRedisServer, freePort, RedisServer } from "./redis-server";

const VIEWERS = 200;
const HOUR = 3_600_000;

let service: CountingLogAnalytics;
let redis: RedisServer;
let replicas: Replica[] = [];
const singleFigure: number[] = [];
/** The single replica's snapshot per cycle and view: the truth every replica's answer is compared with. */
const truth = new Map<string, unknown>();

/** A snapshot without what legitimately differs between two computations (timings, cache ages). */
function comparable(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value: unknown) => (key === "durationMs" || key === "cacheAgeSeconds" ? undefined : value));
}
/** Cycle n's moment: 1 h apart within the simulated 12 hours, each cycle a new set of windows. */
const moment = (n: number) => new Date(service.end.getTime() - 8 * HOUR + n * HOUR);

/** Every QueryRun in a snapshot: a run not marked stale must be for this cycle's window (no stale data shown as fresh). */
function staleShownAsFresh(body: unknown, at: Date): string[] {
  const found: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (typeof o.kql === "string" && o.window && !o.stale) {
      const to = new Date((o.window as { to: string }).to);
      if (to < at) found.push(`${o.id as string}: window ends ${to.toISOString()}, before ${at.toISOString()}`);
    }
    Object.values(o).forEach(walk);
  };
  walk(body);
  return found;
}

function expectServed(outcome: CycleOutcome, at: Date) {
  expect(outcome.statuses.filter((s) => s !== 200)).toEqual([]);
  for (const body of outcome.bodies) expect(staleShownAsFresh(body, at)).toEqual([]);
}

beforeAll(async () => {
  ensureRedisServer();
  service = new CountingLogAnalytics(0.5, 40);
  await service.start();
  redis = new RedisServer(await freePort());
  await redis.start();
}, 60_000);

afterAll(async () => {
  for (const r of replicas) r.stop();
  redis?.kill();
  await service?.stop();
});

describe("replicas sharing one query budget through Redis", () => {
  it("one replica alone: the upstream queries per cycle (the figure to match)", async () => {
    replicas = await startReplicas(1, service);
    for (let n = 0; n < 3; n++) {
      const outcome = await cycle(service, replicas, VIEWERS, moment(n), true);
      expectServed(outcome, moment(n));
      singleFigure.push(outcome.upstream.length);
      VIEWS.forEach((_, v) => truth.set(`${n}${VIEWS[v]}`, comparable(outcome.bodies[v])));
    }
    expect(singleFigure[0]).toBeGreaterThan(5);
    for (const r of replicas) r.stop();
  });

  it("three replicas, 200 viewers: the same upstream queries per cycle, never more than 5 at once", async () => {
    service.peak = 0;
    replicas = await startReplicas(3, service, redis.url());
    await waitForMode(replicas, "shared");
    const figure: number[] = [];
    for (let n = 0; n < 3; n++) {
      const outcome = await cycle(service, replicas, VIEWERS, moment(n), true);
      expectServed(outcome, moment(n));
      expect(duplicates(outcome.upstream)).toEqual([]);
      figure.push(outcome.upstream.length);
      // Whichever replica answered, from whichever replica's query results: the same numbers as one replica alone.
      outcome.bodies.forEach((body, i) => expect(comparable(body)).toEqual(truth.get(`${n}${viewOf(i, replicas.length)}`)));
    }
    expect(figure).toEqual(singleFigure);
    expect(service.peak).toBeLessThanOrEqual(5);
    // The replicas' own counts agree with what the service saw: nobody queried around the gateway.
    const health = await Promise.all(replicas.map((r) => r.health()));
    expect(health.reduce((sum, h) => sum + h.stats.upstreamQueries, 0)).toBe(figure.reduce((a, b) => a + b, 0));
  });

  it("Redis dies mid-run: no 5xx, each replica serves with 1 of 5 slots, then rejoins when Redis returns", async () => {
    service.peak = 0;
    let n = 3;
    const progress = { answered: 0 };
    const first = cycle(service, replicas, VIEWERS, moment(n), true, progress);
    await new Promise((r) => setTimeout(r, 150));
    redis.kill();
    expect(progress.answered).toBeLessThan(VIEWERS); // mid-run: viewers still waiting
    expectServed(await first, moment(n));

    const local = await waitForMode(replicas, "local");
    for (const h of local) expect(h.sharedTier.localShare?.maxConcurrent).toBe(1);
    for (n = 4; n < 6; n++) expectServed(await cycle(service, replicas, VIEWERS, moment(n), true), moment(n));
    expect(service.peak).toBeLessThanOrEqual(5);

    await redis.start();
    const back = await waitForMode(replicas, "shared");
    for (const h of back) expect(h.sharedTier.rejoins).toBeGreaterThanOrEqual(1);
    const rejoined = await cycle(service, replicas, VIEWERS, moment(n), true);
    expectServed(rejoined, moment(n));
    expect(duplicates(rejoined.upstream)).toEqual([]);
    expect(service.peak).toBeLessThanOrEqual(5);

    const health = await Promise.all(replicas.map((r) => r.health()));
    expect(health.map((h) => h.unhandled)).toEqual([0, 0, 0]);
    for (const r of replicas) expect(r.stderr).not.toMatch(/unhandled rejection|snapshot failed/i);
  });
});
