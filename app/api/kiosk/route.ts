import type { NextRequest } from "next/server";
import { getConfig } from "@/lib/config/runtime";
import { readEnv } from "@/lib/env";
import { badRequestResponse, getParam, parseKioskLifetime, parseWallQuery } from "@/lib/params";
import { KIOSK_QUERY } from "@/lib/security/gate";
import { signKioskToken } from "@/lib/security/kiosk-token";

export const dynamic = "force-dynamic";

const WALL_KEYS = ["range", "from", "to", "region", "refresh", "rotate"];

/** A signed-in user mints a kiosk link for a wall screen: `GET /api/kiosk?ttl=7d&rotate=30s`. */
export function GET(request: NextRequest) {
  const config = getConfig();
  const env = readEnv();
  if (!config.auth?.enabled) return Response.json({ error: "sign-in is off, so the wall needs no kiosk link" }, { status: 404 });
  if (!env.KIOSK_SIGNING_SECRET) return Response.json({ error: "KIOSK_SIGNING_SECRET is not set on the server" }, { status: 503 });
  const now = new Date();
  const params = request.nextUrl.searchParams;
  const ttl = parseKioskLifetime(getParam(params, "ttl"), config.auth.kiosk.maxLifetimeDays);
  if (!ttl.ok) return badRequestResponse(ttl.error);
  const wall = parseWallQuery(params, { config, now });
  if (!wall.ok) return badRequestResponse(wall.error);

  const { token, claims } = signKioskToken(env.KIOSK_SIGNING_SECRET, { now, lifetimeSeconds: ttl.value, policy: config.auth.kiosk });
  const url = new URL("/wall", env.NEXTAUTH_URL ?? request.nextUrl.origin);
  for (const key of WALL_KEYS) {
    const value = params.get(key);
    if (value) url.searchParams.set(key, value);
  }
  url.searchParams.set(KIOSK_QUERY, token);
  return Response.json(
    { url: url.toString(), id: claims.id, expiresAt: new Date(claims.exp * 1000).toISOString(), revoke: `add "${claims.id}" to auth.kiosk.revokedIds` },
    { headers: { "cache-control": "no-store" } },
  );
}
