import { describe, expect, inject, it } from "vitest";
import { alertRules } from "@/lib/alerts";
import { conditionText } from "@/lib/alerts/listing";
import { loadConfigFile } from "@/lib/config/load";
import { closePage, collectErrors, screenshot, suiteBrowser } from "./browser";

const config = loadConfigFile("config/demo.json");
const rules = alertRules(config);

describe("/alerts", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  it("lists every generated rule with its condition in words and its KQL, reached from the site nav", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/doctor`, { waitUntil: "load", timeout: 300_000 });
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Alerts" }).click();
    await page.waitForURL(/\/alerts$/, { timeout: 120_000 });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Alert rules");
    await expect(page.locator('[data-site-nav] a[aria-current="page"]').textContent()).resolves.toBe("Alerts");
    const cards = page.locator("[data-alert-rule]");
    await expect(cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-alert-rule")))).resolves.toEqual(rules.map((r) => r.name));
    for (const rule of rules) {
      const card = page.locator(`[data-alert-rule="${rule.name}"]`);
      await expect(card.locator("code").first().textContent()).resolves.toBe(conditionText(rule));
      await expect(card.getByLabel(`KQL of ${rule.name}`).textContent()).resolves.toBe(rule.kql);
    }
    await screenshot(page, "alerts");
    await page.screenshot({ path: "test-results/screenshots/alerts-first-screen.png" });
    expect(errors).toEqual([]);
    await closePage(page);
  });

  it("filters to one signal and names the allowed values for a bad one", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/alerts?signal=replication`, { waitUntil: "load", timeout: 300_000 });
    await expect(page.locator("[data-alert-rule]").count()).resolves.toBe(config.replication.length);
    await page.goto(`${baseUrl}/alerts?signal=weather`, { waitUntil: "load", timeout: 300_000 });
    const alert = await page.locator("main p[role=alert]").textContent();
    expect(alert).toContain('Invalid parameter signal: "weather" has no alert rules');
    expect(alert).toContain("Allowed: one of availability, replication, conflicts, splitBrain, regions, originHealth, incidents");
    await closePage(page);
  });
});
