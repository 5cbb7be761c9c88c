import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AvailabilitySummary } from "@/components/overview/availability-summary";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { simulate } from "@/lib/simulator";
import { buildSnapshot } from "@/lib/catalog/build";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { windowLabel } from "@/lib/wall/availability-lines";

/**
 * Snapshots built by the catalog over datasets much shorter than the 30-day SLO window (a 1-hour
 * scenario, a 3-day steady run): the availability signal says from when it measured, and the truth the
 * simulator computes from its model agrees.
 */
const config = loadConfigFile("config/demo.json");
const TO = new Date("2026-11-20T12:00:00Z");

async function shortDataset(hours: number, scenario: "steady" | "lying-probe") {
  const from = new Date(TO.getTime() - hours * 3600_000);
  const workspace = new Workspace();
  const truth = simulate({ config, scenarios: [{ name: scenario, start: new Date(TO.getTime() - 45 * 60_000) }], from, to: TO, seed: 7, sink: workspace });
  const snapshot = await buildSnapshot({ config, source: new EmbeddedSource(workspace, () => TO), range: { from: new Date(TO.getTime() - 3600_000), to: TO } });
  return { from, truth, snapshot };
}

describe("availability coverage over short datasets", () => {
  it("a 1-hour dataset: measured from its first minute, '30 days · 1 h of data', the truth agreeing", async () => {
    const { from, truth, snapshot } = await shortDataset(1, "steady");
    const c = snapshot.availability.coverage;
    expect(c?.measuredFrom).toBe(from.toISOString());
    expect(c?.short).toBe(true);
    expect(c?.coveredDays).toBeCloseTo(1 / 24, 3);
    expect(c).toEqual(truth.availability.coverage);
    expect(windowLabel(snapshot.availability)).toBe("30 days · 1 h of data");
    // The overview's SLI says it too.
    expect(renderToStaticMarkup(createElement(AvailabilitySummary, { availability: snapshot.availability }))).toContain("SLI (30 d · 1 h of data)");
    // The figures are still the measured ones: the status is not raised for the short window.
    expect(snapshot.availability.status).toBe(truth.availability.status);
  }, 120_000);

  it("a 3-day dataset: '3.0 days of data' (a minute either side of the first bin at most)", async () => {
    const { from, truth, snapshot } = await shortDataset(72, "steady");
    const c = snapshot.availability.coverage;
    expect(Math.abs(Date.parse(c?.measuredFrom ?? "") - from.getTime())).toBeLessThanOrEqual(60_000);
    expect(c?.note).toBe("3.0 days of data");
    expect(c?.note).toBe(truth.availability.coverage?.note);
    expect(snapshot.availability.status).toBe(truth.availability.status);
  }, 300_000);

  it("a lying probe: the wall's failover tile warns that Front Door has not failed the region over", async () => {
    const { snapshot } = await shortDataset(1, "lying-probe");
    expect(snapshot.probeBlind.length).toBeGreaterThan(0);
    // The scenario starts 45 min before asOf and its failing spell ended 15 min ago: within the hour, so still the news.
    expect(snapshot.wall?.tiles.incident).toEqual({ status: "warn", reason: "UK South probe-blind 11:15–11:45 UTC: Front Door has not failed it over." });
    const span = snapshot.probeBlind.find((s) => s.region === "uksouth");
    expect([span?.from.slice(11, 16), span?.to.slice(11, 16)]).toEqual(["11:15", "11:45"]);
  }, 120_000);
});
