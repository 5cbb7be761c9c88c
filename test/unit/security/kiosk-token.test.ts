import { describe, expect, it } from "vitest";
import { signKioskToken, verifyKioskToken, type KioskPolicy } from "@/lib/security/kiosk-token";

const secret = "k".repeat(40);
const policy: KioskPolicy = { keyVersion: 2, revokedIds: ["revoked1"], maxLifetimeDays: 30 };
const now = new Date("2026-03-10T12:00:00Z");
const day = 86_400;

describe("kiosk tokens", () => {
  it("verifies a token it signed until it expires", () => {
    const { token, claims } = signKioskToken(secret, { now, lifetimeSeconds: 7 * day, policy });
    expect(claims).toMatchObject({ kv: 2, exp: claims.iat + 7 * day });
    expect(verifyKioskToken(secret, token, { now, policy })).toEqual({ ok: true, claims });
    const later = new Date(now.getTime() + 7 * day * 1000 - 1000);
    expect(verifyKioskToken(secret, token, { now: later, policy }).ok).toBe(true);
    const expired = new Date(now.getTime() + 7 * day * 1000);
    expect(verifyKioskToken(secret, token, { now: expired, policy })).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses altered tokens and other secrets", () => {
    const { token } = signKioskToken(secret, { now, lifetimeSeconds: day, policy });
    const [prefix, payload, mac] = token.split(".");
    const extended = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), exp: 4_000_000_000 })).toString("base64url");
    expect(verifyKioskToken(secret, `${prefix}.${extended}.${mac}`, { now, policy })).toEqual({ ok: false, reason: "bad-signature" });
    const flipped = mac.slice(0, -2) + (mac.at(-2) === "A" ? "B" : "A") + mac.at(-1);
    expect(verifyKioskToken(secret, `${prefix}.${payload}.${flipped}`, { now, policy })).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifyKioskToken("x".repeat(40), token, { now, policy })).toEqual({ ok: false, reason: "bad-signature" });
    for (const junk of ["", "k1", "k1..", `k2.${payload}.${mac}`, `${token}.x`, "k1.a b.c", "x".repeat(2000)]) {
      expect(verifyKioskToken(secret, junk, { now, policy }).ok).toBe(false);
    }
  });

  it("is revoked by id and by a new key version", () => {
    const { token } = signKioskToken(secret, { now, lifetimeSeconds: day, policy, id: "revoked1" });
    expect(verifyKioskToken(secret, token, { now, policy })).toEqual({ ok: false, reason: "revoked" });
    const { token: other } = signKioskToken(secret, { now, lifetimeSeconds: day, policy });
    expect(verifyKioskToken(secret, other, { now, policy: { ...policy, keyVersion: 3 } })).toEqual({ ok: false, reason: "revoked" });
  });

  it("bounds the lifetime at issue and at check", () => {
    expect(() => signKioskToken(secret, { now, lifetimeSeconds: 31 * day, policy })).toThrow(/30 days/);
    expect(() => signKioskToken(secret, { now, lifetimeSeconds: 0, policy })).toThrow();
    const { token } = signKioskToken(secret, { now, lifetimeSeconds: 30 * day, policy });
    expect(verifyKioskToken(secret, token, { now, policy: { ...policy, maxLifetimeDays: 7 } })).toEqual({ ok: false, reason: "lifetime-too-long" });
    const future = signKioskToken(secret, { now: new Date(now.getTime() + 3600_000), lifetimeSeconds: day, policy });
    expect(verifyKioskToken(secret, future.token, { now, policy })).toEqual({ ok: false, reason: "not-yet-valid" });
  });
});

describe("kiosk token spelling", () => {
  it("accepts exactly one spelling: the spare bits of the last base64url character must be zero", () => {
    const { token } = signKioskToken(secret, { now, lifetimeSeconds: day, policy });
    const [prefix, payload, mac] = token.split(".");
    // A 32-byte MAC is 43 base64url characters: the last one carries 4 data bits and 2 spare bits.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(mac.slice(-1));
    const sameBytes = [1, 2, 3].map((spare) => `${mac.slice(0, -1)}${alphabet[(last & ~3) | spare]}`);
    for (const spelling of sameBytes) {
      expect(Buffer.from(spelling, "base64url").equals(Buffer.from(mac, "base64url"))).toBe(true); // decoders agree: same bytes
      expect(verifyKioskToken(secret, `${prefix}.${payload}.${spelling}`, { now, policy })).toEqual({ ok: false, reason: "malformed" });
    }
    expect(verifyKioskToken(secret, token, { now, policy }).ok).toBe(true);
  });
});
