import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import type { OriginAnalysis, OriginHealthAnalysis } from "@/lib/signals/origin-health";
import { originHealthByRegion } from "@/lib/signals/origin-health";
import { evaluateTimeline } from "@/lib/signals/origin-health/timeline";

/**
 * Origin health at asOf from a hand-made analysis: Front Door logs only failed probes, so "healthy"
 * needs the log stream to be flowing; "unhealthy" rests on the failed-probe rows themselves.
 */
const config = loadConfigFile("config/demo.json");
const UK = "payments-uksouth.azurewebsites.net";
const WEU = "payments-westeurope.azurewebsites.net";
const MIN = 60_000;
const TO = Date.UTC(2026, 10, 20, 12, 0, 0);
const range = { from: new Date(TO - 60 * MIN), to: new Date(TO) };
const settings = config.frontDoor;

function origin(host: string, region: string, args: { newestMs: number | null; failedSlotStarts?: number[]; requests?: number }): OriginAnalysis {
  return {
    origin: host,
    region,
    timeline: evaluateTimeline({ origin: host, failedSlotStarts: args.failedSlotStarts ?? [], fromMs: TO - 120 * MIN, toMs: TO, settings }),
    errorBinStarts: [],
    knownPops: 4,
    requests: args.requests ?? 1000,
    newestMs: args.newestMs,
    oldestMs: TO - 120 * MIN,
  };
}

function analysis(origins: OriginAnalysis[], recentEdgeRequests = 0, probeLogSeen = true): OriginHealthAnalysis {
  return { window: { from: new Date(TO - 120 * MIN), to: new Date(TO) }, origins, recentRequestsByOrigin: new Map(), recentEdgeRequests, runs: [], ok: true, probeLogSeen };
}

/** Failed slots covering the last 3 minutes: unhealthy at asOf by the sample rule. */
const failingNow = Array.from({ length: 6 }, (_, i) => TO - (i + 1) * settings.probeIntervalSeconds * 1000);

describe("origin health and the Front Door log stream", () => {
  it("healthy while the stream flows (a row within 10 minutes)", () => {
    const rows = originHealthByRegion(config, analysis([origin(UK, "uksouth", { newestMs: TO - 9 * MIN }), origin(WEU, "westeurope", { newestMs: TO - 30 * MIN })]), range);
    expect(rows.map((r) => [r.originHealthy, r.originStatus, r.originReason])).toEqual([
      [true, "ok", null],
      [true, "ok", null],
    ]);
  });

  it("NO DATA, naming the silent source and since when, when no Front Door row arrived for over 10 minutes", () => {
    const rows = originHealthByRegion(config, analysis([origin(UK, "uksouth", { newestMs: TO - 25 * MIN }), origin(WEU, "westeurope", { newestMs: TO - 11 * MIN })]), range);
    for (const r of rows) {
      expect(r.originHealthy, r.id).toBeNull();
      expect(r.originStatus, r.id).toBe("no-data");
      expect(r.originReason, r.id).toBe("Front Door logs silent since 11:49 UTC (11 min): origin health unknown.");
      expect(r.rangeWorst.status, r.id).toBe("no-data");
    }
  });

  it("edge requests in the last 5 minutes (cache hits included) prove the stream alive", () => {
    const rows = originHealthByRegion(config, analysis([origin(UK, "uksouth", { newestMs: TO - 25 * MIN })], 120), range);
    expect(rows[0].originHealthy).toBe(true);
  });

  it("no Front Door row at all in the window: NO DATA, the stream named silent", () => {
    const rows = originHealthByRegion(config, analysis([origin(UK, "uksouth", { newestMs: null, requests: 0 }), origin(WEU, "westeurope", { newestMs: null, requests: 0 })]), range);
    expect(rows.map((r) => r.originStatus)).toEqual(["no-data", "no-data"]);
    expect(rows[0].originReason).toBe("Front Door logs silent: none in the range, so origin health is unknown.");
  });

  it("a region without traffic or failed probe while the stream flows: NO DATA for that region alone", () => {
    const rows = originHealthByRegion(config, analysis([origin(UK, "uksouth", { newestMs: null, requests: 0 }), origin(WEU, "westeurope", { newestMs: TO - MIN })]), range);
    expect(rows.map((r) => r.originStatus)).toEqual(["no-data", "ok"]);
    expect(rows[0].originReason).toBe("No Front Door traffic or failed probe for this region's origins in the range: origin health unknown.");
  });

  it("an origin failing its probes now stays UNHEALTHY: failed-probe rows are evidence, not absence", () => {
    const rows = originHealthByRegion(
      config,
      analysis([origin(UK, "uksouth", { newestMs: TO - 30_000, failedSlotStarts: failingNow }), origin(WEU, "westeurope", { newestMs: TO - 30_000 })]),
      range,
    );
    expect(rows.map((r) => [r.id, r.originHealthy, r.originStatus])).toEqual([
      ["uksouth", false, "breach"],
      ["westeurope", true, "ok"],
    ]);
  });

  it("access logs flowing but no probe row in 7 days (probe log not exported, or no probe failed): NO DATA saying so, never healthy", () => {
    const flowing = [origin(UK, "uksouth", { newestMs: TO - MIN }), origin(WEU, "westeurope", { newestMs: TO - MIN })];
    const rows = originHealthByRegion(config, analysis(flowing, 900, false), range);
    const reason = "No Front Door probe log in 7 days (not exported, or no probe failed): an origin going unhealthy would not be seen.";
    expect(rows.map((r) => [r.originHealthy, r.originStatus, r.originReason])).toEqual([
      [null, "no-data", reason],
      [null, "no-data", reason],
    ]);
    // The same data with one probe row seen in the look-back reads healthy.
    expect(originHealthByRegion(config, analysis(flowing, 900, true), range).map((r) => r.originStatus)).toEqual(["ok", "ok"]);
    // A silent stream is still named first: it is the more recent and more certain cause.
    const silent = originHealthByRegion(config, analysis([origin(UK, "uksouth", { newestMs: TO - 25 * MIN })], 0, false), range);
    expect(silent[0].originReason).toBe("Front Door logs silent since 11:35 UTC (25 min): origin health unknown.");
  });

  it("an unhealthy spell earlier in the range stays a breach in the range even when the stream is silent now", () => {
    const earlier = Array.from({ length: 10 }, (_, i) => TO - 50 * MIN + i * settings.probeIntervalSeconds * 1000);
    const rows = originHealthByRegion(config, analysis([origin(UK, "uksouth", { newestMs: TO - 40 * MIN, failedSlotStarts: earlier })]), range);
    expect(rows[0].originStatus).toBe("no-data");
    expect(rows[0].rangeWorst.status).toBe("breach");
    expect(rows[0].rangeWorst.overBudgetSeconds).toBeGreaterThan(0);
  });
});
