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

  it("reports health as JSON", async () => {
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", version: "0.1.0", source: "embedded", config: { loaded: true } });
  });
});
