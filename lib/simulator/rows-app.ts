import { SAMPLING, type Density } from "./density";
import type { Emit, GenContext, Row } from "./context";
import { TENANT_ID } from "./context";
import { appRegion, appRoleName, isoMs } from "./format";
import { depthSamples, lagSamples } from "./lag";
import { BASE_RPS, BIN_SECONDS } from "./model";
import { rngFor, streamId, type Rng } from "./rng";
import { TEST_LOCATIONS, testRuns } from "./outside-in";

const S_WRITE = streamId("writes");
const S_APPROW = streamId("app-row");
export const CONFLICT_CONTAINER = "invoices";

export function appBase(ctx: GenContext, ts: number, regionIndex: number, type: string, rng: Rng): Row {
  const region = ctx.timeline.config.regions[regionIndex];
  return {
    TenantId: TENANT_ID,
    TimeGenerated: isoMs(ts),
    AppRoleName: appRoleName(region),
    AppRoleInstance: `${appRoleName(region)}-${rng.int(4)}`,
    AppVersion: "2026.11.3",
    ClientType: "PC",
    ResourceGUID: "4b5e2d0c-0000-4000-8000-00000000a1a1",
    _ResourceId: `/subscriptions/${ctx.profile.subscriptionId}/resourcegroups/rg-payments-global/providers/microsoft.insights/components/appi-payments`,
    SDKVersion: "dotnet:2.22.0",
    ItemCount: 1,
    Type: type,
  };
}

/**
 * The background writes the sampling plan `density` puts in region `ri`'s 10 s bin: how many, and
 * the bin's stream past that draw (the generator goes on to draw their times and names). The live
 * demo's thinning asks the same function with the aged plan, so the two counts cannot drift.
 */
export function backgroundWrites(ctx: GenContext, density: Density, ri: number, bin: number): { n: number; rng: Rng } {
  const { timeline } = ctx;
  const t0 = bin * BIN_SECONDS;
  const rng = rngFor(ctx.seed, S_WRITE, ri, bin);
  if (timeline.stoppedAt(timeline.config.regions[ri].id, t0)) return { n: 0, rng };
  const base = density.isDense(t0) ? SAMPLING.denseWritesPerSecondPerRegion : SAMPLING.sparseWritesPerSecondPerRegion;
  return { n: rng.round((base * BIN_SECONDS * timeline.rps(t0)) / BASE_RPS), rng };
}

/** AppDependencies write calls: sampled background writes (unique entities) plus every scripted race and decoy write. */
export function dependencyRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const { timeline, density } = ctx;
  const config = timeline.config;
  const key = config.splitBrain.entityKey;
  const depType = config.splitBrain.dependencyTypes[0];
  const writeRow = (ts: number, ri: number, name: string, entityId: string, rng: Rng): Row => {
    const row = appBase(ctx, ts, ri, "AppDependencies", rng);
    const op = rng.hex(32);
    row.OperationId = op;
    row.OperationName = `POST /api/invoices`;
    row.Id = rng.hex(16);
    row.Name = name;
    row.Target = "cosmos-payments.documents.azure.com";
    row.DependencyType = depType;
    row.Data = `${name} dbs/payments/colls/invoices`;
    row.ResultCode = name.startsWith("Upsert") ? "201" : "200";
    row.Success = true;
    row.DurationMs = Math.round(rng.range(4, 40) * 100) / 100;
    row.Properties = { region: appRegion(config.regions[ri]), [key]: entityId };
    return row;
  };
  const binMs = BIN_SECONDS * 1000;
  config.regions.forEach((_region, ri) => {
    // One draw per region per 10 s bin (not per second: the sparse month would be millions of draws).
    for (let bin = Math.floor(a / binMs); bin * binMs < b; bin++) {
      const { n, rng } = backgroundWrites(ctx, density, ri, bin);
      if (n === 0) continue;
      const times = Array.from({ length: n }, () => bin * binMs + rng.int(binMs)).sort((x, y) => x - y);
      times.forEach((ts, i) => {
        const name = rng.pick(config.splitBrain.names);
        // Unique per region and time, so background traffic never forms a race by accident.
        const entityId = `inv-${bin.toString(36)}${ri}${i}`;
        const row = writeRow(ts, ri, name, entityId, rng);
        if (ts >= a && ts < b) emit("AppDependencies", ts, row);
      });
    }
  });
  timeline.episodes.writeGroups.forEach((group, gi) => {
    group.writes.forEach((w, wi) => {
      if (w.atMs < a || w.atMs >= b) return;
      const ri = config.regions.findIndex((r) => r.id === w.region);
      emit("AppDependencies", w.atMs, writeRow(w.atMs, ri, w.name, group.entityId, rngFor(ctx.seed, S_APPROW, 1, gi, wi)));
    });
  });
}

/** AppMetrics: canary replication_lag_ms per direction and conflict_feed_depth per region. */
export function appMetricRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const { timeline } = ctx;
  const config = timeline.config;
  config.replication.forEach((pair, pi) => {
    if (pair.lagSource.kind !== "canary") return;
    const target = config.regions.findIndex((r) => r.id === pair.target);
    const source = config.regions[config.regions.findIndex((r) => r.id === pair.source)];
    for (const sample of lagSamples(timeline, pi, a, b)) {
      const row = appBase(ctx, sample.atMs, target, "AppMetrics", rngFor(ctx.seed, S_APPROW, 2, pi, sample.atMs));
      const ms = Math.round(sample.seconds * 1000);
      row.Name = pair.lagSource.metricName;
      row.Sum = ms;
      row.Min = ms;
      row.Max = ms;
      row.Properties = { sourceRegion: appRegion(source), targetRegion: appRegion(config.regions[target]) };
      emit("AppMetrics", sample.atMs, row);
    }
  });
  config.regions.forEach((region, ri) => {
    for (const sample of depthSamples(timeline, region.id, a, b)) {
      const ts = sample.at * 1000;
      const row = appBase(ctx, ts, ri, "AppMetrics", rngFor(ctx.seed, S_APPROW, 3, ri, sample.at));
      row.Name = "conflict_feed_depth";
      row.Sum = sample.depth;
      row.Min = sample.depth;
      row.Max = sample.depth;
      row.Properties = { region: appRegion(region), container: CONFLICT_CONTAINER };
      emit("AppMetrics", ts, row);
    }
  });
}

/** AppEvents failover_drill markers (phase start/end) with time in [a, b) ms. */
export function drillEventRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const config = ctx.timeline.config;
  ctx.timeline.episodes.drillMarkers.forEach((marker, i) => {
    const ri = config.regions.findIndex((r) => r.id === marker.region);
    for (const [phase, at] of [["start", marker.start], ["end", marker.end]] as const) {
      const ts = at * 1000;
      if (ts < a || ts >= b) continue;
      const row = appBase(ctx, ts, ri, "AppEvents", rngFor(ctx.seed, S_APPROW, 4, i, ts));
      row.AppRoleName = "failover-drill-runner";
      row.Name = "failover_drill";
      row.Properties = { region: appRegion(config.regions[ri]), phase, drillId: `drill-${marker.start}` };
      emit("AppEvents", ts, row);
    }
  });
}

/** AppAvailabilityResults: the standard availability tests (global endpoint and each origin), every scenario. */
export function availabilityRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  for (const run of testRuns(ctx.timeline, a, b)) {
    const rng = rngFor(ctx.seed, S_APPROW, 5, run.ms, run.location);
    emit("AppAvailabilityResults", run.ms, {
      TenantId: TENANT_ID,
      TimeGenerated: isoMs(run.ms),
      AppRoleName: "",
      ClientType: "PC",
      OperationName: run.name,
      OperationId: rng.hex(32),
      SyntheticSource: "Application Insights Availability Monitoring",
      ResourceGUID: "4b5e2d0c-0000-4000-8000-00000000a1a1",
      _ResourceId: `/subscriptions/${ctx.profile.subscriptionId}/resourcegroups/rg-payments-global/providers/microsoft.insights/components/appi-payments`,
      ItemCount: 1,
      Type: "AppAvailabilityResults",
      Id: rng.hex(16),
      Name: run.name,
      Location: TEST_LOCATIONS[run.location],
      Success: run.success,
      DurationMs: run.durationMs,
      Message: run.message,
      Size: run.success ? 1824 : 0,
    });
  }
}
