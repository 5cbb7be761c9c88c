/**
 * Methods the Fetch standard forbids in a `Request` (CONNECT, TRACE, TRACK) never reach proxy.ts: Next
 * builds a `Request` for it first, undici throws "'TRACE' HTTP method is unsupported.", and Next answers
 * a bare `500 Internal Server Error` without the security headers, logging a stack trace per request.
 * Node itself answers TRACK (400, its parser does not know it) and CONNECT (its own 'connect' event,
 * no listener: the socket closes), so TRACE is the one that got through. This answers it on the raw
 * request, before Next, the way proxy.ts answers any other method the dashboard does not take: 405
 * with `Allow`, JSON on /api. (TRACE echoes the request back on servers that support it; we never do.)
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { STATIC_SECURITY_HEADERS } from "./headers";
import { allowedMethods, isApiPath } from "./routes";

const FORBIDDEN = new Set(["CONNECT", "TRACE", "TRACK"]);

function pathnameOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? "/", "http://unroutable.invalid").pathname;
  } catch {
    return "/";
  }
}

/** Answers a forbidden method with 405 and returns "answered"; any other request is left alone. */
export function answerUnroutableMethod(req: IncomingMessage, res: ServerResponse): "answered" | undefined {
  const method = (req.method ?? "").toUpperCase();
  if (!FORBIDDEN.has(method)) return undefined;
  const pathname = pathnameOf(req);
  const allowed = allowedMethods(pathname).join(", ");
  return answerBeforeNext(req, res, 405, { error: `method ${method} is not allowed here; allowed: ${allowed}`, allowed, api: isApiPath(pathname) }, { allow: allowed });
}

/**
 * Answers on the raw request, before Next: `{error, allowed}` as JSON on /api, else plain text, with
 * the static security headers, `no-store` and a CSP that lets the answer load nothing.
 */
export function answerBeforeNext(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  refusal: { error: string; allowed: string; api: boolean },
  extra: Record<string, string> = {},
): "answered" {
  const body = refusal.api ? `${JSON.stringify({ error: refusal.error, allowed: refusal.allowed })}\n` : `${refusal.error}\n`;
  const headers: Record<string, string> = {
    ...extra,
    "cache-control": "no-store",
    "content-type": refusal.api ? "application/json" : "text/plain; charset=utf-8",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "content-length": String(Buffer.byteLength(body)),
  };
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers[key] = value;
  res.writeHead(status, headers);
  // The request's body (if any) is not read: drain it so the connection can carry the next request.
  req.resume();
  res.end(req.method === "HEAD" ? undefined : body);
  return "answered";
}
