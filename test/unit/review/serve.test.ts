import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { HISTORY_CSV_HEADER, historyCsv, INCIDENTS_CSV_HEADER, incidentsCsv } from "@/lib/review/export";
import { answerReview, reviewResponse } from "@/lib/review/serve";
import type { IncidentRow } from "@/lib/review/types";
import type { LogsSource, QueryWindow } from "@/lib/workspace/types";

const config = loadConfigFile("config/demo.json");
const NOW = new Date("2026-11-22T10:00:00Z");

/** A workspace that has the tables but no rows: every period must come out as no-data, never 100 %. */
function emptySource(): LogsSource & { windows: QueryWindow[] } {
  const windows: QueryWindow[] = [];
  return {
    kind: "embedded",
    windows,
    async query(kql, window) {
      windows.push(window);
      const columns = ["TimeGenerated", "requests", "errorPercent"].map((name) => ({ name, type: name === "TimeGenerated" ? "datetime" : "real" }));
      return { table: { columns, rows: [] }, warnings: [], partial: false } as Awaited<ReturnType<LogsSource["query"]>>;
    },
  };
}

const incident: IncidentRow = {
  region: "uksouth",
  kind: "real",
  start: "2026-11-19T17:19:00.000Z",
  evictedAt: "2026-11-19T17:20:00.000Z",
  recoveredAt: "2026-11-19T17:20:20.000Z",
  rtoSeconds: 80,
  elapsedSeconds: 80,
  errorWindowSeconds: 60,
  rpoSeconds: 1.141,
  rpoTiers: [
    { tier: "cosmos", source: "uksouth", target: "westeurope", lagSeconds: 1.141, budgetSeconds: 5, status: "ok" },
    { tier: "sql", source: "uksouth", target: "westeurope", lagSeconds: null, budgetSeconds: 30, status: "no-data" },
  ],
  rtoBudgetSeconds: 300,
  rpoStatus: "ok",
  rtoStatus: "ok",
  survivor: { peakPercent: 104.26, region: "westeurope", throttled429: 12, ranOut: true, status: "breach" },
  status: "breach",
  reasons: ["Survivor westeurope ran out of headroom (load above 100 %): peak 104 %, 12 requests throttled (429)."],
};

describe("answerReview", () => {
  it("answers 400 naming month and what is allowed, before touching the source", async () => {
    const source = emptySource();
    const answer = await answerReview(new URLSearchParams("month=2026-13"), { config, now: NOW, source: () => source });
    expect(answer.status).toBe(400);
    if (answer.status !== 400) return;
    expect(answer.body.parameter).toBe("month");
    expect(answer.body.error).toContain('"2026-13"');
    expect(answer.body.allowed).toContain("YYYY-MM");
    expect(source.windows).toHaveLength(0);
    const res = reviewResponse(answer);
    expect(res.status).toBe(400);
  });

  it("without data every month and the rolling window are no-data: no SLI, no budget claimed", async () => {
    const source = emptySource();
    const answer = await answerReview(new URLSearchParams(), { config, now: NOW, source: () => source });
    expect(answer.status).toBe(200);
    if (answer.status !== 200) return;
    const { report } = answer;
    expect(report.month.window.id).toBe("2026-10");
    expect(report.history.map((h) => h.window.id)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    for (const p of [report.month, report.rolling, ...report.history]) {
      expect(p.status).toBe("no-data");
      expect(p.budget.sli).toBeNull();
      expect(p.budget.errorBudgetRemainingRatio).toBeNull();
    }
    // The month's window is queried calendar-aligned, in UTC.
    expect(source.windows.some((w) => w.from.toISOString() === "2026-10-01T00:00:00.000Z" && w.to.toISOString() === "2026-11-01T00:00:00.000Z")).toBe(true);
    const csv = historyCsv(report).split("\r\n");
    expect(csv[0]).toBe(HISTORY_CSV_HEADER.join(","));
    expect(csv).toHaveLength(14); // header + 12 months + trailing empty
    expect(csv[1]).toMatch(/^2025-12,no-data,,,0\.9995,,,,,,/);
  });
});

describe("CSV exports", () => {
  it("incidents: one line per incident with budgets, tiers and headroom", () => {
    const lines = incidentsCsv([incident]).trim().split("\r\n");
    expect(lines[0]).toBe(INCIDENTS_CSV_HEADER.join(","));
    expect(lines[1]).toBe(
      // rto_seconds then elapsed_seconds: equal once recovered; an open incident leaves the first empty.
      "uksouth,real,2026-11-19T17:19:00.000Z,2026-11-19T17:20:00.000Z,2026-11-19T17:20:20.000Z,80,80,300,ok,1.141," +
        "cosmos uksouth->westeurope: 1.141 s / 5 s; sql uksouth->westeurope: no sample / 30 s,ok,60,,,,,104.3,12,true,westeurope,breach," +
        '"Survivor westeurope ran out of headroom (load above 100 %): peak 104 %, 12 requests throttled (429)."',
    );
    const analysed = incidentsCsv([{ ...incident, timeToDetectSeconds: 40, detectedBy: "flip", readmittedAt: "2026-11-19T17:25:30.000Z", failbackSeconds: 20 }]).trim().split("\r\n")[1];
    expect(analysed).toContain(",ok,60,40,flip,2026-11-19T17:25:30.000Z,20,104.3,");
    const open = incidentsCsv([{ ...incident, recoveredAt: null, rtoSeconds: null, elapsedSeconds: 95 }]).trim().split("\r\n")[1];
    expect(open.startsWith("uksouth,real,2026-11-19T17:19:00.000Z,2026-11-19T17:20:00.000Z,,,95,300,")).toBe(true);
  });

  it("the CSV answer is a download named after the month", async () => {
    const answer = await answerReview(new URLSearchParams("month=2026-09"), { config, now: NOW, source: emptySource });
    const res = reviewResponse(answer, "history");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="availability-review-2026-09-history.csv"');
    expect((await res.text()).startsWith("month,coverage,")).toBe(true);
  });
});
