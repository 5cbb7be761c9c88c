import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { KqlSemanticError, KqlUnsupportedError } from "@/lib/engine/errors";
import { loadConfigFile } from "@/lib/config/load";
import { simulate } from "@/lib/simulator";
import { PUBLISHED_BILLING } from "./published/queries-billing";

// The find-operator page's two tables (its "Examples of find output results"), plus a contract table
// with billing columns and a table whose DurationMs has another type than AppRequests'.
const ws = new Workspace();
const events = [
  { name: "Session_Id", type: "string" },
  { name: "Level", type: "string" },
  { name: "EventText", type: "string" },
] as const;
ws.defineTable("EventsTable1", [...events, { name: "Version", type: "string" }]);
ws.defineTable("EventsTable2", [...events, { name: "EventName", type: "string" }]);
const S1 = "acbd207d-51aa-4df7-bfa7-be70eb68f04e";
ws.appendRows("EventsTable1", [
  { Session_Id: S1, Level: "Information", EventText: "Some Text1", Version: "v1.0.0" },
  { Session_Id: S1, Level: "Error", EventText: "Some Text2", Version: "v1.0.0" },
  { Session_Id: "28b8e46e-3c31-43cf-83cb-48921c3986fc", Level: "Error", EventText: "Some Text3", Version: "v1.0.1" },
  { Session_Id: "8f057b11-3281-45c3-a856-05ebb18a3c59", Level: "Information", EventText: "Some Text4", Version: "v1.1.0" },
]);
ws.appendRows("EventsTable2", [
  { Session_Id: "f7d5f95f-f580-4ea6-830b-5776c8d64fdd", Level: "Information", EventText: "Some Other Text1", EventName: "Event1" },
  { Session_Id: S1, Level: "Information", EventText: "Some Other Text2", EventName: "Event2" },
  { Session_Id: S1, Level: "Error", EventText: "Some Other Text3", EventName: "Event3" },
  { Session_Id: "15eaeab5-8576-4b58-8fc6-478f75d8fee4", Level: "Error", EventText: "Some Other Text4", EventName: "Event4" },
]);
const t = (m: number) => `2026-01-01T00:0${m}:00.000Z`;
ws.appendRows("AppRequests", [
  { TimeGenerated: t(0), Name: "GET /a", Success: true, DurationMs: 12, ItemCount: 1, Type: "AppRequests" },
  { TimeGenerated: t(1), Name: "GET /b", Success: false, DurationMs: 40, ItemCount: 1, Type: "AppRequests" },
]);
ws.defineTable("Timings_CL", [{ name: "TimeGenerated", type: "datetime" }, { name: "DurationMs", type: "string" }, { name: "Other", type: "long" }]);
ws.appendRows("Timings_CL", [{ TimeGenerated: t(3), DurationMs: "slow", Other: 3 }]);

const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-01-01T01:00:00Z") });
const refusal = (q: string): string[] => {
  try {
    run(q);
  } catch (e) {
    expect(e).toBeInstanceOf(KqlUnsupportedError);
    return (e as KqlUnsupportedError).constructs.map((c) => c.construct);
  }
  throw new Error(`expected ${q} to be refused`);
};

describe("find operator (find-operator page)", () => {
  it("gives the reference's 'Search in common and uncommon columns' output: a column a table lacks reads empty", () => {
    const r = run("find Version == 'v1.0.0' or EventName == 'Event1' project Session_Id, EventText, Version, EventName");
    expect(r.columns.map((c) => c.name)).toEqual(["source_", "Session_Id", "EventText", "Version", "EventName"]);
    expect(r.rows).toEqual([
      ["EventsTable1", S1, "Some Text1", "v1.0.0", ""],
      ["EventsTable1", S1, "Some Text2", "v1.0.0", ""],
      ["EventsTable2", "f7d5f95f-f580-4ea6-830b-5776c8d64fdd", "Some Other Text1", "", "Event1"],
    ]);
  });

  it("leaves out tables holding none of the predicate's columns, names the source column by withsource, and reads in (...) with wildcards", () => {
    // Only EventsTable1 has Version: AppRequests and Timings_CL give no row, not rows of nulls.
    expect(run("find where Version == 'v1.0.0' project EventText | count").rows).toEqual([[2]]);
    // A predicate true on a missing column tells: the other tables' rows are not read as empty Versions.
    expect(run("find where isempty(Version) project EventText | count").rows).toEqual([[0]]);
    expect(run("find where Version != 'v1.0.0' project EventText").rows).toEqual([["EventsTable1", "Some Text3"], ["EventsTable1", "Some Text4"]]);
    const r = run("find withsource=Table in (Events*) where Level == 'Error' and Session_Id == 'acbd207d-51aa-4df7-bfa7-be70eb68f04e' project EventText");
    expect(r.columns.map((c) => c.name)).toEqual(["Table", "EventText"]);
    expect(r.rows).toEqual([["EventsTable1", "Some Text2"], ["EventsTable2", "Some Other Text3"]]);
    expect(run("find in (EventsTable2) where Level == 'Error' project EventName, Level | project-away source_, Level").rows).toEqual([["Event3"], ["Event4"]]);
    expect(run("find in (EventsTable2) where Level == 'Error' project EventName").rows).toEqual([["EventsTable2", "Event3"], ["EventsTable2", "Event4"]]);
  });

  it("search terms (find \"x\", * has \"x\") look at every column of every table, as search does", () => {
    expect(run('find "Text3" project EventText').rows).toEqual([["EventsTable1", "Some Text3"], ["EventsTable2", "Some Other Text3"]]);
    expect(run('find where * has "Event4" project Session_Id').rows).toEqual([["EventsTable2", "15eaeab5-8576-4b58-8fc6-478f75d8fee4"]]);
  });

  it("shows the hidden billing columns when projected, null where a table has none", () => {
    const r = run("find in (AppRequests, Timings_CL) where TimeGenerated > ago(1d) project _IsBillable, _BilledSize, Name");
    expect(r.columns.map((c) => [c.name, c.type])).toEqual([["source_", "string"], ["_IsBillable", "string"], ["_BilledSize", "real"], ["Name", "string"]]);
    expect(r.rows.map((row) => [row[0], row[1], typeof row[2], row[3]])).toEqual([
      ["AppRequests", "true", "number", "GET /a"],
      ["AppRequests", "true", "number", "GET /b"],
      ["Timings_CL", "", "object", ""],
    ]);
    expect(r.rows[2][2]).toBeNull();
  });

  it("a column of several types needs :type in project, which casts to that type", () => {
    expect(refusal("find in (AppRequests, Timings_CL) where TimeGenerated > ago(1d) project DurationMs").join()).toMatch(/DurationMs, which has types real and string/);
    expect(run("find in (AppRequests, Timings_CL) where TimeGenerated > ago(1d) project DurationMs:string").rows).toEqual([
      ["AppRequests", "12"],
      ["AppRequests", "40"],
      ["Timings_CL", "slow"],
    ]);
    expect(run("find where Other > 1 project Other").rows).toEqual([["Timings_CL", 3]]);
  });

  it("refuses by name what the reference does not pin down, all at once", () => {
    expect(refusal("find Session_Id == 'x'")).toEqual([expect.stringMatching(/project-smart/)]);
    expect(refusal("find Session_Id == 'x' project-smart")[0]).toMatch(/project-smart/);
    // The reference's pack_all() examples: Microsoft's analyzer (the parser this engine uses) rejects them (KS109).
    expect(() => run(`find Session_Id == '${S1}' project pack_all()`)).toThrow(/KS109/);
    expect(refusal("find in (AppRequests, Timings_CL) where DurationMs == 'slow' project Other")[0]).toMatch(/DurationMs, which has types/);
    expect(refusal("find where 1 == 1 project Level")[0]).toMatch(/reads no column/);
    const both = refusal("find Session_Id == 'x' | union (find Level == 'Error' project-smart)");
    expect(both).toEqual([expect.stringMatching(/project-smart/), expect.stringMatching(/project-smart/)]);
  });

  it("a projected column no table has is the analyzer's error, not a silent null column", () => {
    expect(() => run("find where Level == 'Error' project NoSuchColumn")).toThrow(KqlSemanticError);
  });

  it("runs every published find query (Analyze usage page) over five simulated minutes", () => {
    const demo = new Workspace();
    simulate({ config: loadConfigFile("config/demo.json"), scenarios: "demo", from: new Date("2026-11-20T23:55:00Z"), to: new Date("2026-11-21T00:00:00Z"), seed: 7, sink: demo });
    const finds = PUBLISHED_BILLING.filter((q) => q.query.startsWith("find "));
    expect(finds).toHaveLength(8);
    for (const q of finds) expect(() => runQuery(demo, q.query, { asOf: new Date("2026-11-21T00:10:00Z") }), q.name).not.toThrow();
  });
});
