import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import type { OutsideInSnapshot, Snapshot } from "@/lib/snapshot/types";
import { asServed, closePage, collectErrors, fastForwardUntil, launchBrowser, screenshot, spillingTiles } from "./browser";
import { scenarioSnapshot as snapshotOf } from "./scenario-snapshot";
import { smallText } from "./tile-layout";

/**
 * The who-is-blind banner in Chromium on the overview and the wall. The browser is served the
 * catalog's own snapshot of a simulated scenario (log export stopped), or the real server's snapshot
 * with its `outsideIn` replaced by the scenario's verdict (Front Door failing), so the words on
 * screen are lib's, from data.
 */
const config = loadConfigFile("config/demo.json");

/** The recorded snapshot with the scenario's outside-in part and that signal's status, as the server would send it. */
const served = (recorded: Snapshot, o: OutsideInSnapshot): Snapshot => asServed({ ...recorded, outsideIn: o, signals: { ...recorded.signals, outsideIn: { ...recorded.signals.outsideIn, status: o.status } } });

describe("who-is-blind banner", () => {
  let browser: Browser;
  let recorded: Snapshot;
  /** The whole snapshot while the log export is stopped: origin health must read NO DATA, not healthy. */
  let silentSnapshot: Snapshot;
  let logsMissing: OutsideInSnapshot;
  let frontDoorFailing: OutsideInSnapshot;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
    const res = await fetch(`${baseUrl}/api/snapshot?range=7d`);
    expect(res.status).toBe(200);
    recorded = (await res.json()) as Snapshot;
    silentSnapshot = await snapshotOf("log-export-stopped", 25);
    logsMissing = silentSnapshot.outsideIn;
    frontDoorFailing = (await snapshotOf("frontdoor-outage", 8)).outsideIn;
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("the live demo itself reports every source (no banner)", () => {
    expect(recorded.outsideIn.verdict.kind).toBe("ok");
  });

  it("overview: says our Front Door logs are missing, since when, and that users are fine; origin health NO DATA with why", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors = collectErrors(page);
    await page.route("**/api/snapshot**", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(silentSnapshot) }));
    await page.clock.install();
    await page.goto(`${baseUrl}/?range=1h`);
    const banner = page.locator("[data-testid=blind-banner]");
    // The first paint is the server's own (healthy) snapshot; the banner arrives with the next refresh
    // (30 s, jumped on the page's clock rather than waited out).
    await fastForwardUntil(page, 30_000, banner.waitFor({ timeout: 60_000 }));
    await expect(banner.getAttribute("data-kind")).resolves.toBe("logs-missing");
    const text = (await banner.textContent()) ?? "";
    expect(text).toContain("OUR LOGS MISSING");
    expect(text).toContain(logsMissing.verdict.headline);
    expect(text).toContain("Front Door logs: silent since 2026-11-20 10:59 UTC (25 min).");
    expect(text).not.toContain("REGION FAILING");
    // The regions table: no "healthy" from missing failed-probe rows; NO DATA and the silent source instead.
    const origins = page.locator("[data-overview-region] [data-origin-status]");
    expect(await origins.count()).toBe(config.regions.length);
    for (const status of await origins.evaluateAll((els) => els.map((e) => e.getAttribute("data-origin-status")))) expect(status).toBe("no-data");
    const reasons = await page.locator("[data-overview-region] [data-origin-reason]").allTextContents();
    expect(reasons).toEqual(silentSnapshot.regions.map((r) => r.originReason));
    expect(reasons[0]).toBe("Front Door logs silent since 10:59 UTC (25 min): origin health unknown.");
    // No "no incident" claim while the failover source is silent: the incidents panel says why it cannot tell.
    expect(silentSnapshot.incidents).toEqual([]);
    const incidents = page.locator("[data-panel=incidents]");
    await expect(incidents.locator("[data-state=no-data]").textContent()).resolves.toContain("No failover seen up to 10:59 UTC; Front Door logs silent since then (25 min).");
    expect(await incidents.locator("[data-value=no-incidents]").count()).toBe(0);
    expect(await incidents.textContent()).not.toContain("No incident or drill in this range.");
    await screenshot(page, "blind-banner-overview");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);

  it("wall: says Front Door is failing (not a region), then which logs are missing since when, in one screen without scroll bars", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = collectErrors(page);
    // Front Door failing (the recorded snapshot with that verdict), then the whole log-export-stopped snapshot.
    let current: OutsideInSnapshot | null = frontDoorFailing;
    await page.route("**/api/snapshot**", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(current ? served(recorded, current) : silentSnapshot) }),
    );
    // The embedded demo's fast refresh (any interval shows the banner; 10 s was two waits of 10 s).
    await page.goto(`${baseUrl}/wall?refresh=2000ms`);
    const banner = page.locator("[data-testid=blind-banner]");
    await banner.waitFor({ timeout: 60_000 });
    await expect(banner.getAttribute("data-kind")).resolves.toBe("frontdoor-failing");
    await expect(banner.getAttribute("data-status")).resolves.toBe("breach");
    const text = (await banner.textContent()) ?? "";
    expect(text).toContain("FRONT DOOR FAILING");
    expect(text).toContain("while every origin answers its direct test");
    const size = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth, ih: window.innerHeight, iw: window.innerWidth }));
    expect(size.h).toBeLessThanOrEqual(size.ih);
    expect(size.w).toBeLessThanOrEqual(size.iw);
    expect(await spillingTiles(page)).toEqual([]);
    // The headline is read whole from across the room: wrapped, never cut with an ellipsis.
    const headline = page.locator('[data-value="blind-headline"]');
    expect(await headline.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await screenshot(page, "blind-banner-wall");
    current = null;
    await page.locator("[data-testid=blind-banner][data-kind=logs-missing]").waitFor({ timeout: 60_000 });
    const missing = (await banner.textContent()) ?? "";
    expect(missing).toContain("OUR LOGS MISSING");
    expect(missing).toContain("Front Door logs: silent since 2026-11-20 10:59 UTC (25 min).");
    const after = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, ih: window.innerHeight }));
    expect(after.h).toBeLessThanOrEqual(after.ih);
    expect(await spillingTiles(page)).toEqual([]);
    // Never "✓ Origin healthy" from missing failed-probe rows: the regions tile is NO DATA and says which source is silent.
    const regions = page.locator('[data-tile="regions"]');
    await expect(regions.getAttribute("data-status")).resolves.toBe("no-data");
    expect(silentSnapshot.wall?.tiles.regions.status).toBe("no-data");
    await expect(regions.locator("[data-tile-reason]").textContent()).resolves.toBe("Front Door logs silent since 10:59 UTC (25 min): origin health unknown.");
    expect(await regions.textContent()).not.toContain("Origin healthy");
    expect(await regions.locator('[data-origin-status="no-data"]').count()).toBe(config.regions.length);
    // Failovers are read from the same silent logs: never "No failover" as a healthy fact, and the tile says up to when one would have been seen.
    const failover = page.locator('[data-tile="incident"]');
    expect(silentSnapshot.wall?.tiles.incident.status).toBe("no-data");
    await expect(failover.getAttribute("data-status")).resolves.toBe("no-data");
    await expect(failover.locator("[data-tile-reason]").textContent()).resolves.toBe("No failover seen up to 10:59 UTC; Front Door logs silent since then (25 min).");
    expect(await failover.textContent()).not.toContain("No failover in 7 days");
    // The tiles' text stays readable from across the room (24 px at 1080p), the new reason line included.
    const small = await smallText(page, '[data-view="wall"]', 24);
    expect(small).toEqual([]);
    // Saturation is still graded from its own metrics, as lib computed it.
    await expect(page.locator('[data-tile="saturation"]').getAttribute("data-status")).resolves.toBe(silentSnapshot.wall?.tiles.saturation.status);
    await screenshot(page, "blind-banner-wall-logs-missing");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);
});
