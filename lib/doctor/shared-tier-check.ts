import type { CheckResult } from "./doctor";
import { LOG_ANALYTICS_LIMITS } from "../gateway/limiter";
import type { SharedTier, TierStatus } from "../shared-tier/tier";

export interface SharedTierHealth extends Partial<Omit<TierStatus, "mode">> {
  mode: TierStatus["mode"] | "off";
  /**
   * What this replica's gateway may run on its own while local (its share of the identity's limits),
   * and the per-client rate limit it then applies (its share of RATE_LIMIT_BURST / RATE_LIMIT_PER_SECOND).
   */
  localShare?: { maxConcurrent: number; maxPerWindow: number; rateLimit?: RateBudget };
  error?: string;
}

/** A per-client rate limit: requests at once and per second. */
export interface RateBudget {
  burst: number;
  perSecond: number;
}

/** The shared tier as /api/health reports it; `rateLimit`: the configured per-client budget of every replica together. */
export function sharedTierHealth(tier: SharedTier | null, rateLimit?: RateBudget): SharedTierHealth {
  if (!tier) return { mode: "off" };
  const rate = rateLimit && { burst: tier.share(rateLimit.burst), perSecond: Number(tier.shareOfRate(rateLimit.perSecond).toFixed(3)) };
  return {
    ...tier.status(),
    localShare: { maxConcurrent: tier.share(LOG_ANALYTICS_LIMITS.maxConcurrent), maxPerWindow: tier.share(LOG_ANALYTICS_LIMITS.maxPerWindow), ...(rate ? { rateLimit: rate } : {}) },
  };
}

/** The doctor's line about the shared tier: warn (never fail) while local, since the replica still serves. */
export function sharedTierCheck(tier: SharedTier | null, rateLimit?: RateBudget): CheckResult {
  const base = { id: "shared-tier", title: "Shared tier (Redis) for several replicas" };
  if (!tier) return { ...base, status: "ok", detail: "off (REDIS_URL unset): this replica caches and limits its queries on its own" };
  const s = sharedTierHealth(tier, rateLimit);
  if (s.mode === "shared") {
    return { ...base, status: "ok", detail: `shared through ${s.redis} with ${s.replicas} replica(s) in the heartbeat set` };
  }
  return {
    ...base,
    status: "warn",
    detail: `Redis ${s.redis} unavailable since ${s.since} (${s.error ?? "no answer"}): serving alone with ${s.localShare?.maxConcurrent} of ${LOG_ANALYTICS_LIMITS.maxConcurrent} concurrent queries${localRate(s, rateLimit)}; rejoins by itself when Redis answers`,
    remedy: "Check that Redis is reachable from this replica (host, port 6380/10000 for TLS, firewall/private endpoint) and that the URL's credentials or the identity's Entra ID access policy are right.",
  };
}

/** ", and a client may make B requests at once and R a second here (÷ N replicas of the configured B, R)". */
function localRate(s: SharedTierHealth, configured: RateBudget | undefined): string {
  const rate = s.localShare?.rateLimit;
  if (!rate || !configured) return "";
  return `, and a client ${rate.burst} requests at once and ${rate.perSecond} a second here (the configured ${configured.burst} and ${configured.perSecond}/s ÷ ${s.replicas} replicas)`;
}
