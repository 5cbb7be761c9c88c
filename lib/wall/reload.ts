/**
 * The periodic full reload, a last resort for week-long uptime. Reloading while the server is down
 * would replace the last good picture with a browser error page, so it waits for a healthy server.
 */
export interface ReloadDecisionInput {
  nowMs: number;
  loadedAtMs: number;
  reloadMs: number;
  /** Whether the latest health check answered OK; null when not checked yet. */
  serverHealthy: boolean | null;
}

export type ReloadDecision = "wait" | "check-health" | "reload";

export function reloadDecision(input: ReloadDecisionInput): ReloadDecision {
  if (input.reloadMs <= 0 || input.nowMs - input.loadedAtMs < input.reloadMs) return "wait";
  if (input.serverHealthy === true) return "reload";
  return "check-health";
}
