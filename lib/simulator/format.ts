import type { DashboardConfig, RegionConfig } from "../config/schema";
import { formatIso } from "../format/kusto-time";

/** ISO-8601 with milliseconds ("2026-11-22T18:11:22.345Z"): the engine's cached-day formatter. */
export const isoMs = formatIso;

export const isoSec = (sec: number): string => isoMs(sec * 1000);

/** `x` to `digits` decimals, as the truths state numbers the dashboard rounds no finer. */
export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Parts of an ARM id, in the spellings AzureMetrics/AzureDiagnostics use. */
export interface ResourceParts {
  id: string;
  upperId: string;
  subscriptionId: string;
  resourceGroup: string;
  provider: string;
  name: string;
}

export function resourceParts(id: string): ResourceParts {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/.*?([^/]+)$/i.exec(id);
  if (!m) throw new Error(`not an Azure resource id: ${id}`);
  return {
    id,
    upperId: id.toUpperCase(),
    subscriptionId: m[1],
    resourceGroup: m[2].toUpperCase(),
    provider: m[3].toUpperCase(),
    name: m[4].toUpperCase(),
  };
}

export function frontDoorProfileId(config: DashboardConfig): string {
  return (
    config.frontDoor.profileResourceId ??
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-simulated/providers/Microsoft.Cdn/profiles/afd-simulated"
  );
}

/** Properties.region as the application emits it. */
export const appRegion = (region: RegionConfig): string => region.appRegion ?? region.id;

/** AppRoleName: the configured pattern when it is a plain anchored literal, else payments-api-<id>. */
export function appRoleName(region: RegionConfig): string {
  const literal = /^\^?([A-Za-z0-9_.-]+)\$?$/.exec(region.appRoleNamePattern ?? "");
  return literal ? literal[1] : `payments-api-${region.id}`;
}

export const PATHS = ["/api/invoices", "/api/payments", "/api/invoices/search", "/api/customers", "/health"];
export const originIp = (o: number): string => `20.${50 + o}.${(o * 37) % 250}.${10 + o}`;
