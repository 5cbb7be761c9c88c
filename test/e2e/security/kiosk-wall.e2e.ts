/**
 * A wall screen with sign-in on: its own server (sign-in configured, recognisable secrets),
 * Chromium opens a kiosk link, the wall renders and refreshes with redacted data, and the same
 * browser cannot reach the inspector or the review.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signKioskToken } from "@/lib/security/kiosk-token";
import { SECRETS, writeAuthConfig } from "../../integration/security/fixtures";
import { startNextServer, type NextServer } from "../../next-server";
import { closePage, collectErrors, launchBrowser, screenshot } from "../browser";

let server: NextServer | undefined;
let browser: Browser;
let base = "";

beforeAll(async () => {
  server = await startNextServer({
    env: { ...process.env, ...SECRETS, DASHBOARD_CONFIG: writeAuthConfig({ demoDays: 3 }) },
    readyPath: "/api/auth/providers",
    timeoutMs: 110_000,
  });
  base = server.baseUrl;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe("kiosk link on a wall screen (sign-in on)", () => {
  it("opens the wall, refreshes it without KQL, and opens nothing else", async () => {
    const { token } = signKioskToken(SECRETS.KIOSK_SIGNING_SECRET, {
      now: new Date(),
      lifetimeSeconds: 3600,
      policy: { keyVersion: 1, revokedIds: [], maxLifetimeDays: 30 },
    });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = collectErrors(page);
    const refreshes: string[] = [];
    page.on("response", async (res) => {
      if (res.url().includes("/api/kiosk/snapshot") && res.status() === 200) refreshes.push(await res.text());
    });

    await page.goto(`${base}/wall?refresh=2000ms&kiosk=${token}`, { waitUntil: "load", timeout: 300_000 });
    expect(new URL(page.url()).searchParams.has("kiosk")).toBe(false);
    await page.locator('main[data-rendered="client"]').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-value="traffic-share"]').length > 0, null, { timeout: 120_000 });
    // The client's own refresh goes through the redacting route.
    const deadline = Date.now() + 120_000;
    while (refreshes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(refreshes.length).toBeGreaterThan(0);
    const snapshot = JSON.parse(refreshes[0]);
    const runs = Object.values(snapshot.signals as Record<string, { queries: { kql: string; portalUrl: string | null }[] }>).flatMap((s) => s.queries);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((q) => q.kql === "" && q.portalUrl === null)).toBe(true);
    expect(await page.content()).not.toMatch(/\| where |\| summarize /);
    await screenshot(page, "wall-kiosk-1080p");
    expect(errors).toEqual([]);

    // Same browser, same cookie: the inspector and the review stay shut.
    for (const path of ["/signals/replication", "/review", "/"]) {
      const res = await page.goto(`${base}${path}`);
      expect(res?.status(), path).toBe(403);
    }
    const api = await page.evaluate(async () => (await fetch("/api/review")).status);
    expect(api).toBe(403);
    await closePage(page);
  }, 600_000);
});
