import os from "node:os";
import { z } from "zod";
import type { DashboardConfig } from "@/lib/config/schema";
import { appRegionOf } from "@/lib/signals/runtime/fragments";
import type { LagDirection } from "./canary";
import type { ConflictTarget } from "./conflicts";

const seconds = (def: number, min: number) => z.coerce.number().min(min).default(def);
const list = z
  .string()
  .default("")
  .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean));

/** Every setting of the companion (environment variables; companion/README.md "Settings" lists them). */
const envSchema = z.object({
  DASHBOARD_CONFIG: z.string().min(1).default("config/demo.json").describe("the dashboard's configuration file: regions, canary pairs, workspace"),
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().regex(/InstrumentationKey=/i, "an Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…)"),
  COMPANION_INGESTION_AUTH: z.enum(["key", "entra"]).default("entra").describe("entra: send with the managed identity (Monitoring Metrics Publisher); key: connection string only"),
  COMPANION_ROLE_NAME: z.string().min(1).default("active-active-companion"),
  COMPANION_INSTANCE: z.string().regex(/^[A-Za-z0-9_.-]+$/, "letters, digits, _ . -").default(os.hostname().replace(/[^A-Za-z0-9_.-]/g, "-")),
  COSMOS_ENDPOINT: z.url("the account endpoint, e.g. https://contoso.documents.azure.com:443/").optional(),
  COSMOS_KEY: z.string().min(1).optional().describe("account key; unset: the managed identity (DefaultAzureCredential)"),
  COSMOS_DATABASE: z.string().min(1).optional(),
  COSMOS_CANARY_CONTAINER: z.string().min(1).default("canary"),
  COSMOS_CONFLICT_CONTAINERS: list.describe("containers whose conflict feeds are reported, comma-separated"),
  COSMOS_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  COSMOS_THROTTLE_RETRIES: z.coerce.number().int().min(0).max(20).default(3),
  CANARY_INTERVAL_SECONDS: seconds(20, 1),
  CANARY_POLL_MS: z.coerce.number().int().min(5).default(100),
  CANARY_MAX_WAIT_SECONDS: seconds(60, 1),
  CONFLICT_INTERVAL_SECONDS: seconds(60, 5),
  CONFLICT_RESOLVER: z.string().min(1).optional().describe("path of a module whose default export resolves conflicts; unset: report only"),
  METRIC_EXPORT_SECONDS: seconds(20, 1),
  CHAOS_IMPORT_INTERVAL_SECONDS: seconds(0, 0).describe("0: no Chaos Studio import"),
  CHAOS_LOOKBACK_HOURS: seconds(24, 1),
  CHAOS_TARGET_REGIONS: z
    .string()
    .default("{}")
    .transform((s, ctx) => {
      try {
        const v: unknown = JSON.parse(s);
        if (v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string")) return v as Record<string, string>;
      } catch {
        /* reported below */
      }
      ctx.addIssue({ code: "custom", message: 'a JSON object of target resource ID prefix → region id, e.g. {"/subscriptions/…/aks-weu":"westeurope"}' });
      return z.NEVER;
    }),
});

export type CompanionEnv = z.infer<typeof envSchema>;

/** Every setting's name, for the test that keeps companion/README.md's table complete. */
export const COMPANION_SETTING_NAMES = Object.keys(envSchema.shape) as (keyof CompanionEnv)[];

export class SettingsError extends Error {}

export function readCompanionEnv(source: Record<string, string | undefined> = process.env): CompanionEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new SettingsError(`Invalid companion settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

/** The canary's directions: every replication pair whose lag source is the canary. */
export function lagDirections(config: DashboardConfig): LagDirection[] {
  const byId = new Map(config.regions.map((r) => [r.id, r]));
  return config.replication.flatMap((pair) => {
    if (pair.lagSource.kind !== "canary") return [];
    const source = byId.get(pair.source);
    const target = byId.get(pair.target);
    if (!source || !target) throw new SettingsError(`replication pair ${pair.source} → ${pair.target}: region not configured`);
    return [
      {
        sourceCosmos: source.cosmosRegionName,
        targetCosmos: target.cosmosRegionName,
        sourceValue: appRegionOf(source),
        targetValue: appRegionOf(target),
        metricName: pair.lagSource.metricName,
      },
    ];
  });
}

export function conflictTargets(config: DashboardConfig): ConflictTarget[] {
  return config.regions.map((r) => ({ cosmosRegion: r.cosmosRegionName, regionValue: appRegionOf(r) }));
}

/** A configured region by id, or an error that lists the ids. */
export function regionById(config: DashboardConfig, id: string) {
  const region = config.regions.find((r) => r.id === id);
  if (!region) throw new SettingsError(`unknown region "${id}"; configured regions: ${config.regions.map((r) => r.id).join(", ")}`);
  return region;
}
