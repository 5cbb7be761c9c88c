import type { UpstreamError } from "./upstream-error";

export interface RetryPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the stale result is served instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/**
 * How long to wait before the next attempt, or null to give up. Exponential backoff, half of it jittered
 * (spreads retries of many keys apart). A Retry-After is honoured when it asks for longer, plus up to
 * 10 % jitter so that every throttled query does not come back at the same instant; a shorter one
 * (Log Analytics sends `retry-after: 0` on a 504) never undercuts the backoff: a server that just
 * failed is not asked again at once.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  failedAttempts: number,
  error: UpstreamError,
  random: () => number,
): number | null {
  if (!error.retryable || failedAttempts >= policy.maxAttempts) return null;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
  const backoff = Math.round(ceiling * (0.5 + 0.5 * random()));
  const retryAfter = error.details.retryAfterMs;
  if (retryAfter === undefined) return backoff;
  if (retryAfter > policy.maxRetryAfterMs) return null;
  return Math.max(backoff, Math.round(retryAfter * (1 + 0.1 * random())));
}
