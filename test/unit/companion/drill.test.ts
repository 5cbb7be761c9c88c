import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { drillMarker, parseDrillArgs } from "@/companion/drill";
import { chaosMarkers, targetRegionResolver } from "@/companion/chaos";

const config = loadConfigFile("config/demo.json");
const NOW = new Date("2026-12-05T10:00:00Z");

describe("npm run drill arguments", () => {
  it("reads phase, region and an optional time", () => {
    expect(parseDrillArgs(["start", "--region", "uksouth"], NOW)).toEqual({ phase: "start", region: "uksouth", at: NOW, note: undefined });
    expect(parseDrillArgs(["end", "--region", "uksouth", "--at", "2026-12-05T09:00:00Z"], NOW).at.toISOString()).toBe("2026-12-05T09:00:00.000Z");
  });

  it.each([
    [["begin", "--region", "uksouth"], /one of start, end/],
    [["start"], /--region is required/],
    [["start", "--region"], /--region needs a value/],
    [["start", "--region", "uksouth", "--at", "yesterday"], /ISO-8601/],
    [["start", "--zone", "1"], /unknown option "--zone"/],
    // A time without its zone was read as the local time of whoever ran it.
    [["start", "--region", "uksouth", "--at", "2026-12-05T10:42:00"], /--at: "2026-12-05T10:42:00" is not .*with a time zone/],
    [["start", "--region", "uksouth", "--region", "westeurope"], /--region given more than once/],
  ])("refuses %j, saying what is allowed", (argv, message) => {
    expect(() => parseDrillArgs(argv, NOW)).toThrow(message);
  });

  it("marks a configured region with the Properties.region value the dashboard matches", () => {
    const marker = drillMarker(config, { phase: "start", region: "westeurope", at: NOW });
    expect(marker).toMatchObject({ regionValue: "westeurope", phase: "start", at: NOW });
    expect(() => drillMarker(config, { phase: "start", region: "mars", at: NOW })).toThrow(/configured regions: uksouth, westeurope/);
  });
});

describe("Chaos Studio runs → drill markers", () => {
  const plan = config.regions[0].computeResourceIds[0];
  const row = (at: string, span: string, status: string, target = "") => ({ at: Date.parse(at), run: "r1", span, status, target, experiment: "exp" });

  it("an action still running when the run ended closes with the run; a running experiment only starts", () => {
    const rows = [
      row("2026-12-05T09:00:00Z", "Action", "Started", plan),
      row("2026-12-05T09:10:00Z", "Experiment", "Cancelled"),
    ];
    const resolve = targetRegionResolver(config, {});
    const done = chaosMarkers(config, rows, resolve, new Set());
    expect(done.markers.map((m) => `${m.phase}@${m.at.toISOString()}`)).toEqual(["start@2026-12-05T09:00:00.000Z", "end@2026-12-05T09:10:00.000Z"]);
    const running = chaosMarkers(config, rows.slice(0, 1), resolve, new Set());
    expect(running.markers.map((m) => m.phase)).toEqual(["start"]);
    expect(chaosMarkers(config, rows, resolve, new Set(["r1|uksouth|start", "r1|uksouth|end"])).markers).toEqual([]);
  });

  it("explicit target prefixes win over configured resource IDs, longest first; child resources match their parent", () => {
    const resolve = targetRegionResolver(config, { "/subscriptions/s/resourceGroups/aks": "westeurope", "/subscriptions/s/resourceGroups/aks/providers/x/uk": "uksouth" });
    expect(resolve("/subscriptions/s/resourceGroups/aks/providers/x/uk/agentPools/a")).toBe("uksouth");
    expect(resolve("/SUBSCRIPTIONS/s/resourceGroups/aks/providers/x/weu")).toBe("westeurope");
    expect(resolve(`${plan}/sites/x`)).toBe("uksouth");
    expect(resolve("/subscriptions/other")).toBeUndefined();
  });
});
