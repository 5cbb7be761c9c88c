import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { collectErrors } from "./browser";

export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // Pages compute their first snapshot on the server; on a loaded 2-core machine that takes minutes.
  page.setDefaultTimeout(300_000);
  page.setDefaultNavigationTimeout(300_000);
  return { page, errors: collectErrors(page) };
}

const AXE = readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");

/** axe-core in the page; returns the serious and critical violations (id, impact, first targets). */
export async function seriousA11yViolations(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export function expectNoConsoleErrors(errors: string[]): void {
  expect(errors).toEqual([]);
}
