/**
 * Kiosk links let a wall screen in without a person signing in. A link carries a token
 * `k1.<payload>.<mac>`: base64url JSON `{id, kv, iat, exp}` and its HMAC-SHA256 under
 * KIOSK_SIGNING_SECRET. Valid only for the wall's routes (see access.ts); revoked by id or by
 * raising `auth.kiosk.keyVersion`.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";

const PREFIX = "k1";
/** Tolerated clock skew for `iat` in the future between the issuing and the checking server. */
const SKEW_SECONDS = 60;

const payloadSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    kv: z.number().int().min(1),
    iat: z.number().int(),
    exp: z.number().int(),
  })
  .strict();

export type KioskClaims = z.infer<typeof payloadSchema>;

export interface KioskPolicy {
  keyVersion: number;
  revokedIds: readonly string[];
  maxLifetimeDays: number;
}

export type KioskVerdict =
  | { ok: true; claims: KioskClaims }
  | { ok: false; reason: "malformed" | "bad-signature" | "expired" | "revoked" | "not-yet-valid" | "lifetime-too-long" | "disabled" };

function mac(secret: string, payload: string): Buffer {
  // Domain-separated so the same secret could never validate some other HMAC'd value as a link.
  return createHmac("sha256", secret).update(`aad-kiosk.${PREFIX}.${payload}`).digest();
}

export function newKioskId(): string {
  return randomBytes(9).toString("base64url");
}

/** Issues a token; `lifetimeSeconds` must fit the policy's maximum lifetime. */
export function signKioskToken(
  secret: string,
  opts: { now: Date; lifetimeSeconds: number; policy: KioskPolicy; id?: string },
): { token: string; claims: KioskClaims } {
  const max = opts.policy.maxLifetimeDays * 86_400;
  if (!(opts.lifetimeSeconds > 0 && opts.lifetimeSeconds <= max)) {
    throw new RangeError(`kiosk link lifetime must be between 1 second and ${opts.policy.maxLifetimeDays} days`);
  }
  const iat = Math.floor(opts.now.getTime() / 1000);
  const claims: KioskClaims = { id: opts.id ?? newKioskId(), kv: opts.policy.keyVersion, iat, exp: iat + Math.floor(opts.lifetimeSeconds) };
  const payload = Buffer.from(JSON.stringify(claims), "utf8").toString("base64url");
  return { token: `${PREFIX}.${payload}.${mac(secret, payload).toString("base64url")}`, claims };
}

/** Checks shape, signature (constant time), key version, revocation, expiry and lifetime. */
export function verifyKioskToken(secret: string, token: string, opts: { now: Date; policy: KioskPolicy }): KioskVerdict {
  if (token.length > 1024) return { ok: false, reason: "malformed" };
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== PREFIX || !/^[A-Za-z0-9_-]+$/.test(parts[1]) || !/^[A-Za-z0-9_-]+$/.test(parts[2])) {
    return { ok: false, reason: "malformed" };
  }
  // One valid spelling per token: base64url's last character carries spare bits that decoding
  // ignores, so "…A" and "…B" could name the same bytes. Only the canonical (re-encoded) form passes.
  if (!isCanonicalBase64url(parts[1]) || !isCanonicalBase64url(parts[2])) return { ok: false, reason: "malformed" };
  const given = Buffer.from(parts[2], "base64url");
  const expected = mac(secret, parts[1]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad-signature" };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const claims = parsed.data;
  const now = Math.floor(opts.now.getTime() / 1000);
  if (claims.kv !== opts.policy.keyVersion || opts.policy.revokedIds.includes(claims.id)) return { ok: false, reason: "revoked" };
  if (claims.iat > now + SKEW_SECONDS) return { ok: false, reason: "not-yet-valid" };
  if (claims.exp <= now) return { ok: false, reason: "expired" };
  if (claims.exp - claims.iat > opts.policy.maxLifetimeDays * 86_400) return { ok: false, reason: "lifetime-too-long" };
  return { ok: true, claims };
}

function isCanonicalBase64url(text: string): boolean {
  return Buffer.from(text, "base64url").toString("base64url") === text;
}
