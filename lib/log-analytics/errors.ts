import { parseRetryAfter, UpstreamError, type UpstreamErrorKind } from "../gateway/upstream-error";
import { bodyWords, describeWords, errorWords, type ServerWords } from "./error-body";

interface HeadersLike {
  get(name: string): string | undefined;
}

/** What the SDK's pipeline saw of the HTTP answer (captured by AzureLogsSource's pipeline policy). */
export interface RawResponse {
  status: number;
  headers: HeadersLike;
  bodyText?: string;
  emptyBody: boolean;
}

interface RestErrorLike {
  name?: string;
  message?: string;
  code?: string;
  statusCode?: number;
  details?: unknown;
  response?: { headers?: HeadersLike; bodyAsText?: string | null };
}

function kindForStatus(status: number): UpstreamErrorKind {
  if (status === 429) return "throttled";
  if (status === 504 || status === 408) return "timeout";
  if (status === 401 || status === 403) return "auth";
  if (status >= 500) return "server";
  return "query";
}

/**
 * Turns whatever the SDK or the pipeline threw into an UpstreamError the gateway can act on. The
 * HTTP status decides the kind before any body is read: a 404 whose body is not JSON is a 404, not a
 * retryable parse failure. The message carries every code and message the server sent.
 */
export function classifyAzureError(err: unknown, now: number, raw?: RawResponse): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const e = (typeof err === "object" && err !== null ? err : { message: String(err) }) as RestErrorLike;
  const message = e.message ?? "unknown error";
  const status = e.statusCode ?? raw?.status;
  if (status !== undefined && status >= 300) return httpError(e, status, now, raw);
  if (status !== undefined && (e.code === "PARSE_ERROR" || e.name === "SyntaxError" || err instanceof TypeError)) {
    if (raw ? raw.emptyBody : !e.response?.bodyAsText?.trim()) {
      // errors.md: "If you send a POST request that's missing either JSON body or the Content-Type header, we return an empty 200 response."
      return new UpstreamError("bad-response", `Log Analytics answered HTTP ${status} with an empty body`, { status });
    }
    // The SDK's PARSE_ERROR message quotes the whole body, which can be megabytes: not repeated here.
    if (e.code === "PARSE_ERROR") return new UpstreamError("bad-response", `Log Analytics sent a response that is not valid JSON (HTTP ${status})`, { status });
    return new UpstreamError("bad-response", `Log Analytics sent a response that could not be read (HTTP ${status}): ${message}`, { status });
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

function httpError(e: RestErrorLike, status: number, now: number, raw?: RawResponse): UpstreamError {
  // The raw body first: the SDK's deserialised `details` drops fields (details[].innererror, error_description).
  const words: ServerWords =
    bodyWords(raw?.bodyText ?? e.response?.bodyAsText ?? undefined) ??
    (e.details ? errorWords(e.details) : undefined) ?? { codes: [], messages: [] };
  if (words.messages.length === 0) words.messages.push(raw?.emptyBody || !e.message ? "no error body" : e.message);
  let retryAfterMs = parseRetryAfter((raw?.headers ?? e.response?.headers)?.get("retry-after"), now);
  // Log Analytics sends `retry-after: 0` on a 504 (and on 200s): that is no hint, never "retry now".
  if (retryAfterMs === 0 && status >= 500) retryAfterMs = undefined;
  const code = words.codes[0] ?? e.code;
  const said = `${words.codes.length ? " " : ": "}${describeWords(words)}`;
  return new UpstreamError(kindForStatus(status), `Log Analytics answered HTTP ${status}${said}`, { status, code, retryAfterMs });
}
