import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

// A 3-day demo frozen at a known moment: the routes build it in-process (a few seconds).
const demo = JSON.parse(readFileSync("config/demo.json", "utf8"));
delete demo.$schema;
const configFile = path.join(mkdtempSync(path.join(tmpdir(), "aad-today-")), "config.json");
writeFileSync(configFile, JSON.stringify({ ...demo, embedded: { ...demo.embedded, days: 3 } }));
Object.assign(process.env, { DASHBOARD_CONFIG: configFile, DASHBOARD_AS_OF: "2026-03-10T12:00:00Z" });
const today = await import("@/app/api/wall/today/route");
const health = await import("@/app/api/health/route");
const { wallFirstPaint } = await import("@/lib/catalog/wall-first-paint");
const { getConfigState } = await import("@/lib/config/runtime");
const { dataStart, getSource, sourceNow } = await import("@/lib/wiring/source");

describe("/api/wall/today", () => {
  it("answers for `at`'s day up to `at` on a replay wall, and for today without it", async () => {
    const replay = await today.GET(new NextRequest("http://127.0.0.1/api/wall/today?at=2026-03-09T06:30:00Z"));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ from: "2026-03-09T00:00:00.000Z", to: "2026-03-09T06:30:00.000Z" });
    const live = await today.GET(new NextRequest("http://127.0.0.1/api/wall/today"));
    expect(await live.json()).toMatchObject({ from: "2026-03-10T00:00:00.000Z", to: "2026-03-10T12:00:00.000Z" });
  });

  it("refuses a bad `at` with 400 naming it", async () => {
    const res = await today.GET(new NextRequest("http://127.0.0.1/api/wall/today?at=yesterday"));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ parameter: "at" });
  });
});

// Before: /wall's first paint carried only the snapshot, so a reloaded kiosk showed "today NO DATA"
// until the browser's first /api/wall/today answer.
describe("/wall's first paint", () => {
  function deps() {
    const state = getConfigState();
    if (!state.ok) throw new Error(state.error);
    const now = sourceNow();
    return { config: state.config, now, dataStart: dataStart(state.config, now), source: () => getSource(state.config) };
  }

  it("carries today's availability as /api/wall/today computes it, beside the snapshot", async () => {
    const paint = await wallFirstPaint(undefined, deps());
    expect(paint.answer.status).toBe(200);
    const api = await (await today.GET(new NextRequest("http://127.0.0.1/api/wall/today"))).json();
    expect(api.sli).toEqual(expect.any(Number));
    expect(paint.today).toEqual(api);
  });

  it("carries `at`'s day on a replay wall", async () => {
    const at = "2026-03-09T06:30:00.000Z";
    const paint = await wallFirstPaint(at, deps());
    const api = await (await today.GET(new NextRequest(`http://127.0.0.1/api/wall/today?at=${at}`))).json();
    expect(paint.today).toMatchObject({ from: "2026-03-09T00:00:00.000Z", to: at });
    expect(paint.today).toEqual(api);
  });
});

describe("/api/health", () => {
  it("shows the configuration file to people and hides it from kiosks", async () => {
    const person = await (await health.GET(new NextRequest("http://127.0.0.1/api/health"))).json();
    expect(person).toMatchObject({ status: "ok", config: { loaded: true, file: configFile } });
    const kiosk = await health.GET(new NextRequest("http://127.0.0.1/api/health", { headers: { "x-aad-principal": "kiosk" } }));
    expect(kiosk.status).toBe(200);
    const text = await kiosk.text();
    expect(text).not.toContain(configFile);
    expect(text).not.toContain(tmpdir());
  });
});
