import { SAMPLING } from "./density";
import type { Emit, GenContext, Row } from "./context";
import { TENANT_ID } from "./context";
import { isoMs, originIp, PATHS } from "./format";
import { BASE_RPS, BIN_SECONDS, POPS, type BinState, type Timeline } from "./model";
import { rngFor, streamId, type Rng } from "./rng";

const S_ACCESS = streamId("access");
const S_PROBE_ROW = streamId("probe-row");
const S_PROBE_NOISE = streamId("probe-noise");
/**
 * A lone POP logs a failed probe now and then (network blips): never enough to fail a slot. About 3
 * stray failures an hour per origin (real Front Door probes from dozens of POPs, so strays are
 * common): a workspace with probe logging holds probe rows in any simulated hour, which is how
 * origin health tells it from a probe log that is not exported (docs/signals.md).
 */
const PROBE_NOISE_RATIO = 0.005;
const POP_WEIGHTS = [0.34, 0.22, 0.14, 0.14, 0.16];
const TAKEN = Array.from({ length: 512 }, (_, i) => seconds3(0.04 + (i / 512) * 0.25));
// Front Door gives up on the origin after its 30 s response timeout.
const TAKEN_TIMEOUT = Array.from({ length: 64 }, (_, i) => seconds3(30 + (i / 64) * 0.5));
const RESPONSE_BYTES = Array.from({ length: 64 }, (_, i) => String(480 + i * 97));
// A pool of client addresses (power-of-two size for cheap indexing).
const CLIENT_IPS = Array.from({ length: 4096 }, (_, i) => `81.${(i * 7) & 255}.${(i >> 4) & 255}.${(i % 250) + 1}`);
const OK_STATUSES = ["200", "200", "200", "200", "201", "204"];
// Time to first byte is most of timeTaken for these small API responses.
const TTFB = TAKEN.map((t) => seconds3(Number(t) * 0.82));
// Browsers and API clients as their User-Agent headers read (shares roughly as web traffic has them).
const USER_AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  "okhttp/4.12.0",
  "PaymentsClient/2.7.1 (.NET 8.0)",
];
// Mostly HTTP/2, some HTTP/1.1 and HTTP/3, as Front Door's httpVersion ("2.0").
const HTTP_VERSIONS = ["2.0", "2.0", "2.0", "2.0", "2.0", "2.0", "1.1", "1.1", "1.1", "3.0"];
const TLS_VERSIONS = ["TLS 1.3", "TLS 1.3", "TLS 1.3", "TLS 1.2"];

function pickPop(rng: Rng): number {
  let u = rng.next();
  for (let i = 0; i < POP_WEIGHTS.length; i++) {
    u -= POP_WEIGHTS[i];
    if (u < 0) return i;
  }
  return POP_WEIGHTS.length - 1;
}

function diagBase(ctx: GenContext, ts: number, category: string, operation: string): Row {
  const p = ctx.profile;
  return {
    TenantId: TENANT_ID,
    TimeGenerated: isoMs(ts),
    ResourceId: p.upperId,
    Category: category,
    ResourceGroup: p.resourceGroup,
    SubscriptionId: p.subscriptionId,
    ResourceProvider: "MICROSOFT.CDN",
    Resource: p.name,
    ResourceType: "PROFILES",
    OperationName: operation,
    _ResourceId: p.id.toLowerCase(),
    SourceSystem: "Azure",
    Type: "AzureDiagnostics",
  };
}

/** Seconds with three decimals, as Front Door writes timeTaken ("0.230"). */
function seconds3(x: number): string {
  const ms = Math.round(x * 1000);
  const whole = Math.floor(ms / 1000);
  const frac = ms - whole * 1000;
  return `${whole}.${frac < 10 ? "00" : frac < 100 ? "0" : ""}${frac}`;
}


const KIND_OK = 0;
const KIND_CLIENT_CLOSED = 1;
const KIND_TIMEOUT = 2;
const KIND_5XX = 3;

/** floor(x + u): the integer next to x, up or down with the right odds (systematic sampling). */
const systematic = (x: number, rng: Rng) => Math.floor(x + rng.next());

/**
 * Dense: 12 + 8 × traffic/mean rows a second (20 at mean traffic, never under ~150 rows per bin,
 * so one stray error row reads < 1 %); sparse: 0.2 × traffic/mean.
 */
export function sampledRowsPerSecond(dense: boolean, rps: number): number {
  return dense
    ? SAMPLING.denseAccessRowsPerSecond * (0.6 + (0.4 * rps) / BASE_RPS)
    : (SAMPLING.sparseAccessRowsPerSecond * rps) / BASE_RPS;
}

/**
 * Stratified sample of one bin: rows per origin, then 499 / timeout / 5xx / ok rows per origin, are
 * each the true proportion of n rounded up or down, never more. So a bin's sampled error ratio is
 * within one row of the truth and a 0.4 % error rate cannot read as ≥ 1 % by sampling luck.
 */
function sampleKinds(state: BinState, n: number, rng: Rng): { origin: Uint8Array; kind: Uint8Array } {
  const origin = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const offset = rng.next();
  let cumulative = 0;
  let filled = 0;
  let lastServing = 0;
  state.origins.forEach((ob, o) => {
    if (ob.requests > 0) lastServing = o;
  });
  state.origins.forEach((ob, o) => {
    if (ob.requests === 0) return;
    cumulative += ob.requests / state.total;
    const upTo = o === lastServing ? n : Math.min(n, Math.floor(cumulative * n + offset));
    const count = upTo - filled;
    if (count <= 0) return;
    const counted = ob.requests - ob.clientClosed;
    const closed = Math.min(count, systematic((count * ob.clientClosed) / ob.requests, rng));
    // Sparse bins (a handful of rows) round to nearest: a 0.01 % error rate must not put a 1-in-2 error row in a minute.
    const expectedBad = counted > 0 ? ((count - closed) * ob.bad) / counted : 0;
    const bad = Math.min(count - closed, n >= 50 ? systematic(expectedBad, rng) : Math.round(expectedBad));
    const timeouts = Math.min(bad, ob.bad > 0 ? systematic((bad * ob.timeouts) / ob.bad, rng) : 0);
    for (let i = 0; i < count; i++) {
      origin[filled + i] = o;
      kind[filled + i] = i < closed ? KIND_CLIENT_CLOSED : i < closed + timeouts ? KIND_TIMEOUT : i < closed + bad ? KIND_5XX : KIND_OK;
    }
    filled = upTo;
  });
  return { origin, kind };
}

/** The access-log rows the sampling plan writes for `bin` when it is sparse (the thinning target). */
export function sparseAccessRowCount(ctx: GenContext, bin: number): number {
  return rngFor(ctx.seed, S_ACCESS, bin).round(sampledRowsPerSecond(false, ctx.timeline.rps(bin * BIN_SECONDS)) * BIN_SECONDS);
}

/** Sampled access-log rows with time in [a, b) ms: one draw per second keyed by the second. */
export function accessRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const { timeline, density } = ctx;
  for (let bin = Math.floor(a / 1000 / BIN_SECONDS); bin * BIN_SECONDS * 1000 < b; bin++) {
    const t0 = bin * BIN_SECONDS;
    // The diagnostic export is down: Front Door served these requests, the workspace never hears of them.
    if (timeline.logExportStoppedAt(t0)) continue;
    const rng = rngFor(ctx.seed, S_ACCESS, bin);
    const n = rng.round(sampledRowsPerSecond(density.isDense(t0), timeline.rps(t0)) * BIN_SECONDS);
    if (n === 0) continue;
    const kinds = sampleKinds(ctx.bin(bin), n, rng);
    // A degraded origin answers late (a brownout's dependency, a slow death's climb).
    const slow = timeline.origins.map((or) => timeline.degradationAt(or.region.id, t0)?.latencyFactor ?? 1);
    const rows: { ts: number; row: Row }[] = [];
    for (let i = 0; i < n; i++) {
      const ts = t0 * 1000 + rng.int(BIN_SECONDS * 1000);
      const o = kinds.origin[i];
      const kind = kinds.kind[i];
      const pop = pickPop(rng);
      const path = rng.pick(PATHS);
      const ref = (rng.int(0x7fffffff) * 65536 + (ts & 0xffff)).toString(36);
      const jitter = rng.next();
      if (ts < a || ts >= b) continue;
      let status: string;
      let errorInfo = "NoError";
      let taken = TAKEN[Math.floor(jitter * TAKEN.length)];
      if (kind === KIND_CLIENT_CLOSED) {
        status = "499";
        errorInfo = "ClientDisconnect";
      } else if (kind === KIND_TIMEOUT) {
        status = "0";
        errorInfo = "OriginTimeout";
        taken = TAKEN_TIMEOUT[Math.floor(jitter * TAKEN_TIMEOUT.length)];
      } else if (kind === KIND_5XX) {
        status = jitter < 0.8 ? "503" : "502";
        errorInfo = status === "503" ? "NoError" : "OriginConnectionRefused";
      } else {
        status = OK_STATUSES[Math.floor(jitter * OK_STATUSES.length)];
      }
      const late = kind !== KIND_TIMEOUT && slow[o] !== 1;
      if (late) taken = seconds3(Number(taken) * slow[o]);
      const p = ctx.profile;
      // One literal with every column: objects grown key by key are several times slower to build.
      const row: Row = {
        TenantId: TENANT_ID,
        TimeGenerated: isoMs(ts),
        ResourceId: p.upperId,
        Category: "FrontDoorAccessLog",
        ResourceGroup: p.resourceGroup,
        SubscriptionId: p.subscriptionId,
        ResourceProvider: "MICROSOFT.CDN",
        Resource: p.name,
        ResourceType: "PROFILES",
        OperationName: "Microsoft.Cdn/Profiles/AccessLog/Write",
        _ResourceId: ctx.profileLowerId,
        SourceSystem: "Azure",
        Type: "AzureDiagnostics",
        trackingReference_s: ref,
        httpMethod_s: path === "/health" || jitter < 0.6 ? "GET" : "POST",
        requestUri_s: ctx.requestUris[path],
        hostName_s: ctx.publicHost,
        responseBytes_s: status === "0" ? "0" : RESPONSE_BYTES[Math.floor(jitter * RESPONSE_BYTES.length)],
        clientIp_s: CLIENT_IPS[(ts ^ (ts >>> 7)) & (CLIENT_IPS.length - 1)],
        timeTaken_s: taken,
        httpStatusCode_s: status,
        pop_s: POPS[pop],
        cacheStatus_s: "CONFIG_NOCACHE",
        errorInfo_s: errorInfo,
        endpoint_s: ctx.endpointHost,
        routingRuleName_s: "route-api",
        originName_s: ctx.originNames[o],
        // The remaining documented access-log columns, derived from draws already made (no new
        // random draws: every other value of the stream stays as it was).
        httpVersion_s: HTTP_VERSIONS[(ts >>> 3) % HTTP_VERSIONS.length],
        userAgent_s: USER_AGENTS[(ts >>> 5) % USER_AGENTS.length],
        requestBytes_s: String((path === "/health" ? 310 : 540) + ((ts >>> 2) % 900)),
        clientPort_s: String(1024 + ((ts * 7919) % 64000)),
        socketIp_s: CLIENT_IPS[(ts ^ (ts >>> 7)) & (CLIENT_IPS.length - 1)],
        timeToFirstByte_s: kind === KIND_TIMEOUT ? taken : late ? seconds3(Number(taken) * 0.82) : TTFB[Math.floor(jitter * TTFB.length)],
        requestProtocol_s: "HTTPS",
        securityProtocol_s: TLS_VERSIONS[(ts >>> 4) % TLS_VERSIONS.length],
        httpStatusDetails_s: status,
        originUrl_s: `https://${ctx.originNames[o]}${path}`,
        originIp_s: `${originIp(o)}:443`,
      };
      rows.push({ ts, row });
    }
    // In time order within the bin, so the page buffer rarely needs a full sort.
    rows.sort((x, y) => x.ts - y.ts);
    for (const item of rows) emit("AzureDiagnostics", item.ts, item.row);
  }
}

/**
 * The failed-probe rows origin `o` gets in probe slot `k`, as POP index, probe second and row time
 * (ms): the outage's failing POPs, else now and then one stray POP (noise). Rows inside a log-export
 * gap are not delivered. Shared by the rows and the truth (which asks whether any exists at all).
 */
export function failedProbesOfSlot(timeline: Timeline, o: number, k: number): { p: number; t: number; ts: number }[] {
  const failed = new Set(timeline.failedProbePops(o, k));
  // At most one stray POP per slot: one draw per (origin, slot).
  const noise = rngFor(timeline.seed, S_PROBE_NOISE, o, k);
  const noisyPop = noise.next() < PROBE_NOISE_RATIO * POPS.length ? noise.int(POPS.length) : -1;
  const out: { p: number; t: number; ts: number }[] = [];
  for (let p = 0; p < POPS.length; p++) {
    if (!failed.has(p) && !(failed.size === 0 && noisyPop === p)) continue;
    const t = timeline.probeTime(o, p, k);
    if (timeline.logExportStoppedAt(t)) continue;
    out.push({ p, t, ts: t * 1000 + rngFor(timeline.seed, S_PROBE_ROW, o, p, k).int(1000) });
  }
  return out;
}

/** Failed-probe rows (Front Door logs failures only) with time in [a, b) ms. */
export function probeRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const { timeline } = ctx;
  const I = timeline.probeInterval;
  for (let k = Math.floor(a / 1000 / I) - 1; k * I * 1000 < b; k++) {
    for (const origin of timeline.origins) {
      for (const { p, t, ts } of failedProbesOfSlot(timeline, origin.index, k)) {
        if (ts < a || ts >= b) continue;
        const rng = rngFor(ctx.seed, S_PROBE_ROW, origin.index, p, k);
        rng.int(1000); // the draw that placed ts
        const drill = timeline.outageAt(origin.region.id, t)?.drill ?? false;
        const timeout = drill || rng.next() < 0.3;
        const row = diagBase(ctx, ts, "FrontDoorHealthProbeLog", "Microsoft.Cdn/Profiles/FrontDoorHealthProbeLog/Write");
        row.healthProbeId_s = rng.hex(32).toUpperCase();
        row.POP_s = POPS[p];
        row.httpVerb_s = "HEAD";
        row.result_s = timeout ? "OriginTimeout" : "OriginError";
        row.httpStatusCode_s = timeout ? "0" : "503";
        row.probeURL_s = `https://${origin.host}:443/health/deep`;
        row.originName_s = origin.host;
        row.originIP_s = `${originIp(origin.index)}:443`;
        row.totalLatencyMilliseconds_s = timeout ? "30000" : String(40 + rng.int(200));
        row.connectionLatencyMilliseconds_s = timeout ? "0" : String(5 + rng.int(30));
        row.DNSLatencyMicroseconds_s = String(200 + rng.int(2000));
        emit("AzureDiagnostics", ts, row);
      }
    }
  }
}
