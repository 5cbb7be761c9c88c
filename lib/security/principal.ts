/**
 * Who made a request, as established by proxy.ts and passed to route handlers in a request
 * header. proxy.ts deletes any client-sent copy first, so handlers may trust it.
 */

export const PRINCIPAL_HEADER = "x-aad-principal";
export const NONCE_HEADER = "x-nonce";
/**
 * The request's path and query as proxy.ts saw them: a segment's not-found.tsx, which Next renders
 * without the page's params, reads it to say what was not found (app/not-found.tsx, app/incidents/[id]/not-found.tsx).
 */
export const REQUEST_URL_HEADER = "x-dashboard-request-url";
/** Headers only proxy.ts may set; stripped from every incoming request. */
export const INTERNAL_HEADERS = [PRINCIPAL_HEADER, NONCE_HEADER, REQUEST_URL_HEADER, "x-aad-user", "x-aad-kiosk-id"] as const;

/** The URL proxy.ts passed in REQUEST_URL_HEADER (path and query; / without it). */
export function requestUrl(headers: Pick<Headers, "get">): URL {
  return new URL(headers.get(REQUEST_URL_HEADER) ?? "/", "http://request.invalid");
}

/** `anonymous`: sign-in is off (demo); `user`: signed in; `kiosk`: a wall screen's kiosk link. */
export type PrincipalKind = "anonymous" | "user" | "kiosk";

export interface Principal {
  kind: PrincipalKind;
  /** User subject (object id) or kiosk link id. */
  id?: string;
}

type HeaderSource = Pick<Headers, "get">;

export function principalFromHeaders(headers: HeaderSource): PrincipalKind | undefined {
  const value = headers.get(PRINCIPAL_HEADER);
  return value === "anonymous" || value === "user" || value === "kiosk" ? value : undefined;
}

export const isKioskRequest = (headers: HeaderSource): boolean => principalFromHeaders(headers) === "kiosk";

/**
 * Whether a request may see server details (file paths, which file failed and why): not a kiosk,
 * and, with sign-in on, only a signed-in user; the public probes answer strangers too.
 */
export const seesServerDetails = (headers: HeaderSource, signInOn: boolean): boolean => {
  const kind = principalFromHeaders(headers);
  return kind !== "kiosk" && (!signInOn || kind === "user");
};
