import type { Page } from "playwright-core";

/**
 * What is unreadable in the wall's tiles, one line per fault with its size in CSS pixels: a line of
 * text whose box overlaps another's (the footer's and the title's included), text outside its tile or the screen,
 * and a text box that clips its text (scrollHeight over clientHeight behind overflow hidden or a
 * line clamp). A line's box is its em box (font-size high, centred on the line): the glyph area a
 * `leading-none` figure reports is taller than its line and would touch its neighbours by design.
 * A body too tall for its tile overflows upward and downward over the title and the data-age footer,
 * which neither the page's nor the tile's scrollHeight shows, so boxes are compared, not sizes.
 */
export async function spillingTiles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const tile of document.querySelectorAll<HTMLElement>("[data-tile]")) {
      const id = tile.dataset.tile ?? "?";
      const t = tile.getBoundingClientRect();
      const lines: { node: Text; text: string; left: number; right: number; top: number; bottom: number }[] = [];
      const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const text = (n.textContent ?? "").trim();
        const el = n.parentElement;
        if (!text || !el || el.closest("svg,[aria-hidden=true]")) continue;
        const em = parseFloat(getComputedStyle(el).fontSize);
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.width < 0.5 || r.height < 0.5) continue;
          const mid = (r.top + r.bottom) / 2;
          const half = Math.min(r.height, em) / 2;
          lines.push({ node: n, text: text.slice(0, 40), left: r.left, right: r.right, top: mid - half, bottom: mid + half });
        }
      }
      // A box of the body outside the body (the text inside may still clear its neighbours by its leading).
      const body = tile.querySelector<HTMLElement>("[data-tile-body]");
      if (body) {
        const box = body.getBoundingClientRect();
        for (const el of body.querySelectorAll<HTMLElement>("*")) {
          const r = el.getBoundingClientRect();
          const spill = Math.max(box.top - r.top, r.bottom - box.bottom);
          if (r.height > 0 && spill > 1) out.push(`${id}: <${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 40)}" spills out of the body by ${(Math.round(spill * 10) / 10).toFixed(1)} px`);
        }
      }
      for (const l of lines) {
        // Outside its tile, or outside the screen with its tile (the wall's root clips, so no scroll bar tells).
        const outside = Math.max(t.top - l.top, l.bottom - t.bottom, t.left - l.left, l.right - t.right, l.bottom - window.innerHeight, l.right - window.innerWidth);
        if (outside > 1) out.push(`${id}: "${l.text}" leaves the tile by ${(Math.round((outside) * 10) / 10).toFixed(1)} px`);
      }
      for (let i = 0; i < lines.length; i++)
        for (let j = i + 1; j < lines.length; j++) {
          const a = lines[i];
          const b = lines[j];
          if (a.node === b.node) continue;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 0.5 && y > 0.5) out.push(`${id}: "${a.text}" overlaps "${b.text}" by ${(Math.round((y) * 10) / 10).toFixed(1)} px`);
        }
      for (const el of tile.querySelectorAll<HTMLElement>("*")) {
        if (!(el.textContent ?? "").trim() || el.closest("svg,[aria-hidden=true]")) continue;
        const style = getComputedStyle(el);
        const clips = style.overflowY !== "visible" || style.webkitLineClamp !== "none";
        if (clips && el.scrollHeight > el.clientHeight + 1) out.push(`${id}: "${(el.textContent ?? "").trim().slice(0, 40)}" clipped by ${(Math.round((el.scrollHeight - el.clientHeight) * 10) / 10).toFixed(1)} px`);
      }
    }
    return out;
  });
}

/**
 * Visible text under `minPx` (24 px at 1080p, scaled: read from across a room) inside the first
 * element `root` selects, one line per text with its size.
 */
export async function smallText(page: Page, root: string, minPx: number): Promise<string[]> {
  return page.evaluate(
    ({ root, min }) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector(root) ?? document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !(n.textContent ?? "").trim() || el.closest("svg,[aria-hidden=true]")) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < min - 0.5) out.push(`${px.toFixed(1)} px: ${(n.textContent ?? "").trim().slice(0, 40)}`);
      }
      return out;
    },
    { root, min: minPx },
  );
}

/**
 * What the wall's banners (STALE, INCIDENT OPEN, the outside-in verdict) do not show in full, one line
 * per fault: a text cut with an ellipsis or hidden past its box (scrollWidth over clientWidth behind
 * overflow hidden), lines cut by a line clamp, and text outside its banner or the screen.
 */
export async function clippedBanners(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const banner of document.querySelectorAll<HTMLElement>('[data-testid="wall-stale"],[data-testid="wall-open-incident"],[data-testid="blind-banner"]')) {
      const id = banner.dataset.testid ?? "?";
      const b = banner.getBoundingClientRect();
      for (const el of [banner, ...banner.querySelectorAll<HTMLElement>("*")]) {
        const text = (el.textContent ?? "").trim();
        if (!text || el.closest("svg,[aria-hidden=true]")) continue;
        const style = getComputedStyle(el);
        const quote = `"${text.slice(0, 50)}"`;
        if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1) out.push(`${id}: ${quote} cut by ${el.scrollWidth - el.clientWidth} px${style.textOverflow === "ellipsis" ? " (ellipsis)" : ""}`);
        const clamps = style.overflowY !== "visible" || style.webkitLineClamp !== "none";
        if (clamps && el.scrollHeight > el.clientHeight + 1) out.push(`${id}: ${quote} loses lines (${el.scrollHeight - el.clientHeight} px)`);
        const r = el.getBoundingClientRect();
        const outside = Math.max(b.left - r.left, r.right - b.right, b.top - r.top, r.bottom - b.bottom, r.right - window.innerWidth, r.bottom - window.innerHeight);
        if (r.width > 0 && outside > 1) out.push(`${id}: ${quote} leaves the banner or screen by ${outside.toFixed(1)} px`);
      }
    }
    return out;
  });
}

/**
 * Dates and clock times on the wall that a line break cut ("2026-" / "11-20"), as "tile: text": every
 * element marked as unbroken (components/wall/unbroken.tsx, the failover tile's start) must lie on one line.
 */
export async function brokenDates(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-unbroken], [data-value="failover-start"]')]
      .filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        // One line: every text box of the element shares the first one's top.
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return tops.size > 1;
      })
      .map((el) => `${el.closest<HTMLElement>("[data-tile]")?.dataset.tile ?? "?"}: ${el.textContent ?? ""}`),
  );
}

/**
 * Text in a wall tile cut short sideways (an ellipsis, or hidden past its box: scrollWidth over
 * clientWidth behind overflow hidden), one line per fault: spillingTiles sees lines that overlap or
 * leave a tile, not a name that `truncate` shortened to "Germany We…".
 */
export async function cutTileText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const tile of document.querySelectorAll<HTMLElement>("[data-tile]")) {
      for (const el of tile.querySelectorAll<HTMLElement>("*")) {
        const text = (el.textContent ?? "").trim();
        if (!text || el.closest("svg,[aria-hidden=true]")) continue;
        const style = getComputedStyle(el);
        if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
          out.push(`${tile.dataset.tile ?? "?"}: "${text.slice(0, 50)}" cut by ${el.scrollWidth - el.clientWidth} px${style.textOverflow === "ellipsis" ? " (ellipsis)" : ""}`);
      }
    }
    return out;
  });
}
