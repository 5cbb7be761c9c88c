/**
 * The sixth, eighth, ninth and tenth published sets' AzureActivity queries (Sentinel rules, hunting queries and workbook, the
 * Activity log at-scale workbook) over rows: the demo writes AzureActivity rows only around a platform
 * event (Service Health and Resource Health), none in the hour published-queries.test.ts simulates, so
 * there they prove only that they run. Here they run over the two hours around the demo's platform event,
 * and the ones whose answer follows from the rows by counting are checked against the rows themselves.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";
import { simulate } from "@/lib/simulator";
import { demoPlacements } from "@/lib/simulator/demo";
import { PUBLISHED_SIXTH } from "./published/queries-sixth";
import { PUBLISHED_EIGHTH } from "./published/queries-eighth";
import { PUBLISHED_NINTH } from "./published/queries-ninth";
import { PUBLISHED_TENTH } from "./published/queries-tenth";

const TO = new Date("2026-11-20T15:00:00Z");
const ACTIVITY = [...PUBLISHED_SIXTH, ...PUBLISHED_EIGHTH, ...PUBLISHED_NINTH, ...PUBLISHED_TENTH].filter((q) => /\bAzureActivity\b/.test(q.query));

let ws: Workspace;
let window: { timespan: { from: Date; to: Date }; asOf: Date };
beforeAll(() => {
  const config = loadConfigFile("config/demo.json");
  // The demo month of published-queries.test.ts (anchor TO, seed 7); its one platform event.
  const placements = demoPlacements(config, TO, 7);
  const event = placements.find((p) => p.platformEvent);
  if (!event?.start) throw new Error("the demo month has no platform event");
  const from = new Date(event.start.getTime() - 30 * 60_000);
  const to = new Date(event.start.getTime() + 90 * 60_000);
  ws = new Workspace();
  simulate({ config, scenarios: placements, from, to, seed: 7, sink: ws });
  window = { timespan: { from, to }, asOf: to };
}, 120_000);

const run = (name: string) => {
  const q = ACTIVITY.find((x) => x.name === name);
  if (!q) throw new Error(`no sixth-, eighth-, ninth- or tenth-set query named ${name}`);
  return runQuery(ws, q.query, window);
};
const column = (t: ReturnType<typeof runQuery>, name: string) => t.rows.map((r) => r[t.columns.findIndex((c) => c.name === name)]);

describe("the sixth, eighth, ninth and tenth sets' AzureActivity queries over the hours of a platform event", () => {
  it("the window holds Activity log rows", () => {
    expect(ws.rowCount("AzureActivity")).toBeGreaterThan(1);
  });

  for (const q of ACTIVITY) {
    it(`${q.name} runs over them, or is refused naming every unsupported construct`, () => {
      try {
        expect(runQuery(ws, q.query, window).columns.length).toBeGreaterThan(0);
      } catch (e) {
        expect(e).toBeInstanceOf(KqlUnsupportedError);
      }
    });
  }

  it("the counts by status, by resource provider and by caller add up to the rows; `top 10 by TimeGenerated` returns them all", () => {
    const rows = ws.rowCount("AzureActivity");
    const sum = (xs: unknown[]) => xs.reduce<number>((a, x) => a + (x as number), 0);
    expect(sum(column(run("Activity log at scale: ACTIVITY LOGS BY STATUS"), "AggregatedValue"))).toBe(rows);
    expect(sum(column(run("Activity log at scale: ACTIVITY LOGS BY RESOURCE PROVIDER"), "AggregatedValue"))).toBe(rows);
    expect(sum(column(run("Sentinel Azure Activity workbook: Caller activities"), "Activities"))).toBe(rows);
    const latest = column(run("Show logs from AzureActivity table"), "TimeGenerated") as string[];
    expect(latest).toHaveLength(Math.min(rows, 10));
    expect([...latest].sort().reverse()).toEqual(latest);
  });

  it("the eighth set's counts: the sum of a count by status, and the VM Events workbook's three tiles, add up to the rows", () => {
    const rows = ws.rowCount("AzureActivity");
    expect(run("SentinelKQL: sum of a count column").rows).toEqual([[rows]]);
    const tiles = ["succeeded activity by operation", "failed activity by operation", "other activity by operation and status"];
    const total = tiles.reduce((a, t) => a + (column(run(`VM Events workbook: ${t}`), "Count") as number[]).reduce((x, y) => x + y, 0), 0);
    expect(total).toBe(rows);
  });

  it("the workbook's tiles: the 'All' row counts every row, and log levels per hour add up to the rows of those levels", () => {
    const top = run("Sentinel Azure Activity workbook: Top 10 active resource groups");
    const all = top.rows.find((r) => r[0] === "All");
    expect(all?.[1]).toBe(ws.rowCount("AzureActivity"));
    const levels = run("Sentinel Azure Activity workbook: Activities by log level over time");
    const perLevel = runQuery(ws, 'AzureActivity | where Level in ("Informational", "Warning", "Error") | count', window).rows[0][0];
    const total = ["Informational", "Warning", "Error"].reduce((a, l) => a + (column(levels, l) as number[]).reduce((x, y) => x + y, 0), 0);
    expect(total).toBe(perLevel);
  });
});
