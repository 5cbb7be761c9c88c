import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Recognisable secrets: the bundle scan greps the browser build for them. */
export const SECRETS = {
  NEXTAUTH_SECRET: "canary-nextauth-secret-7f3a9c1e5b2d4f6a8c0e2b4d6f8a0c2e",
  AUTH_ENTRA_CLIENT_SECRET: "canary-entra-client-secret-Q8x~R2v.Z5",
  KIOSK_SIGNING_SECRET: "canary-kiosk-signing-secret-3e5g7i9k1m3o5q7s9u1w3y5a",
} as const;

export const TENANT_ID = "8d2c6a57-3f1e-4b9a-9c3d-2e5f7a1b4c6d";

/** The demo deployment with sign-in on, written to a temp file; returns its path. */
export function writeAuthConfig(kiosk: { keyVersion?: number; revokedIds?: string[] } = {}): string {
  const demo = JSON.parse(readFileSync("config/demo.json", "utf8"));
  delete demo.$schema;
  const config = {
    ...demo,
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
