import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { formatLoadPercent } from "@/lib/format/units";
import { Workspace } from "@/lib/dataset";
import type { RowSink } from "@/lib/dataset/sink";
import { simulate, type ScenarioName } from "@/lib/simulator";
import { buildSnapshot } from "@/lib/catalog/build";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import type { Snapshot } from "@/lib/snapshot/types";
import { closePage, collectErrors, fastForwardUntil, launchBrowser, screenshot, spillingTiles } from "./browser";

/**
 * What a panel header, a region row and a wall tile say when part of the data is missing, in
 * Chromium: the catalog's own snapshots of simulated workspaces (Front Door log export stopped; a
 * diagnostic setting that never sends the health-probe log), served in place of /api/snapshot, and
 * the real server's demo, which must still read healthy.
 */
const config = loadConfigFile("config/demo.json");
const START = new Date("2026-11-20T11:00:00Z");
const SILENT = "Front Door logs silent since 10:59 UTC (25 min): origin health unknown.";
const NO_PROBE_LOG = "No Front Door probe log in 7 days (not exported, or no probe failed): an origin going unhealthy would not be seen.";
const CANNOT_SERVE = "UK South cannot serve: Front Door's probes fail its origin";
const NO_APP_EVENTS = "No AppEvents table: drills recorded as events are not seen, so an incident during a drill counts as real.";

/** The workspace without one Front Door log category, as a diagnostic setting that does not send it. */
function withoutCategory(ws: Workspace, category: string): RowSink {
  return {
    append: (table, row) => {
      if (row.Category !== category) ws.append(table, row);
    },
    ensureTable: (table) => ws.ensureTable(table),
  };
}

async function snapshotOf(name: ScenarioName, minutesIn: number, dropCategory?: string, region?: string): Promise<Snapshot> {
  const to = new Date(START.getTime() + minutesIn * 60_000);
  const workspace = new Workspace();
  const sink = dropCategory ? withoutCategory(workspace, dropCategory) : workspace;
  simulate({ config, scenarios: [{ name, start: START }], from: new Date(START.getTime() - 3600_000), to, seed: 5, sink });
  // As built, wall model included (asServed would recompute it from the filtered rows, which the server does not).
  return buildSnapshot({ config, source: new EmbeddedSource(workspace, () => to), range: { from: new Date(to.getTime() - 3600_000), to }, region });
}

/**
 * Opens `path` and waits until the page shows `served` (the first paint is the server's demo; the next refresh brings it).
 * `ready` must match only the served snapshot, never the demo's first paint: its as-of time does.
 */
async function openServing(browser: Browser, path: string, served: Snapshot, ready: string, viewport = { width: 1440, height: 1000 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors = collectErrors(page);
  await page.route("**/api/snapshot**", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(served) }));
  await page.clock.install();
  await page.goto(`${inject("baseUrl")}${path}`);
  await fastForwardUntil(page, 30_000, page.locator(ready).waitFor({ timeout: 60_000 }));
  return { page, errors };
}

const headerStatus = (page: Page, panel: string) => page.locator(`[data-panel=${panel}] header [data-status]`).first().getAttribute("data-status");

describe("panel headers, origin health and coverage facts when data is missing", () => {
  let browser: Browser;
  let silent: Snapshot;
  let noProbeLog: Snapshot;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
    silent = await snapshotOf("log-export-stopped", 25);
    noProbeLog = await snapshotOf("steady", 40, "FrontDoorHealthProbeLog");
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("Front Door logs stopped: the Regions header says NO DATA with the rows' reason, not saturation's OK; the incidents panel words the missing AppEvents table", async () => {
    expect(silent.regions.map((r) => [r.saturationStatus, r.originStatus])).toEqual([
      ["ok", "no-data"],
      ["ok", "no-data"],
    ]);
    const { page, errors } = await openServing(browser, "/?range=1h", silent, "[data-panel=regions] [data-state=no-data]");
    await expect(headerStatus(page, "regions")).resolves.toBe("no-data");
    expect(silent.signals.regions.status).toBe("no-data");
    await expect(page.locator("[data-panel=regions] [data-state=no-data]").textContent()).resolves.toBe(`NO DATA: ${SILENT}`);
    // The rows beneath say the same.
    const rows = await page.locator("[data-overview-region] [data-origin-status]").evaluateAll((els) => els.map((e) => e.getAttribute("data-origin-status")));
    expect(rows).toEqual(["no-data", "no-data"]);
    // The scenario's workspace has no AppEvents table: a coverage line in words, no analyzer code anywhere in the panel.
    const incidents = page.locator("[data-panel=incidents]");
    await expect(incidents.locator("[data-state=coverage]").textContent()).resolves.toBe(`Not covered: ${NO_APP_EVENTS}`);
    await expect(incidents.locator("[data-state=no-data]").textContent()).resolves.toBe("NO DATA: No failover seen up to 10:59 UTC; Front Door logs silent since then (25 min).");
    const panelText = (await incidents.locator(":scope > :not(details)").allTextContents()).join(" ");
    expect(panelText).not.toMatch(/KS204|does not refer to any known table/);
    await page.locator("[data-panel=regions]").scrollIntoViewIfNeeded();
    await screenshot(page, "panel-summaries-log-export-stopped");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);

  it("access logs flow but the probe log never arrives: origin health NO DATA saying why, on the overview and the wall, never healthy", async () => {
    for (const r of noProbeLog.regions) {
      expect([r.originHealthy, r.originStatus, r.originReason], r.id).toEqual([null, "no-data", NO_PROBE_LOG]);
      expect(r.trafficShareRatio, r.id).not.toBeNull();
    }
    expect(noProbeLog.signals.originHealth.status).toBe("no-data");
    expect(noProbeLog.wall?.tiles.regions).toEqual({ status: "no-data", reason: NO_PROBE_LOG });

    const { page, errors } = await openServing(browser, "/?range=1h", noProbeLog, "[data-panel=regions] [data-state=no-data]");
    await expect(headerStatus(page, "regions")).resolves.toBe("no-data");
    await expect(headerStatus(page, "originHealth")).resolves.toBe("no-data");
    const reasons = await page.locator("[data-overview-region] [data-origin-reason]").allTextContents();
    expect(reasons).toEqual([NO_PROBE_LOG, NO_PROBE_LOG]);
    await expect(page.locator("[data-panel=originHealth] [data-state=no-data]").textContent()).resolves.toBe(`NO DATA: ${NO_PROBE_LOG}`);
    // "If it were the survivor": the measured number, not graded OK, saying what it rests on.
    const survivors = await page.locator("[data-overview-region] [data-survivor-status]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-survivor-status"), e.textContent]));
    expect(survivors).toEqual(
      noProbeLog.regions.map((r) => [r.survivorStatus, `? ${formatLoadPercent(r.survivorProjectedPercent)}assumes ${r.displayName} could serve: its origin health is unknown`]),
    );
    expect(noProbeLog.regions.map((r) => r.survivorStatus)).toEqual(["no-data", "no-data"]);
    await page.locator("[data-panel=regions]").scrollIntoViewIfNeeded();
    await screenshot(page, "panel-summaries-no-probe-log-overview");
    expect(errors).toEqual([]);
    await closePage(page);

    const wall = await openServing(browser, "/wall?refresh=2000ms", noProbeLog, '[data-tile="regions"][data-status="no-data"]', { width: 1920, height: 1080 });
    const tile = wall.page.locator('[data-tile="regions"]');
    await expect(tile.locator("[data-tile-reason]").textContent()).resolves.toBe(NO_PROBE_LOG);
    expect(await tile.textContent()).not.toContain("Origin healthy");
    await expect(wall.page.locator('[data-tile="saturation"] [data-value="survivor"]').textContent()).resolves.toMatch(/ runs at \d+(\.\d+)? % \(origin health unknown\)$/);
    // The saturation tile claims the survivor sentence too: not OK while it rests on unknown origin health.
    expect(noProbeLog.wall?.tiles.saturation).toEqual({ status: "no-data", reason: null });
    await expect(wall.page.locator('[data-tile="saturation"]').getAttribute("data-status")).resolves.toBe("no-data");
    expect(await spillingTiles(wall.page)).toEqual([]);
    await screenshot(wall.page, "panel-summaries-no-probe-log-wall");
    expect(wall.errors).toEqual([]);
    await closePage(wall.page);
  }, 600_000);

  it("filtered to West Europe during UK South's outage: one row, the Regions header still BREACH for UK South, and the page says what the headers cover", async () => {
    const filtered = await snapshotOf("region-outage", 14, undefined, "westeurope");
    expect(filtered.regions.map((r) => r.id)).toEqual(["westeurope"]);
    expect(filtered.signals.regions.status).toBe("breach");
    const { page, errors } = await openServing(browser, "/?range=1h&region=westeurope", filtered, `[data-snapshot-as-of="${filtered.asOf}"]`);
    await expect(page.locator("[data-region-filter]").textContent()).resolves.toBe(
      "Filtered to West Europe: per-region rows show West Europe only; every panel's status and reason cover all 2 regions.",
    );
    await expect(page.locator("[data-overview-region]").evaluateAll((els) => els.map((e) => e.getAttribute("data-overview-region")))).resolves.toEqual(["westeurope"]);
    await expect(headerStatus(page, "regions")).resolves.toBe("breach");
    await expect(headerStatus(page, "originHealth")).resolves.toBe(filtered.signals.originHealth.status);
    await expect(page.locator("[data-panel=regions]").textContent()).resolves.toContain("UK South:");
    await screenshot(page, "panel-summaries-region-filter");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);

  it("3 min into UK South's outage: its survivor line says it cannot serve (overview and wall); filtered to West Europe, the incident panel names UK South's open incident", async () => {
    const outage = await snapshotOf("region-outage", 3);
    const uk = outage.regions.find((r) => r.id === "uksouth");
    expect([uk?.originStatus, uk?.survivorBasis, uk?.survivorStatus, uk?.survivorCaveat]).toEqual(["breach", "cannot-serve", "warn", CANNOT_SERVE]);
    const open = outage.incidents.filter((i) => i.recoveredAt === null);
    expect(open.map((i) => i.region)).toEqual(["uksouth"]);

    const overview = await openServing(browser, "/?range=1h", outage, `[data-snapshot-as-of="${outage.asOf}"]`);
    const row = overview.page.locator("[data-overview-region=uksouth] [data-survivor-basis]");
    await expect(row.getAttribute("data-survivor-basis")).resolves.toBe("cannot-serve");
    await expect(row.getAttribute("data-survivor-status")).resolves.toBe("warn");
    await expect(row.textContent()).resolves.toBe(`✕ cannot serve${CANNOT_SERVE}`);
    await overview.page.locator("[data-panel=regions]").scrollIntoViewIfNeeded();
    await screenshot(overview.page, "panel-summaries-survivor-cannot-serve");
    expect(overview.errors).toEqual([]);
    await closePage(overview.page);

    const wall = await openServing(browser, "/wall?refresh=2000ms", outage, '[data-tile="saturation"] [data-value="survivor"]:has-text("cannot serve")', { width: 1920, height: 1080 });
    const tile = wall.page.locator('[data-tile="saturation"]');
    await expect(tile.locator('[data-value="survivor"]').textContent()).resolves.toBe("UK South cannot serve (origin unhealthy)");
    expect(outage.wall?.tiles.saturation).toEqual({ status: "warn", reason: null });
    await expect(tile.getAttribute("data-status")).resolves.toBe("warn");
    // The failover tile never says "No failover in 7 days" while UK South's is open and none has finished.
    const failover = wall.page.locator('[data-tile="incident"]');
    await expect(failover.getAttribute("data-status")).resolves.toBe("warn");
    await expect(failover.locator("[data-tile-reason]").textContent()).resolves.toBe("UK South failing over now, since 2026-11-20 11:00 UTC; none finished in 7 days.");
    expect(await failover.textContent()).not.toContain("No failover in 7 days");
    await screenshot(wall.page, "panel-summaries-survivor-cannot-serve-wall");
    // Under two banners (incident open, region failing) the bottom row is short: every tile's text must still
    // fit, the sentence and the CPU/RU rows clear of the footer (wall.e2e.ts checks this state at 1080p and 4K).
    expect(await spillingTiles(wall.page)).toEqual([]);
    expect(wall.errors).toEqual([]);
    await closePage(wall.page);

    const filtered = await snapshotOf("region-outage", 3, undefined, "westeurope");
    expect(filtered.incidents).toEqual([]);
    // The panel's status is the deployment's (the open incident warns until its RTO budget), not the empty list's.
    expect(filtered.signals.incidents.status).toBe(outage.signals.incidents.status);
    expect(filtered.signals.incidents.status).toBe("warn");
    expect(filtered.wall).toEqual(outage.wall);
    const page = await openServing(browser, "/?range=1h&region=westeurope", filtered, `[data-snapshot-as-of="${filtered.asOf}"]`);
    const incidents = page.page.locator("[data-panel=incidents]");
    await expect(headerStatus(page.page, "incidents")).resolves.toBe("warn");
    await expect(incidents.locator("[data-incidents-hidden]").getAttribute("data-incidents-hidden")).resolves.toBe("warn");
    await expect(incidents.locator("[data-incidents-hidden]").textContent()).resolves.toBe(`▲WARN${filtered.incidentsFilter?.hidden}`);
    expect(filtered.incidentsFilter?.hidden).toMatch(/^Not shown \(filtered to West Europe\): an open incident in UK South since 2026-11-20 11:0\d UTC\.$/);
    await expect(incidents.locator("[data-value=no-incidents]").textContent()).resolves.toBe("No incident or drill in West Europe in this range.");
    expect(await incidents.textContent()).not.toContain("No incident or drill in this range.");
    // The origin-health lists narrow the same way: not "No origin changed health state." beside UK South's flip.
    const origin = page.page.locator("[data-panel=originHealth]");
    expect(filtered.originFilter?.hidden).toBe("Not shown (filtered to West Europe): 1 flip in UK South (the last to unhealthy).");
    await expect(origin.locator("[data-origin-hidden]").textContent()).resolves.toBe(filtered.originFilter?.hidden);
    await expect(origin.locator("[data-value=no-flips]").textContent()).resolves.toBe("No origin of West Europe changed health state.");
    await incidents.scrollIntoViewIfNeeded();
    await screenshot(page.page, "panel-summaries-region-filter-incidents");
    expect(page.errors).toEqual([]);
    await closePage(page.page);
  }, 600_000);

  it("the incidents page filtered to West Europe (the real server's demo month): the line says what UK South had, as the snapshot says it", async () => {
    const res = await fetch(`${baseUrl}/api/snapshot?range=30d&region=westeurope`);
    expect(res.status).toBe(200);
    const served = (await res.json()) as Snapshot;
    // The demo month's survivor-saturation outage is UK South's.
    expect(served.incidentsFilter?.hidden).toMatch(/^Not shown \(filtered to West Europe\): \d+ recovered incidents? or drills? in UK South\.$/);
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/incidents?range=30d&region=westeurope`);
    const panel = page.locator("[data-panel=incidents]");
    await expect(panel.locator("[data-region-filter]").textContent()).resolves.toBe(served.regionFilter?.note);
    await expect(panel.locator("[data-incidents-hidden]").textContent()).resolves.toBe(served.incidentsFilter?.hidden);
    await expect(panel.locator("h2").first().textContent()).resolves.toContain(`of ${served.incidentsFilter?.total} in all regions`);
    await screenshot(page, "panel-summaries-incidents-page-filtered");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);

  it("the healthy demo (its probe log holds failed probes) still reads origin health OK, and its Regions header is the rows' headline", async () => {
    const res = await fetch(`${baseUrl}/api/snapshot?range=1h`);
    expect(res.status).toBe(200);
    const demo = (await res.json()) as Snapshot;
    expect(demo.regions.map((r) => [r.originHealthy, r.originStatus])).toEqual([
      [true, "ok"],
      [true, "ok"],
    ]);
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/?range=1h`);
    const rows = await page.locator("[data-overview-region] [data-origin-status]").evaluateAll((els) => els.map((e) => e.getAttribute("data-origin-status")));
    expect(rows).toEqual(["ok", "ok"]);
    // Whatever the demo's saturation says now, the header is the headline of the rows it heads.
    const rowStatuses = await page.locator("[data-overview-region]").evaluateAll((els) => els.map((e) => e.querySelector("[data-status]")?.getAttribute("data-status")));
    const header = await headerStatus(page, "regions");
    const rank: Record<string, number> = { ok: 0, warn: 1, "no-data": 2, breach: 3 };
    expect(header).toBe(rowStatuses.reduce((a, b) => (rank[b ?? "ok"] > rank[a ?? "ok"] ? b : a), "ok"));
    await screenshot(page, "panel-summaries-demo");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);
});
