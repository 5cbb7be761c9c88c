/**
 * A micro-cache of rendered page HTML, shared by every viewer of the same URL for a few seconds.
 *
 * Why: rendering the overview costs ~9 ms of the server's one JavaScript thread, so a crowd of 200
 * viewers queued for seconds although they all asked for the same bytes. Pages depend only on the
 * URL and the kind of principal (a kiosk's wall redacts errors), and their client components refresh
 * the data themselves, so a few-second-old page is as fresh as the snapshot memo it was rendered from.
 *
 * Every response carries its own CSP nonce: the cached HTML keeps the nonce it was rendered with and
 * each answer swaps in the new one (the nginx `sub_filter` technique). A nonce is 16 random bytes in
 * base64, so it cannot occur in the page by accident.
 */
import type { RenderLimiter } from "./render-limit";

export interface RenderedPage {
  status: number;
  /** Response headers worth replaying (content-type, vary, link, cache-control). */
  headers: [string, string][];
  /**
   * The HTML as UTF-8, cut at every occurrence of the nonce it was rendered with: an answer is the
   * parts joined by its own nonce, one buffer copy (a string replace per answer allocated three
   * page-sized copies, and the page cache serves hundreds of answers a second).
   */
  parts: Buffer[];
  /** The nonce the page was rendered with; replaced in the HTML and in headers on every answer. */
  nonce: string;
}

/** A rendered page, its HTML cut at its nonce (see `parts`). */
export function renderedPage(page: { status: number; headers: [string, string][]; html: string; nonce: string }): RenderedPage {
  const parts = (page.nonce === "" ? [page.html] : page.html.split(page.nonce)).map((p) => Buffer.from(p, "utf8"));
  return { status: page.status, headers: page.headers, parts, nonce: page.nonce };
}

interface Entry {
  page: RenderedPage;
  storedAt: number;
  bytes: number;
}

export interface PageCacheOptions {
  ttlMs: number;
  /**
   * How long past `ttlMs` an entry may still be served while one request renders its successor
   * (stale-while-revalidate), so a crowd never queues behind a render. 0: wait for the render.
   */
  staleMs?: number;
  maxBytes: number;
  now?: () => number;
  /** Caps the renders of every page running at once (one limiter per process); none: unbounded. */
  limiter?: RenderLimiter;
  /** The Retry-After of a "busy" answer (default 2 s). */
  busyRetryAfterSeconds?: number;
}

export type Lookup =
  | { page: RenderedPage; from: "hit" | "stale" | "shared" | "miss" }
  | { page: null; from: "miss" }
  /** The render limiter's line is full: the viewer should retry after `retryAfterSeconds`. */
  | { page: null; from: "busy"; retryAfterSeconds: number };

/** What a render came to: a page, null ("render it the ordinary way") or no slot to render in. */
type Outcome = RenderedPage | null | "busy";

interface Flight {
  outcome: Promise<Outcome>;
  /** Set when the render itself begins (after its predecessor for the key and a limiter slot). */
  started: boolean;
}

export class PageCache {
  /** Map order is recency order: the first key is the least recently used. */
  private readonly entries = new Map<string, Entry>();
  /** The latest render of each key: running, or waiting for its turn. */
  private readonly inFlight = new Map<string, Flight>();
  private bytes = 0;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * The cached page for `key`, or the one `render` produces. Concurrent misses of one key share a
   * single render; only a 200 without cookies is kept (`render` resolving null means "render it the
   * ordinary way", e.g. the internal fetch failed).
   *
   * `fresh` (a hard reload): the page must be rendered after this request arrived. It shares the
   * key's render that has not begun yet, else starts one, which begins once the key's running render
   * ends: at most one render of a page runs at a time, and a crowd of hard reloads shares the next.
   */
  async lookup(key: string, render: () => Promise<RenderedPage | null>, opts: { fresh?: boolean } = {}): Promise<Lookup> {
    const pending = this.inFlight.get(key);
    if (opts.fresh) {
      if (pending && !pending.started) return this.answer(await pending.outcome, "shared");
      return this.answer(await this.render(key, render).outcome, "miss");
    }
    const cached = this.usable(key);
    if (cached?.fresh) return { page: cached.page, from: "hit" };
    if (cached) {
      if (!pending) this.render(key, render);
      return { page: cached.page, from: "stale" };
    }
    if (pending) return this.answer(await pending.outcome, "shared");
    return this.answer(await this.render(key, render).outcome, "miss");
  }

  private answer(outcome: Outcome, from: "shared" | "miss"): Lookup {
    if (outcome === "busy") return { page: null, from: "busy", retryAfterSeconds: this.options.busyRetryAfterSeconds ?? 2 };
    return outcome ? { page: outcome, from } : { page: null, from: "miss" };
  }

  private render(key: string, render: () => Promise<RenderedPage | null>): Flight {
    const previous = this.inFlight.get(key);
    const flight: Flight = { started: false, outcome: Promise.resolve(null) };
    // In the map before it runs: a refusal (synchronous) must find itself there to remove it.
    this.inFlight.set(key, flight);
    flight.outcome = (async (): Promise<Outcome> => {
      // One render of a page at a time: a successor begins when its predecessor ends.
      if (previous) await previous.outcome;
      const slot = this.options.limiter ? this.options.limiter.acquire() : Promise.resolve(() => undefined);
      if (!slot) {
        if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
        return "busy";
      }
      const release = await slot;
      flight.started = true;
      try {
        const page = await render();
        if (page && isStorable(page)) this.store(key, page);
        return page;
      } catch {
        return null;
      } finally {
        release();
        if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
      }
    })();
    return flight;
  }

  /** The entry for `key` if it may still be served (fresh, or stale within `staleMs`), marked recently used. */
  private usable(key: string): { page: RenderedPage; fresh: boolean } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const age = this.now() - entry.storedAt;
    if (age >= this.options.ttlMs + (this.options.staleMs ?? 0)) {
      this.remove(key, entry);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { page: entry.page, fresh: age < this.options.ttlMs };
  }

  private store(key: string, page: RenderedPage): void {
    const bytes = page.parts.reduce((n, p) => n + p.byteLength, 0) + 2 * (page.headers.reduce((n, [k, v]) => n + k.length + v.length, 0) + key.length);
    if (bytes > this.options.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, { page, storedAt: this.now(), bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.remove(oldest, entry);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

function isStorable(page: RenderedPage): boolean {
  const header = (name: string) => page.headers.find(([k]) => k.toLowerCase() === name)?.[1];
  return page.status === 200 && page.nonce !== "" && header("set-cookie") === undefined && /^text\/html\b/i.test(header("content-type") ?? "");
}

/** The page as it must be sent with `nonce`: every occurrence of the rendered nonce replaced. */
export function withNonce(page: RenderedPage, nonce: string): { body: Uint8Array<ArrayBuffer>; headers: [string, string][] } {
  const swap = (text: string) => (page.nonce === "" ? text : text.split(page.nonce).join(nonce));
  const mark = Buffer.from(nonce, "utf8");
  const pieces: Buffer[] = [];
  page.parts.forEach((part, i) => (i === 0 ? pieces.push(part) : pieces.push(mark, part)));
  const body = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    body.set(piece, offset);
    offset += piece.byteLength;
  }
  return { body, headers: page.headers.map(([k, v]) => [k, swap(v)]) };
}

/** The nonce of a Content-Security-Policy header's script-src ('nonce-…'), or "" when there is none. */
export function nonceOfPolicy(policy: string | null): string {
  const match = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(policy ?? "");
  return match ? match[1] : "";
}
