import { describe, expect, it } from "vitest";
import { PageCache, renderedPage, type RenderedPage } from "@/lib/page-cache/page-cache";
import { RenderLimiter } from "@/lib/page-cache/render-limit";

const NONCE = "AAAAAAAAAAAAAAAAAAAAAA==";
const page = (html: string): RenderedPage => renderedPage({ status: 200, headers: [["content-type", "text/html; charset=utf-8"]], html, nonce: NONCE });
const htmlOf = (p: RenderedPage | null) => (p ? Buffer.concat(p.parts).toString("utf8") : null);
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A render that waits until the test lets it finish, counting how many run at once. */
function gatedRenders() {
  const gates: Array<() => void> = [];
  let running = 0;
  let most = 0;
  let count = 0;
  const render = (html: () => string) => async () => {
    count++;
    running++;
    most = Math.max(most, running);
    await new Promise<void>((r) => gates.push(r));
    running--;
    return page(html());
  };
  return {
    render,
    /** Lets every render started so far finish. */
    finishAll: async () => {
      await tick();
      for (const open of gates.splice(0)) open();
      await tick();
    },
    get running() {
      return running;
    },
    get most() {
      return most;
    },
    get count() {
      return count;
    },
  };
}

describe("the render limiter", () => {
  it("runs at most `concurrency` at once, lets the next in line start as one ends, and refuses past the line", async () => {
    const limiter = new RenderLimiter({ concurrency: 2, maxQueued: 1 });
    const order: string[] = [];
    const slot = () => {
      const s = limiter.acquire();
      if (!s) throw new Error("refused");
      return s;
    };
    const a = slot();
    const b = slot();
    const c = slot();
    expect(limiter.load).toEqual({ running: 2, queued: 1 });
    // The line is full: refused at once, not queued.
    expect(limiter.acquire()).toBeNull();
    const releaseA = await a;
    const releaseB = await b;
    void c.then(() => order.push("c started"));
    await tick();
    expect(order).toEqual([]);
    releaseA();
    releaseA(); // a second release of one slot frees nothing more
    await tick();
    expect(order).toEqual(["c started"]);
    expect(limiter.load).toEqual({ running: 2, queued: 0 });
    releaseB();
    expect(limiter.load).toEqual({ running: 1, queued: 0 });
    (await c)();
    expect(limiter.load).toEqual({ running: 0, queued: 0 });
  });
});

describe("page renders under the limiter", () => {
  it("a crowd of distinct pages renders at most `concurrency` at a time; past the line the viewer is told busy, with Retry-After", async () => {
    const limiter = new RenderLimiter({ concurrency: 2, maxQueued: 3 });
    const cache = new PageCache({ ttlMs: 5_000, maxBytes: 1 << 20, limiter, busyRetryAfterSeconds: 4 });
    const r = gatedRenders();
    const answers = Array.from({ length: 8 }, (_, i) => cache.lookup(`/incidents/${i}`, r.render(() => `<p>${i}</p>`)));
    await tick();
    expect(r.running).toBe(2);
    expect(limiter.load).toEqual({ running: 2, queued: 3 });
    while (r.running > 0) await r.finishAll();
    const settled = await Promise.all(answers);
    expect(r.most).toBe(2);
    expect(settled.filter((a) => a.from === "miss")).toHaveLength(5);
    expect(settled.filter((a) => a.from === "busy")).toEqual(Array.from({ length: 3 }, () => ({ page: null, from: "busy", retryAfterSeconds: 4 })));
    // Once the line has drained, a page that was refused renders.
    expect((await Promise.all([cache.lookup("/incidents/7", async () => page("<p>7</p>"))]))[0].from).toBe("miss");
  });

  it("a refused stale-while-revalidate render keeps serving the stale page", async () => {
    let t = 0;
    const limiter = new RenderLimiter({ concurrency: 1, maxQueued: 0 });
    const cache = new PageCache({ ttlMs: 5_000, staleMs: 30_000, maxBytes: 1 << 20, now: () => t, limiter });
    await cache.lookup("/", async () => page("<p>v1</p>"));
    const r = gatedRenders();
    void cache.lookup("/other", r.render(() => "<p>other</p>")); // holds the one slot
    await tick();
    t = 6_000;
    const stale = await cache.lookup("/", async () => page("<p>v2</p>"));
    expect([stale.from, htmlOf(stale.page)]).toEqual(["stale", "<p>v1</p>"]);
    await r.finishAll();
  });
});

describe("a hard reload (fresh lookup)", () => {
  it("never gets a page rendered before it arrived, even a cached one", async () => {
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 1 << 20 });
    let version = 0;
    const render = async () => page(`<p>v${++version}</p>`);
    await cache.lookup("/", render);
    expect(htmlOf((await cache.lookup("/", render)).page)).toBe("<p>v1</p>");
    const fresh = await cache.lookup("/", render, { fresh: true });
    expect([fresh.from, htmlOf(fresh.page)]).toEqual(["miss", "<p>v2</p>"]);
    // Its render is the newest page: ordinary viewers get it from now on.
    expect([(await cache.lookup("/", render)).from, htmlOf((await cache.lookup("/", render)).page)]).toEqual(["hit", "<p>v2</p>"]);
  });

  it("a crowd of hard reloads of one page shares the next render: one runs at a time, arrivals during it share its successor", async () => {
    const cache = new PageCache({ ttlMs: 5_000, maxBytes: 1 << 20, limiter: new RenderLimiter({ concurrency: 8, maxQueued: 0 }) });
    const r = gatedRenders();
    let version = 0;
    const render = r.render(() => `<p>v${++version}</p>`);
    const first = Array.from({ length: 50 }, () => cache.lookup("/", render, { fresh: true }));
    await tick();
    // The first started a render; the others arrived before it began, so they share it.
    expect(r.count).toBe(1);
    // These arrive while it runs: they share its successor, which waits for it to end (and needs no
    // place in the limiter's line meanwhile).
    const second = Array.from({ length: 50 }, () => cache.lookup("/", render, { fresh: true }));
    await tick();
    expect(r.count).toBe(1);
    await r.finishAll();
    expect(r.count).toBe(2);
    // An arrival while the second render runs shares a third.
    const third = cache.lookup("/", render, { fresh: true });
    await r.finishAll();
    await r.finishAll();
    const answers = await Promise.all([...first, ...second, third]);
    expect(r.most).toBe(1);
    expect(r.count).toBe(3);
    const v = (n: number, count: number) => Array.from({ length: count }, () => `<p>v${n}</p>`);
    expect(answers.map((a) => htmlOf(a.page))).toEqual([...v(1, 50), ...v(2, 50), ...v(3, 1)]);
    expect(answers.map((a) => a.from)).toEqual(["miss", ...Array(49).fill("shared"), "miss", ...Array(49).fill("shared"), "miss"]);
  });

  it("an ordinary miss shares a hard reload's render rather than starting its own", async () => {
    const cache = new PageCache({ ttlMs: 5_000, maxBytes: 1 << 20 });
    const r = gatedRenders();
    const reload = cache.lookup("/", r.render(() => "<p>fresh</p>"), { fresh: true });
    const viewer = cache.lookup("/", r.render(() => "<p>other</p>"));
    await r.finishAll();
    expect(r.count).toBe(1);
    expect([(await viewer).from, htmlOf((await viewer).page)]).toEqual(["shared", "<p>fresh</p>"]);
    expect((await reload).from).toBe("miss");
  });
});
