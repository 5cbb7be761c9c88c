import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import type { DashboardConfig } from "@/lib/config/schema";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { createWorkspaceDemo } from "@/lib/simulator/live";
import { demoCacheFile, demoCacheKey, demoWorkspace, MAX_ANCHOR_AGE_MS, MAX_CATCH_UP_MS } from "@/lib/wiring/demo-cache";

/**
 * `npm run kql`'s demo cache never answers with rows a dashboard would not hold: what it resumes is,
 * row for row, the workspace of a dashboard started at the cached anchor, and anything that does not
 * fit (another config, a corrupt file, a frozen clock elsewhere) is built anew.
 */
const demo = loadConfigFile("config/demo.json");
// A one-day demo keeps the builds to seconds; the code path is the 30-day one's.
const config: DashboardConfig = { ...demo, embedded: { ...demo.embedded, days: 1 } };
const root = fs.mkdtempSync(path.join(os.tmpdir(), "aad-demo-cache-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const T = new Date("2026-11-20T11:50:00Z");
const MIN = 60_000;

let dirs = 0;
const freshDir = () => fs.mkdtempSync(path.join(root, `c${dirs++}-`));
/** Thrown from `say` at the "built:" line, before the build's seconds: the decision is what is tested. */
class Decided extends Error {}

function run(cfg: DashboardConfig, now: Date, dir: string | null, opts: { exactAnchor?: boolean; stopIfBuilt?: boolean } = {}) {
  const lines: string[] = [];
  const say = (l: string) => {
    lines.push(l);
    if (opts.stopIfBuilt && l.startsWith("built:")) throw new Decided(l);
  };
  try {
    return { ...demoWorkspace(cfg, { dir, now, exactAnchor: opts.exactAnchor ?? false, say }), lines };
  } catch (e) {
    if (e instanceof Decided) return { origin: "decided" as const, lines };
    throw e;
  }
}

// One build at T, cached; each test copies its file into a folder of its own.
const master = freshDir();
const built = run(config, T, master);
const masterFile = demoCacheFile(master, demoCacheKey(config));
function cachedDir(): string {
  const dir = freshDir();
  fs.copyFileSync(masterFile, path.join(dir, path.basename(masterFile)));
  return dir;
}

/** Every stored table, column and value equal (dynamic values by JSON, numbers with NaN = NaN). */
function expectSameRows(a: Workspace, b: Workspace): void {
  expect(a.tableNames()).toEqual(b.tableNames());
  for (const name of a.tableNames()) {
    const x = a.snapshot(name);
    const y = b.snapshot(name);
    expect([name, x.length]).toEqual([name, y.length]);
    x.columns.forEach((cx, k) => {
      const cy = y.columns[k];
      for (let i = 0; i < x.length; i++) {
        const u = cx.get(i);
        const v = cy.get(i);
        if (Object.is(u, v)) continue;
        if (typeof u === "object" && JSON.stringify(u) === JSON.stringify(v)) continue;
        expect({ table: name, column: x.schema[k].name, row: i, value: u }).toEqual({ table: name, column: x.schema[k].name, row: i, value: v });
      }
    });
  }
  expect(a.isSortedByTime("AppRequests")).toBe(b.isSortedByTime("AppRequests"));
}

describe("npm run kql's demo cache", () => {
  it("resumed later, holds exactly the rows of a dashboard started at the cached anchor (across retention and thinning)", () => {
    expect([built.origin, built.lines[0]]).toEqual(["built", expect.stringMatching(/^built: the 1-day demo \(seed 42\) anchored now, 2026-11-20T11:50:00\.000Z \(no cache for this configuration and code yet; cached in /)]);
    const dir = cachedDir();
    // 100 min later: two hourly compactions, the first thinning of aged dense rows (anchor + 1 h).
    const later = new Date(T.getTime() + 100 * MIN);
    const resumed = run(config, later, dir);
    expect([resumed.origin, resumed.lines[0]]).toEqual(["cache", expect.stringMatching(/^from cache: the 1-day demo \(seed 42\) anchored at 2026-11-20T11:50:00\.000Z, 100 min of rows simulated since/)]);
    if (!("workspace" in resumed)) return;
    expect(resumed.anchor).toEqual(T);
    // The dashboard's own demo, advanced as its queries come (lib/wiring/embedded-host.ts). Retention
    // cuts hourly at the moment reached then, so it is advanced at the moments the cache was written.
    const dashboard = new Workspace();
    const live = createWorkspaceDemo(config, dashboard, () => T);
    live.advanceTo(T);
    live.advanceTo(later);
    expectSameRows(resumed.workspace, dashboard);
    // Written again after catching up: the next call resumes from there, and still matches.
    const then = new Date(later.getTime() + 5 * MIN);
    const again = run(config, then, dir);
    expect(again.lines[0]).toMatch(/anchored at 2026-11-20T11:50:00\.000Z, 5 min of rows simulated since/);
    live.advanceTo(then);
    if ("workspace" in again) expectSameRows(again.workspace, dashboard);
  });

  it("same inputs: the cached demo answers every query as a fresh build does", () => {
    const cached = run(config, T, cachedDir(), { exactAnchor: true });
    expect(cached.origin).toBe("cache");
    if (!("workspace" in cached) || !("workspace" in built)) return;
    expectSameRows(cached.workspace, built.workspace);
    for (const kql of [
      "AppRequests | summarize n = count(), failed = countif(Success == false), p95 = percentile(DurationMs, 95) by AppRoleName | order by AppRoleName asc",
      "AppDependencies | summarize n = count() by tostring(Properties.region) | order by n desc",
      "Usage | summarize sum(Quantity) by DataType | order by DataType asc",
    ]) {
      expect(runQuery(cached.workspace, kql, { asOf: T })).toEqual(runQuery(built.workspace, kql, { asOf: T }));
    }
    expect(run(config, T, null, { stopIfBuilt: true }).lines[0]).toMatch(/\(--no-cache; not cached\)$/);
  });

  it("a changed configuration is another key: built, never the other config's rows", () => {
    const dir = cachedDir();
    const other: DashboardConfig = { ...config, embedded: { ...config.embedded, seed: config.embedded.seed + 1 } };
    expect(demoCacheKey(other)).not.toBe(demoCacheKey(config));
    const regions = structuredClone(config.regions);
    regions[0].capacity += 1;
    expect(demoCacheKey({ ...config, regions })).not.toBe(demoCacheKey(config));
    expect(run(other, T, dir, { stopIfBuilt: true }).lines[0]).toContain("(no cache for this configuration and code yet;");
    // A file of another key put under this key's name (half the key names it) is refused by the key inside.
    fs.copyFileSync(masterFile, demoCacheFile(dir, demoCacheKey(other)));
    expect(run(other, T, dir, { stopIfBuilt: true }).lines[0]).toContain("(the cache file belongs to another configuration or code;");
  });

  it("a corrupt or partial file is ignored and rebuilt", () => {
    const dir = cachedDir();
    const file = demoCacheFile(dir, demoCacheKey(config));
    const good = fs.readFileSync(file);
    for (const bad of [flip(good, Math.floor(good.length / 2)), flip(good, good.length - 1), good.subarray(0, good.length - 1000), good.subarray(0, 20), Buffer.alloc(0)]) {
      fs.writeFileSync(file, bad);
      expect(run(config, T, dir, { stopIfBuilt: true }).lines[0]).toContain("(the cache file was corrupt or partial: ignored;");
    }
    fs.writeFileSync(file, flip(good, 100));
    const rebuilt = run(config, T, dir);
    expect(rebuilt.origin).toBe("built");
    // The rebuild replaced it: the next call resumes.
    expect(run(config, T, dir).origin).toBe("cache");
  });

  it("is not resumed where it cannot match: another frozen clock, rows after now, an anchor too old", () => {
    const dir = cachedDir();
    const five = new Date(T.getTime() + 5 * MIN);
    expect(run(config, five, dir, { exactAnchor: true, stopIfBuilt: true }).lines[0]).toContain("the cache is anchored at 2026-11-20T11:50:00.000Z, not at DASHBOARD_AS_OF");
    expect(run(config, new Date(T.getTime() - MIN), dir, { stopIfBuilt: true }).lines[0]).toContain("the cache holds rows up to 2026-11-20T11:50:00.000Z, after now");
    expect(run(config, new Date(T.getTime() + MAX_CATCH_UP_MS + MIN), dir, { stopIfBuilt: true }).lines[0]).toMatch(/holds rows up to .*, more than 2 h ago/);
    expect(run(config, new Date(T.getTime() + MAX_ANCHOR_AGE_MS + MIN), dir, { stopIfBuilt: true }).lines[0]).toMatch(/anchored at .*, more than 6 h ago/);
    // Within both: resumed.
    expect(run(config, five, dir).origin).toBe("cache");
  });
});

function flip(buf: Buffer, at: number): Buffer {
  const out = Buffer.from(buf);
  out[at] ^= 0x01;
  return out;
}
