import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Snapshot } from "@/lib/snapshot/types";
import { closePage, collectErrors, screenshot, spillingTiles, suiteBrowser } from "./browser";
import { startNextServer, type NextServer } from "../next-server";
import { cutTileText, smallText } from "./tile-layout";
import { scenarioSnapshot } from "./scenario-snapshot";

/**
 * The wall of a three-region deployment (test/fixtures/three-regions.json): three region cards and seven
 * replication pairs share the tiles two regions had. At 1080p the two-region type cut "West Europe" to
 * "West Europ", put the traffic share's "%" on a line of its own and the origin line over the Regions
 * tile's footer, and a region's "NO DATA" in the saturation rows ran over the next region's figure.
 */
const SIZES = [
  { name: "1080p", width: 1920, height: 1080 },
  { name: "4k", width: 3840, height: 2160 },
] as const;

describe("/wall with three regions", () => {
  const browser = suiteBrowser();
  let server: NextServer;
  const snapshots: Record<string, Snapshot> = {};
  beforeAll(async () => {
    const config = JSON.parse(readFileSync("test/fixtures/three-regions.json", "utf8"));
    const configFile = path.join(mkdtempSync(path.join(tmpdir(), "aad-wall-three-")), "config.json");
    writeFileSync(configFile, JSON.stringify({ ...config, embedded: { ...config.embedded, days: 1 } }));
    server = await startNextServer({ env: { ...process.env, DASHBOARD_CONFIG: configFile }, timeoutMs: 300_000 });
    snapshots.steady = await scenarioSnapshot("steady", 30, configFile);
    snapshots.outage = await scenarioSnapshot("region-outage", 10, configFile);
  }, 600_000);
  afterAll(() => server?.stop());

  for (const state of ["steady", "outage"] as const) {
    for (const size of SIZES) {
      it(`${state}, ${size.width}×${size.height}: three region cards and every tile's text fit, nothing cut`, async () => {
        const snapshot = snapshots[state];
        expect(snapshot.regions).toHaveLength(3);
        const page = await browser().newPage({ viewport: { width: size.width, height: size.height } });
        const errors = collectErrors(page);
        await page.route("**/api/snapshot**", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(snapshot) }));
        // The outage is shown as a replay (?at= an hour ago, inside the server's one-day demo; the routed snapshot is
        // the outage's): the header then carries the REPLAY badge beside the long deployment name.
        const hourAgo = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3600_000).toISOString();
        const at = state === "outage" ? `&at=${encodeURIComponent(hourAgo)}` : "";
        await page.goto(`${server.baseUrl}/wall?refresh=2000ms${at}`, { waitUntil: "load", timeout: 300_000 });
        if (state === "outage") await page.locator('[data-tile="saturation"] [data-value="survivor"]:has-text("cannot serve")').waitFor({ timeout: 60_000 });
        else await page.waitForTimeout(3000);
        // Every region's whole name, its share and its origin line, on its card.
        for (const r of snapshot.regions) {
          const card = page.locator(`[data-tile="regions"] [data-region="${r.id}"]`);
          await expect(card.textContent()).resolves.toContain(r.displayName);
        }
        expect(await page.locator('[data-tile="saturation"] [aria-label="CPU"]').count()).toBe(3);
        // Seven pairs, four dials: the footer says the three others are watched and how they stand.
        expect(await page.locator('[data-tile="replication"] [data-pair]').count()).toBe(4);
        await expect(page.locator('[data-tile="replication"] [data-tile-footnote]').textContent()).resolves.toMatch(/^\+3 more pairs(, all OK|: .+)$/);
        // A NO DATA pair's figure is its last sample (older than the signal allows), and says so.
        for (const lag of await page.locator('[data-tile="replication"] [data-pair][data-status="no-data"] [data-value="lag"]').all()) {
          await expect(lag.textContent()).resolves.toMatch(/^last \d/);
        }
        if (state === "outage") expect(await page.locator('[data-tile="replication"] [data-pair][data-status="no-data"] [data-value="lag"]').count()).toBeGreaterThan(0);
        const dims = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth, ih: innerHeight, iw: innerWidth }));
        expect(dims.h).toBeLessThanOrEqual(dims.ih);
        expect(dims.w).toBeLessThanOrEqual(dims.iw);
        await screenshot(page, `wall-three-regions-${state}-${size.name}`);
        if (state === "outage") {
          // The replay time and the refresh age never wrap (they wrapped beside "Contoso Payments (three regions)"); the name gives way.
          const scale = size.width / 1920;
          const badge = await page.locator('header span:has-text("REPLAY")').boundingBox();
          expect(badge?.height ?? Infinity).toBeLessThan(48 * scale);
          const age = await page.locator('header [data-value="data-age"]').boundingBox();
          expect(age?.height ?? Infinity).toBeLessThan(80 * scale);
        }
        expect(await spillingTiles(page)).toEqual([]);
        expect(await cutTileText(page)).toEqual([]);
        expect(await smallText(page, '[data-view="wall"]', (24 * size.width) / 1920)).toEqual([]);
        expect(errors).toEqual([]);
        await closePage(page);
      }, 600_000);
    }
  }
});
