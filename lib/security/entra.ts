import type { AuthConfig } from "../config/schema";

export type EntraVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Sign-in rule on the Entra ID token's claims: the configured tenant (`tid`) and, when groups are
 * configured, membership of one of them (`groups`; the app registration must emit group IDs).
 */
export function checkEntraClaims(claims: Record<string, unknown>, entra: AuthConfig["entra"]): EntraVerdict {
  if (entra.tenantId && claims.tid !== entra.tenantId) return { ok: false, reason: "user is not in the configured tenant" };
  if (entra.allowedGroupIds.length === 0) return { ok: true };
  const groups = claims.groups;
  if (!Array.isArray(groups)) {
    // Over 200 groups Entra sends `_claim_names` (overage) instead of the list; we do not call Graph.
    const overage = typeof claims._claim_names === "object" && claims._claim_names !== null;
    return { ok: false, reason: overage ? "too many group memberships to check (groups overage claim)" : "token has no groups claim" };
  }
  return groups.some((g) => typeof g === "string" && entra.allowedGroupIds.includes(g))
    ? { ok: true }
    : { ok: false, reason: "user is not in an allowed group" };
}
