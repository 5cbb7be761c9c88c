import { describe, expect, inject, it } from "vitest";
import { closePage, screenshot, suiteBrowser } from "./browser";
import { openPage, seriousA11yViolations } from "./oncall-helpers";

describe("signal drill-down", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  it("charts replication lag against the RPO budget, no more points than pixels, rows sortable, KQL inspectable", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/signals/replication?range=6h`);
    // One chart per tier, each against its own budget: Cosmos' sub-second lags are not squashed under SQL's 30 s.
    const sql = page.locator("[data-panel=chart-replication-lag-sql]");
    const panel = page.locator("[data-panel=chart-replication-lag-cosmos]");
    for (const p of [panel, sql]) {
      await p.locator("[data-chart] svg .recharts-line").first().waitFor({ state: "attached" });
      await expect(p.getAttribute("data-no-data")).resolves.toBe("false");
    }
    await expect(panel.locator(".recharts-line").count()).resolves.toBe(2);
    await expect(sql.locator(".recharts-line").count()).resolves.toBe(1);
    // Both charts draw lines, not isolated points (per-minute SQL metric binned finer would alternate with gaps).
    for (const p of [panel, sql]) expect(await p.locator("path.recharts-line-curve").first().getAttribute("d")).toMatch(/L/);
    await expect(panel.locator("[data-chart] [data-threshold-label]").allTextContents()).resolves.toEqual(["RPO budget cosmos 5 s"]);
    await expect(sql.locator("[data-chart] [data-threshold-label]").allTextContents()).resolves.toEqual(["RPO budget sql 30 s"]);
    // The Cosmos chart's y axis stops near its own 5 s budget, not at SQL's 30 s.
    const ticks = (await panel.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents()).map((t) => Number.parseFloat(t));
    expect(ticks.filter(Number.isFinite).length).toBeGreaterThan(1);
    expect(Math.max(...ticks.filter(Number.isFinite))).toBeLessThan(30);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, "signals-replication-per-tier");
    const points = Number(await panel.locator("[data-chart]").getAttribute("data-points"));
    // The chart surface is the widest svg in the figure (legend icons are svgs too).
    const width = Math.max(...(await panel.locator("[data-chart] svg").evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width))));
    expect(points).toBeGreaterThan(10);
    expect(points).toBeLessThanOrEqual(width);
    // Inspector: the series KQL of one pair, with its window.
    await panel.locator("[data-inspector] summary").click();
    await expect(panel.locator("[data-kql]").first().textContent()).resolves.toContain("summarize lagSeconds = max(lagSeconds)");
    await expect(panel.locator("[data-inspector]").textContent()).resolves.toMatch(/Window\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC → /);
    // Rows behind the chart: sort by lagSeconds and check the order.
    const table = page.locator("[data-rows-table]");
    await table.locator("tbody tr").first().waitFor();
    const header = table.locator("th", { hasText: "lagSeconds" });
    await header.locator("button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
    const index = await table.locator("thead th").evaluateAll((ths) => ths.findIndex((th) => th.textContent?.startsWith("lagSeconds")));
    const values = await table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents();
    const numbers = values.map(Number);
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await header.locator("button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("descending");
    await screenshot(page, "signal-replication-6h");
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await closePage(page);
  }, 900_000);

  it("a 30-day range is binned on the server to fit the chart, and the range really applies", async () => {
    const res = await fetch(`${baseUrl}/api/signals/availability/series?range=30d&w=600`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { binSeconds: number; range: { from: string; to: string }; panels: { series: { points: { t: number }[] }[] }[] };
    expect(Date.parse(body.range.to) - Date.parse(body.range.from)).toBe(30 * 86_400_000);
    for (const panel of body.panels) for (const s of panel.series) expect(s.points.length).toBeLessThanOrEqual(600);
    expect(body.binSeconds).toBe(7200);
    const bad = await fetch(`${baseUrl}/api/signals/availability/series?range=2w`);
    expect(bad.status).toBe(400);
    await expect(bad.json()).resolves.toMatchObject({ parameter: "range" });
    const unknown = await fetch(`${baseUrl}/api/signals/nope/rows`);
    expect(unknown.status).toBe(400);
  }, 600_000);

  it.each(["regions", "conflicts", "originHealth", "splitBrain", "availability"])(
    "the %s page renders charts from simulator data without console errors",
    async (signal) => {
      const { page, errors } = await openPage(browser());
      await page.goto(`${baseUrl}/signals/${signal}?range=1h`);
      await page.locator("[data-panel=summary]").waitFor();
      const charts = page.locator("[data-panel^=chart-][data-no-data=false] [data-chart] svg .recharts-line");
      // A flat line at zero has no height, so wait for it to exist rather than to be "visible".
      await charts.first().waitFor({ state: "attached" });
      expect(await charts.count()).toBeGreaterThan(0);
      await screenshot(page, `signal-${signal}-1h`);
      expect(errors).toEqual([]);
      await closePage(page);
    },
    900_000,
  );
});
