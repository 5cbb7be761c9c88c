import type { Emit, GenContext, Row } from "./context";
import { TENANT_ID } from "./context";
import { isoMs, isoSec, resourceParts } from "./format";
import { hash, Rng, streamId } from "./rng";
import { PLATFORM_REPORT_DELAY, type PlatformEpisode } from "./scenarios";

const S_PLATFORM = streamId("platform-rows");

/** The service Azure names in the simulated communication (the demo runs on App Service plans). */
export const PLATFORM_SERVICE = "App Service";

export function platformTitle(displayName: string): string {
  return `Degraded availability of App Service in ${displayName}`;
}

function guid(rng: Rng): string {
  const h = rng.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The Activity log's legacy columns repeat the *Value ones (Azure fills both; Microsoft's sample
 * queries read either), Resource is the resource's own name, and a platform event has no caller IP.
 */
function legacyColumns(fields: Row): Row {
  const id = String(fields.ResourceId ?? "");
  return {
    OperationName: fields.OperationNameValue,
    ActivityStatus: fields.ActivityStatusValue,
    Category: fields.CategoryValue,
    ResourceProvider: fields.ResourceProviderValue,
    Resource: id.includes("/PROVIDERS/") ? (id.split("/").pop() ?? "") : "",
    CallerIpAddress: "",
  };
}

function activityRow(ctx: GenContext, ts: number, rng: Rng, fields: Row, properties: Record<string, string>): Row {
  return {
    ...legacyColumns(fields),
    TenantId: TENANT_ID,
    SourceSystem: "Azure",
    TimeGenerated: isoMs(ts),
    CorrelationId: guid(rng),
    EventDataId: guid(rng),
    SubscriptionId: ctx.profile.subscriptionId,
    // Activity-log rows store Properties twice: as JSON text and as a dynamic bag (Properties_d).
    Properties: JSON.stringify(properties),
    Properties_d: properties,
    EventSubmissionTimestamp: isoMs(ts + 7_000),
    Type: "AzureActivity",
    ...fields,
  };
}

/** Service Health: an Active communication after the impact starts, a Resolved one after mitigation (with impactMitigationTime). */
function serviceHealthRows(ctx: GenContext, ev: PlatformEpisode, i: number, a: number, b: number, emit: Emit): void {
  const region = ctx.timeline.config.regions.find((r) => r.id === ev.region);
  if (!region) return;
  const impacted = JSON.stringify([{ ImpactedRegions: [{ RegionName: region.displayName }], ServiceName: PLATFORM_SERVICE }]);
  const updates = [
    { at: ev.start + PLATFORM_REPORT_DELAY.serviceHealthActive, stage: "Active", level: "Warning" },
    { at: ev.end + PLATFORM_REPORT_DELAY.serviceHealthResolved, stage: "Resolved", level: "Informational" },
  ];
  updates.forEach((u, k) => {
    const ts = u.at * 1000;
    if (ts < a || ts >= b) return;
    const title = platformTitle(region.displayName);
    const properties: Record<string, string> = {
      title,
      service: PLATFORM_SERVICE,
      region: region.displayName,
      communication: `Starting at ${isoSec(ev.start)} customers using ${PLATFORM_SERVICE} in ${region.displayName} may experience failures.`,
      incidentType: "Incident",
      trackingId: ev.trackingId,
      impactStartTime: isoSec(ev.start),
      ...(u.stage === "Resolved" ? { impactMitigationTime: isoSec(ev.end) } : {}),
      impactedServices: impacted,
      defaultLanguageTitle: title,
      stage: u.stage,
      communicationId: `${ev.trackingId}-${k}`,
      version: "0.1.1",
    };
    const rng = new Rng(hash(ctx.seed, S_PLATFORM, i, k));
    emit(
      "AzureActivity",
      ts,
      activityRow(ctx, ts, rng, {
        CategoryValue: "ServiceHealth",
        OperationNameValue: "Microsoft.ServiceHealth/incident/action",
        ActivityStatusValue: u.stage,
        Level: u.level,
        Caller: "",
        ResourceProviderValue: "",
        ResourceId: `/subscriptions/${ctx.profile.subscriptionId}`,
        _ResourceId: `/subscriptions/${ctx.profile.subscriptionId}`,
      }, properties),
    );
  });
}

/** Resource Health of the region's compute resources: Unavailable (platform initiated), then Available again. */
function resourceHealthRows(ctx: GenContext, ev: PlatformEpisode, i: number, a: number, b: number, emit: Emit): void {
  const region = ctx.timeline.config.regions.find((r) => r.id === ev.region);
  if (!region) return;
  region.computeResourceIds.forEach((id, j) => {
    const parts = resourceParts(id);
    const transitions = [
      { at: ev.start + PLATFORM_REPORT_DELAY.resourceHealth, current: "Unavailable", previous: "Available", op: "Activated", status: "Active", level: "Critical" },
      { at: ev.end + PLATFORM_REPORT_DELAY.resourceHealth, current: "Available", previous: "Unavailable", op: "Resolved", status: "Resolved", level: "Informational" },
    ];
    transitions.forEach((tr, k) => {
      const ts = tr.at * 1000;
      if (ts < a || ts >= b) return;
      const rng = new Rng(hash(ctx.seed, S_PLATFORM, 1000 + i, j * 2 + k));
      emit(
        "AzureActivity",
        ts,
        activityRow(ctx, ts, rng, {
          CategoryValue: "ResourceHealth",
          OperationNameValue: `Microsoft.Resourcehealth/healthevent/${tr.op}/action`,
          ActivityStatusValue: tr.status,
          Level: tr.level,
          Caller: "",
          ResourceGroup: parts.resourceGroup,
          ResourceProviderValue: parts.provider,
          ResourceId: parts.upperId,
          _ResourceId: id.toLowerCase(),
        }, {
          title: tr.current === "Unavailable" ? "Unavailable" : "Available",
          details: tr.current === "Unavailable" ? "We're sorry, your resource is unavailable because of a platform problem in the region." : "Your resource is available.",
          currentHealthStatus: tr.current,
          previousHealthStatus: tr.previous,
          type: "Downtime",
          cause: "PlatformInitiated",
        }),
      );
    });
  });
}

/** Azure's own reports of the scenarios' platform outages, as the Activity log writes them to a workspace. */
export function platformRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  ctx.timeline.episodes.platformEvents.forEach((ev, i) => {
    serviceHealthRows(ctx, ev, i, a, b, emit);
    resourceHealthRows(ctx, ev, i, a, b, emit);
  });
}
