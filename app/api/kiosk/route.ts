import type { NextRequest } from "next/server";
import { dataSourceKind, getConfig } from "@/lib/config/runtime";
import { readEnv } from "@/lib/env";
import { badRequestResponse, getParam, parseKioskLifetime } from "@/lib/params";
import { KIOSK_QUERY } from "@/lib/security/gate";
import { signKioskToken } from "@/lib/security/kiosk-token";
import { kioskWallUrl } from "@/lib/wall/kiosk-link";
import { sourceNow } from "@/lib/wiring/source";
import { NO_STORE } from "@/lib/security/headers";

export const dynamic = "force-dynamic";

/** A signed-in user mints a kiosk link for a wall screen: `GET /api/kiosk?ttl=7d&rotate=30s&at=…&reloadHours=…`. */
export function GET(request: NextRequest) {
  const config = getConfig();
  const env = readEnv();
  if (!config.auth?.enabled) return Response.json({ error: "sign-in is off, so the wall needs no kiosk link" }, { status: 404, headers: NO_STORE });
  if (!env.KIOSK_SIGNING_SECRET) return Response.json({ error: "KIOSK_SIGNING_SECRET is not set on the server" }, { status: 503, headers: NO_STORE });
  const now = new Date();
  const params = request.nextUrl.searchParams;
  const ttl = parseKioskLifetime(getParam(params, "ttl"), config.auth.kiosk.maxLifetimeDays);
  if (!ttl.ok) return badRequestResponse(ttl.error);
  const wall = kioskWallUrl(params, { origin: env.NEXTAUTH_URL ?? request.nextUrl.origin, embedded: dataSourceKind(config) === "embedded", now: sourceNow() });
  if (!wall.ok) return badRequestResponse(wall.error);

  const { token, claims } = signKioskToken(env.KIOSK_SIGNING_SECRET, { now, lifetimeSeconds: ttl.value, policy: config.auth.kiosk });
  const url = wall.value;
  url.searchParams.set(KIOSK_QUERY, token);
  return Response.json(
    { url: url.toString(), id: claims.id, expiresAt: new Date(claims.exp * 1000).toISOString(), revoke: `add "${claims.id}" to auth.kiosk.revokedIds` },
    { headers: NO_STORE },
  );
}
