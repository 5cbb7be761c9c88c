import { describe, expect, it } from "vitest";
import { answerRows, answerSeries } from "@/lib/catalog/serve-series";
import type { SeriesResponse, RowsResponse } from "@/lib/charts/types";
import { loadConfigFile } from "@/lib/config/load";
import { ROWS_DEFAULT_LIMIT } from "@/lib/params";
import type { LogsSource, QueryResult, QueryWindow } from "@/lib/workspace/types";

const config = loadConfigFile("config/demo.json");
const now = new Date("2026-01-31T12:00:00Z");

/** Answers every lag query with one sample per minute; fails everything else. */
function fakeSource(seen: string[]): LogsSource {
  return {
    kind: "embedded",
    async query(kql: string, window: QueryWindow): Promise<QueryResult> {
      seen.push(kql);
      if (!kql.includes("lagSeconds = max(lagSeconds)")) throw new Error("upstream 503");
      const rows: unknown[][] = [];
      for (let t = window.from.getTime(); t < window.to.getTime(); t += 60_000) rows.push([new Date(t).toISOString(), (t / 60_000) % 7]);
      return { table: { columns: [{ name: "TimeGenerated", type: "datetime" }, { name: "lagSeconds", type: "real" }], rows }, warnings: [], partial: false };
    },
  };
}

const deps = (seen: string[]) => ({ config, now, dataStart: null, source: () => fakeSource(seen) });

describe("series API", () => {
  it("bins on the server for the width and applies the range", async () => {
    const seen: string[] = [];
    const answer = await answerSeries("replication", new URLSearchParams("range=24h&w=300&at=2026-01-31T10:00:00Z"), deps(seen));
    expect(answer.status).toBe(200);
    const body = answer.body as SeriesResponse;
    expect(body.range).toEqual({ from: "2026-01-30T10:00:00.000Z", to: "2026-01-31T10:00:00.000Z" });
    expect(body.binSeconds).toBe(300);
    expect(seen.every((k) => k.includes("bin(TimeGenerated, 5m)"))).toBe(true);
    // One panel per tier (cosmos: both directions, sql: one pair).
    expect(body.panels.map((p) => p.series.length)).toEqual([2, 1]);
    for (const s of body.panels.flatMap((p) => p.series)) expect(s.points.length).toBeLessThanOrEqual(300);
    expect(body.queries.map((q) => q.window)).toEqual(Array(3).fill(body.range));
  });

  it("a failing query makes its panel no-data with the reason, never a zero line", async () => {
    const answer = await answerSeries("conflicts", new URLSearchParams("range=1h"), deps([]));
    const [panel] = (answer.body as SeriesResponse).panels;
    expect(panel.hasData).toBe(false);
    expect(panel.warnings.join()).toContain("upstream 503");
  });

  it.each([
    ["replication", "range=2w", "range"],
    ["replication", "w=50", "w"],
    ["replication", "region=mars", "region"],
    ["nope", "", "signal"],
  ])("%s?%s answers 400 naming %s", async (signal, qs, parameter) => {
    const answer = await answerSeries(signal, new URLSearchParams(qs), deps([]));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ parameter });
  });
});

describe("rows API", () => {
  it("pages the rows of one query with a cursor", async () => {
    const first = await answerRows("replication", new URLSearchParams("range=1h&limit=10"), deps([]));
    const body = first.body as RowsResponse;
    expect(body.columns.map((c) => c.name)).toEqual(["TimeGenerated", "lagSeconds"]);
    expect(body.columns[0].type).toBe("datetime");
    expect(body.rows).toHaveLength(10);
    expect(body.nextCursor).not.toBeNull();
    const next = await answerRows("replication", new URLSearchParams(`range=1h&limit=10&cursor=${body.nextCursor}&query=${encodeURIComponent(body.queryId)}`), deps([]));
    expect((next.body as RowsResponse).rows[0]).not.toEqual(body.rows[0]);
    // Without limit a page holds ROWS_DEFAULT_LIMIT rows (docs/security.md states the number): 6 h of minute samples are 360.
    const unlimited = (await answerRows("replication", new URLSearchParams("range=6h"), deps([]))).body as RowsResponse;
    expect(unlimited.rows).toHaveLength(ROWS_DEFAULT_LIMIT);
    expect(unlimited.nextCursor).not.toBeNull();
    // Before: the cursor was a bare offset, so one reused on another window, region, width or query
    // answered 200 with that many rows of another table skipped, unsaid.
    for (const qs of ["range=6h&limit=10", "range=1h&limit=10&region=uksouth", "range=1h&limit=10&w=300", "range=1h&limit=10&at=2026-01-31T11:00:00Z", "range=1h&limit=10&query=replication-lag:cosmos:westeurope->uksouth:series"]) {
      const reused = await answerRows("replication", new URLSearchParams(`${qs}&cursor=${body.nextCursor}`), deps([]));
      expect(reused.status, qs).toBe(400);
      expect(reused.body, qs).toMatchObject({ parameter: "cursor", error: expect.stringContaining("was made for another query, window, region or w"), allowed: expect.stringContaining("give at=") });
    }
    const wrong = await answerRows("replication", new URLSearchParams("query=nope"), deps([]));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ parameter: "query" });
  });
});

describe("series and rows APIs refuse ambiguous input", () => {
  it.each([
    ["series", "w=200&w=300", "w"],
    ["series", "range=1h&range=6h", "range"],
    ["rows", "query=lag&query=other", "query"],
    ["rows", "limit=5&limit=6", "limit"],
  ])("%s?%s (a repeated parameter) answers 400 naming %s", async (route, qs, parameter) => {
    const answer = await (route === "series" ? answerSeries : answerRows)("replication", new URLSearchParams(qs), deps([]));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ parameter, error: expect.stringMatching(/given 2 times/) });
  });

  it("blames `to`, not `at`, when a from/to range ends before the data", async () => {
    const withStart = { ...deps([]), dataStart: new Date("2026-01-01T00:00:00Z") };
    const qs = "from=2025-12-01T00:00:00Z&to=2025-12-02T00:00:00Z";
    for (const answer of [await answerSeries("replication", new URLSearchParams(qs), withStart), await answerRows("replication", new URLSearchParams(qs), withStart)]) {
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ parameter: "to" });
    }
    const at = await answerSeries("replication", new URLSearchParams("at=2025-12-02T00:00:00Z"), withStart);
    expect(at.body).toMatchObject({ parameter: "at" });
  });
});
