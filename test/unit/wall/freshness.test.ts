import { describe, expect, it } from "vitest";
import { refreshProgress, secondsToNextRefresh, wallFreshness } from "@/lib/wall/freshness";

const base = { nowMs: 100_000, refreshMs: 30_000, lastGoodAtMs: 90_000, lastErrorAtMs: null, lastError: null, upstreamStale: false };

describe("wallFreshness", () => {
  it("is fresh within two refresh intervals of the last good data", () => {
    expect(wallFreshness(base)).toEqual({ stale: false, reason: null, ageSeconds: 10, detail: null });
    expect(wallFreshness({ ...base, nowMs: 90_000 + 60_000 }).stale).toBe(false);
  });

  it("is stale once the last good data is older than two refresh intervals", () => {
    const f = wallFreshness({ ...base, nowMs: 90_000 + 60_001 });
    expect(f).toMatchObject({ stale: true, reason: "too-old" });
    expect(f.ageSeconds).toBeCloseTo(60.001);
  });

  it("is stale as soon as a refresh fails after the last good one, naming the error", () => {
    const f = wallFreshness({ ...base, lastErrorAtMs: 95_000, lastError: "503 Service Unavailable" });
    expect(f).toMatchObject({ stale: true, reason: "unreachable", detail: "server unreachable: 503 Service Unavailable" });
  });

  // Before: "server unreachable: 401 Unauthorized" for an expired kiosk link, a server that answered.
  it("says the server refused a 4xx, and what to do about a kiosk link that no longer opens", () => {
    const failed = (lastError: string) => wallFreshness({ ...base, lastErrorAtMs: 95_000, lastError }).detail;
    expect(failed("401 Unauthorized")).toBe("server refused the wall (401 Unauthorized): kiosk link expired or revoked? open the wall with a new one");
    expect(failed("403 Forbidden")).toMatch(/^server refused the wall \(403 Forbidden\): kiosk link/);
    expect(failed("429 Too Many Requests")).toBe("server refused the wall's request (429 Too Many Requests)");
    expect(failed("408 Request Timeout")).toBe("server unreachable: 408 Request Timeout");
    expect(failed("TypeError: Failed to fetch")).toBe("server unreachable: TypeError: Failed to fetch");
  });

  it("recovers when a good snapshot arrives after the failure", () => {
    expect(wallFreshness({ ...base, lastErrorAtMs: 85_000, lastError: "x" }).stale).toBe(false);
  });

  it("is stale before any data arrived", () => {
    expect(wallFreshness({ ...base, lastGoodAtMs: null })).toMatchObject({ stale: true, ageSeconds: null });
  });

  it("is stale when every tile came from the gateway's stale cache", () => {
    expect(wallFreshness({ ...base, upstreamStale: true })).toMatchObject({ stale: true, reason: "upstream" });
  });
});

describe("refresh countdown", () => {
  it("counts whole seconds down to the next attempt and never below zero", () => {
    expect(secondsToNextRefresh(100_000, 90_000, 30_000)).toBe(20);
    expect(secondsToNextRefresh(100_000, 89_500, 30_000)).toBe(20);
    expect(secondsToNextRefresh(200_000, 90_000, 30_000)).toBe(0);
    expect(secondsToNextRefresh(200_000, null, 30_000)).toBeNull();
  });

  it("reports the elapsed share of the interval for the ring", () => {
    expect(refreshProgress(105_000, 90_000, 30_000)).toBe(0.5);
    expect(refreshProgress(500_000, 90_000, 30_000)).toBe(1);
    expect(refreshProgress(80_000, 90_000, 30_000)).toBe(0);
  });
});

describe("refresh countdown with a trailing UI clock", () => {
  it("never counts above the interval when the clock tick trails the fetch", () => {
    expect(secondsToNextRefresh(99_500, 100_000, 5_000)).toBe(5);
  });
});

describe("wallFreshness over a finished recording", () => {
  const recording = { endsAt: "2026-12-05T14:00:00.000Z", at: "2026-12-05T14:00:00Z", sentence: "…", staleDetail: "Recorded dataset ended 2026-12-05 14:00:00 UTC (16 h ago)" };

  // Before: every fetch succeeded, so the wall was not STALE, its tiles NO DATA with nothing saying why.
  it("is STALE though every fetch succeeds, naming the dataset's end and the at that shows it", () => {
    expect(wallFreshness({ ...base, recording })).toEqual({
      stale: true,
      reason: "recording-ended",
      ageSeconds: 10,
      headline: "Recorded dataset ended 2026-12-05 14:00:00 UTC (16 h ago)",
      detail: "open /wall?at=2026-12-05T14:00:00Z to see its end",
    });
  });

  it("still says the server is unreachable first", () => {
    expect(wallFreshness({ ...base, recording, lastErrorAtMs: 95_000, lastError: "503" }).reason).toBe("unreachable");
  });
});
