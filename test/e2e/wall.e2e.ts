import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Snapshot } from "@/lib/snapshot/types";
import { lastClosedIncident } from "@/lib/wall/incidents";
import { FAST_REFRESH_MIN_MS } from "@/lib/wall/params";
import { asServed, closePage, collectErrors, launchBrowser, screenshot, spillingTiles } from "./browser";
import { startNextServer, type NextServer } from "../next-server";
import { brokenDates, clippedBanners, cutTileText, smallText } from "./tile-layout";
import { scenarioSnapshot } from "./scenario-snapshot";

/**
 * The NOC wall in Chromium. The server is the real production server (standalone server.js) with the embedded demo; the
 * STALE, memory, incident and rotation tests put a page.route() in front of /api/snapshot that
 * serves a snapshot recorded from that server ("up") or aborts the request ("down"), so the
 * browser's behaviour is tested without waiting on a multi-second snapshot per refresh.
 */

const TILES = ["regions", "replication", "saturation", "availability", "incident", "conflicts", "split-brain"];
const SIZES = [
  { name: "1080p", width: 1920, height: 1080 },
  { name: "4k", width: 3840, height: 2160 },
] as const;
const METRICS_FILE = path.resolve("test-results/wall-metrics.json");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function noScroll(page: Page) {
  return page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    innerHeight: window.innerHeight,
    innerWidth: window.innerWidth,
  }));
}

/** Serves `body()` for every /api/snapshot request while `up`, aborts while down; counts both. */
class FakeSnapshotServer {
  up = true;
  served = 0;
  aborted = 0;
  constructor(private readonly body: () => Snapshot) {}
  async attach(page: Page) {
    await page.route("**/api/snapshot**", (route: Route) => {
      if (!this.up) {
        this.aborted++;
        return route.abort("connectionrefused");
      }
      this.served++;
      return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(asServed(this.body())) });
    });
  }
}

async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await cond()) return;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

describe("/wall", () => {
  let browser: Browser;
  let recorded: Snapshot;
  const baseUrl = inject("baseUrl");
  const metrics: Record<string, unknown> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    // Warms the server (the embedded demo builds its data on first use) and records a real snapshot.
    const res = await fetch(`${baseUrl}/api/snapshot?range=7d`);
    expect(res.status).toBe(200);
    recorded = (await res.json()) as Snapshot;
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    mkdirSync(path.dirname(METRICS_FILE), { recursive: true });
    writeFileSync(METRICS_FILE, `${JSON.stringify(metrics, null, 2)}\n`);
  });

  for (const size of SIZES) {
    it(`fills ${size.width}×${size.height} exactly with every tile showing simulator data`, async () => {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      const errors = collectErrors(page);
      const scripts: string[] = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") scripts.push(r.url());
      });
      const started = Date.now();
      await page.goto(`${baseUrl}/wall?refresh=5000ms`, { waitUntil: "load", timeout: 300_000 });
      const loadMs = Date.now() - started;
      // Server-rendered first paint: the tiles are in the HTML before any client fetch.
      for (const tile of TILES) expect(await page.locator(`[data-tile="${tile}"]`).count(), tile).toBe(1);
      await page.locator('main[data-rendered="client"]').waitFor({ timeout: 30_000 });

      const dims = await noScroll(page);
      expect(dims.scrollHeight).toBeLessThanOrEqual(dims.innerHeight);
      expect(dims.scrollWidth).toBeLessThanOrEqual(dims.innerWidth);
      // No tile's content spills out of it either (clipped text would be unreadable).
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("[data-tile]")].filter((t) => t.scrollHeight > t.clientHeight + 1).map((t) => t.dataset.tile),
      );
      expect(overflowing).toEqual([]);
      expect(await spillingTiles(page)).toEqual([]);
      // The failover tile's start ("2026-11-20 13:00 UTC") and every date or clock in a reason stay on one line.
      expect(await brokenDates(page)).toEqual([]);

      // Simulator data in every tile: two regions with traffic shares, a lag per pair, the survivor sentence, …
      expect(await page.locator('[data-value="traffic-share"]').count()).toBe(recorded.regions.length);
      expect(await page.locator('[data-value="lag"]').count()).toBe(recorded.replication.length);
      await expect(page.locator('[data-value="survivor"]').textContent()).resolves.toMatch(/^If (UK South|West Europe) fails, (UK South|West Europe) runs at \d+(\.\d+)? %$/);
      await expect(page.locator('[data-value="sli-window"]').textContent()).resolves.toMatch(/^\d{2,3}\.\d{2} %$/);
      // "Today" comes from its own route, fetched by the browser after hydration.
      await page.locator('[data-value="sli-today"]').waitFor({ timeout: 120_000 });
      await expect(page.locator('[data-value="sli-today"]').textContent()).resolves.toMatch(/^\d{2,3}\.\d{2} %$/);
      await expect(page.locator('[data-value="budget"]').textContent()).resolves.toMatch(/^(\d+ %|exhausted)$/);
      await expect(page.locator('[data-value="burn-alert"]').textContent()).resolves.toMatch(/burn/i);
      await expect(page.locator('[data-value="rto"]').textContent()).resolves.toMatch(/\d/);
      await expect(page.locator('[data-value="conflict-depth"]').textContent()).resolves.toMatch(/^\d+$/);
      await expect(page.locator('[data-value="split-brain"]').textContent()).resolves.toMatch(/^\d+$/);
      for (const tile of ["regions", "replication", "saturation", "incident", "conflicts", "split-brain"]) {
        expect(await page.locator(`[data-tile="${tile}"] [data-no-data]`).count(), `${tile} shows NO DATA`).toBe(0);
        expect(await page.locator(`[data-tile="${tile}"]`).getAttribute("data-status")).not.toBe("no-data");
      }
      // The last failover tile shows the incident's own status and reasons (the words the incident page and review show).
      const last = lastClosedIncident(recorded.incidents);
      expect(last).not.toBeNull();
      await expect(page.locator('[data-tile="incident"]').getAttribute("data-status")).resolves.toBe(last?.status);
      await expect(page.locator('[data-tile="incident"] [data-reason]').allTextContents()).resolves.toEqual(last?.reasons);
      // Every tile shows the status lib computed into the snapshot (lib/wall/tile-model.ts), not a re-judgement;
      // the saturation tile is the headline of the regions' saturation and survivor grades.
      const model = recorded.wall;
      expect(model).toBeDefined();
      for (const [tile, id] of [["regions", "regions"], ["replication", "replication"], ["saturation", "saturation"], ["conflicts", "conflicts"], ["split-brain", "splitBrain"], ["availability", "availability"]]) {
        await expect(page.locator(`[data-tile="${tile}"]`).getAttribute("data-status"), tile).resolves.toBe(model?.tiles[id]?.status);
      }
      // Freshness: UTC clock, a countdown and each tile's data age.
      await expect(page.locator('[data-value="clock"]').textContent()).resolves.toMatch(/^\d{2}:\d{2}:\d{2}$/);
      await expect(page.locator('[data-value="countdown"]').textContent()).resolves.toMatch(/next refresh\d+ s/);
      expect(await page.locator("[data-tile-age]").count()).toBeGreaterThanOrEqual(TILES.length);
      expect(await page.locator('[data-testid="wall-stale"]').count()).toBe(0);

      // The browser then refreshes from the real server by itself.
      const polled = await page.waitForResponse((r) => r.url().includes("/api/snapshot"), { timeout: 120_000 });
      expect(polled.status()).toBe(200);

      // 4K reads like 1080p: type scales with the viewport.
      const clockPx = await page.locator('[data-value="clock"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(clockPx).toBeCloseTo((60 * size.width) / 1920, 0);

      await screenshot(page, `wall-${size.name}`);
      if (size.name === "1080p") {
        let gzipBytes = 0;
        let rawBytes = 0;
        for (const url of [...new Set(scripts)]) {
          const body = Buffer.from(await (await fetch(url)).arrayBuffer());
          rawBytes += body.length;
          gzipBytes += gzipSync(body, { level: 9 }).length;
        }
        const timing = await page.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          const fcp = performance.getEntriesByName("first-contentful-paint")[0];
          return { ttfbMs: Math.round(nav.responseStart), domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd), firstContentfulPaintMs: fcp ? Math.round(fcp.startTime) : null };
        });
        metrics.javascript = { chunks: new Set(scripts).size, rawBytes, gzipBytes };
        metrics.firstLoad = { ...timing, tilesRenderedMs: loadMs };
        // Warm second load: what a kiosk's periodic reload costs.
        const again = await browser.newPage({ viewport: { width: size.width, height: size.height } });
        await again.goto(`${baseUrl}/wall`, { waitUntil: "load", timeout: 300_000 });
        metrics.warmLoad = await again.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          const fcp = performance.getEntriesByName("first-contentful-paint")[0];
          return { ttfbMs: Math.round(nav.responseStart), firstContentfulPaintMs: fcp ? Math.round(fcp.startTime) : null };
        });
        await again.close();
      }
      expect(errors).toEqual([]);
      await closePage(page);
    }, 600_000);
  }

  // 3 min into UK South's outage (simulator scenario region-outage) the wall shows two banners (INCIDENT OPEN,
  // REGION FAILING) and its tiles have least room exactly when it matters most. There the availability tile's
  // PAGE lines overlapped its figures and its footer (by up to 12 px at 1080p) and the saturation tile's
  // CPU/RU rows its footer (1.6 px); spillingTiles now compares every line of text with every other.
  describe("during a region outage, under both banners", () => {
    let outage: Snapshot;
    beforeAll(async () => {
      outage = await scenarioSnapshot("region-outage", 3);
    }, 600_000);

    for (const size of SIZES) {
      it(`${size.width}×${size.height}: every tile's text fits its tile, nothing over another line or a footer, nothing clipped`, async () => {
        expect(outage.outsideIn?.verdict.kind).toBe("region-failing");
        expect(outage.incidents.filter((i) => i.recoveredAt === null).map((i) => i.region)).toEqual(["uksouth"]);
        // The page and the ticket fire together: the reason names the first page and counts the others.
        const reason = outage.wall?.tiles.availability.reason;
        const pages = outage.availability.alerts.filter((a) => a.severity === "page");
        expect(reason).toBe(`PAGE · ${pages[0]?.rule} +${outage.availability.alerts.length - 1} more`);

        const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
        const errors = collectErrors(page);
        await page.route("**/api/snapshot**", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(outage) }));
        await page.goto(`${baseUrl}/wall?refresh=2000ms`, { waitUntil: "load", timeout: 300_000 });
        // The first paint is the server's demo; the first refresh brings the outage.
        await page.locator('[data-tile="saturation"] [data-value="survivor"]:has-text("cannot serve")').waitFor({ timeout: 60_000 });
        await page.locator('[data-testid="wall-open-incident"]').waitFor({ timeout: 10_000 });
        await expect(page.locator('[data-testid="blind-banner"]').getAttribute("data-kind")).resolves.toBe("region-failing");
        const availability = page.locator('[data-tile="availability"]');
        await expect(availability.getAttribute("data-status")).resolves.toBe("breach");
        await expect(availability.locator("[data-tile-reason]").textContent()).resolves.toBe(reason);
        // Said once: no burn line under the figures repeating the reason.
        expect(await availability.locator('[data-value="burn-alert"]').count()).toBe(0);
        await expect(availability.locator('[data-value="sli-window"]').textContent()).resolves.toMatch(/^\d{2,3}\.\d{2} %$/);
        // Overspent it says "exhausted" (lib/wall/availability-lines.ts requestBudgetWords), never "-2159 %".
        await expect(availability.locator('[data-value="budget"]').textContent()).resolves.toMatch(/^(\d+ %|exhausted)$/);
        // Two budgets on two bases (SIGNALS.md 3.7) side by side: each line names what it counts.
        const tileText = (await availability.textContent()) ?? "";
        expect(tileText).toMatch(/Failed-request budget( left)?/);
        expect(tileText).toContain(`${outage.availability.downtimeMinutes?.toFixed(1)} bad minutes of ${outage.availability.allowedDowntimeMinutes.toFixed(1)} allowed`);
        // The saturation tile still shows both regions' CPU and RU rows.
        expect(await page.locator('[data-tile="saturation"] [aria-label="CPU"]').count()).toBe(outage.regions.length);

        const dims = await noScroll(page);
        expect(dims.scrollHeight).toBeLessThanOrEqual(dims.innerHeight);
        expect(dims.scrollWidth).toBeLessThanOrEqual(dims.innerWidth);
        expect(await spillingTiles(page)).toEqual([]);
        // Made to fit without small type: nothing in a tile under 24 px at 1080p (scaled), as readability.e2e.ts asks.
        const small = await smallText(page, '[data-view="wall"]', (24 * size.width) / 1920);
        expect(small).toEqual([]);
        await screenshot(page, `wall-outage-${size.name}`);
        expect(errors).toEqual([]);
        await closePage(page);
      }, 600_000);
    }
  });

  // 15 min into a lying probe (seed 003, June 2024): UK South's probes pass while a quarter of its
  // requests fail. The Regions tile read "✓ Origin healthy" and OK; it now warns with the probe-blind
  // sentence, which must fit the tile beside the two region cards.
  describe("during a lying probe", () => {
    let lying: Snapshot;
    beforeAll(async () => {
      lying = await scenarioSnapshot("lying-probe", 15);
    }, 600_000);

    for (const size of SIZES) {
      it(`${size.width}×${size.height}: the Regions tile warns that UK South is probe-blind, and its reason fits`, async () => {
        const reason = lying.wall?.tiles.regions.reason ?? "";
        expect(reason).toMatch(/^UK South: Probe-blind .*: its requests failed while Front Door's probes passed it\.$/);
        const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
        const errors = collectErrors(page);
        await page.route("**/api/snapshot**", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(lying) }));
        await page.goto(`${baseUrl}/wall?refresh=2000ms`, { waitUntil: "load", timeout: 300_000 });
        const regions = page.locator('[data-tile="regions"]');
        await regions.locator('[data-origin-status="warn"]').waitFor({ timeout: 60_000 });
        await expect(regions.getAttribute("data-status")).resolves.toBe("warn");
        await expect(regions.locator("[data-tile-reason]").textContent()).resolves.toBe(reason);
        await expect(regions.locator('[data-region="uksouth"] [data-origin-status]').getAttribute("data-origin-status")).resolves.toBe("warn");
        await expect(regions.locator('[data-region="westeurope"] [data-origin-status]').getAttribute("data-origin-status")).resolves.toBe("ok");
        // The failover that should have happened: not green "No failover in 7 days" (lib/wall/failover-tile.ts).
        const failover = page.locator('[data-tile="incident"]');
        expect(lying.wall?.tiles.incident).toEqual({ status: "warn", reason: expect.stringMatching(/^UK South probe-blind (since \d{2}:\d{2}|\d{2}:\d{2}–\d{2}:\d{2}) UTC: Front Door has not failed it over\.$/) });
        await expect(failover.getAttribute("data-status")).resolves.toBe("warn");
        await expect(failover.locator("[data-tile-reason]").textContent()).resolves.toBe(lying.wall?.tiles.incident.reason);
        await expect(failover.textContent()).resolves.not.toContain("No failover in 7 days");
        // 75 minutes of data in a 30-day window: the window's figure says so (lib/snapshot/availability-coverage.ts).
        expect(lying.availability.coverage?.note).toBe("1 h of data");
        await expect(page.locator('[data-tile="availability"]').textContent()).resolves.toContain("30 days · 1 h of data");
        expect(await brokenDates(page)).toEqual([]);
        const dims = await noScroll(page);
        expect(dims.scrollHeight).toBeLessThanOrEqual(dims.innerHeight);
        expect(await spillingTiles(page)).toEqual([]);
        expect(await smallText(page, '[data-view="wall"]', (24 * size.width) / 1920)).toEqual([]);
        await screenshot(page, `wall-lying-probe-${size.name}`);
        expect(errors).toEqual([]);
        await closePage(page);
      }, 600_000);
    }
  });

  // The banners name the region: with Azure's longest region names (longer than the examples' UK South
  // and West Europe) under both banners, nothing is cut short by an ellipsis, a line clamp or the screen.
  describe("both banners with the longest region names", () => {
    const LONG_NAMES: Record<string, string> = { uksouth: "Germany West Central", westeurope: "Australia Southeast" };
    let server: NextServer;
    let outage: Snapshot;
    beforeAll(async () => {
      const demo = JSON.parse(readFileSync("config/demo.json", "utf8"));
      delete demo.$schema;
      demo.regions = demo.regions.map((r: { id: string }) => ({ ...r, displayName: LONG_NAMES[r.id] }));
      const configFile = path.join(mkdtempSync(path.join(tmpdir(), "aad-wall-names-")), "config.json");
      writeFileSync(configFile, JSON.stringify({ ...demo, embedded: { ...demo.embedded, days: 1 } }));
      // Its own server: the open-incident banner takes the names from the server's configuration.
      server = await startNextServer({ env: { ...process.env, DASHBOARD_CONFIG: configFile }, timeoutMs: 300_000 });
      outage = await scenarioSnapshot("region-outage", 3, configFile);
    }, 600_000);
    afterAll(() => server?.stop());

    for (const size of SIZES) {
      it(`${size.width}×${size.height}: INCIDENT OPEN, REGION FAILING and every tile show every word`, async () => {
        const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
        const errors = collectErrors(page);
        // The widest running clock under 100 hours ("10:03:00", tabular figures), past the RTO budget ("OVER"):
        // the browser's clock is set 10 h into the incident rather than weeks after the recorded scenario.
        const start = Date.parse(outage.incidents.find((i) => i.recoveredAt === null)?.start ?? outage.asOf);
        await page.clock.setFixedTime(start + (10 * 3600 + 180) * 1000);
        await page.route("**/api/snapshot**", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(outage) }));
        await page.goto(`${server.baseUrl}/wall?refresh=2000ms`, { waitUntil: "load", timeout: 300_000 });
        const incident = page.locator('[data-testid="wall-open-incident"]');
        await incident.waitFor({ timeout: 60_000 });
        await page.locator('[data-testid="blind-banner"][data-kind="region-failing"]').waitFor({ timeout: 10_000 });
        await expect(incident.textContent()).resolves.toContain("Germany West Central");
        await expect(incident.locator('[data-value="incident-clock"]').textContent()).resolves.toBe("10:03:00");
        await expect(incident.textContent()).resolves.toContain("OVER RTO budget");
        await expect(page.locator('[data-value="blind-headline"]').textContent()).resolves.toContain("Germany West Central failing");
        await screenshot(page, `wall-banners-long-names-${size.name}`);
        expect(await clippedBanners(page)).toEqual([]);
        // Every tile, not only the banners: the saturation tile's CPU/RU rows cut "Germany We…" and
        // overlapped its footer, and the conflict feed cut "▲ growing", until each name got room to break.
        const saturationNames = await page.locator('[data-tile="saturation"] [data-value="saturation-region"]').allTextContents();
        expect(saturationNames).toEqual(outage.regions.map((r) => LONG_NAMES[r.id]));
        const conflicts = page.locator('[data-tile="conflicts"]');
        const deepest = outage.conflicts.filter((c) => c.depthNow !== null).sort((a, b) => (b.depthNow ?? 0) - (a.depthNow ?? 0))[0];
        if (deepest && (deepest.depthNow ?? 0) > 0) await expect(conflicts.textContent()).resolves.toContain(LONG_NAMES[deepest.region]);
        if (outage.conflicts.some((c) => c.growing)) await expect(conflicts.textContent()).resolves.toContain("▲ growing");
        expect(await spillingTiles(page)).toEqual([]);
        expect(await cutTileText(page)).toEqual([]);
        expect(await brokenDates(page)).toEqual([]);
        expect(await smallText(page, '[data-view="wall"]', (24 * size.width) / 1920)).toEqual([]);
        const dims = await noScroll(page);
        expect(dims.scrollHeight).toBeLessThanOrEqual(dims.innerHeight);
        expect(dims.scrollWidth).toBeLessThanOrEqual(dims.innerWidth);
        expect(errors).toEqual([]);
        await closePage(page);
      }, 600_000);
    }
  });

  // 12 min into a Front Door outage: the edge's errors are charged to every origin, so both read
  // probe-blind. The Regions tile keeps the WARN but says once that the failure is likely Front Door's
  // (the banner's verdict), not "its requests failed" per origin, and that longer sentence must fit.
  describe("during a Front Door outage", () => {
    let edge: Snapshot;
    beforeAll(async () => {
      edge = await scenarioSnapshot("frontdoor-outage", 12);
    }, 600_000);

    for (const size of SIZES) {
      it(`${size.width}×${size.height}: the Regions tile says every origin is probe-blind at once and points at Front Door, once, and it fits`, async () => {
        const reason = edge.wall?.tiles.regions.reason ?? "";
        expect(reason).toMatch(/^Every origin probe-blind at once since \d\d:\d\d UTC: likely Front Door failing, not the origins\.$/);
        const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
        const errors = collectErrors(page);
        await page.route("**/api/snapshot**", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(edge) }));
        await page.goto(`${baseUrl}/wall?refresh=2000ms`, { waitUntil: "load", timeout: 300_000 });
        const regions = page.locator('[data-tile="regions"]');
        await regions.locator('[data-origin-status="warn"]').first().waitFor({ timeout: 60_000 });
        await expect(regions.getAttribute("data-status")).resolves.toBe("warn");
        await expect(regions.locator("[data-tile-reason]").textContent()).resolves.toBe(reason);
        for (const id of ["uksouth", "westeurope"]) {
          await expect(regions.locator(`[data-region="${id}"] [data-origin-status]`).getAttribute("data-origin-status"), id).resolves.toBe("warn");
        }
        const dims = await noScroll(page);
        expect(dims.scrollHeight).toBeLessThanOrEqual(dims.innerHeight);
        expect(await spillingTiles(page)).toEqual([]);
        expect(await smallText(page, '[data-view="wall"]', (24 * size.width) / 1920)).toEqual([]);
        await screenshot(page, `wall-frontdoor-outage-${size.name}`);
        expect(errors).toEqual([]);
        await closePage(page);
      }, 600_000);
    }
  });

  it("opened on a page the page cache kept past a refresh interval, fetches fresh data at once instead of showing STALE", async () => {
    const url = `${baseUrl}/wall?refresh=4000ms`;
    const first = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await first.goto(url, { waitUntil: "load", timeout: 300_000 });
    await closePage(first);
    // Past PAGE_CACHE_SECONDS (5 s) and two intervals, within the cache's 30 s of stale-while-revalidate:
    // the next viewer gets the page rendered ~11 s ago.
    await sleep(11_000);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = collectErrors(page);
    const fetched = page.waitForResponse((r) => r.url().includes("/api/snapshot"), { timeout: 3_500 });
    const served = await page.goto(url, { waitUntil: "load", timeout: 300_000 });
    expect(served?.headers()["x-page-cache"], "the page came from the page cache, past its seconds").toBe("stale");
    expect((await fetched).status()).toBe(200);
    await page.locator('main[data-rendered="client"]').waitFor({ timeout: 30_000 });
    await waitFor(async () => (await page.locator('[data-testid="wall-stale"]').count()) === 0, 5_000, "no STALE banner once fresh data came");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);

  it("says STALE within two refresh intervals when the server is unreachable, and recovers by itself", async () => {
    const refreshMs = 1000;
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const fake = new FakeSnapshotServer(() => recorded);
    await fake.attach(page);
    await page.goto(`${baseUrl}/wall?refresh=${refreshMs}ms`, { waitUntil: "load", timeout: 300_000 });
    await waitFor(() => fake.served >= 2, 20_000, "two good refreshes");
    expect(await page.locator('[data-testid="wall-stale"]').count()).toBe(0);

    fake.up = false;
    const downAt = Date.now();
    await page.locator('[data-testid="wall-stale"]').waitFor({ timeout: 2 * refreshMs + 1500 });
    metrics.staleAfterMs = Date.now() - downAt;
    expect(Date.now() - downAt).toBeLessThanOrEqual(2 * refreshMs + 1500);
    const banner = (await page.locator('[data-testid="wall-stale"]').textContent()) ?? "";
    expect(banner).toMatch(/STALE/);
    expect(banner).toMatch(/Last good data \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    expect(banner).toMatch(/server unreachable/);
    expect(await page.locator("main").getAttribute("data-stale")).toBe("true");
    // The last good numbers stay on screen (dimmed), never a blank wall.
    expect(await page.locator('[data-value="traffic-share"]').count()).toBe(recorded.regions.length);
    // The taller STALE banner leaves the tiles less room: nothing may spill over a tile's footer.
    expect(await spillingTiles(page)).toEqual([]);
    await screenshot(page, "wall-stale-1080p");

    // Down for several intervals: the retry keeps going at the refresh interval, not an exponential backoff.
    await sleep(5 * refreshMs);
    const abortedWhileDown = fake.aborted;
    expect(abortedWhileDown).toBeGreaterThanOrEqual(3);

    fake.up = true;
    const upAt = Date.now();
    await page.locator('[data-testid="wall-stale"]').waitFor({ state: "detached", timeout: 2 * refreshMs + 2000 });
    metrics.recoveredAfterMs = Date.now() - upAt;
    expect(await page.locator("main").getAttribute("data-stale")).toBe("false");
    await closePage(page);
  }, 120_000);

  it("shows an open incident prominently with its running clock", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const start = new Date(Date.now() - 4 * 60_000 - 12_000).toISOString();
    const fake = new FakeSnapshotServer(() => ({
      ...recorded,
      asOf: new Date().toISOString(),
      incidents: [
        ...recorded.incidents,
        { region: "uksouth", kind: "real", start, evictedAt: null, recoveredAt: null, rtoSeconds: null, elapsedSeconds: (Date.now() - Date.parse(start)) / 1000, errorWindowSeconds: 60, rpoSeconds: null, rpoTiers: [], rtoBudgetSeconds: 300, rtoStatus: "breach", rpoStatus: "no-data", survivor: { peakPercent: null, region: null, throttled429: null, ranOut: null, status: "no-data" }, status: "breach", reasons: [] },
      ],
    }));
    await fake.attach(page);
    await page.goto(`${baseUrl}/wall?refresh=1000ms`, { waitUntil: "load", timeout: 300_000 });
    const banner = page.locator('[data-testid="wall-open-incident"]');
    await banner.waitFor({ timeout: 10_000 });
    await expect(banner.textContent()).resolves.toMatch(/INCIDENT OPEN.*UK South/);
    const clock = page.locator('[data-value="incident-clock"]');
    const first = (await clock.textContent()) ?? "";
    const [mm, ss] = first.split(":").map(Number);
    const expected = (Date.now() - Date.parse(start)) / 1000;
    expect(Math.abs(mm * 60 + ss - expected)).toBeLessThan(3);
    await sleep(2100);
    expect(await clock.textContent()).not.toBe(first);
    const dims = await noScroll(page);
    expect(dims.scrollHeight).toBeLessThanOrEqual(dims.innerHeight);
    await screenshot(page, "wall-incident-1080p");
    expect(await spillingTiles(page)).toEqual([]);
    await closePage(page);
  }, 120_000);

  it("says NO DATA in grey, never green, for a tile without data", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const fake = new FakeSnapshotServer(() => ({
      ...recorded,
      replication: recorded.replication.map((p) => ({ ...p, lagSecondsNow: null, lagSecondsP99: null, lagSecondsMax: null, status: "no-data" as const })),
      conflicts: [],
      signals: { ...recorded.signals, replication: { ...recorded.signals.replication, status: "no-data", dataAgeSeconds: null }, conflicts: { ...recorded.signals.conflicts, status: "no-data", dataAgeSeconds: null } },
    }));
    await fake.attach(page);
    await page.goto(`${baseUrl}/wall?refresh=1000ms`, { waitUntil: "load", timeout: 300_000 });
    await waitFor(async () => (await page.locator('[data-tile="replication"]').getAttribute("data-status")) === "no-data", 10_000, "replication NO DATA");
    for (const tile of ["replication", "conflicts"]) {
      const t = page.locator(`[data-tile="${tile}"]`);
      expect(await t.getAttribute("data-status")).toBe("no-data");
      expect(await t.locator('[data-status="ok"]').count()).toBe(0);
      await expect(t.textContent()).resolves.toContain("NO DATA");
      const colour = await t.locator("[data-no-data]").first().evaluate((el) => getComputedStyle(el).color);
      // Grey: the rendered colour's sRGB channels stay within a few units of each other (no green
      // cast). A canvas converts whatever notation the browser reports (Tailwind 4 uses oklch).
      const [r, g, b] = await page.evaluate((css) => {
        const ctx = document.createElement("canvas").getContext("2d");
        if (!ctx) return [0, 255, 0];
        ctx.fillStyle = css;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      }, colour);
      expect(Math.max(r, g, b) - Math.min(r, g, b), colour).toBeLessThan(40);
    }
    await closePage(page);
  }, 120_000);

  it("rotates to the SLO view and back on the interval from the URL", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const fake = new FakeSnapshotServer(() => recorded);
    await fake.attach(page);
    await page.goto(`${baseUrl}/wall?refresh=1000ms&rotate=5s`, { waitUntil: "load", timeout: 300_000 });
    await page.locator('[data-view="slo"]').waitFor({ timeout: 12_000 });
    const dims = await noScroll(page);
    expect(dims.scrollHeight).toBeLessThanOrEqual(dims.innerHeight);
    await screenshot(page, "wall-slo-1080p");
    await page.locator('[data-view="wall"]').waitFor({ timeout: 7_000 });
    await closePage(page);
  }, 120_000);

  it("reloads itself on the reloadHours interval once the server answers health checks", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const fake = new FakeSnapshotServer(() => recorded);
    await fake.attach(page);
    // A reload shows as a second document request (its server render may then take a while).
    let documents = 0;
    page.on("request", (r) => {
      if (r.resourceType() === "document" && new URL(r.url()).pathname === "/wall") documents++;
    });
    // 0.001 h = 3.6 s (the embedded workspace's floor).
    await page.goto(`${baseUrl}/wall?refresh=1000ms&reloadHours=0.001`, { waitUntil: "load", timeout: 120_000 });
    const loadedAt = Date.now();
    // Generous: under CI load the health check and the reload's request can take a while.
    await waitFor(() => documents >= 2, 120_000, "a periodic reload");
    expect(Date.now() - loadedAt).toBeGreaterThanOrEqual(2_500);
    // The page reloads only after a healthy /api/health: failing it ends the loop, so the close
    // below does not race a reload's commit.
    await page.route("**/api/health", (route) => route.abort("connectionrefused"));
    await page.waitForLoadState("load", { timeout: 120_000 }).catch(() => {});
    await closePage(page);
  }, 300_000);

  it("rejects a bad parameter with a message naming it", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const res = await page.goto(`${baseUrl}/wall?refresh=soon`, { timeout: 60_000 });
    expect(res?.status()).toBe(400);
    await expect(page.locator('main [role="alert"]').textContent()).resolves.toMatch(/Invalid parameter refresh.*Allowed/);
    await closePage(page);
  }, 60_000);

  it("does not grow the JS heap by more than 10 MB over 1,000 refresh cycles", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = collectErrors(page);
    let cycle = 0;
    // Each answer differs (asOf, ages, a lag, the split-brain list) so every cycle re-renders.
    const fake = new FakeSnapshotServer(() => {
      cycle++;
      return {
        ...recorded,
        asOf: new Date().toISOString(),
        dataAgeSeconds: (recorded.dataAgeSeconds ?? 0) + (cycle % 7),
        replication: recorded.replication.map((p, i) => ({ ...p, lagSecondsNow: ((cycle + i) % 50) / 10 })),
        splitBrain: { ...recorded.splitBrain, races: recorded.splitBrain.races.slice(0, cycle % (recorded.splitBrain.races.length + 1)) },
      };
    });
    await fake.attach(page);
    // The fastest refresh the embedded wall accepts (FAST_REFRESH_MIN_MS): the cycle count, not the
    // interval, is what a leak grows with, and every answer still differs and re-renders.
    await page.goto(`${baseUrl}/wall?refresh=${FAST_REFRESH_MIN_MS}ms&reloadHours=0`, { waitUntil: "load", timeout: 300_000 });
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    };
    await waitFor(() => fake.served >= 50, 60_000, "50 warm-up cycles");
    const before = await heap();
    const startServed = fake.served;
    const started = Date.now();
    await waitFor(() => fake.served - startServed >= 1000, 480_000, "1,000 refresh cycles");
    const after = await heap();
    metrics.memory = { cycles: fake.served - startServed, seconds: Math.round((Date.now() - started) / 1000), heapBeforeBytes: before, heapAfterBytes: after, growthBytes: after - before };
    expect(after - before).toBeLessThan(10 * 1024 * 1024);
    // Still rendering the latest answer after all those cycles.
    await expect(page.locator('[data-value="traffic-share"]').count()).resolves.toBe(recorded.regions.length);
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);
});
