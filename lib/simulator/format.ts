import type { DashboardConfig, RegionConfig } from "../config/schema";

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));
let cachedDay = Number.NaN;
let cachedDayPrefix = "";

/** ISO-8601 with milliseconds ("2026-11-22T18:11:22.345Z"); hot path, so only the date part is cached. */
export function isoMs(ms: number): string {
  const day = Math.floor(ms / 86_400_000);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDayPrefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
  }
  let rest = ms - day * 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  return `${cachedDayPrefix}${TWO[h]}:${TWO[m]}:${TWO[sec]}.${THREE[rest - sec * 1000]}Z`;
}

export const isoSec = (sec: number): string => isoMs(sec * 1000);

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
