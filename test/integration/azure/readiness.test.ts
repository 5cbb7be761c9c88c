/**
 * Readiness against Log Analytics over the real LogsQueryClient and query gateway (a local HTTPS fake
 * of the query API): ready when the one-row query is answered with the identity's token, not ready
 * with the service's reason when the token is refused or the service fails, even while the gateway
 * could serve an older answer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import type { ConfigState } from "@/lib/config/runtime";
import type { DashboardConfig } from "@/lib/config/schema";
import { QueryGateway } from "@/lib/gateway/gateway";
import { AZURE_FAIL_TTL_MS, checkReadiness, probeLogAnalytics, READINESS_KQL, resetReadiness, type ReadinessDeps } from "@/lib/health/readiness";
import { AzureLogsSource } from "@/lib/log-analytics/azure-source";
import { fakeCredential, FakeLogAnalytics } from "./fake-log-analytics";

const WS = "11111111-1111-4111-8111-111111111111";
let server: FakeLogAnalytics;
let endpoint: string;
let now = Date.UTC(2026, 0, 1, 12, 0, 0);

beforeAll(async () => {
  server = new FakeLogAnalytics(() => ({ name: "PrimaryResult", columns: [{ name: "ready", type: "long" }], rows: [[1]] }));
  endpoint = await server.start();
});
afterAll(() => server.stop());
beforeEach(() => {
  resetReadiness();
  server.faults.length = 0;
  server.requests.length = 0;
});

let gateway: QueryGateway;
function deps(credential = fakeCredential): ReadinessDeps {
  const workspaces = { ids: [WS], endpoint, portalUrl: "https://portal.azure.com", serverTimeoutSeconds: 30 } as NonNullable<DashboardConfig["workspaces"]>;
  const config = { ...loadConfigFile("config/demo.json"), workspaces };
  const source = new AzureLogsSource({ workspaces, credential, ca: server.cert, clientTimeoutMs: 2000 });
  gateway = new QueryGateway(source, { retry: { maxAttempts: 1, baseDelayMs: 5, maxDelayMs: 10 } });
  return {
    configState: () => ({ ok: true, file: "/etc/dashboard/dashboard.json", config }) as ConfigState,
    embeddedStatus: () => ({ state: "absent" }),
    startEmbeddedBuild: () => {
      throw new Error("an Azure deployment builds no embedded workspace");
    },
    probeAzure: () => probeLogAnalytics(gateway, new Date(now)),
    nowMs: () => now,
  };
}

describe("readiness against Log Analytics", () => {
  it("is ready when the workspace answers the one-row query with the app's token", async () => {
    const r = await checkReadiness(deps());
    expect(r).toMatchObject({ ready: true, checks: [{ name: "config", ok: true }, { name: "data", ok: true, detail: "Log Analytics answered (1 workspace)" }] });
    expect(server.requests.map((q) => q.body.query)).toEqual([READINESS_KQL]);
    expect(server.requests[0].path).toBe(`/v1/workspaces/${WS}/query`);
  });

  it("is not ready, with the service's reason, when the token is refused", async () => {
    const wrong = { getToken: async () => ({ token: "someone-else", expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const r = await checkReadiness(deps(wrong));
    expect(r.ready).toBe(false);
    expect(r.reason).toMatch(/^Log Analytics not reachable: .*HTTP 40[13] \w*Authentication/);
  });

  it("is not ready when Log Analytics fails, although the gateway still holds the last good answer", async () => {
    const d = deps();
    expect((await checkReadiness(d)).ready).toBe(true);
    // A later probe: the verdict cache (30 s) and the gateway's own cache have expired.
    now += 5 * 60_000;
    server.faults.push({ kind: "server-error" });
    const r = await checkReadiness(d);
    expect(r).toMatchObject({ ready: false, reason: expect.stringMatching(/^Log Analytics not reachable: .*500/) });
    expect(gateway.stats.staleServed, "the gateway answered with the older result").toBe(1);
    // Recovers by itself on the next probe once the failure verdict (5 s) has expired.
    now += AZURE_FAIL_TTL_MS;
    expect((await checkReadiness(d)).ready).toBe(true);
  });
});
