import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { wallTileSignals } from "@/lib/catalog/descriptors";
import type { Snapshot } from "@/lib/snapshot/types";
import { wallModel } from "@/lib/wall/tile-model";

export { spillingTiles } from "./tile-layout";

/**
 * A snapshot a test edited, with the wall's statuses recomputed the way the server computes them
 * while it builds one (lib/wall/tile-model.ts): the wall renders `snapshot.wall`, never re-judges.
 */
export function asServed(snapshot: Snapshot): Snapshot {
  return { ...snapshot, wall: wallModel(snapshot, wallTileSignals()) };
}

export const SCREENSHOT_DIR = path.resolve("test-results/screenshots");

/** Debian's Chromium, never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

/** Fails the test on any console error or uncaught page error. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Fires a page's refresh timer instead of waiting out its interval: jumps the page's clock (call
 * page.clock.install() before goto) by `intervalMs` until `done` settles, then returns it. It jumps
 * again every second because a jump before hydration has set the timer fires nothing; the timer
 * itself still does the refreshing, so a page that stopped refreshing still fails.
 */
export async function fastForwardUntil<T>(page: Page, intervalMs: number, done: Promise<T>): Promise<T> {
  let settled = false;
  const watched = done.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let jumps = 0; !settled && jumps < 120; jumps++) {
    await page.clock.fastForward(intervalMs);
    await Promise.race([watched, new Promise((r) => setTimeout(r, 1_000))]);
  }
  return done;
}

const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true, () => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

/**
 * page.close() with a bound. Chromium can acknowledge a close that races a navigation commit and
 * then never close the target, so a bare page.close() waits forever (microsoft/playwright#42068,
 * crbug 536385539); the wall's self-reload test hit that in CI. playwright-core 1.65 sends the close
 * once, so the fallback disposes of the page's own browser context, which destroys its targets.
 */
export async function closePage(page: Page): Promise<void> {
  if (await settlesWithin(page.close(), 5_000)) return;
  if (await settlesWithin(page.context().close(), 10_000)) return;
  console.warn(`closePage: ${page.url()} did not close; leaving it to browser.close()`);
}

/** One Chromium for a describe block: launched before its tests, closed after; call it for the browser. */
export function suiteBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error("the suite's browser is not launched (use it inside a test)");
    return browser;
  };
}
