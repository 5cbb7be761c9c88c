import { describe, expect, it } from "vitest";
import { reloadDecision } from "@/lib/wall/reload";
import { parseWallParams, wallSnapshotKey } from "@/lib/wall/params";

const now = new Date("2026-11-22T18:00:00Z");
const parse = (qs: string, embedded = true) => parseWallParams(new URLSearchParams(qs), { embedded, now });

describe("parseWallParams", () => {
  it("defaults to a 30 s refresh, a daily reload and no rotation", () => {
    expect(parse("")).toEqual({ ok: true, value: { refreshMs: 30_000, reloadMs: 86_400_000, rotateMs: 0, at: undefined } });
  });

  it("takes refresh, reloadHours, rotate and at", () => {
    const r = parse("refresh=1m&reloadHours=6.5&rotate=45s&at=2026-11-21T10:00:00Z");
    expect(r).toEqual({ ok: true, value: { refreshMs: 60_000, reloadMs: 23_400_000, rotateMs: 45_000, at: "2026-11-21T10:00:00.000Z" } });
    expect(parse("reloadHours=off")).toMatchObject({ ok: true, value: { reloadMs: 0 } });
  });

  it("accepts millisecond refresh only against the embedded workspace, with a floor", () => {
    expect(parse("refresh=100ms")).toMatchObject({ ok: true, value: { refreshMs: 100 } });
    expect(parse("refresh=10ms")).toMatchObject({ ok: false, error: { parameter: "refresh" } });
    const azure = parse("refresh=100ms", false);
    expect(azure).toMatchObject({ ok: false, error: { parameter: "refresh" } });
    expect(parse("refresh=5s", false)).toMatchObject({ ok: false, error: { parameter: "refresh" } });
  });

  it("rejects bad reloadHours naming what is allowed", () => {
    const r = parse("reloadHours=soon");
    expect(r).toMatchObject({ ok: false, error: { parameter: "reloadHours" } });
    if (!r.ok) expect(r.error.allowed).toContain("hours between");
    expect(parse("reloadHours=0.01", false)).toMatchObject({ ok: false });
    expect(parse("reloadHours=0.01", true)).toMatchObject({ ok: true, value: { reloadMs: 36_000 } });
    expect(parse("reloadHours=1000")).toMatchObject({ ok: false });
  });

  // Before: the wall rendered, then polled a 400 every refresh, its banner saying "server unreachable".
  it("refuses an `at` before the data when the data's start is known", () => {
    const dataStart = new Date("2026-11-20T00:00:00Z");
    const r = parseWallParams(new URLSearchParams("at=2026-11-19T10:00:00Z"), { embedded: true, now, dataStart });
    expect(r).toEqual({ ok: false, error: { parameter: "at", message: "2026-11-19T10:00:00.000Z is before the data", allowed: expect.stringContaining("at or after 2026-11-20T00:00:00.000Z") } });
    expect(parseWallParams(new URLSearchParams("at=2026-11-21T10:00:00Z"), { embedded: true, now, dataStart }).ok).toBe(true);
    expect(parseWallParams(new URLSearchParams(""), { embedded: true, now, dataStart }).ok).toBe(true);
  });

  it("rejects a bad rotation and a repeated parameter", () => {
    expect(parse("rotate=2s")).toMatchObject({ ok: false, error: { parameter: "rotate" } });
    expect(parse("refresh=30s&refresh=1m")).toMatchObject({ ok: false, error: { parameter: "refresh" } });
  });
});

describe("reloadDecision", () => {
  const base = { nowMs: 10_000, loadedAtMs: 0, reloadMs: 5_000, serverHealthy: null };
  it("waits until the interval passed, then reloads only on a healthy server", () => {
    expect(reloadDecision({ ...base, nowMs: 4_000 })).toBe("wait");
    expect(reloadDecision(base)).toBe("check-health");
    expect(reloadDecision({ ...base, serverHealthy: false })).toBe("check-health");
    expect(reloadDecision({ ...base, serverHealthy: true })).toBe("reload");
    expect(reloadDecision({ ...base, reloadMs: 0, serverHealthy: true })).toBe("wait");
  });
});

describe("wallSnapshotKey", () => {
  it("is the snapshot URL the server renders and the browser polls", () => {
    expect(wallSnapshotKey(undefined)).toBe("/api/snapshot?range=7d");
    expect(wallSnapshotKey("2026-11-21T10:00:00.000Z")).toBe("/api/snapshot?range=7d&at=2026-11-21T10%3A00%3A00.000Z");
  });
});
