import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { Snapshot } from "@/lib/snapshot/types";
import { SIGNAL_MODULES } from "@/lib/signals";
import { asServed, closePage, screenshot, suiteBrowser } from "./browser";
import { openPage } from "./oncall-helpers";
import { smallText } from "./tile-layout";

/**
 * What a newcomer's trial found hard to read, checked in Chromium against `next start` with the
 * demo: chart axes, overlapping labels, date inputs, the wall's type sizes and reasons, the doctor's
 * wording, and the web app manifest.
 */

interface Box {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every label of every chart on the page: axis ticks, legend entries and threshold labels, with their boxes. */
async function chartLabels(page: Page) {
  return page.locator("[data-chart]:visible").evaluateAll((figures) =>
    figures.map((figure) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { text: (el.textContent ?? "").trim(), x: r.x, y: r.y, w: r.width, h: r.height };
      };
      const all = (selector: string) => [...figure.querySelectorAll(selector)].map(box).filter((b) => b.w > 0 && b.text !== "");
      return {
        id: figure.closest("[data-panel]")?.getAttribute("data-panel") ?? figure.getAttribute("data-chart") ?? "",
        xTicks: all(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value"),
        yTicks: all(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value"),
        // Threshold keys, the series legend, and any text drawn inside the plot (labels on lines).
        labels: [...all("[data-threshold-label]"), ...all(".recharts-legend-item-text"), ...all(".recharts-label")],
      };
    }),
  );
}

const overlaps = (a: Box, b: Box) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;

function overlappingPairs(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) out.push(`"${boxes[i].text}" × "${boxes[j].text}"`);
  return out;
}

/** A value tick's number in its unit's base (seconds, percent, count): "2 min" → 120. */
function tickValue(label: string): number {
  const m = /^(-?[\d.]+)\s*(s|min|h|%|×)?$/.exec(label);
  if (!m) return Number.NaN;
  const scale = m[2] === "min" ? 60 : m[2] === "h" ? 3600 : 1;
  return Number(m[1]) * scale;
}

/** Equal steps from 0, each step 1, 2 or 5 × 10^k (or 15 s / 30 s / 15 min on seconds axes). */
function isRoundLinear(values: number[]): boolean {
  if (values[0] !== 0 || values.length < 2) return false;
  const step = values[1] - values[0];
  if (!values.every((v, i) => Math.abs(v - i * step) < step * 1e-6)) return false;
  const mantissa = +(step / 10 ** Math.floor(Math.log10(step))).toPrecision(6);
  return [1, 2, 5].includes(mantissa) || [15, 30, 900, 1800].includes(step);
}

function minutesOf(label: string): number {
  const [hh, mm] = label.slice(-5).split(":").map(Number);
  return hh * 60 + mm;
}

describe("readable on-call pages (1440×900)", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  for (const signal of SIGNAL_MODULES.map((m) => m.key)) {
    for (const range of ["1h", "24h"]) {
      it(`/signals/${signal}?range=${range}: distinct round ticks, no label over another`, async () => {
        const { page, errors } = await openPage(browser());
        await page.goto(`${baseUrl}/signals/${signal}?range=${range}`);
        await page.locator("[data-chart] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").first().waitFor();
        // Let every panel's series arrive (they load independently).
        await page.waitForLoadState("networkidle");
        const charts = await chartLabels(page);
        expect(charts.length, "charts on the page").toBeGreaterThan(0);
        for (const chart of charts) {
          const y = chart.yTicks.map((b) => b.text);
          const x = chart.xTicks.map((b) => b.text);
          expect(new Set(y).size, `${chart.id} y ticks ${y.join(", ")}`).toBe(y.length);
          expect(new Set(x).size, `${chart.id} x ticks ${x.join(", ")}`).toBe(x.length);
          // Recharts lists ticks bottom-up for y.
          const values = y.map(tickValue);
          expect(isRoundLinear(values), `${chart.id} y ticks ${y.join(", ")}`).toBe(true);
          // Time ticks: on round minutes, evenly spaced.
          const minutes = x.map(minutesOf);
          const steps = new Set(minutes.slice(1).map((m, i) => (m - minutes[i] + 1440) % 1440));
          if (range === "1h") expect(steps.size, `${chart.id} x ticks ${x.join(", ")}`).toBeLessThanOrEqual(1);
          for (const m of minutes) expect(m % [...steps][0] || 0, `${chart.id} x tick on a round time`).toBe(0);
          expect(overlappingPairs([...chart.xTicks, ...chart.yTicks, ...chart.labels]), `${chart.id} overlapping labels`).toEqual([]);
        }
        await screenshot(page, `readable-signals-${signal}-${range}`);
        expect(errors).toEqual([]);
        await closePage(page);
      }, 600_000);
    }
  }

  it("the time inputs show UTC, 24 h, YYYY-MM-DD HH:MM (not the browser's locale)", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/?range=6h`);
    for (const name of ["from", "to"]) {
      const input = page.locator(`input[name=${name}]:visible`);
      await expect(input.getAttribute("type")).resolves.toBe("text");
      await expect(input.inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    }
    const window = (await page.locator("[data-window]:visible").textContent()) ?? "";
    const to = await page.locator("input[name=to]:visible").inputValue();
    expect(window).toContain(`${to} UTC`);
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);

  it("the incident page's RPO table headers stand apart, and its charts read cleanly", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/incidents?range=30d`);
    const id = await page.locator("tr[data-incident]", { hasText: "real" }).first().getAttribute("data-incident");
    await page.goto(`${baseUrl}/incidents/${encodeURIComponent(id ?? "")}`);
    const headers = page.locator("[data-measure=rpo] thead th");
    await headers.first().waitFor();
    const boxes = await headers.evaluateAll((ths) =>
      ths.map((th) => {
        const text = [...th.childNodes].map((n) => n.textContent).join("").trim();
        const range = document.createRange();
        range.selectNodeContents(th);
        const r = range.getBoundingClientRect();
        return { text, left: r.left, right: r.right };
      }),
    );
    const budget = boxes.find((b) => b.text === "Budget");
    const status = boxes.find((b) => b.text === "Status");
    if (!budget || !status) throw new Error(`headers: ${boxes.map((b) => b.text).join("|")}`);
    // At least a space's width between the words' ink, never "BudgetStatus".
    expect(status.left - budget.right).toBeGreaterThanOrEqual(8);
    await page.locator("[data-chart] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").first().waitFor();
    for (const chart of await chartLabels(page)) {
      expect(overlappingPairs([...chart.xTicks, ...chart.yTicks, ...chart.labels]), `${chart.id} overlapping labels`).toEqual([]);
      expect(new Set(chart.yTicks.map((b) => b.text)).size).toBe(chart.yTicks.length);
    }
    await screenshot(page, "readable-incident");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);

  it("the doctor on the demo calls the absent tables optional, says what they would add, shows no analyzer text", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/doctor`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toMatch(/KS\d{3}/);
    expect(await page.locator("[data-check-status=warn]").count()).toBe(0);
    expect(await page.locator("[data-check-status=fail]").count()).toBe(0);
    // How many optional tables the demo lacks depends on what the simulator writes; each absent one
    // must read as optional, and the summary must count exactly those.
    const optional = page.locator("[data-check-status=optional]");
    const absent = await optional.count();
    for (const row of await optional.all()) await expect(row.textContent()).resolves.toMatch(/Optional, absentoptional, not in this workspace; it would add .+To add it: /);
    await expect(page.locator("[data-doctor-summary]").textContent()).resolves.toMatch(
      absent ? new RegExp(`^Every required table, column and recent row is present; ${absent} optional table\\(s\\) absent, which no panel needs`) : /^Every required table, column and recent row is present/,
    );
    await screenshot(page, "readable-doctor");
    expect(errors).toEqual([]);
    await closePage(page);
  }, 600_000);
});

describe("the wall read from across a room", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  /** A real snapshot made WARN on availability (downtime over its allowance) with split-brain races older than the last hour. */
  async function warnSnapshot(): Promise<Snapshot> {
    const snap = (await (await fetch(`${baseUrl}/api/snapshot?range=7d`)).json()) as Snapshot;
    const asOf = Date.parse(snap.asOf);
    snap.availability = { ...snap.availability, status: "warn", alerts: [], downtimeMinutes: 34, allowedDowntimeMinutes: 21.6 };
    const race = (hoursAgo: number, entityId: string) => ({
      entityId,
      regions: snap.regions.map((r) => r.id),
      first: new Date(asOf - hoursAgo * 3600_000).toISOString(),
      last: new Date(asOf - hoursAgo * 3600_000 + 200).toISOString(),
      writes: 2,
    });
    snap.splitBrain = { ...snap.splitBrain, races: [race(30, "inv-1"), race(5, "inv-2")], count: 2 };
    return asServed(snap);
  }

  for (const size of [
    { name: "1080p", width: 1920, height: 1080 },
    { name: "4k", width: 3840, height: 2160 },
  ]) {
    it(`${size.name}: no text under 24 px (scaled), the availability reason as large as its status, sentences that say what they count`, async () => {
      const snapshot = await warnSnapshot();
      const page = await browser().newPage({ viewport: { width: size.width, height: size.height } });
      await page.route("**/api/snapshot**", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(snapshot) }));
      await page.goto(`${baseUrl}/wall?refresh=5000ms`, { waitUntil: "load", timeout: 300_000 });
      await page.locator('main[data-rendered="client"]').waitFor({ timeout: 60_000 });
      // The client's first refresh (5 s) replaces the server-rendered snapshot with this one.
      await page.waitForFunction(() => document.querySelector('[data-value="split-brain-earlier"]')?.textContent?.startsWith("2 more"), null, { timeout: 60_000 });
      await page.locator('[data-tile="availability"][data-status="warn"]').waitFor({ timeout: 60_000 });
      const scale = size.width / 1920;
      const small = await smallText(page, "main", 24 * scale);
      expect(small).toEqual([]);

      const tile = page.locator('[data-tile="availability"]');
      const reason = tile.locator("[data-tile-reason]");
      await expect(reason.textContent()).resolves.toBe("34.0 bad minutes of 21.6 allowed");
      const px = (sel: ReturnType<Page["locator"]>) => sel.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(await px(reason)).toBeGreaterThanOrEqual(await px(tile.locator("header [data-status]")));

      await expect(page.locator('[data-value="split-brain-earlier"]').textContent()).resolves.toBe("2 more in the 7 days before");
      // Data age: time since the last successful refresh, with the STALE limit beside it.
      const age = page.locator('[data-value="data-age"]');
      await expect(age.textContent()).resolves.toMatch(/^updated \d+ s agoSTALE after 10 s$/);
      // Resets at each refresh (every 5 s here), instead of climbing with the rows' ingestion delay.
      expect(Number(await age.getAttribute("data-seconds"))).toBeLessThanOrEqual(10);
      await expect(page.locator("[data-tile-age]").first().textContent()).resolves.toMatch(/^(newest row \d+ (s|min|h) old|no rows in window)$/);
      await screenshot(page, `readable-wall-${size.name}`);
      await closePage(page);
    }, 600_000);
  }

  it("serves a valid web app manifest for a full-screen wall, linked from every page, with icons that load", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/doctor`);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe("/manifest.webmanifest");
    await closePage(page);
    const res = await fetch(`${baseUrl}${href}`);
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest).toMatchObject({ start_url: "/wall", display: "fullscreen" });
    expect(manifest.name.length).toBeGreaterThan(0);
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) {
      const img = await fetch(`${baseUrl}${icon.src}`);
      expect(img.status, icon.src).toBe(200);
      expect(img.headers.get("content-type"), icon.src).toContain(icon.type);
      const bytes = Buffer.from(await img.arrayBuffer());
      if (icon.type === "image/png") {
        // PNG IHDR: width and height at bytes 16–23 match the declared size.
        expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
      }
    }
  }, 300_000);

  it("answers the paths every browser and crawler asks for: /favicon.ico is the icon, /robots.txt keeps crawlers out", async () => {
    const icon = await fetch(`${baseUrl}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toContain("image/svg+xml");
    const robots = await fetch(`${baseUrl}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toMatch(/User-Agent: \*\s+Disallow: \/\s/i);
  }, 60_000);
});
