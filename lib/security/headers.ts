/**
 * Content-Security-Policy and transport headers set by proxy.ts on every response it handles.
 * Scripts are allowed by a per-request nonce (Next applies it to its own inline scripts when the
 * request carries this CSP); 'unsafe-eval' only in development, where React needs it.
 */

export interface CspOptions {
  nonce: string;
  dev: boolean;
  /** Origins the sign-in form may post/redirect to (Entra's login host when sign-in is on). */
  formActions?: readonly string[];
  https: boolean;
}

export function contentSecurityPolicy(o: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${o.nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`,
    // Recharts and React set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${o.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${o.formActions?.length ? ` ${o.formActions.join(" ")}` : ""}`,
    "frame-ancestors 'none'",
  ];
  if (o.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** 16 random bytes, base64: the CSP nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

export const HSTS = "max-age=63072000; includeSubDomains";

/** True when the client reached us over https (directly or through a TLS-terminating front). */
export function isHttps(url: URL, headers: Pick<Headers, "get">): boolean {
  if (url.protocol === "https:") return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** Static headers for every response (next.config.js `headers()` mirrors these). */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/**
 * Sets the static headers on a response before Next sees its request. next.config's headers()
 * sets the same values on what Next routes, but Next answers a trailing-slash 308 (`/wall/`)
 * before that step, with a body and without them (found by probing the built server).
 */
export function presetStaticSecurityHeaders(res: { setHeader(name: string, value: string): unknown }): void {
  for (const { key, value } of STATIC_SECURITY_HEADERS) res.setHeader(key, value);
}

/**
 * For every API answer, errors included: a 404 or 503 without Cache-Control may be stored by a
 * browser or proxy (404 is heuristically cacheable) and shown after the cause is gone.
 */
export const NO_STORE = { "cache-control": "no-store" } as const;
