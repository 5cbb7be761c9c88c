import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, SCREENSHOT_DIR, screenshot } from "./browser";
import { openPage, seriousA11yViolations } from "./oncall-helpers";
import type { Snapshot } from "@/lib/snapshot/types";
import { lastClosedIncident } from "@/lib/wall/incidents";

const OUT = path.resolve("test-results/review");

/** Pages of a PDF: pdfinfo when poppler is there, else the /Type /Page objects in the bytes. */
function pdfPages(file: string): number {
  if (existsSync("/usr/bin/pdfinfo")) {
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
  }
  return (readFileSync(file, "latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** The PDF's text; the test-all ensure step installs poppler-utils, so a missing pdftotext is a failure, not a skip. */
function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("availability review", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    // The first review measures every month and incident; later requests hit the per-period cache.
    const res = await fetch(`${baseUrl}/api/review`, { signal: AbortSignal.timeout(600_000) });
    expect(res.status).toBe(200);
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
    await page.goto(`${baseUrl}/review`);
    await page.locator("[data-testid=history-table]").waitFor();
    mkdirSync(OUT, { recursive: true });
  }, 900_000);
  afterAll(async () => browser?.close());

  it("shows the last complete month (partial: data from the demo's start) and the rolling 30 days, with a real incident and a drill measured", async () => {
    const month = page.locator("[data-testid=month]");
    await expect(month.textContent()).resolves.toMatch(/data from \d{1,2} \w{3} \d{4}/);
    await expect(page.locator("[data-testid=rolling-sli]").textContent()).resolves.toMatch(/^\d{2,3}\.\d{3} %$/);
    await expect(page.locator("[data-testid=rolling-downtime]").textContent()).resolves.toMatch(/^\d+\.\d min$/);
    await expect(page.locator("[data-testid=rolling]").textContent()).resolves.toContain("of 21.6 min allowed");
    const rolling = page.locator("[data-testid=rolling-incidents]");
    await expect(rolling.locator("tr[data-kind=real]").count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(rolling.locator("tr[data-kind=drill]").count()).resolves.toBeGreaterThanOrEqual(1);
    // Measured RTO against the 300 s budget, RPO per tier against its budget, survivor headroom verdict.
    await expect(rolling.locator("tr[data-kind=real]").first().textContent()).resolves.toMatch(/\d+ s \/ 5 min.*cosmos: [\d.]+ s \/ 5 s.*(held|ran out)/);
    // The review shows the incident signal's own status and reasons: the same words as the incident page and the wall.
    const { incidents } = (await (await fetch(`${baseUrl}/api/snapshot?range=7d`)).json()) as Snapshot;
    const last = lastClosedIncident(incidents.filter((i) => i.kind === "real"));
    expect(last).not.toBeNull();
    const row = rolling.locator(`tr[data-incident-start="${last?.start}"]`);
    await expect(row.locator("[data-incident-status]").getAttribute("data-incident-status")).resolves.toBe(last?.status);
    await expect(row.locator("[data-reason]").allTextContents()).resolves.toEqual(last?.reasons);
    await expect(page.locator("[data-chart=burn-down]").count()).resolves.toBe(2);
    await expect(page.locator("[data-chart=burn-down] svg path").count()).resolves.toBeGreaterThan(2);
    await expect(page.locator("[data-chart=rto-drift] .recharts-scatter-symbol").count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.locator("[data-testid=composite-formula]").textContent()).resolves.toMatch(/1 − \(1 − [\d.]+ %\)\^2.*min\(edge/);
    await expect(page.locator("[data-testid=nines-table] tr[aria-current=true]").textContent()).resolves.toContain("99.95 % (our target)");
    await expect(page.locator("[data-testid=history-no-data]").textContent()).resolves.toMatch(/No data for .* not measured, not counted/);
    await expect(page.locator("[data-testid=history-table] tr[data-coverage=to-date]").count()).resolves.toBe(1);
    await screenshot(page, "review");
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);

  it("prints to clean A4 and Letter PDFs: sane page count, the review's text, no controls, nothing wider than the paper", async () => {
    // page.pdf lays out with the print stylesheet (no media emulation is active here).
    for (const format of ["A4", "Letter"] as const) {
      const file = path.join(OUT, `review-${format}.pdf`);
      writeFileSync(file, await page.pdf({ format, printBackground: true }));
      expect(statSync(file).size).toBeGreaterThan(20_000);
      const pages = pdfPages(file);
      expect(pages, `${format} pages`).toBeGreaterThanOrEqual(2);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(8);
      const text = pdfText(file);
      for (const s of ["Availability review", "Rolling 30 days", "Recovery promises", "Composite SLA", "Availability nines", "Month by month", "drill", "our target"]) {
        expect(text, `${format} PDF text`).toContain(s);
      }
      // Figure labels are upper-cased by CSS.
      expect(text).toMatch(/error budget used/i);
      expect(text).not.toContain("Print / save as PDF");
      expect(text).not.toContain("Monthly history (CSV)");
      expect(text).not.toContain("Overview");
      expect(text, "site nav in print").not.toContain("Doctor");
    }
    // Nothing wider than the paper: A4's printable width at 12 mm margins is ~703 CSS px.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 703, height: 1000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const prefix = path.join(SCREENSHOT_DIR, "review-a4-page");
    execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "2", path.join(OUT, "review-A4.pdf"), prefix]);
    expect(existsSync(`${prefix}-1.png`)).toBe(true);
  }, 300_000);

  it("in print: the summary is not the smallest text, SLI figures stay on one line, incident tables are never split across pages, the RTO key shows the drills' diamond", async () => {
    // The drill legend icon is the shape the drills are plotted with.
    const legend = page.locator("[data-chart=rto-drift] .recharts-legend-item", { hasText: "drill" });
    const legendPath = (await legend.locator("path").first().getAttribute("d")) ?? "";
    const plotted = page.locator("[data-chart=rto-drift] .recharts-scatter").nth(1).locator(".recharts-symbols").first();
    const plottedPath = (await plotted.getAttribute("d")) ?? "";
    // d3's diamond is four straight segments; a circle is drawn with arcs.
    for (const d of [legendPath, plottedPath]) {
      expect(d, "diamond path").not.toMatch(/A/);
      expect((d.match(/L/g) ?? []).length, "diamond path").toBe(3);
    }

    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 703, height: 1000 });
    const sizes = await page.evaluate(() => {
      const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const headline = [...document.querySelectorAll("[data-testid=headline] p")].map(px);
      const body = [...document.querySelectorAll(".review-page p, .review-page td, .review-page li, .review-page dd")]
        .filter((el) => !el.closest("[data-testid=headline]") && (el as HTMLElement).offsetParent !== null)
        .map(px);
      const sli = [...document.querySelectorAll("[data-testid$=-sli], [data-history-sli]")].map((el) => {
        // One line of text is ~1.5 × the font size tall; a wrapped "99.982 / %" is two lines.
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect().height < 2.2 * parseFloat(getComputedStyle(el).fontSize);
      });
      return { headline: Math.min(...headline), smallestBody: Math.min(...body), sli };
    });
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(sizes.headline).toBeGreaterThan(sizes.smallestBody);
    expect(sizes.headline).toBeGreaterThanOrEqual(13);
    expect(sizes.sli.length).toBeGreaterThanOrEqual(3);
    expect(sizes.sli.every(Boolean), "every SLI on one line").toBe(true);

    const file = path.join(OUT, "review-A4.pdf");
    const pages = pdfPages(file);
    const pageTexts = Array.from({ length: pages }, (_, i) =>
      execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), file, "-"], { encoding: "utf8" }),
    );
    // "99.982 %" whole, never "99.982" on one line and "%" on the next.
    expect(pageTexts.join("\n")).toMatch(/Availability \(SLI\)[\s\S]*?\d{2,3}\.\d{3} %/i);
    for (const testId of ["month-incidents", "rolling-incidents"]) {
      const table = page.locator(`[data-testid=${testId}]`);
      if ((await table.locator("tbody tr").count()) === 0) continue;
      const caption = ((await table.locator("caption").textContent()) ?? "").trim();
      const starts = (await table.locator("tbody tr td:nth-child(3)").allTextContents()).map((t) => t.trim());
      const flat = (t: string) => t.replace(/\s+/g, " ");
      const home = pageTexts.findIndex((t) => flat(t).includes(caption));
      expect(home, `${testId} caption "${caption}" on a page`).toBeGreaterThanOrEqual(0);
      const after = flat(pageTexts[home]).slice(flat(pageTexts[home]).indexOf(caption));
      for (const start of starts) expect(after, `${testId}: row ${start} on the caption's page ${home + 1}`).toContain(start);
    }
    execFileSync("pdftoppm", ["-png", "-r", "70", file, path.join(SCREENSHOT_DIR, "review-a4-all")]);
  }, 300_000);

  it("exports the monthly history and the incident list as CSV", async () => {
    const history = await fetch(`${baseUrl}/api/review/history.csv`);
    expect(history.status).toBe(200);
    expect(history.headers.get("content-type")).toContain("text/csv");
    expect(history.headers.get("content-disposition")).toMatch(/attachment; filename="availability-review-\d{4}-\d{2}-history\.csv"/);
    const lines = (await history.text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^month,coverage,measured_from/);
    expect(lines).toHaveLength(13);
    expect(lines.at(-1)).toMatch(/^\d{4}-\d{2},to-date,.*,0\.9995,0\.99\d+,/);
    expect(lines.some((l) => /^\d{4}-\d{2},no-data,/.test(l))).toBe(true);
    const incidents = await fetch(`${baseUrl}/api/review/incidents.csv`);
    expect(incidents.status).toBe(200);
    const rows = (await incidents.text()).trim().split("\r\n");
    expect(rows[0]).toMatch(/^region,kind,start,/);
    expect(rows.some((r) => /^\w+,real,/.test(r))).toBe(true);
    expect(rows.some((r) => /^\w+,drill,/.test(r))).toBe(true);
  }, 300_000);

  it("rejects a bad month with a 400 naming it, and the page says what is allowed", async () => {
    const res = await fetch(`${baseUrl}/api/review?month=2026-13`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { parameter: string; allowed: string };
    expect(body.parameter).toBe("month");
    expect(body.allowed).toContain("YYYY-MM");
    const pageRes = await page.goto(`${baseUrl}/review?month=nope`);
    expect(pageRes?.status()).toBe(400);
    await expect(page.locator("p[role=alert]").textContent()).resolves.toMatch(/Invalid parameter month.*YYYY-MM/);
  }, 300_000);
});
