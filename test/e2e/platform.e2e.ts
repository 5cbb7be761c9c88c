import { describe, expect, inject, it } from "vitest";
import { incidentId } from "@/lib/charts/incident";
import type { PlatformEvent, Snapshot } from "@/lib/snapshot/types";
import { closePage, screenshot, suiteBrowser } from "./browser";
import { expectNoConsoleErrors, openPage } from "./oncall-helpers";

/**
 * "Is it us or Azure?" in Chromium on the embedded demo, whose UK South outage (~3 days ago, the
 * survivor-saturation scenario) Azure reports as a platform event: Service Health under a tracking
 * id and Resource Health of the region's App Service plan. The overview and the incident page show
 * the banner in Azure's words, the incident charts carry the event on the time axis, the wall marks
 * the region, and the review puts the outage in Azure's bucket with buckets adding up to the total.
 */
describe("Azure platform events beside our incidents", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  async function demoEvent(): Promise<{ event: PlatformEvent; incident: Snapshot["incidents"][number] }> {
    const snap = (await (await fetch(`${baseUrl}/api/snapshot?range=7d`)).json()) as Snapshot;
    const event = snap.platformHealth.events.find((e) => e.source === "ServiceHealth" && e.regions.includes("uksouth"));
    if (!event) throw new Error("the demo's UK South outage is not reported by Azure Service Health in the 7-day snapshot");
    // The model's outage and Azure's impact window start together: the incident start may precede the
    // physical failure by at most one probe slot (README "Ground truth").
    const incident = snap.incidents.find((i) => i.region === "uksouth" && i.kind === "real" && Math.abs(Date.parse(i.start) - Date.parse(event.from)) <= 30_000);
    if (!incident) throw new Error(`no real uksouth incident starts with the event at ${event.from}`);
    expect(event.trackingId).toMatch(/^[0-9A-F]{4}-[0-9A-F]{3}$/);
    return { event, incident };
  }

  it("overview, incident page and wall show the event; the review attributes the outage to Azure", async () => {
    const { event, incident } = await demoEvent();
    // While Azure reports it active: 10 minutes into the impact (its first communication comes 5 minutes in).
    const during = new Date(Date.parse(event.from) + 10 * 60_000).toISOString();
    const { page, errors } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}/?range=1h&at=${encodeURIComponent(during)}`);
      const banner = page.getByTestId("platform-banner");
      await banner.waitFor();
      const text = (await banner.textContent()) ?? "";
      expect(text).toContain(`Azure: ${event.title}, tracking id ${event.trackingId}, since ${event.from.slice(0, 16).replace("T", " ")} UTC`);
      expect(text).toContain("still active");
      expect(text).toContain("Azure Resource Health: plan-payments-uksouth Unavailable (PlatformInitiated)");
      await expect(page.locator("[data-panel=platformHealth]").count()).resolves.toBe(1);
      await screenshot(page, "platform-overview");

      // The signal's drill-down: events active per bucket, the event on the time axis, the rows behind it.
      await page.goto(`${baseUrl}/signals/platformHealth?range=1h&at=${encodeURIComponent(during)}`);
      await page.locator("[data-panel=chart-platform-events]").waitFor();
      await expect(page.locator("[data-panel=chart-platform-events]").getAttribute("data-no-data")).resolves.toBe("false");
      await expect(page.locator("[data-panel=chart-platform-events] [data-annotation-kind=platform]").count()).resolves.toBe(2);

      // The incident page: the banner for its region and time, and the event on every chart's time axis.
      await page.goto(`${baseUrl}/incidents/${encodeURIComponent(incidentId(incident))}`);
      const incidentBanner = page.getByTestId("platform-banner");
      await incidentBanner.waitFor();
      await expect(incidentBanner.textContent()).resolves.toContain(`tracking id ${event.trackingId}`);
      const legend = page.locator("[data-panel=chart-error-ratio] [data-annotation-kind=platform]");
      await expect(legend.first().textContent()).resolves.toContain(event.trackingId ?? "");
      await screenshot(page, "platform-incident");

      // The wall, replayed at the same moment: a compact badge on UK South only.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${baseUrl}/wall?at=${encodeURIComponent(during)}`);
      const badge = page.locator("[data-region=uksouth] [data-platform-badge]");
      await badge.waitFor();
      await expect(badge.textContent()).resolves.toContain(event.trackingId ?? "");
      await expect(badge.getAttribute("data-platform-badge")).resolves.toBe("active");
      await expect(page.locator("[data-region=westeurope] [data-platform-badge]").count()).resolves.toBe(0);
      await screenshot(page, "platform-wall");

      // The review's rolling window: the outage in Azure's bucket, the buckets adding up to the total.
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${baseUrl}/review`);
      const panel = page.getByTestId("rolling-attribution");
      await panel.waitFor();
      await expect(page.getByTestId("rolling-attribution-bucket-azure").textContent()).resolves.toContain(`uksouth@${incident.start}`);
      const minutes = async (id: string) => Number.parseFloat(((await page.getByTestId(id).textContent()) ?? "").replace(/[^0-9.]/g, "") || "0");
      const parts = await Promise.all(["azure", "maintenance", "ours"].map((b) => minutes(`rolling-attribution-bucket-${b}-downtime`)));
      const total = await minutes("rolling-attribution-total-downtime");
      expect(parts[0]).toBeGreaterThan(0);
      expect(Math.abs(parts.reduce((a, b) => a + b, 0) - total)).toBeLessThan(0.05 * 3);
      await screenshot(page, "platform-review");
      expectNoConsoleErrors(errors);
    } finally {
      await closePage(page);
    }
  }, 900_000);
});
