import { parseRetryAfter, UpstreamError, type UpstreamErrorKind } from "../gateway/upstream-error";

interface RestErrorLike {
  name?: string;
  message?: string;
  code?: string;
  statusCode?: number;
  details?: unknown;
  response?: { headers?: { get(name: string): string | undefined }; bodyAsText?: string };
}

function kindForStatus(status: number): UpstreamErrorKind {
  if (status === 429) return "throttled";
  if (status === 504 || status === 408) return "timeout";
  if (status === 401 || status === 403) return "auth";
  if (status >= 500) return "server";
  return "query";
}

/** Turns whatever the SDK or the pipeline threw into an UpstreamError the gateway can act on. */
export function classifyAzureError(err: unknown, now: number): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const e = (typeof err === "object" && err !== null ? err : { message: String(err) }) as RestErrorLike;
  const message = e.message ?? "unknown error";
  const status = e.statusCode;
  if (e.code === "PARSE_ERROR") {
    return new UpstreamError("bad-response", `Log Analytics sent a response that is not valid JSON (HTTP ${status ?? "?"})`, { status });
  }
  if (status !== undefined) {
    const retryAfterMs = parseRetryAfter(e.response?.headers?.get("retry-after"), now);
    const detail = detailText(e.details);
    const text = `Log Analytics answered HTTP ${status}${e.code ? ` ${e.code}` : ""}: ${message}${detail ? ` (${detail})` : ""}`;
    return new UpstreamError(kindForStatus(status), text, { status, code: e.code, retryAfterMs });
  }
  if (e.name === "AbortError" || /timed? ?out/i.test(message)) {
    return new UpstreamError("timeout", `Log Analytics did not answer in time: ${message}`);
  }
  if (e.name === "CredentialUnavailableError" || e.name === "AuthenticationError" || /credential|token/i.test(e.name ?? "")) {
    return new UpstreamError("auth", `No Azure credential: ${message}`);
  }
  if (e.name === "SyntaxError" || err instanceof TypeError) {
    return new UpstreamError("bad-response", `Log Analytics sent a response that could not be read: ${message}`);
  }
  if (e.code && /^(ECONN|ENOTFOUND|EAI_|ETIMEDOUT|EPIPE|UND_ERR|REQUEST_SEND_ERROR)/.test(e.code)) {
    return new UpstreamError("network", `Cannot reach Log Analytics: ${message}`, { code: e.code });
  }
  return new UpstreamError("network", `Log Analytics request failed: ${message}`, { code: e.code });
}

function detailText(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const error = (details as { error?: { innererror?: { message?: string }; details?: { message?: string }[] } }).error;
  return [error?.innererror?.message, ...(error?.details ?? []).map((d) => d.message)].filter(Boolean).join("; ");
}
