import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConfigState } from "@/lib/config/runtime";
import type { DashboardConfig } from "@/lib/config/schema";
import { loadConfigFile } from "@/lib/config/load";
import {
  AZURE_FAIL_TTL_MS,
  AZURE_OK_TTL_MS,
  AZURE_PROBE_TIMEOUT_MS,
  checkReadiness,
  markDraining,
  redactReadiness,
  resetReadiness,
  type EmbeddedStatus,
  type ReadinessDeps,
} from "@/lib/health/readiness";

const demo = loadConfigFile("config/demo.json");
const azure: DashboardConfig = { ...demo, workspaces: { ...(demo.workspaces ?? {}), ids: ["11111111-2222-3333-4444-555555555555"] } as DashboardConfig["workspaces"] };

function deps(over: Partial<ReadinessDeps> & { config?: ConfigState; embedded?: EmbeddedStatus } = {}) {
  let now = 1_000_000;
  const d = {
    builds: 0,
    probes: 0,
    advance(ms: number) {
      now += ms;
    },
    configState: () => over.config ?? ({ ok: true, file: "/srv/config/demo.json", config: demo } as ConfigState),
    embeddedStatus: () => over.embedded ?? ({ state: "ready", detail: "embedded workspace ready: 30-day demo" } as EmbeddedStatus),
    startEmbeddedBuild: () => {
      d.builds++;
    },
    probeAzure: over.probeAzure ?? (async () => {}),
    nowMs: () => now,
  };
  const probe = d.probeAzure;
  d.probeAzure = async (w) => {
    d.probes++;
    return probe(w);
  };
  return d;
}

beforeEach(() => resetReadiness());
afterEach(() => vi.useRealTimers());

describe("readiness", () => {
  it("is ready with the configuration loaded and the embedded workspace built", async () => {
    const r = await checkReadiness(deps());
    expect(r).toEqual({
      ready: true,
      checks: [
        { name: "config", ok: true, detail: "/srv/config/demo.json (Contoso Payments)" },
        { name: "data", ok: true, detail: "embedded workspace ready: 30-day demo" },
      ],
    });
  });

  it("is not ready with a broken configuration, and says why", async () => {
    const r = await checkReadiness(deps({ config: { ok: false, file: "/srv/x.json", error: "Invalid configuration /srv/x.json:\n  - regions: required" } }));
    expect(r.ready).toBe(false);
    expect(r.reason).toBe("configuration invalid: Invalid configuration /srv/x.json:");
    expect(r.checks.map((c) => c.name)).toEqual(["config"]);
  });

  it("starts building an unbuilt embedded workspace (not a failed one), and is not ready until it is built", async () => {
    const d = deps({ embedded: { state: "absent" } });
    const r = await checkReadiness(d);
    expect(r).toMatchObject({ ready: false, reason: "embedded workspace is being built" });
    expect(d.builds).toBe(1);
    const failed = deps({ embedded: { state: "failed", error: "my-dataset/AzureDiagnostics.ndjson line 3: bad JSON" } });
    expect(await checkReadiness(failed)).toMatchObject({ ready: false, reason: "embedded workspace failed to build: my-dataset/AzureDiagnostics.ndjson line 3: bad JSON" });
    expect(failed.builds).toBe(0);
    // A worker started again after it ran out of memory is being rebuilt, not failed: readiness says which.
    const restarting = deps({ embedded: { state: "pending", detail: "the query worker is starting again (a job needed more than its 256 MB heap): embedded workspace is being built" } });
    const during = await checkReadiness(restarting);
    expect(during).toMatchObject({ ready: false, reason: "the query worker is starting again (a job needed more than its 256 MB heap): embedded workspace is being built" });
    expect(during.reason).not.toMatch(/failed/);
    expect(restarting.builds).toBe(0);
  });

  it("asks Azure once per 30 s when it answers, and again after 5 s when it failed", async () => {
    const d = deps({ config: { ok: true, file: "/c.json", config: azure } });
    expect(await checkReadiness(d)).toMatchObject({ ready: true, checks: [{}, { name: "data", ok: true, detail: "Log Analytics answered (1 workspace)" }] });
    d.advance(AZURE_OK_TTL_MS - 1);
    await checkReadiness(d);
    expect(d.probes).toBe(1);
    d.advance(1);
    await checkReadiness(d);
    expect(d.probes).toBe(2);

    resetReadiness();
    const bad = deps({
      config: { ok: true, file: "/c.json", config: azure },
      probeAzure: async () => {
        throw new Error("AuthorizationFailed: the client does not have authorization\nat line 2");
      },
    });
    expect(await checkReadiness(bad)).toMatchObject({ ready: false, reason: "Log Analytics not reachable: AuthorizationFailed: the client does not have authorization" });
    bad.advance(AZURE_FAIL_TTL_MS - 1);
    await checkReadiness(bad);
    expect(bad.probes).toBe(1);
    bad.advance(1);
    await checkReadiness(bad);
    expect(bad.probes).toBe(2);
  });

  it("makes one Azure query for a burst of probes", async () => {
    let release!: () => void;
    const d = deps({ config: { ok: true, file: "/c.json", config: azure }, probeAzure: () => new Promise<void>((r) => (release = r)) });
    const burst = [checkReadiness(d), checkReadiness(d), checkReadiness(d)];
    await vi.waitFor(() => expect(release).toBeTypeOf("function"), { timeout: 10_000 });
    release();
    const results = await Promise.all(burst);
    expect(results.every((r) => r.ready)).toBe(true);
    expect(d.probes).toBe(1);
  });

  it("is not ready when Azure does not answer in time", async () => {
    vi.useFakeTimers();
    const d = deps({ config: { ok: true, file: "/c.json", config: azure }, probeAzure: () => new Promise<void>(() => {}) });
    const pending = checkReadiness(d);
    await vi.advanceTimersByTimeAsync(AZURE_PROBE_TIMEOUT_MS);
    expect(await pending).toMatchObject({ ready: false, reason: `Log Analytics not reachable: no answer within ${AZURE_PROBE_TIMEOUT_MS / 1000} s` });
  });

  it("is not ready once SIGTERM arrived, whatever else holds", async () => {
    markDraining();
    const r = await checkReadiness(deps());
    expect(r.ready).toBe(false);
    expect(r.reason).toMatch(/^shutting down/);
  });

  it("tells strangers which check failed but not the file name or Azure's error", async () => {
    const bad = deps({
      config: { ok: true, file: "/c.json", config: azure },
      probeAzure: async () => {
        throw new Error("principal 9f0e... lacks access to /subscriptions/abc/resourceGroups/secret-rg");
      },
    });
    const shown = JSON.stringify(redactReadiness(await checkReadiness(bad)));
    expect(shown).not.toContain("/c.json");
    expect(shown).not.toContain("secret-rg");
    expect(JSON.parse(shown)).toEqual({
      ready: false,
      reason: "data not ready",
      checks: [
        { name: "config", ok: true, detail: "ok" },
        { name: "data", ok: false, detail: "data not ready" },
      ],
    });
  });
});
