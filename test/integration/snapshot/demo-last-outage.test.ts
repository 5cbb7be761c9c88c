import { beforeAll, describe, expect, it } from "vitest";
import { buildSnapshot } from "@/lib/catalog/build";
import { runSeries } from "@/lib/catalog/series";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { QueryGateway } from "@/lib/gateway/gateway";
import { periodIncidents } from "@/lib/review/incidents";
import { simulate, type Truth } from "@/lib/simulator";
import { demoPlacements } from "@/lib/simulator/demo";
import type { IncidentSnapshot, Snapshot } from "@/lib/snapshot/types";
import { lastClosedIncident } from "@/lib/wall/incidents";
import type { SeriesResponse } from "@/lib/charts/types";

/**
 * The demo's last real outage (the survivor-saturation failover: UK South fails, West Europe carries
 * the load at ~99 % CPU with thousands of 429s), through the three screens that report it: the
 * incident page (a snapshot around its start), the wall's "Last failover" tile (the latest closed
 * incident of the wall's range) and the review (periodIncidents). All three must say the same status
 * in the same words, and say what the simulator's truth says (SIGNALS 3.4).
 */
const config = loadConfigFile("config/demo.json");
const SEED = config.embedded?.seed ?? 42;
const ANCHOR = new Date("2026-11-20T12:00:00Z");
const placements = demoPlacements(config, ANCHOR, SEED);
const outage = placements.find((p) => p.name === "survivor-saturation");
if (!outage) throw new Error("the demo schedule has no survivor-saturation outage");
const FROM = new Date(outage.start.getTime() - 2 * 3600_000);
const TO = new Date(outage.start.getTime() + 2 * 3600_000);

let truth: Truth;
let source: QueryGateway;
let page: IncidentSnapshot;
let wall: IncidentSnapshot;
let review: IncidentSnapshot;
let survivorChart: SeriesResponse;

const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= config.frontDoor.probeIntervalSeconds * 1000;

beforeAll(async () => {
  const workspace = new Workspace();
  truth = simulate({ config, scenarios: placements, from: FROM, to: TO, seed: SEED, sink: workspace });
  source = new QueryGateway(new EmbeddedSource(workspace, () => TO));
  const wallSnapshot: Snapshot = await buildSnapshot({ config, source, range: { from: FROM, to: TO } });
  const last = lastClosedIncident(wallSnapshot.incidents);
  if (!last) throw new Error("no closed incident for the wall");
  wall = last;
  // The incident page: a snapshot from 30 min before the start, for the incident's region.
  const pageSnapshot = await buildSnapshot({ config, source, range: { from: new Date(Date.parse(last.start) - 30 * 60_000), to: TO }, region: last.region });
  const onPage = pageSnapshot.incidents.find((i) => i.start === last.start);
  if (!onPage) throw new Error("the incident page does not find the wall's incident");
  page = onPage;
  const inReview = (await periodIncidents({ config, source, from: FROM, to: TO })).incidents.find((i) => i.start === last.start);
  if (!inReview) throw new Error("the review does not list the wall's incident");
  review = inReview;
  const start = Date.parse(last.start);
  survivorChart = (await runSeries({ config, source, signal: "regions", range: { from: new Date(start - 15 * 60_000), to: new Date(Date.parse(last.recoveredAt ?? "") + 30 * 60_000) }, widthPx: 1200 })).response;
}, 600_000);

describe("the demo's last real outage on the incident page, the wall and the review", () => {
  it("is the survivor-saturation failover, a real incident, as the truth has it", () => {
    const expected = truth.incidents.filter((i) => i.kind === "real").at(-1);
    expect(expected).toBeDefined();
    expect(wall.kind).toBe("real");
    expect(wall.region).toBe(outage.region);
    expect(near(wall.start, expected?.start ?? "")).toBe(true);
  });

  it("has one status and the same reasons on all three screens, equal to the truth's", () => {
    const expected = truth.incidents.find((i) => near(i.start, wall.start));
    expect(expected).toBeDefined();
    for (const shown of [page, wall, review]) {
      expect(shown.status).toBe(expected?.status);
      expect(shown.reasons).toEqual(expected?.reasons);
      expect(shown.survivor).toEqual(page.survivor);
    }
    // Not the green OK the page used to show: the survivor ran out.
    expect(wall.status).toBe("breach");
    expect(wall.survivor).toMatchObject({ region: "westeurope", ranOut: true });
    expect(wall.survivor.throttled429 ?? 0).toBeGreaterThan(1000);
    expect(wall.reasons.join(" ")).toMatch(/^Survivor West Europe ran out of headroom/);
  });

  it("draws the survivor projection through the outage: no gap from failure to recovery", () => {
    const panel = survivorChart.panels.find((p) => p.id === "survivor");
    const line = panel?.series.find((s) => s.key === "survivor:westeurope");
    expect(line).toBeDefined();
    // The survivor's window (SIGNALS 3.4): from the start to 10 min after the edge recovered.
    const start = Date.parse(wall.start);
    const end = Date.parse(wall.recoveredAt ?? "") + 10 * 60_000;
    const during = (line?.points ?? []).filter((p) => p.t >= start - 60_000 && p.t < end);
    expect(during.length).toBeGreaterThanOrEqual(10);
    expect(during.filter((p) => p.v === null)).toEqual([]);
    // While UK South is down, West Europe's projection is its own load: the incident's survivor peak, not a blank.
    expect(Math.max(...during.map((p) => p.v ?? 0))).toBeGreaterThanOrEqual((wall.survivor.peakPercent ?? Infinity) - 1);
  });
});
