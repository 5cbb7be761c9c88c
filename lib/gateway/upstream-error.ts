import { brandedInstanceOf } from "../process-singleton";

/** What went wrong upstream, in the terms the retry policy and the stale marker need. */
export type UpstreamErrorKind =
  | "throttled" // 429: identity over 5 concurrent / 200 per 30 s, or queued > 3 min
  | "server" // 5xx other than 504
  | "timeout" // 504 or our own client deadline
  | "network" // connection refused/reset, TLS
  | "bad-response" // malformed JSON or an unexpected shape
  | "auth" // 401/403, credential unavailable
  | "query"; // 400: the KQL itself is wrong (e.g. a missing table)

const RETRYABLE: ReadonlySet<UpstreamErrorKind> = new Set(["throttled", "server", "timeout", "network", "bad-response"]);

const UPSTREAM_ERROR = Symbol.for("active-active-dashboard:UpstreamError");

export class UpstreamError extends Error {
  // Thrown by the process-wide gateway, which another route bundle's copy of this class may catch.
  static override [Symbol.hasInstance] = brandedInstanceOf(UPSTREAM_ERROR);
  readonly [UPSTREAM_ERROR] = true;

  constructor(
    readonly kind: UpstreamErrorKind,
    message: string,
    readonly details: { status?: number; code?: string; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = "UpstreamError";
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

/** Errors that are not UpstreamError (a bug in a source, a thrown string) are not retried. */
export function asUpstreamError(err: unknown): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new UpstreamError("query", message);
}

/** Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
