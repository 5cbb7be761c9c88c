import { SAMPLING } from "./density";
import type { Emit, GenContext, Row } from "./context";
import { TENANT_ID } from "./context";
import { isoMs, originIp, PATHS } from "./format";
import { BASE_RPS, BIN_SECONDS, POPS } from "./model";
import { rngFor, streamId, type Rng } from "./rng";

const S_ACCESS = streamId("access");
const S_PROBE_ROW = streamId("probe-row");
const S_PROBE_NOISE = streamId("probe-noise");
/** A lone POP logs a failed probe now and then (network blips): never enough to fail a slot. */
const PROBE_NOISE_RATIO = 0.0004;
const POP_WEIGHTS = [0.34, 0.22, 0.14, 0.14, 0.16];
const TAKEN = Array.from({ length: 512 }, (_, i) => seconds3(0.04 + (i / 512) * 0.25));
// Front Door gives up on the origin after its 30 s response timeout.
const TAKEN_TIMEOUT = Array.from({ length: 64 }, (_, i) => seconds3(30 + (i / 64) * 0.5));
const RESPONSE_BYTES = Array.from({ length: 64 }, (_, i) => String(480 + i * 97));
// A pool of client addresses (power-of-two size for cheap indexing).
const CLIENT_IPS = Array.from({ length: 4096 }, (_, i) => `81.${(i * 7) & 255}.${(i >> 4) & 255}.${(i % 250) + 1}`);
const OK_STATUSES = ["200", "200", "200", "200", "201", "204"];

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


/** Sampled access-log rows with time in [a, b) ms: one draw per second keyed by the second. */
export function accessRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const { timeline, density } = ctx;
  for (let s = Math.floor(a / 1000); s * 1000 < b; s++) {
    const perSecond = density.isDense(s) ? SAMPLING.denseAccessRowsPerSecond : SAMPLING.sparseAccessRowsPerSecond;
    const rng = rngFor(ctx.seed, S_ACCESS, s);
    const n = rng.round((perSecond * timeline.rps(s)) / BASE_RPS);
    if (n === 0) continue;
    const state = ctx.bin(Math.floor(s / BIN_SECONDS));
    const second: { ts: number; row: Row }[] = [];
    for (let i = 0; i < n; i++) {
      const ts = s * 1000 + rng.int(1000);
      let u = rng.next() * state.total;
      let o = 0;
      while (o < state.origins.length - 1 && u >= state.origins[o].requests) u -= state.origins[o++].requests;
      const ob = state.origins[o];
      const v = rng.next() * Math.max(1, ob.requests);
      const pop = pickPop(rng);
      const path = rng.pick(PATHS);
      const ref = (rng.int(0x7fffffff) * 65536 + (ts & 0xffff)).toString(36);
      const jitter = rng.next();
      if (ts < a || ts >= b) continue;
      let status: string;
      let errorInfo = "NoError";
      let taken = TAKEN[Math.floor(jitter * TAKEN.length)];
      if (v < ob.clientClosed) {
        status = "499";
        errorInfo = "ClientDisconnect";
      } else if (v < ob.clientClosed + ob.timeouts) {
        status = "0";
        errorInfo = "OriginTimeout";
        taken = TAKEN_TIMEOUT[Math.floor(jitter * TAKEN_TIMEOUT.length)];
      } else if (v < ob.clientClosed + ob.bad) {
        status = jitter < 0.8 ? "503" : "502";
        errorInfo = status === "503" ? "NoError" : "OriginConnectionRefused";
      } else {
        status = OK_STATUSES[Math.floor(jitter * OK_STATUSES.length)];
      }
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
      };
      second.push({ ts, row });
    }
    // In time order within the second, so the page buffer rarely needs a full sort.
    second.sort((x, y) => x.ts - y.ts);
    for (const item of second) emit("AzureDiagnostics", item.ts, item.row);
  }
}

/** Failed-probe rows (Front Door logs failures only) with time in [a, b) ms. */
export function probeRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const { timeline } = ctx;
  const I = timeline.probeInterval;
  for (let k = Math.floor(a / 1000 / I) - 1; k * I * 1000 < b; k++) {
    for (const origin of timeline.origins) {
      const failed = new Set(timeline.failedProbePops(origin.index, k));
      for (let p = 0; p < POPS.length; p++) {
        const t = timeline.probeTime(origin.index, p, k);
        const rng = rngFor(ctx.seed, S_PROBE_ROW, origin.index, p, k);
        const ts = t * 1000 + rng.int(1000);
        if (ts < a || ts >= b) continue;
        const noisy = failed.size === 0 && rngFor(ctx.seed, S_PROBE_NOISE, origin.index, p, k).next() < PROBE_NOISE_RATIO;
        if (!failed.has(p) && !noisy) continue;
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
