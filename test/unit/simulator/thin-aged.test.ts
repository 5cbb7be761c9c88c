import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { GenContext } from "@/lib/simulator/context";
import { demoPlacements } from "@/lib/simulator/demo";
import { Density } from "@/lib/simulator/density";
import { generateRows } from "@/lib/simulator/generate";
import { Timeline } from "@/lib/simulator/model";
import { backgroundWrites } from "@/lib/simulator/rows-app";
import { resolveScenarios } from "@/lib/simulator/scenarios";
import { ruQuery } from "@/lib/signals/saturation/query";
import { thinCosmosMask } from "@/lib/simulator/thin-cosmos";
import { thinWritesMask } from "@/lib/simulator/thin-writes";
import { config } from "./helpers";

const HOUR = 3600_000;
const anchor = new Date("2026-11-20T00:00:00Z");
const episodes = resolveScenarios(config, demoPlacements(config, anchor, 7), 7);
const timeline = new Timeline(config, episodes, 7);
// Scripted writes all fall in the split-brain window; thin the two hours around it.
const splitBrain = episodes.placements.find((p) => p.name === "split-brain");
if (!splitBrain) throw new Error("demo month has no split-brain placement");
const from = Math.floor((splitBrain.start * 1000 - HOUR) / HOUR) * HOUR;
const to = from + 3 * HOUR;
// A plan with no scenario margins: every bin is thinned, even the race writes' own bins.
const sparseEverywhere = new Density({ ...episodes, placements: [] }, Number.POSITIVE_INFINITY);

function generated(density: Density, window = { from, to }): { ws: Workspace; ctx: GenContext } {
  const ctx = new GenContext(timeline, density);
  const ws = new Workspace();
  generateRows(ctx, window.from, window.to, ws);
  return { ws, ctx };
}

const key = config.splitBrain.entityKey;
const scriptedIds = new Set(episodes.writeGroups.map((g) => g.entityId));
const entityIds = (ws: Workspace) =>
  runQuery(ws, `AppDependencies | project id = tostring(Properties["${key}"])`).rows.map((r) => r[0] as string);

describe("thinWritesMask", () => {
  const dense = generated(new Density(episodes, from / 1000));
  const before = entityIds(dense.ws);
  const removed = dense.ws.retain("AppDependencies", { from, to }, (rows) => thinWritesMask(dense.ctx, sparseEverywhere, rows));
  const after = entityIds(dense.ws);

  it("keeps every scripted write even in bins the plan thins", () => {
    const scripted = before.filter((id) => scriptedIds.has(id)).sort();
    expect(scripted.length).toBe(episodes.writeGroups.reduce((a, g) => a + g.writes.length, 0));
    expect(after.filter((id) => scriptedIds.has(id)).sort()).toEqual(scripted);
  });

  it("keeps exactly the sparse plan's background writes per region and bin", () => {
    expect(removed).toBeGreaterThan(10_000);
    let expected = 0;
    config.regions.forEach((_r, ri) => {
      for (let bin = from / 10_000; bin < to / 10_000; bin++) expected += backgroundWrites(dense.ctx, sparseEverywhere, ri, bin).n;
    });
    expect(expected).toBeGreaterThan(100);
    expect(after.filter((id) => !scriptedIds.has(id)).length).toBe(expected);
    // The same count the generator writes under that plan.
    const sparse = generated(sparseEverywhere);
    expect(entityIds(sparse.ws).filter((id) => !scriptedIds.has(id)).length).toBe(expected);
    expect(dense.ws.isSortedByTime("AppDependencies")).toBe(true);
  });

  it("leaves bins the aged plan keeps dense (a scenario's margin) alone", () => {
    const margins = new Density(episodes, Number.POSITIVE_INFINITY);
    const again = generated(new Density(episodes, from / 1000));
    const all = entityIds(again.ws).length;
    const within = { from: splitBrain.start * 1000 - HOUR, to: splitBrain.end * 1000 + HOUR };
    expect(again.ws.retain("AppDependencies", within, (rows) => thinWritesMask(again.ctx, margins, rows))).toBe(0);
    expect(entityIds(again.ws).length).toBe(all);
    // The rest of the window is outside the margin and is thinned.
    expect(again.ws.retain("AppDependencies", { from, to }, (rows) => thinWritesMask(again.ctx, margins, rows))).toBeGreaterThan(0);
  });
});

describe("thinCosmosMask", () => {
  // Two hours over the survivor-saturation window, where requests are throttled (429 rows).
  const saturation = episodes.placements.find((p) => p.name === "survivor-saturation");
  if (!saturation) throw new Error("demo month has no survivor-saturation placement");
  const from = Math.floor((saturation.start * 1000 - HOUR) / HOUR) * HOUR;
  const to = from + 2 * HOUR;
  const dense = generated(new Density(episodes, from / 1000), { from, to });
  const rowsOf = (ws: Workspace) => ws.rowCount("CDBDataPlaneRequests");
  // The saturation signal's own query: Σ RequestCharge and 429 count per region and minute.
  const perMinute = (ws: Workspace) => runQuery(ws, `${ruQuery(config)} | order by TimeGenerated asc, RegionName asc`).rows;
  const byFiveMinutes = (ws: Workspace) =>
    runQuery(ws, "CDBDataPlaneRequests | summarize ru = sum(RequestCharge), throttled = countif(StatusCode == 429) by RegionName, bin(TimeGenerated, 5m) | order by TimeGenerated asc, RegionName asc").rows;
  // (region, operation, minute) groups of successful rows: each becomes one row.
  const groups = (ws: Workspace) =>
    runQuery(ws, "CDBDataPlaneRequests | where StatusCode != 429 | summarize by RegionName, OperationName, bin(TimeGenerated, 1m) | count").rows[0][0] as number;
  const before = { rows: rowsOf(dense.ws), groups: groups(dense.ws), minutes: perMinute(dense.ws), five: byFiveMinutes(dense.ws) };
  const removed = dense.ws.retain("CDBDataPlaneRequests", { from, to }, (rows) => thinCosmosMask(sparseEverywhere, rows));

  it("merges each minute's slices into one Query and one Upsert row per region, keeping every 429", () => {
    const throttled = before.minutes.reduce((a, r) => a + (r[3] as number), 0);
    expect(throttled).toBeGreaterThan(0);
    expect(before.groups).toBeGreaterThan(((to - from) / 60_000) * config.regions.length); // ~2 per region-minute
    expect(removed).toBe(before.rows - before.groups - throttled);
    expect(groups(dense.ws)).toBe(before.groups);
    expect(rowsOf(dense.ws)).toBe(before.groups + throttled);
    expect(dense.ws.isSortedByTime("CDBDataPlaneRequests")).toBe(true);
  });

  it("keeps a remainder row (nil ActivityId) for each merged group, never a sampled request carrying the minute's RU", () => {
    const q = `CDBDataPlaneRequests | where StatusCode != 429 | summarize requests = countif(ActivityId != "00000000-0000-0000-0000-000000000000"), rows = count()`;
    const [requests, rows] = runQuery(dense.ws, q).rows[0] as [number, number];
    expect(rows).toBe(before.groups);
    expect(requests).toBe(0);
  });

  it("keeps Σ RequestCharge and the 429 count per region per minute and per 5 min", () => {
    const after = perMinute(dense.ws);
    expect(after.length).toBe(before.minutes.length);
    after.forEach((r, i) => {
      const b = before.minutes[i];
      expect([r[0], r[1], r[3]]).toEqual([b[0], b[1], b[3]]);
      expect(r[2] as number).toBeCloseTo(b[2] as number, 6);
    });
    const five = byFiveMinutes(dense.ws);
    expect(five.length).toBe(before.five.length);
    five.forEach((r, i) => {
      expect([r[0], r[1], r[3]]).toEqual([before.five[i][0], before.five[i][1], before.five[i][3]]);
      expect(r[2] as number).toBeCloseTo(before.five[i][2] as number, 6);
    });
  });
});
