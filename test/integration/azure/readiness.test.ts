/**
 * Readiness against Log Analytics over the real LogsQueryClient (a local HTTPS fake of the query
 * API): ready when the one-row query is answered with the identity's token, ready but degraded when
 * the identity is throttled, not ready with the service's reason when the token is refused or the
 * service fails, and not fooled by a gateway's stale answer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import type { ConfigState } from "@/lib/config/runtime";
import type { DashboardConfig } from "@/lib/config/schema";
import { QueryGateway } from "@/lib/gateway/gateway";
import { AZURE_FAIL_TTL_MS, checkReadiness, probeLogAnalytics, READINESS_KQL, resetReadiness, type ReadinessDeps } from "@/lib/health/readiness";
import { AzureLogsSource } from "@/lib/log-analytics/azure-source";
import type { LogsSource } from "@/lib/workspace/types";
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

const workspaces = () => ({ ids: [WS], endpoint, portalUrl: "https://portal.azure.com", serverTimeoutSeconds: 30 }) as NonNullable<DashboardConfig["workspaces"]>;
const azureSource = (credential = fakeCredential) => new AzureLogsSource({ workspaces: workspaces(), credential, ca: server.cert, clientTimeoutMs: 2000 });

function deps(source: LogsSource): ReadinessDeps {
  const config = { ...loadConfigFile("config/demo.json"), workspaces: workspaces() };
  return {
    configState: () => ({ ok: true, file: "/etc/dashboard/dashboard.json", config }) as ConfigState,
    embeddedStatus: () => ({ state: "absent" }),
    startEmbeddedBuild: () => {
      throw new Error("an Azure deployment builds no embedded workspace");
    },
    probeAzure: () => probeLogAnalytics(source, new Date(now)),
    nowMs: () => now,
  };
}

describe("readiness against Log Analytics", () => {
  it("is ready when the workspace answers the one-row query with the app's token", async () => {
    const r = await checkReadiness(deps(azureSource()));
    expect(r).toEqual({
      ready: true,
      checks: [
        { name: "config", ok: true, detail: "/etc/dashboard/dashboard.json (Contoso Payments)" },
        { name: "data", ok: true, detail: "Log Analytics answered (1 workspace)" },
      ],
    });
    expect(server.requests.map((q) => q.body.query)).toEqual([READINESS_KQL]);
    expect(server.requests[0].path).toBe(`/v1/workspaces/${WS}/query`);
  });

  it("is not ready, with the service's reason, when the token is refused", async () => {
    const wrong = { getToken: async () => ({ token: "someone-else", expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const r = await checkReadiness(deps(azureSource(wrong)));
    expect(r.ready).toBe(false);
    expect(r.reason).toMatch(/^Log Analytics not reachable: .*HTTP 40[13] \w*Authentication/);
  });

  it("is not ready when Log Analytics fails, and ready again once it answers", async () => {
    const d = deps(azureSource());
    server.faults.push({ kind: "server-error" });
    expect(await checkReadiness(d)).toMatchObject({ ready: false, reason: expect.stringMatching(/^Log Analytics not reachable: .*500/) });
    now += AZURE_FAIL_TTL_MS;
    expect((await checkReadiness(d)).ready).toBe(true);
  });

  it("stays ready, marked degraded, when the identity is throttled", async () => {
    server.faults.push({ kind: "throttle", retryAfter: "10" });
    const r = await checkReadiness(deps(azureSource()));
    expect(r.ready).toBe(true);
    expect(r.checks[1].detail).toBe("Log Analytics answered (1 workspace); throttled (HTTP 429): panels are served from cache, marked stale");
  });

  it("is not fooled by a gateway that answers a failure with its last good result", async () => {
    const gateway = new QueryGateway(azureSource(), { retry: { maxAttempts: 1, baseDelayMs: 5, maxDelayMs: 10 } });
    const d = deps(gateway);
    expect((await checkReadiness(d)).ready).toBe(true);
    now += 5 * 60_000; // past the verdict's 30 s and the gateway's own cache
    server.faults.push({ kind: "server-error" });
    expect(await checkReadiness(d)).toMatchObject({ ready: false, reason: expect.stringMatching(/500/) });
    expect(gateway.stats.staleServed).toBe(1);
  });
});
