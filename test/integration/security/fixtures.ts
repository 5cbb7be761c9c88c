import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import canaries from "./build-canaries.json";

/**
 * Recognisable secrets in the environment of the build the bundle scan greps (built-app.test.ts, or
 * scripts/test-all.mjs's one build for every layer, which reads the same JSON file).
 */
export const BUILD_CANARIES: Readonly<Record<string, string>> = canaries;

/** The server's own secrets among them (sign-in, kiosk links): the tests sign with these. */
export const SECRETS = {
  NEXTAUTH_SECRET: canaries.NEXTAUTH_SECRET,
  AUTH_ENTRA_CLIENT_SECRET: canaries.AUTH_ENTRA_CLIENT_SECRET,
  KIOSK_SIGNING_SECRET: canaries.KIOSK_SIGNING_SECRET,
} as const;

export const TENANT_ID = "8d2c6a57-3f1e-4b9a-9c3d-2e5f7a1b4c6d";

/** The demo deployment (sign-in off) with a `demoDays`-day demo, written to a temp file; returns its path. */
export function writeDemoConfig(demoDays: number): string {
  const demo = JSON.parse(readFileSync("config/demo.json", "utf8"));
  delete demo.$schema;
  const dir = mkdtempSync(path.join(tmpdir(), "aad-demo-"));
  const file = path.join(dir, "demo.json");
  writeFileSync(file, JSON.stringify({ ...demo, embedded: { ...demo.embedded, days: demoDays } }));
  return file;
}

/**
 * The demo deployment with sign-in on, written to a temp file; returns its path. `demoDays` shortens
 * the embedded demo for a server that never shows a month (a 3-day demo starts ~3x faster than 30).
 */
export function writeAuthConfig(kiosk: { keyVersion?: number; revokedIds?: string[]; demoDays?: number } = {}): string {
  const demo = JSON.parse(readFileSync("config/demo.json", "utf8"));
  delete demo.$schema;
  const config = {
    ...demo,
    ...(kiosk.demoDays ? { embedded: { ...demo.embedded, days: kiosk.demoDays } } : {}),
    auth: {
      enabled: true,
      entra: { clientId: "canary-client-id-0000", tenantId: TENANT_ID, allowedGroupIds: [] },
      kiosk: { keyVersion: kiosk.keyVersion ?? 1, revokedIds: kiosk.revokedIds ?? ["revokedlink"], maxLifetimeDays: 30 },
    },
  };
  const dir = mkdtempSync(path.join(tmpdir(), "aad-sec-"));
  const file = path.join(dir, "auth.json");
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/** Orchestrator probes: liveness and readiness, public with sign-in on (docs/security.md). */
export const PROBES = ["/api/health", "/api/ready"];

/** The documented route list (docs/security.md), whether or not each exists yet. */
export const PAGES = ["/", "/signals/replication", "/incidents/uksouth-2026-01-01T00:00:00Z", "/wall", "/review", "/doctor"];
export const APIS = [
  "/api/snapshot",
  "/api/signals/replication",
  "/api/signals/replication/rows",
  "/api/review",
  "/api/review/history.csv",
  "/api/review/incidents.csv",
  "/api/wall/today",
  "/api/doctor",
  "/api/kiosk",
  "/api/kiosk/snapshot",
];
