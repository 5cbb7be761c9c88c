import { describe, expect, inject, it } from "vitest";
import type { SeriesResponse } from "@/lib/charts/types";
import type { Snapshot } from "@/lib/snapshot/types";
import { closePage, fastForwardUntil, screenshot, suiteBrowser } from "./browser";
import { openPage, seriousA11yViolations } from "./oncall-helpers";

/**
 * The overview's HTML (demo, 1 h) may not grow back: 126.5 kB when the client's props carried every
 * run's KQL and each inspector's body was in the markup, 64.8 kB measured once they were not
 * (docs/operations.md); the ceiling leaves ~15 % for data. Bytes per answer drive the crowd's
 * throughput and tail, and the server's memory (the page cache holds each page).
 */
const OVERVIEW_HTML_CEILING_BYTES = 75_000;

/** Lines of KQL long and plain enough (no characters HTML or JSON would escape) to look for in a page. */
function kqlLines(snapshot: Snapshot): string[] {
  const runs = Object.values(snapshot.signals).flatMap((m) => m.queries);
  return [...new Set(runs.flatMap((r) => r.kql.split("\n")).filter((l) => l.length > 24 && !/["'&<>\\]/.test(l)))];
}

describe("overview", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  it(`ships the overview in under ${OVERVIEW_HTML_CEILING_BYTES / 1000} kB of HTML, with no KQL in it or in /incidents and /wall until an inspector opens`, async () => {
    const html = async (path: string) => (await fetch(`${baseUrl}${path}`, { headers: { accept: "text/html" } })).text();
    const overview = await html("/?range=1h");
    expect(overview).toContain("data-panel=\"replication\"");
    expect(Buffer.byteLength(overview)).toBeLessThan(OVERVIEW_HTML_CEILING_BYTES);
    const lines = kqlLines((await (await fetch(`${baseUrl}/api/snapshot?range=1h`)).json()) as Snapshot);
    expect(lines.length).toBeGreaterThan(5);
    for (const [path, body] of [["/", overview], ["/incidents", await html("/incidents")], ["/wall", await html("/wall")]]) {
      expect(lines.filter((l) => body.includes(l)), path).toEqual([]);
    }
  }, 120_000);

  it("shows every region, pair and panel from real simulator data, with the KQL in the inspector", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/?range=1h`);
    for (const id of ["uksouth", "westeurope"]) {
      const row = page.locator(`[data-overview-region=${id}]`);
      // Now, then the worst in the range beside it (rangeWorst), both as the snapshot says.
      await expect(row.locator("[data-status]").first().getAttribute("data-status")).resolves.toMatch(/^(ok|warn|breach|no-data)$/);
      await expect(row.locator("[data-range-worst]").getAttribute("data-range-worst")).resolves.toMatch(/^(ok|warn|breach|no-data)$/);
      // Real numbers from the simulator: the traffic share is a percentage, not a placeholder.
      await expect(row.textContent()).resolves.toMatch(/\d+\.\d %/);
    }
    // Both directions of the cosmos pair, plus the sql tier.
    await expect(page.locator("[data-pair]").count()).resolves.toBe(3);
    await expect(page.locator("[data-pair='cosmos:westeurope->uksouth']").textContent()).resolves.toMatch(/\d(\.\d+)? s/);
    for (const panel of ["regions", "incidents", "replication", "availability", "conflicts", "splitBrain"]) {
      await expect(page.locator(`[data-panel=${panel}]`).count()).resolves.toBe(1);
    }
    // Downtime against its allowance as the snapshot (checked against the simulator's truth) says,
    // flagged when over it: why availability can be WARN with no burn-rate alert firing.
    const { availability } = (await (await fetch(`${baseUrl}/api/snapshot?range=1h`)).json()) as Snapshot;
    const downtime = page.locator("[data-panel=availability] [data-downtime-overspent]");
    const shown = (await downtime.textContent()) ?? "";
    expect(shown).toContain(`${availability.downtimeMinutes?.toFixed(1)} min / ${availability.allowedDowntimeMinutes.toFixed(1)} min`);
    const over = (availability.downtimeMinutes ?? 0) > availability.allowedDowntimeMinutes;
    await expect(downtime.getAttribute("data-downtime-overspent")).resolves.toBe(String(over));
    expect(shown.includes("over the allowance")).toBe(over);
    if (over) expect(availability.status).not.toBe("ok");
    // Inspector: the exact KQL, window, rows and the portal link wording.
    const inspector = page.locator("[data-panel=replication] [data-inspector]");
    await inspector.locator("summary").click();
    await expect(inspector.locator("[data-kql]").first().textContent()).resolves.toContain("replication_lag");
    await expect(inspector.textContent()).resolves.toContain("Open in Log Analytics");
    await expect(inspector.textContent()).resolves.toMatch(/Rows returned\d+/);
    // The configured deployment stays visible.
    await expect(page.locator("[data-region=uksouth]").textContent()).resolves.toContain("UK South");
    await expect(page.getByText("RTO budget").isVisible()).resolves.toBe(true);
    // A number never wraps away from its unit ("0.4" over "s") in the panels' numeric columns.
    // Each text node of a numeric cell on one line (a cell may stack a value over a caveat on purpose).
    const wrapped = await page.evaluate(() =>
      [...document.querySelectorAll("[data-panel] td.text-right")].flatMap((td) => {
        const texts = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        const split: string[] = [];
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(node.textContent ?? "");
        }
        return split;
      }),
    );
    expect(wrapped).toEqual([]);
    await screenshot(page, "overview");
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await closePage(page);
  }, 900_000);

  it("a 24 h view holding the demo's SQL lag breach shows BREACH beside the row, with the time over budget and why", async () => {
    // Where the breach is: the SQL lag series of the last 7 days, at its highest bucket.
    const series = (await (await fetch(`${baseUrl}/api/signals/replication/series?range=7d`)).json()) as SeriesResponse;
    const sql = series.panels.find((p) => p.id === "replication-lag-sql")?.series[0];
    const peak = (sql?.points ?? []).reduce((a, p) => ((p.v ?? -1) > (a.v ?? -1) ? p : a), { t: 0, v: null as number | null });
    expect(peak.v ?? 0).toBeGreaterThan(30);
    // As of 6 h after it, 24 h range: the lag is fine now, the range held a breach.
    const at = new Date(Math.ceil((peak.t + 6 * 3600_000) / 60_000) * 60_000).toISOString();
    const snap = (await (await fetch(`${baseUrl}/api/snapshot?range=24h&at=${at}`)).json()) as Snapshot;
    const pair = snap.replication.find((r) => r.tier === "sql");
    expect(pair?.status).toBe("ok");
    expect(pair?.rangeWorst.status).toBe("breach");
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/?range=24h&at=${at}`);
    const row = page.locator(`[data-pair='sql:${pair?.source}->${pair?.target}']`);
    await expect(row.locator("[data-range-worst]").getAttribute("data-range-worst")).resolves.toBe("breach");
    await expect(row.locator("[data-range-reason]").textContent()).resolves.toBe(pair?.rangeWorst.reason);
    await expect(row.locator("[data-range-reason]").textContent()).resolves.toMatch(/^Lag reached \d+ s in this range, over the 30 s RPO budget for /);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, "overview-24h-lag-breach");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 900_000);

  it("keeps range, as-of and region in the URL, and a pasted link opens the same view", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/?range=1h`);
    await page.locator("[data-preset='6h']").click();
    await page.waitForURL(/range=6h/);
    // Next keeps the previous view mounted but hidden during navigation: only visible elements count.
    await page.locator("select[name=region]:visible").selectOption("westeurope");
    await page.waitForURL(/region=westeurope/);
    await page.locator("[data-overview-region=westeurope]:visible").waitFor();
    await expect(page.locator("[data-overview-region=uksouth]:visible").count()).resolves.toBe(0);
    await expect(page.locator("select[name=region]:visible").count()).resolves.toBe(1);
    const asOf = await page.locator("[data-snapshot-as-of]:visible").getAttribute("data-snapshot-as-of");
    // Replay: pick an as-of time 2 hours earlier.
    const at = new Date(Date.parse(asOf ?? "") - 2 * 3600_000).toISOString().slice(0, 16);
    await page.locator("input[name=at]:visible").fill(at);
    await page.locator("button:visible", { hasText: "Replay" }).click();
    await page.waitForURL(/at=/);
    const url = page.url();
    expect(new URL(url).searchParams.get("at")).toBe(`${at}:00Z`);
    expect(new URL(url).searchParams.get("range")).toBe("6h");
    expect(new URL(url).searchParams.get("region")).toBe("westeurope");
    // The pasted link, in a fresh page, shows the same moment, range and region.
    const { page: pasted, errors: pastedErrors } = await openPage(browser());
    await pasted.goto(url);
    await expect(pasted.locator("[data-snapshot-as-of]").getAttribute("data-snapshot-as-of")).resolves.toBe(`${at}:00.000Z`);
    await expect(pasted.locator("[data-preset='6h']").getAttribute("aria-current")).resolves.toBe("true");
    await expect(pasted.locator("select[name=region]").inputValue()).resolves.toBe("westeurope");
    await expect(pasted.locator("[data-window]").textContent()).resolves.toContain("(replay)");
    await screenshot(pasted, "overview-replay-westeurope");
    // A custom window applied during a replay stays a replay as of the window's end: an `at` elsewhere
    // was ignored (the numbers were as of `to`) and is now refused, so the form sets at = to.
    const end = new Date(Date.parse(`${at}:00Z`) - 3600_000).toISOString().slice(0, 16);
    const start = new Date(Date.parse(`${at}:00Z`) - 3 * 3600_000).toISOString().slice(0, 16);
    await page.locator("input[name=from]:visible").fill(start);
    await page.locator("input[name=to]:visible").fill(end);
    await page.locator("button:visible", { hasText: "Apply custom" }).click();
    await page.waitForURL(/from=/);
    const custom = new URL(page.url()).searchParams;
    expect([custom.get("from"), custom.get("to"), custom.get("at"), custom.get("range")]).toEqual([`${start}:00Z`, `${end}:00Z`, `${end}:00Z`, null]);
    await page.locator(`[data-snapshot-as-of='${end}:00.000Z']:visible`).waitFor();
    await expect(page.locator("[data-window]:visible").textContent()).resolves.toContain("(replay)");
    expect(errors).toEqual([]);
    expect(pastedErrors).toEqual([]);
    await closePage(page);
    await pasted.close();
  }, 900_000);

  it("when the upstream fails during a refresh, keeps the last data and marks every panel stale with the reason", async () => {
    const { page, errors } = await openPage(browser());
    await page.clock.install();
    await page.goto(`${baseUrl}/?range=15m`);
    await page.locator("[data-panel=replication][data-stale=false]").waitFor();
    const before = await page.locator("[data-pair='cosmos:uksouth->westeurope']").textContent();
    // Force the upstream failure: the snapshot API now answers 503 as when Log Analytics is down.
    await page.route("**/api/snapshot**", (route) =>
      route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: "data source unavailable: forced upstream failure (test)" }) }),
    );
    const failed = page.waitForResponse((r) => r.url().includes("/api/snapshot") && r.status() === 503);
    // The live view refreshes every 30 s; a focus-independent trigger: the SWR interval, its 30 s
    // jumped on the page's clock rather than waited out.
    await fastForwardUntil(page, 30_000, failed);
    await page.locator("[data-panel=replication][data-stale=true]").waitFor();
    const stale = page.locator("[data-panel=replication] [data-state=stale]");
    await expect(stale.textContent()).resolves.toContain("forced upstream failure");
    await expect(stale.textContent()).resolves.toMatch(/Stale since \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    // The last data is still on screen, not blanked.
    await expect(page.locator("[data-pair='cosmos:uksouth->westeurope']").textContent()).resolves.toBe(before);
    await screenshot(page, "overview-stale");
    // The browser logs the failed fetch itself (503); nothing else may error.
    expect(errors.filter((e) => !/503|Service Unavailable/.test(e))).toEqual([]);
    await closePage(page);
  }, 900_000);
});
