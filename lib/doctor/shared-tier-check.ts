import type { CheckResult } from "./doctor";
import { LOG_ANALYTICS_LIMITS } from "../gateway/limiter";
import type { SharedTier, TierStatus } from "../shared-tier/tier";

export interface SharedTierHealth extends Partial<Omit<TierStatus, "mode">> {
  mode: TierStatus["mode"] | "off";
  /** What this replica's gateway may run on its own while local (its share of the identity's limits). */
  localShare?: { maxConcurrent: number; maxPerWindow: number };
  error?: string;
}

/** The shared tier as /api/health reports it. */
export function sharedTierHealth(tier: SharedTier | null): SharedTierHealth {
  if (!tier) return { mode: "off" };
  return {
    ...tier.status(),
    localShare: { maxConcurrent: tier.share(LOG_ANALYTICS_LIMITS.maxConcurrent), maxPerWindow: tier.share(LOG_ANALYTICS_LIMITS.maxPerWindow) },
  };
}

/** The doctor's line about the shared tier: warn (never fail) while local, since the replica still serves. */
export function sharedTierCheck(tier: SharedTier | null): CheckResult {
  const base = { id: "shared-tier", title: "Shared tier (Redis) for several replicas" };
  if (!tier) return { ...base, status: "ok", detail: "off (REDIS_URL unset): this replica caches and limits its queries on its own" };
  const s = sharedTierHealth(tier);
  if (s.mode === "shared") {
    return { ...base, status: "ok", detail: `shared through ${s.redis} with ${s.replicas} replica(s) in the heartbeat set` };
  }
  return {
    ...base,
    status: "warn",
    detail: `Redis ${s.redis} unavailable since ${s.since} (${s.error ?? "no answer"}): serving alone with ${s.localShare?.maxConcurrent} of ${LOG_ANALYTICS_LIMITS.maxConcurrent} concurrent queries; rejoins by itself when Redis answers`,
    remedy: "Check that Redis is reachable from this replica (host, port 6380/10000 for TLS, firewall/private endpoint) and that the URL's credentials or the identity's Entra ID access policy are right.",
  };
}
