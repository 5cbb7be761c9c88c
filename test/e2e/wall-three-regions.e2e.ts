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
        await page.goto(`${server.baseUrl}/wall?refresh=2000ms`, { waitUntil: "load", timeout: 300_000 });
        if (state === "outage") await page.locator('[data-tile="saturation"] [data-value="survivor"]:has-text("cannot serve")').waitFor({ timeout: 60_000 });
        else await page.waitForTimeout(3000);
        // Every region's whole name, its share and its origin line, on its card.
        for (const r of snapshot.regions) {
          const card = page.locator(`[data-tile="regions"] [data-region="${r.id}"]`);
          await expect(card.textContent()).resolves.toContain(r.displayName);
        }
        expect(await page.locator('[data-tile="saturation"] [aria-label="CPU"]').count()).toBe(3);
        const dims = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth, ih: innerHeight, iw: innerWidth }));
        expect(dims.h).toBeLessThanOrEqual(dims.ih);
        expect(dims.w).toBeLessThanOrEqual(dims.iw);
        await screenshot(page, `wall-three-regions-${state}-${size.name}`);
        expect(await spillingTiles(page)).toEqual([]);
        expect(await cutTileText(page)).toEqual([]);
        expect(await smallText(page, '[data-view="wall"]', (24 * size.width) / 1920)).toEqual([]);
        expect(errors).toEqual([]);
        await closePage(page);
      }, 600_000);
    }
  }
});
