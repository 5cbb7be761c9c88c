import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { busyPageHtml } from "@/lib/page-cache/serve";
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

  it("a client-side navigation the server refuses as busy (503) becomes a full page load, which the page cache serves", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/`, { waitUntil: "load", timeout: 300_000 });
    await expect(currentNavLink(page)).resolves.toBe("Overview");
    // The answer render-admission.ts gives a navigation past the render cap's line, for the next one.
    let refused = 0;
    await page.route(
      (url) => url.pathname === "/incidents",
      async (route) => {
        const headers = await route.request().allHeaders();
        // The click's navigation, not a prefetch of the link (a refused prefetch is only dropped).
        const navigation = headers["rsc"] === "1" && !headers["next-router-prefetch"] && !headers["next-router-segment-prefetch"];
        if (!navigation || refused > 0) return route.continue();
        refused++;
        await route.fulfill({ status: 503, headers: { "retry-after": "2", "content-type": "text/html; charset=utf-8" }, body: busyPageHtml(2) });
      },
    );
    const documents: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "document") documents.push(new URL(r.url()).pathname);
    });
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Incidents" }).click();
    await page.waitForURL(/\/incidents/, { timeout: 120_000 });
    await expect(currentNavLink(page)).resolves.toBe("Incidents");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Incidents");
    expect(refused).toBe(1);
    // Next's router loaded the page itself: a document request, not the busy page shown as the app.
    expect(documents).toEqual(["/incidents"]);
    // The browser reports the refused fetch itself; nothing else went wrong.
    expect(errors.filter((e) => !/status of 503/.test(e))).toEqual([]);
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
