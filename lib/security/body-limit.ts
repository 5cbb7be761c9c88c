/**
 * Request bodies: the dashboard's own routes take none, and the sign-in flow's POSTs (next-auth
 * sign-in, sign-out, client `_log`) are a few hundred bytes. proxy.ts refuses anything bigger
 * before a route reads it (measured: an unauthenticated 11 MB POST /api/auth/_log answered 500).
 */
export const MAX_BODY_BYTES = 64 * 1024;

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; error: string };

export function checkBody(method: string, headers: Pick<Headers, "get">): BodyVerdict {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return { ok: true };
  const length = headers.get("content-length");
  if (length === null) {
    // A chunked body has no length to check up front; browsers send one for form and fetch bodies.
    if (headers.get("transfer-encoding")) return { ok: false, status: 411, error: "a request body needs a Content-Length" };
    return { ok: true };
  }
  const bytes = Number(length);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return { ok: false, status: 413, error: "invalid Content-Length" };
  if (bytes > MAX_BODY_BYTES) return { ok: false, status: 413, error: `request body of ${bytes} bytes is over the ${MAX_BODY_BYTES}-byte limit` };
  return { ok: true };
}
