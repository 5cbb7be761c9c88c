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

function generated(density: Density): { ws: Workspace; ctx: GenContext } {
  const ctx = new GenContext(timeline, density);
  const ws = new Workspace();
  generateRows(ctx, from, to, ws);
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
