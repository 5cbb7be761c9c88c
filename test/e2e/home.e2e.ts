import { describe, expect, inject, it } from "vitest";
import { collectErrors, screenshot, suiteBrowser } from "./browser";

describe("first page", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  it("names the configured regions and budgets", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/`);
    await expect(page.locator("[data-region=uksouth]").textContent()).resolves.toContain("UK South");
    await expect(page.locator("[data-region=westeurope]").textContent()).resolves.toContain("West Europe");
    await expect(page.getByText("RTO budget").isVisible()).resolves.toBe(true);
    await screenshot(page, "home");
    expect(errors).toEqual([]);
  });

  it("hydrates a page served from the page cache under the CSP (its nonce swapped in), as one rendered for it", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectErrors(page);
    const url = `${baseUrl}/?range=1h`;
    const sources: (string | null)[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await page.goto(url);
      sources.push((await response?.headerValue("x-page-cache")) ?? null);
      await expect(page.locator("[data-region=uksouth]").textContent()).resolves.toContain("UK South");
    }
    expect(sources[1]).toBe("hit");
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole("link", { name: /All incidents/ }).click();
    await page.waitForURL(/\/incidents/);
    // The marker survives only a client-side navigation, which needs the hydrated router.
    await expect(page.evaluate(() => (window as unknown as { marker?: number }).marker)).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reports health as JSON", async () => {
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", version: "0.1.0", source: "embedded", config: { loaded: true } });
  });
});
