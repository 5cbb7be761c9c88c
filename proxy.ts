/**
 * Runs before every page and API route (Next 16 "proxy", formerly middleware; Node runtime):
 * decides access (lib/security/gate.ts), rate-limits the data routes, and sets the CSP nonce and
 * security headers. Route handlers learn who asked from the x-aad-principal request header.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { dataSourceKind, getConfigState } from "@/lib/config/runtime";
import { readEnv, type DashboardEnv } from "@/lib/env";
import { checkBody } from "@/lib/security/body-limit";
import { hostPolicy, isAllowedHost, misdirectedHostError } from "@/lib/security/allowed-hosts";
import { decideAccess, KIOSK_COOKIE, type GateDecision } from "@/lib/security/gate";
import { contentSecurityPolicy, HSTS, isHttps, newNonce } from "@/lib/security/headers";
import { INTERNAL_HEADERS, NONCE_HEADER, PRINCIPAL_HEADER, REQUEST_URL_HEADER, type Principal } from "@/lib/security/principal";
import { rateLimitKey, SharedRateLimiter, TokenBucketLimiter, type RateLimiter } from "@/lib/security/rate-limit";
import { badPageHtml, pageQueryError } from "@/lib/security/page-query";
import { untakenParameterError } from "@/lib/security/route-params";
import { badRequestBody } from "@/lib/params/result";
import { allowedMethods, hasMalformedEncoding, isApiPath, isRateLimited, kioskRedirect } from "@/lib/security/routes";
import { sharedTier } from "@/lib/shared-tier";
import { busyPageHtml, cachedPage, INTERNAL_RENDER_HEADER, isInternalRender } from "@/lib/page-cache/serve";
import { namesMissingIncident } from "@/lib/wiring/missing-incident";
import { missingIncidentRewrite } from "@/lib/catalog/incident-page";

// One limiter per server process, sized from RATE_LIMIT_BURST / RATE_LIMIT_PER_SECOND (600, 20/s);
// with REDIS_URL one budget per client across every replica.
let limiter: RateLimiter | undefined;
function getLimiter(env: DashboardEnv): RateLimiter {
  const options = { capacity: env.RATE_LIMIT_BURST, refillPerSecond: env.RATE_LIMIT_PER_SECOND };
  const tier = sharedTier();
  limiter ??= tier ? new SharedRateLimiter(tier, options) : new TokenBucketLimiter(options);
  return limiter;
}
const ENTRA_LOGIN = "https://login.microsoftonline.com";

async function sessionUser(request: NextRequest, secret: string | undefined): Promise<string | undefined> {
  if (!secret) return undefined;
  const token = await getToken({ req: request, secret });
  return typeof token?.sub === "string" ? token.sub : undefined;
}

function denyResponse(request: NextRequest, d: Extract<GateDecision, { action: "deny" }>): NextResponse {
  const headers = { "cache-control": "no-store" };
  if (isApiPath(request.nextUrl.pathname)) {
    return NextResponse.json({ error: d.error, ...(d.signIn ? { signIn: d.signIn } : {}) }, { status: d.status, headers });
  }
  const link = d.signIn ? `\n\nSign in: ${d.signIn}` : "";
  return new NextResponse(`${d.error}${link}\n`, { status: d.status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}

function withSecurityHeaders(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (hasMalformedEncoding(request.nextUrl.pathname)) {
    // A hostile or broken link: say so, and log a bounded, quoted copy of the path.
    console.warn(`400 malformed percent-encoding in ${request.method} ${JSON.stringify(request.nextUrl.pathname.slice(0, 200))}`);
    // Before the nonce exists: this answer runs no script, so it gets the strictest policy.
    const headers = { "cache-control": "no-store", "content-security-policy": "default-src 'none'; frame-ancestors 'none'" };
    return NextResponse.json({ error: "malformed percent-encoding in the path" }, { status: 400, headers });
  }
  let env: DashboardEnv;
  try {
    env = readEnv();
  } catch (err) {
    // Start-up refuses a bad environment (instrumentation-node.ts); should one get here, say why, not 500.
    const message = err instanceof Error ? err.message : String(err);
    return NextResponse.json({ error: `server misconfigured: ${message.split(":")[0]}` }, { status: 503, headers: { "cache-control": "no-store" } });
  }
  const state = getConfigState();
  // DNS rebinding: a Host this dashboard does not answer to gets 421 and no data. The page cache's
  // own render (its token proves it) passed as its viewer's request.
  const hostHeader = request.headers.get("host");
  const policy = hostPolicy({ nextAuthUrl: env.NEXTAUTH_URL, envEntries: env.DASHBOARD_ALLOWED_HOSTS, configEntries: state.ok ? state.config.allowedHosts : [] });
  if (!isAllowedHost(hostHeader, policy) && !isInternalRender(request.headers)) {
    const refusal = misdirectedHostError(hostHeader ?? "", policy);
    const headers = { "cache-control": "no-store", "content-security-policy": "default-src 'none'; frame-ancestors 'none'" };
    return isApiPath(request.nextUrl.pathname)
      ? NextResponse.json(refusal, { status: 421, headers })
      : new NextResponse(`${refusal.error}\n`, { status: 421, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
  }
  const auth = state.ok ? state.config.auth : undefined;
  const https = isHttps(request.nextUrl, request.headers);
  const nonce = newNonce();
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https,
    formActions: auth?.enabled ? [ENTRA_LOGIN] : [],
  });
  const missingSecrets = auth?.enabled
    ? (["NEXTAUTH_SECRET", "AUTH_ENTRA_CLIENT_SECRET"] as const).filter((name) => !env[name])
    : [];

  const decision = decideAccess({
    url: request.nextUrl,
    method: request.method,
    auth,
    configError: state.ok ? undefined : state.error,
    missingSecrets,
    userId: auth?.enabled ? await sessionUser(request, env.NEXTAUTH_SECRET) : undefined,
    kioskSecret: env.KIOSK_SIGNING_SECRET,
    kioskCookie: request.cookies.get(KIOSK_COOKIE)?.value,
    now: new Date(),
  });

  const body = checkBody(request.method, request.headers);
  if (!body.ok) return withSecurityHeaders(NextResponse.json({ error: body.error }, { status: body.status, headers: { "cache-control": "no-store" } }), csp, https);

  const cookieOptions = { httpOnly: true, sameSite: "lax" as const, secure: https, path: "/" };
  if (decision.action === "deny") {
    const res = withSecurityHeaders(denyResponse(request, decision), csp, https);
    if (decision.clearKioskCookie) res.cookies.set(KIOSK_COOKIE, "", { ...cookieOptions, maxAge: 0 });
    return res;
  }
  if (decision.action === "redirect") {
    const target = request.nextUrl.clone();
    const location = new URL(decision.location, "http://relative.invalid");
    target.pathname = location.pathname;
    target.search = location.search;
    const res = withSecurityHeaders(NextResponse.redirect(target, 303), csp, https);
    if (decision.setKioskCookie) res.cookies.set(KIOSK_COOKIE, decision.setKioskCookie.value, { ...cookieOptions, maxAge: decision.setKioskCookie.maxAgeSeconds });
    return res;
  }

  const principal: Principal = decision.principal;
  // The page cache's own render of a page was counted when its viewer asked.
  const internalRender = isInternalRender(request.headers);
  if (isRateLimited(request.nextUrl.pathname) && !internalRender) {
    const verdict = await getLimiter(env).take(rateLimitKey(principal, request.headers, env.RATE_LIMIT_CLIENT_HEADER), Date.now());
    if (!verdict.allowed) {
      const res = NextResponse.json(
        { error: "too many requests", retryAfterSeconds: verdict.retryAfterSeconds },
        { status: 429, headers: { "retry-after": String(verdict.retryAfterSeconds), "cache-control": "no-store" } },
      );
      return withSecurityHeaders(res, csp, https);
    }
  }

  const allowed = allowedMethods(request.nextUrl.pathname);
  if (!allowed.includes(request.method)) {
    const error = `method ${request.method} is not allowed here; allowed: ${allowed.join(", ")}`;
    const headers = { allow: allowed.join(", "), "cache-control": "no-store" };
    const res = isApiPath(request.nextUrl.pathname)
      ? NextResponse.json({ error, allowed: allowed.join(", ") }, { status: 405, headers })
      : new NextResponse(`${error}\n`, { status: 405, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
    return withSecurityHeaders(res, csp, https);
  }

  const untaken = untakenParameterError(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (untaken) {
    const headers = { "cache-control": "no-store" };
    const res = isApiPath(request.nextUrl.pathname)
      ? NextResponse.json(badRequestBody(untaken), { status: 400, headers })
      : new NextResponse(badPageHtml(untaken), { status: 400, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
    return withSecurityHeaders(res, csp, https);
  }

  if (state.ok && !isApiPath(request.nextUrl.pathname)) {
    const invalid = pageQueryError(request.nextUrl.pathname, request.nextUrl.searchParams, {
      config: state.config,
      now: env.DASHBOARD_AS_OF ? new Date(env.DASHBOARD_AS_OF) : new Date(),
      embedded: dataSourceKind(state.config) === "embedded",
    });
    if (invalid) {
      const html = badPageHtml(invalid);
      return withSecurityHeaders(new NextResponse(html, { status: 400, headers: { "cache-control": "no-store", "content-type": "text/html; charset=utf-8" } }), csp, https);
    }
  }

  // Client-sent copies of our internal headers are dropped so handlers can trust them.
  const headers = new Headers(request.headers);
  for (const name of [...INTERNAL_HEADERS, INTERNAL_RENDER_HEADER]) headers.delete(name);
  headers.set(PRINCIPAL_HEADER, principal.kind);
  headers.set(NONCE_HEADER, nonce);
  headers.set(REQUEST_URL_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  // Next reads the nonce from the request's CSP header and puts it on its own inline scripts.
  headers.set("Content-Security-Policy", csp);
  const redirect = principal.kind === "kiosk" ? kioskRedirect(request.nextUrl.pathname) : undefined;
  if (redirect) {
    const target = request.nextUrl.clone();
    target.pathname = redirect;
    return withSecurityHeaders(NextResponse.redirect(target, 307), csp, https);
  }
  if (state.ok && !internalRender) {
    const page = await cachedPage({ method: request.method, url: request.nextUrl, headers: request.headers, principal: principal.kind }, nonce, env.PAGE_CACHE_SECONDS);
    if (page?.from === "busy") {
      const headers = { "retry-after": String(page.retryAfterSeconds), "cache-control": "no-store", "content-type": "text/html; charset=utf-8", "x-page-cache": "busy" };
      return withSecurityHeaders(new NextResponse(busyPageHtml(page.retryAfterSeconds), { status: 503, headers }), csp, https);
    }
    if (page) {
      const res = new NextResponse(page.body, { status: page.status, headers: page.headers });
      res.headers.set("x-page-cache", page.from);
      return withSecurityHeaders(res, csp, https);
    }
  }
  // An incident id naming no incident: Next's not-found route, rendered on the server with status 404
  // (app/not-found.tsx says which incident and why); the page's own notFound() would be an empty
  // shell drawn by the client (lib/wiring/missing-incident.ts). `_` folders are never routes.
  if (state.ok && (request.method === "GET" || request.method === "HEAD") && (await namesMissingIncident(request.nextUrl, state.config))) {
    return withSecurityHeaders(NextResponse.rewrite(missingIncidentRewrite(request.nextUrl), { request: { headers } }), csp, https);
  }
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp, https);
}

export const config = {
  // Everything but build assets; prefetches are included on purpose (they carry data too).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
