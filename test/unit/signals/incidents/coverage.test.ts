import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import type { OriginAnalysis, OriginHealthAnalysis } from "@/lib/signals/origin-health";
import { incidentsStatus } from "@/lib/signals/incidents/coverage";
import { evaluateTimeline } from "@/lib/signals/origin-health/timeline";

/**
 * The incidents signal's status while the Front Door log stream it detects failovers from is silent:
 * "no current incident" is then not a fact (a failover would leave no failed-probe row), so NO DATA
 * with the silent source and up to when a failover would have been seen; a known breach stays visible.
 */
const config = loadConfigFile("config/demo.json");
const UK = "payments-uksouth.azurewebsites.net";
const WEU = "payments-westeurope.azurewebsites.net";
const MIN = 60_000;
const TO = Date.UTC(2026, 10, 20, 11, 24, 0);

function origin(host: string, region: string, newestMs: number | null): OriginAnalysis {
  return {
    origin: host,
    region,
    timeline: evaluateTimeline({ origin: host, failedSlotStarts: [], fromMs: TO - 120 * MIN, toMs: TO, settings: config.frontDoor }),
    errorBinStarts: [],
    knownPops: 4,
    requests: 1000,
    newestMs,
    oldestMs: TO - 120 * MIN,
  };
}

function analysis(newestMs: number | null, recentEdgeRequests = 0, ok = true, probeLogSeen = true): OriginHealthAnalysis {
  return {
    window: { from: new Date(TO - 120 * MIN), to: new Date(TO) },
    origins: [origin(UK, "uksouth", newestMs), origin(WEU, "westeurope", newestMs === null ? null : newestMs - MIN)],
    recentRequestsByOrigin: new Map(),
    recentEdgeRequests,
    runs: [],
    ok,
    probeLogSeen,
  };
}

describe("incidents status and the Front Door log stream", () => {
  it("OK with no current incident while the stream flows (a row within 10 minutes)", () => {
    expect(incidentsStatus(analysis(TO - 9 * MIN), TO, [])).toEqual({ status: "ok", reason: null });
  });

  it("OK while edge requests still arrive even if no configured origin logged (cache hits)", () => {
    expect(incidentsStatus(analysis(TO - 25 * MIN, 500), TO, [])).toEqual({ status: "ok", reason: null });
  });

  it("NO DATA, saying up to when a failover would have been seen, when Front Door logs went silent 25 minutes ago", () => {
    expect(incidentsStatus(analysis(TO - 25 * MIN), TO, [])).toEqual({
      status: "no-data",
      reason: "No failover seen up to 10:59 UTC; Front Door logs silent since then (25 min).",
    });
  });

  it("NO DATA over a recent incident's own OK or warn; a known breach stays visible", () => {
    expect(incidentsStatus(analysis(TO - 25 * MIN), TO, [{ status: "warn" }]).status).toBe("no-data");
    expect(incidentsStatus(analysis(TO - 25 * MIN), TO, [{ status: "breach" }])).toEqual({ status: "breach", reason: null });
    expect(incidentsStatus(analysis(TO - 2 * MIN), TO, [{ status: "warn" }])).toEqual({ status: "warn", reason: null });
  });

  it("NO DATA while access logs flow but no probe row reached the workspace in 7 days: a failover would leave no flip", () => {
    expect(incidentsStatus(analysis(TO - MIN, 500, true, false), TO, [])).toEqual({
      status: "no-data",
      reason: "No Front Door probe log in 7 days (not exported, or no probe failed): a failover would not be seen.",
    });
    // A silent stream keeps its own words.
    expect(incidentsStatus(analysis(TO - 25 * MIN, 0, true, false), TO, []).reason).toBe("No failover seen up to 10:59 UTC; Front Door logs silent since then (25 min).");
  });

  it("NO DATA when the queries failed, saying so", () => {
    expect(incidentsStatus(analysis(TO - MIN, 500, false), TO, [])).toEqual({ status: "no-data", reason: "Failovers unknown: the Front Door log queries failed." });
  });
});
