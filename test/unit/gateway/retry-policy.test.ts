import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, retryDelayMs } from "@/lib/gateway/retry-policy";
import { parseRetryAfter, UpstreamError } from "@/lib/gateway/upstream-error";

const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 };

describe("retryDelayMs", () => {
  it("backs off exponentially with jitter, capped, and gives up after maxAttempts", () => {
    const err = new UpstreamError("server", "500");
    expect(retryDelayMs(policy, 1, err, () => 0)).toBe(500);
    expect(retryDelayMs(policy, 1, err, () => 1)).toBe(1000);
    expect(retryDelayMs(policy, 3, err, () => 1)).toBe(4000);
    expect(retryDelayMs({ ...policy, maxAttempts: 10 }, 6, err, () => 1)).toBe(8000);
    expect(retryDelayMs(policy, 4, err, () => 1)).toBeNull();
  });

  it("honours Retry-After as the minimum wait and gives up when it is too long", () => {
    const err = new UpstreamError("throttled", "429", { status: 429, retryAfterMs: 7000 });
    expect(retryDelayMs(policy, 1, err, () => 0)).toBe(7000);
    expect(retryDelayMs(policy, 1, err, () => 1)).toBe(7700);
    const tooLong = new UpstreamError("throttled", "429", { retryAfterMs: policy.maxRetryAfterMs + 1 });
    expect(retryDelayMs(policy, 1, tooLong, () => 0)).toBeNull();
  });

  it("never lets a short Retry-After undercut the backoff: `retry-after: 0` is no reason to ask again at once", () => {
    const zero = new UpstreamError("throttled", "429", { status: 429, retryAfterMs: 0 });
    expect(retryDelayMs(policy, 1, zero, () => 0)).toBe(500);
    expect(retryDelayMs(policy, 3, zero, () => 1)).toBe(4000);
    const short = new UpstreamError("timeout", "504", { status: 504, retryAfterMs: 1000 });
    expect(retryDelayMs(policy, 3, short, () => 0)).toBe(2000);
  });

  it("does not retry errors a retry cannot fix", () => {
    expect(retryDelayMs(policy, 1, new UpstreamError("query", "bad KQL"), () => 0)).toBeNull();
    expect(retryDelayMs(policy, 1, new UpstreamError("auth", "403"), () => 0)).toBeNull();
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2025, 0, 1, 12);
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("12", now)).toBe(12_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 11:00:00 GMT", now)).toBe(0);
  });
  it("ignores absent or garbage values", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
