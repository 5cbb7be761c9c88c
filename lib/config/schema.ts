import { z } from "zod";
import { allowedHostEntryProblem } from "../env";

/** Lower-case Azure region id such as `uksouth`; also the value the app emits in `Properties.region`. */
const regionId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, "a lower-case Azure region id such as uksouth");

/** Free text from the config; the control characters lib/kql/literal.ts cannot escape are refused at load, not at query time. */
const text = () => z.string().min(1).regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, "text without control characters");

const azureResourceId = z
  .string()
  .regex(
    /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/.+$/i,
    "an Azure resource ID (/subscriptions/…/resourceGroups/…/providers/…)",
  );

const hostName = z
  .string()
  .regex(/^[A-Za-z0-9.-]+$/, "a host name without scheme or port");

export const regionSchema = z
  .object({
    id: regionId,
    displayName: text(),
    frontDoorOrigins: z.array(hostName).min(1).describe("Front Door origin host names serving this region (no port)"),
    cosmosRegionName: text().describe("RegionName as Cosmos DB writes it in CDBDataPlaneRequests, e.g. 'UK South'"),
    appRegion: text().optional().describe("value of Properties.region emitted by the application; defaults to the region id"),
    appRoleNamePattern: z.string().optional().describe("regular expression matching AppRoleName for this region's instances"),
    computeResourceIds: z.array(azureResourceId).default([]).describe("App Service plans or AKS clusters of this region"),
    sqlDatabaseResourceIds: z.array(azureResourceId).default([]),
    cosmosProvisionedRUs: z.number().positive().describe("provisioned Cosmos RU/s in this region"),
    capacity: z.number().positive().default(1).describe("relative compute capacity"),
  })
  .strict();

export const frontDoorSchema = z
  .object({
    profileResourceId: azureResourceId.optional(),
    probeIntervalSeconds: z.number().int().min(5).max(255).default(30),
    sampleSize: z.number().int().min(1).max(255).default(4),
    successfulSamplesRequired: z.number().int().min(1).max(255).default(3),
  })
  .strict()
  .refine((fd) => fd.successfulSamplesRequired <= fd.sampleSize, {
    message: "must not exceed sampleSize",
    path: ["successfulSamplesRequired"],
  });

const lagSourceSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("sqlMetric"),
      primaryDatabaseResourceId: azureResourceId.describe("the geo-primary database; replication_lag_seconds is emitted there only"),
    })
    .strict(),
  z
    .object({
      kind: z.literal("canary"),
      metricName: z.string().regex(/^[A-Za-z0-9_.-]+$/).default("replication_lag_ms"),
    })
    .strict(),
]);

export const replicationPairSchema = z
  .object({
    source: regionId,
    target: regionId,
    tier: z.string().regex(/^[a-z][a-z0-9-]*$/, "a tier name such as cosmos or sql"),
    lagSource: lagSourceSchema,
    rpoBudgetSeconds: z.number().positive(),
  })
  .strict();

export const budgetsSchema = z
  .object({
    rtoSeconds: z.number().positive(),
    availability: z
      .object({
        // A percentage (99.95) read "Too big: expected number to be <1", not saying a fraction was meant.
        target: z.number().gt(0).lt(1, { message: "a fraction between 0 and 1, not a percentage: 0.9995 for 99.95 %" }).describe("e.g. 0.9995"),
        windowDays: z.number().int().min(1).max(90).default(30),
      })
      .strict(),
    saturation: z
      .object({
        warnPercent: z.number().min(1).max(100).default(70),
        breachPercent: z.number().min(1).max(100).default(90),
      })
      .strict()
      .default({ warnPercent: 70, breachPercent: 90 }),
    conflictDepthThreshold: z.number().int().positive().default(100),
    splitBrainRaceWindowMs: z.number().int().positive().max(60_000).default(1000),
    drillMaxAgeDays: z.number().positive().max(3650).default(90).describe("a region whose last drill ended longer ago than this many days warns (last tested)"),
  })
  .strict();

/** Application Insights standard availability tests: one at the global endpoint, one per region's origin. */
export const outsideInSchema = z
  .object({
    globalTestName: text().default("global-endpoint").describe("AppAvailabilityResults.Name of the test calling the Front Door endpoint"),
    regionTestNames: z.record(z.string(), text()).default({}).describe("region id → test name of the test calling that region's origin directly; default origin-<region id>"),
    frequencySeconds: z.number().int().min(60).max(900).default(300).describe("each location runs each test this often (standard tests: 300, 600 or 900)"),
  })
  .strict();

export const workspaceSchema = z
  .object({
    ids: z.array(z.string().uuid("a Log Analytics workspace ID (GUID)")).min(1),
    resourceId: azureResourceId.optional().describe("ARM ID of the first workspace, for 'Open in Log Analytics' links"),
    tenantId: z.string().uuid().optional(),
    endpoint: z.string().url().default("https://api.loganalytics.azure.com"),
    scope: z.string().optional().describe("token scope; defaults to <endpoint audience>/.default"),
    portalUrl: z.string().url().default("https://portal.azure.com"),
    serverTimeoutSeconds: z.number().int().min(10).max(600).default(180),
  })
  .strict();

export const splitBrainSchema = z
  .object({
    dependencyTypes: z.array(text()).min(1),
    names: z.array(text()).min(1).describe("AppDependencies.Name values that are writes"),
    entityKey: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a Properties key such as invoiceId"),
  })
  .strict();

export const compositeSlaSchema = z
  .object({
    edge: z.object({ name: text(), availability: z.number().gt(0).max(1) }).strict(),
    perRegionSeries: z
      .array(z.object({ name: text(), availability: z.number().gt(0).max(1) }).strict())
      .min(1)
      .describe("components every region depends on, in series"),
  })
  .strict();

export const embeddedSchema = z
  .object({
    dataset: z.string().optional().describe("folder of <Table>.ndjson files to replay instead of the simulator"),
    seed: z.number().int().default(42),
    days: z.number().int().min(1).max(60).default(30),
  })
  .strict();

/** Sign-in (Entra ID via next-auth) and kiosk links; absent or `enabled: false`: no sign-in (bind to localhost). */
export const authSchema = z
  .object({
    enabled: z.boolean().default(true).describe("require a signed-in user (or a kiosk link for the wall) on every page and API route"),
    entra: z
      .object({
        clientId: z.string().min(1).describe("application (client) ID of the Entra app registration; its secret comes from AUTH_ENTRA_CLIENT_SECRET"),
        tenantId: z.string().uuid().optional().describe("only users of this tenant may sign in; absent: any organisation"),
        allowedGroupIds: z
          .array(z.string().uuid())
          .default([])
          .describe("only members of one of these groups (object IDs, from the token's groups claim) may sign in; empty: anyone in the tenant"),
      })
      .strict(),
    kiosk: z
      .object({
        keyVersion: z.number().int().min(1).default(1).describe("links are signed with this version; raising it revokes every earlier link"),
        revokedIds: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)).default([]).describe("ids of revoked kiosk links"),
        maxLifetimeDays: z.number().int().min(1).max(365).default(90).describe("longest lifetime a kiosk link may be issued with"),
      })
      .strict()
      .default({ keyVersion: 1, revokedIds: [], maxLifetimeDays: 90 }),
  })
  .strict();

const isoInstant = z.string().datetime({ offset: true, message: "an ISO-8601 date-time with a zone, e.g. 2026-11-03T22:00:00Z" });

/** Which Azure health reports count as "Azure's" for this deployment (the platform-health signal). */
export const platformHealthSchema = z
  .object({
    services: z
      .array(text())
      .default([])
      .describe("Service Health service names to keep (as Azure writes them, e.g. 'App Service', 'Azure Front Door'); empty: every service in a configured region"),
    resourceIds: z
      .array(azureResourceId)
      .default([])
      .describe("extra resources whose Resource Health events count (the regions' compute and SQL resources and the Front Door profile always do)"),
  })
  .strict();

/** A period taken out of the corrected SLI, openly (docs/slo-corrections.md). */
export const sloCorrectionSchema = z
  .object({
    from: isoInstant,
    to: isoInstant,
    region: z.union([regionId, z.literal("all")]).describe("the region the period concerns, or all"),
    kind: z.enum(["maintenance", "known-bad"]).default("maintenance").describe("planned maintenance, or a known-bad data period"),
    reason: text(),
    approvedBy: text().describe("who approved taking this period out of the SLO"),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    name: text().describe("the application's name, shown in titles"),
    regions: z.array(regionSchema).min(2, "an active-active deployment needs at least two regions"),
    frontDoor: frontDoorSchema.default({ probeIntervalSeconds: 30, sampleSize: 4, successfulSamplesRequired: 3 }),
    replication: z.array(replicationPairSchema).default([]),
    budgets: budgetsSchema,
    workspaces: workspaceSchema.optional().describe("absent: the embedded workspace runs the simulator"),
    embedded: embeddedSchema.default({ seed: 42, days: 30 }),
    splitBrain: splitBrainSchema,
    compositeSla: compositeSlaSchema.optional(),
    outsideIn: outsideInSchema.default({ globalTestName: "global-endpoint", regionTestNames: {}, frequencySeconds: 300 }),
    allowedHosts: z
      .array(
        z.string().superRefine((entry, ctx) => {
          const problem = allowedHostEntryProblem(entry);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        }),
      )
      .default([])
      .describe("host names the server answers to besides localhost, IP addresses, NEXTAUTH_URL's host and DASHBOARD_ALLOWED_HOSTS: dash.contoso.com, *.contoso.com, or * for any (docs/security.md)"),
    auth: authSchema.optional().describe("absent: no sign-in; the server binds to localhost unless HOST is set"),
    platformHealth: platformHealthSchema.default({ services: [], resourceIds: [] }),
    sloCorrections: z.array(sloCorrectionSchema).default([]).describe("maintenance windows and known-bad periods removed from the corrected SLI (never from the raw one)"),
  })
  .strict()
  .superRefine((config, ctx) => {
    for (const issue of crossFieldIssues(config)) ctx.addIssue({ code: "custom", ...issue });
  });

interface CrossFieldInput {
  regions?: unknown;
  replication?: unknown;
  budgets?: unknown;
  sloCorrections?: unknown;
  outsideIn?: unknown;
}

const record = (v: unknown): Record<string, unknown> => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Checks that relate fields to each other (duplicate ids, pairs naming unknown regions, warn below
 * breach). Written over loosely-typed input because zod skips an object's refinement when a field
 * failed, and a user fixing a file wants every problem named in one run (lib/config/load.ts calls it
 * on the raw file then).
 */
export function crossFieldIssues(config: CrossFieldInput): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set<string>();
  list(config.regions).forEach((region, i) => {
    const id = record(region).id;
    if (typeof id !== "string") return;
    if (ids.has(id)) issues.push({ path: ["regions", i, "id"], message: `duplicate region id "${id}"` });
    ids.add(id);
  });
  list(config.replication).forEach((raw, i) => {
    const pair = record(raw);
    for (const end of ["source", "target"] as const) {
      const id = pair[end];
      if (typeof id === "string" && ids.size > 0 && !ids.has(id)) {
        issues.push({ path: ["replication", i, end], message: `unknown region "${id}"; configured regions are ${[...ids].join(", ")}` });
      }
    }
    if (typeof pair.source === "string" && pair.source === pair.target) {
      issues.push({ path: ["replication", i, "target"], message: "target must differ from source" });
    }
  });
  list(config.sloCorrections).forEach((raw, i) => {
    const c = record(raw);
    if (typeof c.region === "string" && c.region !== "all" && ids.size > 0 && !ids.has(c.region)) {
      issues.push({ path: ["sloCorrections", i, "region"], message: `unknown region "${c.region}"; configured regions are ${[...ids].join(", ")}, or all` });
    }
    if (typeof c.from === "string" && typeof c.to === "string" && Date.parse(c.from) >= Date.parse(c.to)) {
      issues.push({ path: ["sloCorrections", i, "to"], message: "must be after from" });
    }
  });
  for (const id of Object.keys(record(record(config.outsideIn).regionTestNames))) {
    if (ids.size > 0 && !ids.has(id)) issues.push({ path: ["outsideIn", "regionTestNames", id], message: `unknown region "${id}"; configured regions are ${[...ids].join(", ")}` });
  }
  const saturation = record(record(config.budgets).saturation);
  if (typeof saturation.warnPercent === "number" && typeof saturation.breachPercent === "number" && saturation.warnPercent >= saturation.breachPercent) {
    issues.push({ path: ["budgets", "saturation", "warnPercent"], message: "warnPercent must be below breachPercent" });
  }
  return issues;
}

export type DashboardConfig = z.infer<typeof configSchema>;
export type RegionConfig = z.infer<typeof regionSchema>;
export type ReplicationPairConfig = z.infer<typeof replicationPairSchema>;
export type AuthConfig = z.infer<typeof authSchema>;
export type SloCorrection = z.infer<typeof sloCorrectionSchema>;
