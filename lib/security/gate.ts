/**
 * The access decision proxy.ts applies to every request, framework-free so it is unit-tested
 * without Next: who is asking (user, kiosk link, nobody) and whether this route admits them.
 */
import type { AuthConfig } from "../config/schema";
import { verifyKioskToken, type KioskVerdict } from "./kiosk-token";
import type { Principal } from "./principal";
import { classifyRoute, isApiPath, normalizePath } from "./routes";

export const KIOSK_COOKIE = "aad_kiosk";
export const KIOSK_QUERY = "kiosk";
export const SIGN_IN_PATH = "/api/auth/signin";
const DIAGNOSIS_PATHS = new Set(["/api/health", "/api/ready", "/doctor", "/api/doctor"]);

export interface GateInput {
  url: URL;
  method: string;
  /** The validated config's auth section, or undefined when sign-in is off. */
  auth: AuthConfig | undefined;
  /** Set when the configuration failed to load: nothing can be decided, so refuse. */
  configError?: string;
  /** Missing secrets when sign-in is on (e.g. "NEXTAUTH_SECRET"). */
  missingSecrets: readonly string[];
  /** The signed-in user's subject from the session cookie, if any. */
  userId: string | undefined;
  kioskSecret: string | undefined;
  kioskCookie: string | undefined;
  now: Date;
}

export interface KioskCookie {
  value: string;
  maxAgeSeconds: number;
}

export type GateDecision =
  | { action: "next"; principal: Principal; clearKioskCookie?: boolean }
  | { action: "redirect"; location: string; setKioskCookie?: KioskCookie; clearKioskCookie?: boolean }
  | { action: "deny"; status: 401 | 403 | 503; error: string; signIn?: string; clearKioskCookie?: boolean };

function checkKiosk(input: GateInput, token: string): KioskVerdict {
  // Without KIOSK_SIGNING_SECRET no link can be checked, so every link is refused.
  if (!input.kioskSecret || !input.auth) return { ok: false, reason: "disabled" };
  return verifyKioskToken(input.kioskSecret, token, { now: input.now, policy: input.auth.kiosk });
}

function signInUrl(url: URL): string {
  const callback = `${url.pathname}${url.search}`;
  return `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(callback)}`;
}

export function decideAccess(input: GateInput): GateDecision {
  const { url } = input;
  if (input.configError) {
    // Auth settings are unknown, so refuse all but the diagnosis routes that explain the problem.
    if (DIAGNOSIS_PATHS.has(normalizePath(url.pathname))) return { action: "next", principal: { kind: "anonymous" } };
    return { action: "deny", status: 503, error: "the dashboard's configuration is invalid; see /api/health or /doctor" };
  }
  if (!input.auth?.enabled) return { action: "next", principal: { kind: "anonymous" } };
  if (input.missingSecrets.length) {
    return { action: "deny", status: 503, error: `sign-in is enabled but ${input.missingSecrets.join(", ")} is not set on the server` };
  }
  const routeClass = classifyRoute(url.pathname, input.method);
  if (routeClass === "public") return { action: "next", principal: input.userId ? { kind: "user", id: input.userId } : { kind: "anonymous" } };
  if (input.userId) return { action: "next", principal: { kind: "user", id: input.userId } };

  // A kiosk link (`/wall?kiosk=…`) becomes an HttpOnly cookie, and the token leaves the URL.
  const linkToken = url.searchParams.get(KIOSK_QUERY);
  if (linkToken !== null && routeClass === "kiosk" && !isApiPath(url.pathname)) {
    const verdict = checkKiosk(input, linkToken);
    if (!verdict.ok) return { action: "deny", status: 401, error: `kiosk link refused: ${verdict.reason}`, clearKioskCookie: true };
    const clean = new URL(url);
    clean.searchParams.delete(KIOSK_QUERY);
    const maxAgeSeconds = verdict.claims.exp - Math.floor(input.now.getTime() / 1000);
    return { action: "redirect", location: `${normalizePath(clean.pathname)}${clean.search}`, setKioskCookie: { value: linkToken, maxAgeSeconds } };
  }
  if (input.kioskCookie) {
    const verdict = checkKiosk(input, input.kioskCookie);
    if (!verdict.ok) {
      return { action: "deny", status: 401, error: `kiosk link refused: ${verdict.reason}`, signIn: signInUrl(url), clearKioskCookie: true };
    }
    if (routeClass === "kiosk") return { action: "next", principal: { kind: "kiosk", id: verdict.claims.id } };
    return { action: "deny", status: 403, error: "a kiosk link opens only the wall (/wall) and its data" };
  }
  if (isApiPath(url.pathname)) return { action: "deny", status: 401, error: "sign-in required", signIn: SIGN_IN_PATH };
  return { action: "redirect", location: signInUrl(url) };
}
