import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors, screenshot, suiteBrowser } from "./browser";

/** The label of the link the site nav marks as the current page (waits for the nav: the review streams in after its loading state). */
async function currentNavLink(page: Page): Promise<string | null> {
  const nav = page.getByRole("navigation", { name: "Site" });
  await nav.waitFor({ timeout: 300_000 });
  const current = nav.locator('a[aria-current="page"]');
  expect(await current.count()).toBe(1);
  return (await current.textContent())?.trim() ?? null;
}

describe("site navigation", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  it("every non-wall page has the top nav with its own link marked current, and the links reach every area", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    const pages: [string, string][] = [
      ["/", "Overview"],
      ["/incidents", "Incidents"],
      ["/signals/replication", "Replication"],
      ["/review", "Review"],
      ["/doctor", "Doctor"],
    ];
    for (const [path, label] of pages) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: "load", timeout: 300_000 });
      await expect(currentNavLink(page), path).resolves.toBe(label);
      const hrefs = await page.getByRole("navigation", { name: "Site" }).locator("a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs, path).toEqual(expect.arrayContaining(["/", "/incidents", "/signals/replication", "/review", "/wall", "/doctor"]));
    }
    await screenshot(page, "nav-doctor");
    // Following the nav keeps working client-side: review → incidents.
    await page.goto(`${baseUrl}/review`, { waitUntil: "load", timeout: 300_000 });
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Incidents" }).click();
    await page.waitForURL(/\/incidents/, { timeout: 120_000 });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Incidents");
    await expect(currentNavLink(page)).resolves.toBe("Incidents");
    expect(errors).toEqual([]);
  });

  it("the review prints without the nav, and the wall has none", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/review`, { waitUntil: "load", timeout: 300_000 });
    const nav = page.getByRole("navigation", { name: "Site" });
    await nav.waitFor({ timeout: 300_000 });
    await expect(nav.isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: "print" });
    await expect(nav.isVisible()).resolves.toBe(false);

    const wall = await browser().newPage({ viewport: { width: 1920, height: 1080 } });
    await wall.goto(`${baseUrl}/wall`, { waitUntil: "load", timeout: 300_000 });
    // Once the wall shows its tiles (its first snapshot), there is still no nav.
    await wall.locator("[data-tile]").first().waitFor({ timeout: 300_000 });
    await expect(wall.locator("[data-site-nav]").count()).resolves.toBe(0);
    await expect(wall.getByRole("navigation").count()).resolves.toBe(0);
  });
});
