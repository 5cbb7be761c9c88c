import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { simulate } from "@/lib/simulator";
import { buildSnapshot } from "@/lib/catalog/build";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import type { Snapshot } from "@/lib/snapshot/types";

/**
 * ?region= narrows the rows, never what a panel's header covers: UK South down, filtered to West
 * Europe (whose own row is fine), every header must still say what the whole deployment is doing.
 */
const config = loadConfigFile("config/demo.json");
const START = new Date("2026-11-20T11:00:00Z");

describe("a region filter narrows the rows, not the headers", () => {
  let all: Snapshot;
  let filtered: Snapshot;
  beforeAll(async () => {
    const workspace = new Workspace();
    const to = new Date(START.getTime() + 14 * 60_000);
    simulate({ config, scenarios: [{ name: "region-outage", start: START }], from: new Date(START.getTime() - 3600_000), to, seed: 5, sink: workspace });
    const source = new EmbeddedSource(workspace, () => to);
    const range = { from: new Date(to.getTime() - 3600_000), to };
    all = await buildSnapshot({ config, source, range });
    filtered = await buildSnapshot({ config, source, range, region: "westeurope" });
  }, 180_000);

  it("the Regions header over one region's rows is the header over every region, like every other panel's", () => {
    expect(filtered.regions.map((r) => r.id)).toEqual(["westeurope"]);
    // The scenario: the shown row alone would head the panel differently from the deployment.
    expect(filtered.regions[0].status).not.toBe(all.signals.regions.status);
    for (const key of Object.keys(all.signals) as (keyof Snapshot["signals"])[]) {
      expect([filtered.signals[key].status, filtered.signals[key].reason], key).toEqual([all.signals[key].status, all.signals[key].reason]);
    }
    expect(filtered.signals.regions.reason).toMatch(/^UK South: /);
  });

  it("says on screen what the filter narrows and what the headers cover", () => {
    expect(all.regionFilter).toBeUndefined();
    expect(filtered.regionFilter).toEqual({
      region: "westeurope",
      note: "Filtered to West Europe: per-region rows show West Europe only; every panel's status and reason cover all 2 regions.",
    });
  });

  it("the incident list narrows to West Europe but says UK South's incident exists; the panel's status is the deployment's", () => {
    expect(all.incidents.map((i) => i.region)).toEqual(["uksouth"]);
    expect(filtered.incidents).toEqual([]);
    expect(all.incidentsFilter).toBeUndefined();
    expect(filtered.incidentsFilter).toEqual({
      region: "westeurope",
      total: 1,
      empty: "No incident or drill in West Europe in this range.",
      hidden: "Not shown (filtered to West Europe): 1 recovered incident or drill in UK South.",
      hiddenStatus: null,
    });
  });

  it("the origin-health lists narrow to West Europe but count UK South's flip", () => {
    expect(filtered.originFlips).toEqual([]);
    expect(all.originFlips.map((f) => [f.region, f.to])).toEqual([["uksouth", "unhealthy"]]);
    expect(filtered.originFilter?.hidden).toBe("Not shown (filtered to West Europe): 1 flip in UK South (the last to unhealthy).");
  });

  it("the wall model of a filtered snapshot is the deployment's, never healthier (UK South's origin still fails)", () => {
    expect(all.wall?.tiles.regions.status).toBe("breach");
    expect(filtered.wall).toEqual(all.wall);
  });
});
