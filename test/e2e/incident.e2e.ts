import { describe, expect, inject, it } from "vitest";
import { closePage, screenshot, suiteBrowser } from "./browser";
import { openPage, seriousA11yViolations } from "./oncall-helpers";
import { incidentId } from "@/lib/charts/incident";
import type { Snapshot } from "@/lib/snapshot/types";

describe("incident timeline", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  it("is reached from the overview in at most three clicks and shows the last outage on one axis", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    // Click 1: the incident list of the last 30 days.
    await page.getByRole("link", { name: "All incidents and drills of the last 30 days" }).click();
    await page.waitForURL(/\/incidents\?range=30d/);
    const realRows = page.locator("tr[data-incident]", { hasText: "real" });
    await realRows.first().waitFor();
    const id = await realRows.first().getAttribute("data-incident");
    // Click 2: the newest real incident's timeline (the list is newest first).
    await realRows.first().getByRole("link", { name: /Open timeline/ }).click();
    await page.waitForURL(/\/incidents\/[a-z]+-\d{4}/);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/incidents/${id}`);
    await expect(page.locator("h1").textContent()).resolves.toMatch(/^Incident: (UK South|West Europe) at \d{4}-/);
    // Measured RTO/RPO against budgets.
    await expect(page.locator("[data-measure=rto]").textContent()).resolves.toMatch(/Measured RTO\d.*budget 5 min/);
    await expect(page.locator("[data-measure=rpo] tbody tr").count()).resolves.toBeGreaterThan(0);
    // Milestones in order: first failure, flip, eviction, recovery.
    const kinds = await page.locator("[data-milestone]").evaluateAll((li) => li.map((l) => l.getAttribute("data-milestone")));
    expect(kinds[0]).toBe("start");
    expect(kinds).toContain("flip");
    expect(kinds).toContain("evicted");
    expect(kinds.at(-1)).toBe("recovered");
    // Every story chart, on one time axis, with data.
    for (const panel of ["failed-probes", "origin-errors", "error-ratio", "traffic-share", "survivor", "replication-lag-sql", "replication-lag-cosmos", "conflict-depth"]) {
      await expect(page.locator(`[data-panel=chart-${panel}]`).count()).resolves.toBe(1);
    }
    await page.locator("[data-panel=chart-error-ratio] [data-chart] svg .recharts-line").waitFor({ state: "attached" });
    await expect(page.locator("[data-panel=chart-error-ratio]").getAttribute("data-no-data")).resolves.toBe("false");
    // One time axis: every chart spans the same window, around the incident.
    const axes = await page.locator("[data-chart]").evaluateAll((els) => els.map((e) => `${e.getAttribute("data-from")}-${e.getAttribute("data-to")}`));
    expect(axes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(axes).size).toBe(1);
    const [from, to] = axes[0].split("-").map(Number);
    const start = Date.parse((await page.locator("[data-milestone=start]").textContent())?.slice(0, 23).replace(" UTC", "Z").replace(" ", "T") ?? "");
    expect(from).toBeLessThan(start);
    expect(to).toBeGreaterThan(start);
    await expect(page.locator("[data-panel=chart-error-ratio] .recharts-cartesian-axis-tick-value").count()).resolves.toBeGreaterThan(0);
    // Inspector of the edge-error chart shows its KQL.
    const inspector = page.locator("[data-panel=chart-error-ratio] [data-inspector]");
    await inspector.locator("summary").click();
    await expect(inspector.locator("[data-kql]").first().textContent()).resolves.toContain("FrontDoorAccessLog");
    // One status, one set of words (SIGNALS 3.4): the page renders the snapshot's incident, never re-judges it.
    const { incidents } = (await (await fetch(`${baseUrl}/api/snapshot?range=7d`)).json()) as Snapshot;
    const shown = incidents.find((i) => incidentId(i) === id);
    expect(shown, `incident ${id} in the 7-day snapshot`).toBeDefined();
    const h1Status = await page.locator("h1 [data-status]").getAttribute("data-status");
    const reasons = await page.locator("[data-panel=measures] [data-incident-reasons] [data-reason]").allTextContents();
    expect(h1Status).toBe(shown?.status);
    expect(reasons).toEqual(shown?.reasons);
    await expect(page.locator("[data-measure=survivor] [data-status]").getAttribute("data-status")).resolves.toBe(shown?.survivor.status);
    // The demo's last real outage is the survivor-saturation failover: not a green OK, and it says why.
    expect(h1Status).toBe("breach");
    expect(reasons.join(" ")).toMatch(/Survivor .+ ran out of headroom/);
    // The survivor projection draws through the outage: a line, not NO DATA.
    await expect(page.locator("[data-panel=chart-survivor]").getAttribute("data-no-data")).resolves.toBe("false");
    await page.locator("[data-panel=chart-survivor] [data-chart] svg .recharts-line").first().waitFor({ state: "attached" });
    await screenshot(page, "incident-timeline");
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
    // It was opened from the 30-day list: its link back goes to that list and says so.
    const back = page.getByRole("link", { name: "All incidents in the last 30 days" });
    await expect(back.getAttribute("href")).resolves.toMatch(/^\/incidents\?range=30d/);
    // The link round-trips: the same URL in a fresh page shows the same incident.
    const { page: pasted, errors: pastedErrors } = await openPage(browser());
    await pasted.goto(page.url());
    await expect(pasted.locator("h1").textContent()).resolves.toBe(await page.locator("h1").textContent());
    expect(errors).toEqual([]);
    expect(pastedErrors).toEqual([]);
    await closePage(page);
    await pasted.close();
  }, 900_000);
});
