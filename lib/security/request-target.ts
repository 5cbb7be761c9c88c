/**
 * Request targets that are not a path (RFC 9112 §3.2). Next builds `new URL(req.url)` from the
 * target, which throws for `*`: `OPTIONS * HTTP/1.1` (and `GET *`) got a bare `500 Internal Server
 * Error` without the CSP, and a stack trace in the log per request (found by probing the built
 * server). An absolute target (`GET http://host/wall`, the form a client sends to a proxy) got a 308
 * whose Location was the target itself, so any host the request named came back as a redirect.
 *
 * - `OPTIONS *` asks about the server as a whole (RFC 9110 §9.3.7): 204 with the methods some route
 *   answers in `Allow`. `*` with any other method is malformed: 400.
 * - An absolute target must be accepted by an origin server (RFC 9112 §3.2.2): it is served as its
 *   path and query, the form every browser sends; the host it names is not used (the dashboard is one
 *   site, and the Host header stays what the proxy in front of it set).
 * - Anything else (`api/health`, `?range=1h`, an authority): 400 naming the form allowed.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { STATIC_SECURITY_HEADERS } from "./headers";
import { answerBeforeNext } from "./unroutable-method";

/** Every method some route of the dashboard answers (pages GET/HEAD, /api also OPTIONS). */
const SERVER_METHODS = "GET, HEAD, OPTIONS";
const ALLOWED = "a path starting with /, e.g. /api/snapshot?range=1h";

/** Answers or rewrites a target that is not a path; returns "answered" when it answered. */
export function answerRequestTarget(req: IncomingMessage, res: ServerResponse): "answered" | undefined {
  const target = req.url ?? "/";
  if (target.startsWith("/")) return undefined;
  const method = (req.method ?? "").toUpperCase();
  if (target === "*") {
    if (method === "OPTIONS") {
      const headers: Record<string, string> = { allow: SERVER_METHODS, "cache-control": "no-store" };
      for (const { key, value } of STATIC_SECURITY_HEADERS) headers[key] = value;
      res.writeHead(204, headers);
      req.resume();
      res.end();
      return "answered";
    }
    return refuse(req, res, `request target "*" is for OPTIONS only, not ${method}`);
  }
  const absolute = absolutePath(target);
  if (absolute !== undefined) {
    req.url = absolute;
    return undefined;
  }
  return refuse(req, res, `request target ${JSON.stringify(target.slice(0, 200))} is not a path`);
}

function absolutePath(target: string): string | undefined {
  if (!/^https?:\/\//i.test(target)) return undefined;
  try {
    const url = new URL(target);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

// Not JSON: without a path there is no /api to tell a data client by.
const refuse = (req: IncomingMessage, res: ServerResponse, error: string) =>
  answerBeforeNext(req, res, 400, { error: `${error}; allowed: ${ALLOWED}`, allowed: ALLOWED, api: false });
