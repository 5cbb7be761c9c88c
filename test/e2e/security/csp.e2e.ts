import { describe, expect, inject, it } from "vitest";
import { closePage, suiteBrowser } from "../browser";

/** Production build + Chromium: the nonce CSP lets Next's own scripts run and blocks nothing. */
describe("content security policy in the browser", () => {
  const browser = suiteBrowser();
  const baseUrl = inject("baseUrl");

  // Pages must render dynamically to get the nonce; the statically prerendered 404 page does not
  // (see docs/security.md).
  it.each(["/", "/wall"])("%s hydrates with no CSP violation", async (path) => {
    const page = await browser().newPage();
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(msg.text())) violations.push(msg.text());
    });
    await page.exposeFunction("__reportViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    // The first render computes the embedded demo's snapshot, which is slow on a busy machine.
    const response = await page.goto(`${baseUrl}${path}`, { timeout: 240_000 });
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    expect(csp).not.toContain("unsafe-eval");
    // The App Router sets window.next once its scripts have run and hydrated the page.
    await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version), null, { timeout: 60_000 });
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    const inline = await page.$$eval("script:not([src])", (els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.every((n) => n === nonce)).toBe(true);
    expect(violations).toEqual([]);
    await closePage(page);
  }, 300_000);
});
