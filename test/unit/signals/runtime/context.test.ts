import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/load";
import demo from "@/config/demo.json";
import { createSignalContext, SourceUnavailableError } from "@/lib/signals/runtime";
import type { QueryRun } from "@/lib/snapshot/types";
import { FEEDS } from "@/lib/telemetry/contract";
import type { LogsSource, QueryResult, QueryWindow } from "@/lib/workspace/types";

const config = parseConfig(demo);
const window: QueryWindow = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-01-01T01:00:00Z") };

function sourceAnswering(answer: (kql: string) => QueryResult | Error): LogsSource & { windows: QueryWindow[] } {
  const windows: QueryWindow[] = [];
  return {
    kind: "embedded",
    windows,
    async query(kql, w) {
      windows.push(w);
      const r = answer(kql);
      if (r instanceof Error) throw r;
      return r;
    },
  };
}

const table = (rows: unknown[][]): QueryResult => ({
  table: { columns: [{ name: "TimeGenerated", type: "datetime" }, { name: "lag", type: "real" }], rows },
  warnings: [],
  partial: false,
});

describe("SignalContext.runQuery", () => {
  it("passes the window to the source, keys rows by column and records the run", async () => {
    const source = sourceAnswering(() => table([["2026-01-01T00:10:00.000Z", 1.5]]));
    const runs: QueryRun[] = [];
    const ctx = createSignalContext({ config, source, range: window, onRun: (r) => runs.push(r) });
    const out = await ctx.runQuery("lag", "AppMetrics | take 1", window);
    expect(source.windows[0]).toEqual(window);
    expect(out.ok).toBe(true);
    expect(out.rows).toEqual([{ TimeGenerated: "2026-01-01T00:10:00.000Z", lag: 1.5 }]);
    expect(out.run).toMatchObject({ id: "lag", kql: "AppMetrics | take 1", rows: 1, window: { from: "2026-01-01T00:00:00.000Z" } });
    expect(out.run.portalUrl).toBeNull();
    expect(runs).toHaveLength(1);
    expect(ctx.asOf).toEqual(window.to);
  });

  it("turns a missing table into an empty, not-ok result with a warning instead of throwing", async () => {
    const source = sourceAnswering(() => new Error("SEM0100: 'where' operator: Failed to resolve table or column expression named 'AppMetrics'"));
    const ctx = createSignalContext({ config, source, range: window });
    const out = await ctx.runQuery("lag", "AppMetrics", window);
    expect(out.ok).toBe(false);
    expect(out.rows).toEqual([]);
    expect(out.run.warnings[0]).toMatch(/table or column missing.*AppMetrics/);
  });

  it("an optional feed's absent table is a coverage fact in words, not the analyzer's error (Azure and embedded wording)", async () => {
    const errors = [
      "SEM0100: 'where' operator: Failed to resolve table or column expression named 'AppEvents'",
      "KS204: The name 'AppEvents' does not refer to any known table, tabular variable or function. near 'AppEvents' at position 0 (missing table AppEvents)",
    ];
    for (const message of errors) {
      const ctx = createSignalContext({ config, source: sourceAnswering(() => new Error(message)), range: window });
      const out = await ctx.runQuery("incidents:drill-markers", "AppEvents", window, { optionalFeed: FEEDS.drills });
      expect(out.ok).toBe(false);
      expect(out.rows).toEqual([]);
      expect(out.run.warnings).toEqual([]);
      expect(out.run.coverage).toBe("No AppEvents table: drills recorded as events are not seen, so an incident during a drill counts as real.");
    }
    // A missing column of a present optional table breaks the contract: it stays a warning.
    const column = new Error("SEM0100: 'project' operator: Failed to resolve scalar expression named 'Properties'");
    const out = await createSignalContext({ config, source: sourceAnswering(() => column), range: window }).runQuery("q", "AppEvents", window, { optionalFeed: FEEDS.drills });
    expect(out.run.coverage).toBeUndefined();
    expect(out.run.warnings[0]).toMatch(/table or column missing/);
  });

  it("treats a result lacking a required column as missing data", async () => {
    const source = sourceAnswering(() => table([["2026-01-01T00:10:00.000Z", 1]]));
    const ctx = createSignalContext({ config, source, range: window });
    const out = await ctx.runQuery("lag", "x", window, { requiredColumns: ["lag", "region"] });
    expect(out.ok).toBe(false);
    expect(out.run.warnings[0]).toMatch(/lacks column\(s\) region/);
  });

  it("keeps partial-result warnings and reports other failures as warnings", async () => {
    const partial = sourceAnswering(() => ({ ...table([]), warnings: ["PartialError: row limit"], partial: true }));
    const out = await createSignalContext({ config, source: partial, range: window }).runQuery("q", "x", window);
    expect(out.run.warnings).toEqual(["q: PartialError: row limit"]);
    const failing = sourceAnswering(() => new Error("socket hang up"));
    const out2 = await createSignalContext({ config, source: failing, range: window }).runQuery("q", "x", window);
    expect(out2.run.warnings[0]).toMatch(/query failed \(socket hang up\)/);
  });

  it("lets an unavailable source fail the whole snapshot", async () => {
    const source = sourceAnswering(() => new SourceUnavailableError("Azure source not wired yet"));
    await expect(createSignalContext({ config, source, range: window }).runQuery("q", "x", window)).rejects.toThrow(/not wired/);
  });

  it("links each run to the portal when the workspace resource id is configured", async () => {
    const azure = parseConfig({
      ...demo,
      workspaces: {
        ids: ["11111111-1111-4111-8111-111111111111"],
        resourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law",
      },
    });
    const ctx = createSignalContext({ config: azure, source: sourceAnswering(() => table([])), range: window });
    const out = await ctx.runQuery("q", "AppMetrics | take 1", window);
    expect(out.run.portalUrl).toMatch(/^https:\/\/portal\.azure\.com\/#blade\/.*\/resourceId\/%2Fsubscriptions%2Fs%2F.*\/q\/H4sI/);
  });
});
