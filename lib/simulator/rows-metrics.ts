import { SAMPLING } from "./density";
import type { Emit, GenContext, Row } from "./context";
import { TENANT_ID } from "./context";
import { isoMs, resourceParts, type ResourceParts } from "./format";
import { lagSamples } from "./lag";
import { BIN_SECONDS } from "./model";
import { REMAINDER_ACTIVITY, sampledRequests, typicalRequest } from "./cosmos-requests";
import { rngFor, streamId } from "./rng";

const S_CDB = streamId("cdb");

function metricRow(ts: number, res: ResourceParts, metric: string, unit: string, v: { avg: number; min: number; max: number; total: number; count: number }): Row {
  return {
    TenantId: TENANT_ID,
    SourceSystem: "Azure",
    TimeGenerated: isoMs(ts),
    ResourceId: res.upperId,
    _ResourceId: res.id.toLowerCase(),
    Resource: res.name,
    ResourceGroup: res.resourceGroup,
    ResourceProvider: res.provider,
    SubscriptionId: res.subscriptionId,
    _SubscriptionId: res.subscriptionId,
    MetricName: metric,
    Total: v.total,
    Count: v.count,
    Maximum: v.max,
    Minimum: v.min,
    Average: v.avg,
    TimeGrain: "PT1M",
    UnitName: unit,
    Type: "AzureMetrics",
  };
}

const single = (x: number) => ({ avg: x, min: x, max: x, total: x, count: 1 });

/** Minute totals of the edge: true requests, bad (5xx or 0) and 499s. */
export function edgeMinute(ctx: GenContext, minute: number): { total: number; bad: number; clientClosed: number } {
  let total = 0;
  let bad = 0;
  let clientClosed = 0;
  const per = 60 / BIN_SECONDS;
  for (let b = minute * per; b < (minute + 1) * per; b++) {
    const s = ctx.bin(b);
    total += s.total;
    bad += s.bad;
    clientClosed += s.clientClosed;
  }
  return { total, bad, clientClosed };
}

/** AzureMetrics rows (one a minute per metric and resource) whose minute starts in [a, b) ms. */
export function azureMetricRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const { timeline } = ctx;
  const config = timeline.config;
  for (let m = Math.ceil(a / 60_000); m * 60_000 < b; m++) {
    const ts = m * 60_000;
    config.regions.forEach((region, ri) => {
      const cpu = timeline.cpuPercent(ri, m * 60, ctx.bin);
      if (cpu === null) return;
      for (const id of region.computeResourceIds) {
        const rng = rngFor(ctx.seed, S_CDB, 9, ri, m);
        const max = Math.min(100, Math.round((cpu + rng.range(2, 9)) * 100) / 100);
        const min = Math.max(0, Math.round((cpu - rng.range(2, 9)) * 100) / 100);
        emit("AzureMetrics", ts, metricRow(ts, resourceParts(id), "CpuPercentage", "Percent", { avg: cpu, min, max, total: Math.round(cpu * 4 * 100) / 100, count: 4 }));
      }
    });
    config.replication.forEach((pair, pi) => {
      if (pair.lagSource.kind !== "sqlMetric") return;
      for (const sample of lagSamples(timeline, pi, ts, ts + 1)) {
        emit("AzureMetrics", ts, metricRow(ts, resourceParts(pair.lagSource.primaryDatabaseResourceId), "replication_lag_seconds", "Seconds", single(sample.seconds)));
      }
    });
    // The profile's metrics travel through the same diagnostic setting as its logs.
    if (timeline.logExportStoppedAt(m * 60)) continue;
    const edge = edgeMinute(ctx, m);
    const counted = edge.total - edge.clientClosed;
    // Simplification: Percentage5XX counts status 0 as bad and leaves 499 out, as the access-log SLI does.
    const pct = counted > 0 ? Math.round(((100 * edge.bad) / counted) * 10_000) / 10_000 : 0;
    emit("AzureMetrics", ts, metricRow(ts, ctx.profile, "RequestCount", "Count", { avg: edge.total, min: edge.total, max: edge.total, total: edge.total, count: 1 }));
    emit("AzureMetrics", ts, metricRow(ts, ctx.profile, "Percentage5XX", "Percent", single(pct)));
  }
}

/**
 * CDBDataPlaneRequests with time in [a, b) ms. Successful requests are aggregated per region, slice
 * (10 s dense, 60 s sparse) and operation (Query, Upsert): in dense slices a few sampled requests
 * are written as themselves (a request's own RequestCharge, duration and sizes, see
 * cosmos-requests.ts), and one remainder row, ActivityId the nil GUID, carries the rest of the
 * slice's RU. So Σ RequestCharge per minute / 60 is the true RU/s, and the per-request rows answer
 * per-request questions. Every throttled request is its own 429 row (RequestCharge 0), so counting
 * 429 rows gives the true count.
 */
export function cosmosRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const { timeline } = ctx;
  const subscription = ctx.profile.subscriptionId;
  const resource = `/subscriptions/${subscription}/resourcegroups/rg-payments-data/providers/microsoft.documentdb/databaseaccounts/cosmos-payments`;
  const regionIndex = new Map(timeline.config.regions.map((r, i) => [r.cosmosRegionName, i]));
  // One literal per row (no spreads): this table has a 429 row per throttled request.
  const row = (ts: number, regionName: string, activity: string, op: string, status: number, ru: number, duration: number, reqLen: number, resLen: number, partition: string): Row => ({
    TenantId: TENANT_ID,
    // The region's app instances reach Cosmos through a private endpoint: a VNet address per instance.
    ClientIpAddress: `10.${10 + (regionIndex.get(regionName) ?? 0)}.1.${4 + (Number(partition) % 3)}`,
    TimeGenerated: isoMs(ts),
    // Upper case, as Azure writes it: Microsoft's Cosmos DB workbook filters on `AccountName == toupper(name)`.
    AccountName: "COSMOS-PAYMENTS",
    ActivityId: activity === REMAINDER_ACTIVITY ? activity : `${activity.slice(0, 8)}-0000-4000-8000-${activity}`,
    AuthTokenType: "AadToken",
    CollectionName: "invoices",
    ConnectionMode: "Direct",
    DatabaseName: "payments",
    DurationMs: duration,
    KeyType: "None",
    OperationName: op,
    PartitionId: partition,
    RegionName: regionName,
    RequestCharge: ru,
    RequestLength: reqLen,
    RequestResourceType: "Document",
    ResponseLength: resLen,
    StatusCode: status,
    UserAgent: "cosmos-netstandard-sdk/3.43.0",
    SourceSystem: "Azure",
    _ResourceId: resource,
    _SubscriptionId: subscription,
    Type: "CDBDataPlaneRequests",
  });
  for (let m = Math.floor(a / 60_000); m * 60_000 < b; m++) {
    const slice = ctx.density.isDense(m * 60) ? SAMPLING.cosmosSliceSecondsDense : SAMPLING.cosmosSliceSecondsSparse;
    timeline.config.regions.forEach((region, ri) => {
      const regionName = region.cosmosRegionName;
      for (let s0 = m * 60; s0 < (m + 1) * 60; s0 += slice) {
        let consumed = 0;
        for (let bin = s0 / BIN_SECONDS; bin < (s0 + slice) / BIN_SECONDS; bin++) {
          const c = timeline.cosmos(ri, bin, ctx.bin(bin));
          consumed += c.consumedRu;
          if (c.throttled === 0) continue;
          const rng = rngFor(ctx.seed, S_CDB, 1, ri, bin);
          for (let i = 0; i < c.throttled; i++) {
            const ts = bin * BIN_SECONDS * 1000 + rng.int(BIN_SECONDS * 1000);
            const activity = rng.hex(12);
            if (ts >= a && ts < b) emit("CDBDataPlaneRequests", ts, row(ts, regionName, activity, "Upsert", 429, 0, 0.4, 812, 0, "3"));
          }
        }
        if (consumed <= 0) continue;
        const rng = rngFor(ctx.seed, S_CDB, 2, ri, s0);
        const queryRu = Math.round(consumed * rng.range(0.5, 0.6) * 100) / 100;
        const upsertRu = Math.round((consumed - queryRu) * 100) / 100;
        const sampled = slice === SAMPLING.cosmosSliceSecondsDense ? SAMPLING.cosmosSampledRequestsDense : 0;
        for (const [op, status, ru] of [["Query", 200, queryRu], ["Upsert", 201, upsertRu]] as const) {
          let rest = ru;
          for (const r of sampledRequests(rng, op, sampled, ru)) {
            rest = Math.round((rest - r.charge) * 100) / 100;
            const ts = s0 * 1000 + rng.int(slice * 1000);
            // Drawn whether or not the row falls in [a, b): the slice's later draws must not depend on the cut.
            const activity = rng.hex(12);
            if (ts >= a && ts < b) emit("CDBDataPlaneRequests", ts, row(ts, regionName, activity, op, status, r.charge, r.duration, r.requestLength, r.responseLength, r.partition));
          }
          const ts = s0 * 1000 + rng.int(slice * 1000);
          const typical = typicalRequest(rng, op);
          if (ts >= a && ts < b) emit("CDBDataPlaneRequests", ts, row(ts, regionName, REMAINDER_ACTIVITY, op, status, rest, typical.duration, typical.requestLength, typical.responseLength, typical.partition));
        }
      }
    });
  }
}
