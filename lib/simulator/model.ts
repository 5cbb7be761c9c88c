import type { DashboardConfig, RegionConfig } from "../config/schema";
import { rngFor, streamId } from "./rng";
import type { Episodes, Span } from "./scenarios";

/** Traffic-model resolution: request counts, routing and error ratios are constant within a 10 s bin. */
export const BIN_SECONDS = 10;
/** Edge POPs that serve and probe (each probes every origin once per probe interval). */
export const POPS = ["LON", "AMS", "DUB", "PAR", "FRA"] as const;
/** Front Door takes this long after a flip to stop (or resume) sending an origin traffic. */
export const DRAIN_DELAY_SECONDS = 20;
/** Mean edge-wide requests per second (seed 001: ~900 rps, ~2,400 on salary-day evenings). */
export const BASE_RPS = 900;
export const BASELINE_BAD_RATIO = 0.0001;
export const CLIENT_CLOSED_RATIO = 0.001;
export const RU_PER_REQUEST = 12;
/** Throttled requests the model logs per second at most (each one is a CDBDataPlaneRequests row). */
const MAX_429_PER_SECOND = 20;

export interface Origin {
  index: number;
  host: string;
  region: RegionConfig;
  regionIndex: number;
}

export interface Flip {
  origin: number;
  at: number;
  to: "healthy" | "unhealthy";
}

export interface OriginBin {
  requests: number;
  bad: number;
  timeouts: number;
  clientClosed: number;
}

export interface BinState {
  bin: number;
  total: number;
  bad: number;
  clientClosed: number;
  origins: OriginBin[];
}

const S_BIN = streamId("bin");
const S_PROBE = streamId("probe-time");
const S_NOISE = streamId("noise");

const inSpan = (t: number, s: Span) => t >= s.start && t < s.end;

/** The deployment's state as pure functions of time, built from the config and scenario episodes. */
export class Timeline {
  readonly origins: Origin[];
  readonly flips: Flip[];
  private readonly flipsByOrigin: Flip[][];
  readonly probeInterval: number;
  private readonly capacityTotal: number;

  constructor(
    readonly config: DashboardConfig,
    readonly episodes: Episodes,
    readonly seed: number,
  ) {
    this.origins = config.regions.flatMap((region, regionIndex) =>
      region.frontDoorOrigins.map((host) => ({ index: 0, host, region, regionIndex })),
    );
    this.origins.forEach((o, i) => (o.index = i));
    this.probeInterval = config.frontDoor.probeIntervalSeconds;
    this.capacityTotal = config.regions.reduce((s, r) => s + r.capacity, 0);
    this.flipsByOrigin = this.origins.map((o) => this.computeFlips(o));
    this.flips = this.flipsByOrigin.flat().sort((a, b) => a.at - b.at || a.origin - b.origin);
  }

  regionOf(id: string): RegionConfig {
    const region = this.config.regions.find((r) => r.id === id);
    if (!region) throw new Error(`unknown region ${id}`);
    return region;
  }

  /** The origin is failing requests and probes (real outage or drill). */
  outageAt(regionId: string, t: number) {
    return this.episodes.outages.find((o) => o.region === regionId && inSpan(t, o));
  }

  /** The region's stack is stopped (real outage): no CPU, canary, conflict-feed or SQL metric rows. */
  stoppedAt(regionId: string, t: number): boolean {
    return this.episodes.outages.some((o) => !o.drill && o.region === regionId && inSpan(t, o));
  }

  /** Front Door itself is failing requests at t (not an origin). */
  edgeOutageAt(t: number) {
    return this.episodes.edgeOutages.find((s) => inSpan(t, s));
  }

  /** The Front Door diagnostic export delivers nothing at t (logs and profile metrics). */
  logExportStoppedAt(t: number): boolean {
    return this.episodes.logExportGaps.some((s) => inSpan(t, s));
  }

  /** The region's brownout or decline at t: its requests' error ratio (at least the baseline), timeout share and latency factor. */
  degradationAt(regionId: string, t: number): { ratio: number; timeoutShare: number; latencyFactor: number } | null {
    const d = this.episodes.degradations.find((x) => x.region === regionId && inSpan(t, x));
    if (!d) return null;
    const ratio = d.errorRatio + ((d.finalErrorRatio - d.errorRatio) * (t - d.start)) / (d.end - d.start);
    return { ratio: Math.max(BASELINE_BAD_RATIO, ratio), timeoutShare: d.timeoutShare, latencyFactor: d.latencyFactor };
  }

  /** Lowest CPU percent the region can show at t (a slow death's climb, a survivor running hot); 0 when none. */
  heatFloorAt(regionId: string, t: number): number {
    let floor = 0;
    for (const h of this.episodes.heats) {
      if (h.region === regionId && inSpan(t, h)) floor = Math.max(floor, h.fromPercent + ((h.toPercent - h.fromPercent) * (t - h.start)) / (h.end - h.start));
    }
    return floor;
  }

  saturatedAt(regionId: string, t: number): boolean {
    return this.episodes.saturations.some((s) => s.region === regionId && inSpan(t, s));
  }

  /** Second at which POP p probes origin o in slot k (a fixed stagger plus per-slot jitter). */
  probeTime(o: number, p: number, k: number): number {
    const lane = this.probeInterval / POPS.length;
    const jitter = rngFor(this.seed, S_PROBE, o, p, k).next();
    return k * this.probeInterval + Math.floor(lane * p + jitter * (lane - 1));
  }

  /** POPs whose probe of origin o in slot k failed (outage only; the lying probe stays green). */
  failedProbePops(o: number, k: number): number[] {
    const region = this.origins[o].region.id;
    const out: number[] = [];
    for (let p = 0; p < POPS.length; p++) if (this.outageAt(region, this.probeTime(o, p, k))) out.push(p);
    return out;
  }

  /** A slot is failed when at least half the POPs that probe the origin logged a failure in it. */
  slotFailed(o: number, k: number): boolean {
    return this.failedProbePops(o, k).length * 2 >= POPS.length;
  }

  /** Front Door's rule, replayed over the slots around every outage. */
  private computeFlips(origin: Origin): Flip[] {
    const { sampleSize, successfulSamplesRequired } = this.config.frontDoor;
    const I = this.probeInterval;
    const spans = this.episodes.outages.filter((x) => x.region === origin.region.id);
    if (spans.length === 0) return [];
    const first = Math.floor(Math.min(...spans.map((s) => s.start)) / I) - 1;
    const last = Math.ceil(Math.max(...spans.map((s) => s.end)) / I) + sampleSize + 2;
    const flips: Flip[] = [];
    const window: boolean[] = [];
    let unhealthy = false;
    for (let k = first; k <= last; k++) {
      window.push(this.slotFailed(origin.index, k));
      if (window.length > sampleSize) window.shift();
      const failed = window.filter(Boolean).length;
      const nowUnhealthy = failed > sampleSize - successfulSamplesRequired;
      if (nowUnhealthy !== unhealthy) {
        unhealthy = nowUnhealthy;
        flips.push({ origin: origin.index, at: (k + 1) * I, to: unhealthy ? "unhealthy" : "healthy" });
      }
    }
    return flips;
  }

  /** Probe-derived health at time t (state after the last flip at or before t). */
  healthyAt(o: number, t: number): boolean {
    let healthy = true;
    for (const f of this.flipsByOrigin[o]) {
      if (f.at > t) break;
      healthy = f.to === "healthy";
    }
    return healthy;
  }

  /** Edge requests per second before routing: diurnal, weekends lighter, write bursts heavier. */
  rps(t: number): number {
    const hour = (t / 3600) % 24;
    const day = Math.floor(t / 86400);
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    let rps = BASE_RPS * (1 + 0.45 * Math.sin((2 * Math.PI * (hour - 9)) / 24));
    if (weekday === 0 || weekday === 6) rps *= 0.75;
    for (const b of this.episodes.writeBursts) if (inSpan(t, b)) rps *= b.trafficFactor;
    return rps;
  }

  /** True request, error and 499 counts of one 10 s bin, edge-wide and per origin. */
  binState(bin: number): BinState {
    const t = bin * BIN_SECONDS;
    const rng = rngFor(this.seed, S_BIN, bin);
    const total = Math.round(this.rps(t) * BIN_SECONDS * (0.96 + 0.08 * rng.next()));
    const routable = this.origins.filter((o) => this.healthyAt(o.index, t - DRAIN_DELAY_SECONDS));
    // With every origin unhealthy Front Door round-robins across all of them.
    const serving = routable.length > 0 ? routable : this.origins;
    const weights = this.origins.map((o) =>
      serving.includes(o) ? o.region.capacity / o.region.frontDoorOrigins.length : 0,
    );
    const weightSum = weights.reduce((a, b) => a + b, 0);
    let left = total;
    const origins: OriginBin[] = this.origins.map((o, i) => {
      const requests = i === this.origins.length - 1 ? left : Math.round((total * weights[i]) / weightSum);
      left -= requests;
      const clientClosed = rng.round(requests * CLIENT_CLOSED_RATIO);
      const { ratio, timeoutShare } = this.originErrorRatio(o, t);
      const bad = Math.min(requests - clientClosed, rng.round((requests - clientClosed) * ratio));
      const timeouts = rng.round(bad * timeoutShare);
      return { requests, bad, timeouts: Math.min(timeouts, bad), clientClosed };
    });
    return {
      bin,
      total,
      bad: origins.reduce((s, o) => s + o.bad, 0),
      clientClosed: origins.reduce((s, o) => s + o.clientClosed, 0),
      origins,
    };
  }

  /** Share of an origin's requests that fail (5xx or status 0) and how many of those are timeouts. */
  originErrorRatio(o: Origin, t: number): { ratio: number; timeoutShare: number } {
    const outage = this.outageAt(o.region.id, t);
    // A drill blocks Front Door at the network: requests time out. A dead region mostly answers 503.
    if (outage) return { ratio: 1, timeoutShare: outage.drill ? 0.85 : 0.3 };
    // The edge answers 502/503 itself: every origin's share of the traffic sees it, none is at fault.
    const edge = this.edgeOutageAt(t);
    if (edge) return { ratio: edge.errorRatio, timeoutShare: 0 };
    const lying = this.episodes.lyingProbes.find((l) => l.region === o.region.id && inSpan(t, l));
    if (lying) return { ratio: lying.errorRatio, timeoutShare: 0.1 };
    const degraded = this.degradationAt(o.region.id, t);
    if (degraded) return degraded;
    // SDK retries absorb most 429s: a few users see errors, below the 1 % recovery threshold.
    if (this.saturatedAt(o.region.id, t)) return { ratio: 0.004, timeoutShare: 0.2 };
    return { ratio: BASELINE_BAD_RATIO, timeoutShare: 0.2 };
  }

  /** Requests per second the region serves, averaged over [t, t+span). */
  regionRps(regionIndex: number, t: number, span: number, bins?: (b: number) => BinState): number {
    const get = bins ?? ((b: number) => this.binState(b));
    let sum = 0;
    for (let b = Math.floor(t / BIN_SECONDS); b < Math.floor((t + span) / BIN_SECONDS); b++) {
      const state = get(b);
      this.origins.forEach((o, i) => {
        if (o.regionIndex === regionIndex) sum += state.origins[i].requests;
      });
    }
    return sum / span;
  }

  nominalRps(region: RegionConfig): number {
    return (BASE_RPS * region.capacity) / this.capacityTotal;
  }

  /** App Service plan CPU for the minute starting at t (null while the region is stopped). */
  cpuPercent(regionIndex: number, t: number, bins?: (b: number) => BinState): number | null {
    const region = this.config.regions[regionIndex];
    if (this.stoppedAt(region.id, t)) return null;
    const load = this.regionRps(regionIndex, t, 60, bins) / this.nominalRps(region);
    const noise = rngFor(this.seed, S_NOISE, 1, regionIndex, t).range(-2, 2);
    let cpu = Math.max(6 + 22 * load, this.heatFloorAt(region.id, t)) + noise;
    if (this.saturatedAt(region.id, t)) cpu = Math.max(cpu, 92 + rngFor(this.seed, S_NOISE, 2, regionIndex, t).range(0, 7));
    return Math.round(Math.min(100, Math.max(1, cpu)) * 100) / 100;
  }

  /** Cosmos RU demand, consumption and throttled requests of one region in one 10 s bin. */
  cosmos(regionIndex: number, bin: number, state: BinState): { consumedRu: number; throttled: number } {
    const region = this.config.regions[regionIndex];
    const t = bin * BIN_SECONDS;
    if (this.stoppedAt(region.id, t)) return { consumedRu: 0, throttled: 0 };
    let requests = 0;
    this.origins.forEach((o, i) => {
      if (o.regionIndex === regionIndex) requests += state.origins[i].requests;
    });
    const rng = rngFor(this.seed, S_NOISE, 3, regionIndex, bin);
    let demand = requests * RU_PER_REQUEST * (0.95 + 0.1 * rng.next());
    const capacity = region.cosmosProvisionedRUs * BIN_SECONDS;
    if (this.saturatedAt(region.id, t)) demand = Math.max(demand, capacity * rng.range(1.04, 1.12));
    const consumedRu = Math.round(Math.min(demand, capacity) * 100) / 100;
    let throttled = demand > capacity ? Math.round((demand - capacity) / RU_PER_REQUEST) : 0;
    // A hot partition throttles its share of requests; the account's RU total does not move.
    const hot = this.episodes.throttles.find((x) => x.region === region.id && inSpan(t, x));
    if (hot) throttled += Math.round(requests * hot.share);
    throttled = Math.min(MAX_429_PER_SECOND * BIN_SECONDS, throttled);
    return { consumedRu, throttled };
  }
}
