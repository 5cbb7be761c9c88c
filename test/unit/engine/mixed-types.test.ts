import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { KqlUnsupportedError } from "@/lib/engine/errors";

// AppRequests.ResultCode is a string and Success a bool; CDBDataPlaneRequests.StatusCode an int.
const ws = new Workspace();
const t = (m: number) => `2026-01-01T00:0${m}:00.000Z`;
ws.appendRows("AppRequests", [
  { TimeGenerated: t(0), Name: "GET /a", ResultCode: "200", Success: true, Type: "AppRequests" },
  { TimeGenerated: t(1), Name: "GET /b", ResultCode: "500", Success: false, Type: "AppRequests" },
  { TimeGenerated: t(2), Name: "GET /c", ResultCode: "502", Success: false, Type: "AppRequests" },
]);
ws.appendRows("CDBDataPlaneRequests", [
  { TimeGenerated: t(0), OperationName: "Query", StatusCode: 200, Type: "CDBDataPlaneRequests" },
  { TimeGenerated: t(1), OperationName: "Query", StatusCode: 429, Type: "CDBDataPlaneRequests" },
]);
const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-01-01T01:00:00Z") });

/** The constructs a refused query names, in order. */
function refused(q: string): string[] {
  try {
    run(q);
  } catch (e) {
    expect(e).toBeInstanceOf(KqlUnsupportedError);
    return (e as KqlUnsupportedError).constructs.map((c) => c.construct);
  }
  throw new Error(`not refused: ${q}`);
}

describe("an in list of another kind than the value is refused, not answered with no row", () => {
  it("numbers against the string ResultCode, in and !in, case-insensitive too", () => {
    expect(refused("AppRequests | where ResultCode in (500, 502)")).toEqual([
      "`in` of a string value with a long list element: convert one side (toint(), tostring(), ...)",
    ]);
    expect(refused("AppRequests | where ResultCode !in (200)")[0]).toMatch(/^`!in` of a string value with a long/);
    expect(refused("AppRequests | where ResultCode in~ (200)")[0]).toMatch(/^`in~` of a string value/);
  });

  it("a string against the int StatusCode, and one odd element among right ones", () => {
    expect(refused('CDBDataPlaneRequests | where StatusCode in ("429")')[0]).toMatch(/^`in` of an int value with a string list element/);
    expect(refused('CDBDataPlaneRequests | where StatusCode in (429, "503")')).toHaveLength(1);
  });

  it("names every such list of a query at once, with the bool comparison beside it", () => {
    const q = 'AppRequests | where ResultCode in (500) | where Success == 0 | extend b = Name in (1, 2)';
    expect(refused(q)).toEqual([
      "`in` of a string value with a long list element: convert one side (toint(), tostring(), ...)",
      "comparison of a bool with a number (`==`): compare with true/false, or convert with toint()",
      "`in` of a string value with a long list element: convert one side (toint(), tostring(), ...)",
    ]);
  });

  it("lists of the value's own kind still run: strings, mixed int/real numbers, datetimes, a tabular list, dynamic arrays", () => {
    expect(run('AppRequests | where ResultCode in ("500", "502") | count').rows).toEqual([[2]]);
    expect(run('AppRequests | where ResultCode !in ("500") | count').rows).toEqual([[2]]);
    expect(run("CDBDataPlaneRequests | where StatusCode in (429, 503.0) | count").rows).toEqual([[1]]);
    expect(run("CDBDataPlaneRequests | where toint(StatusCode) !in (429) | count").rows).toEqual([[1]]);
    expect(run(`AppRequests | where TimeGenerated in (datetime(${t(1)}), datetime(${t(2)})) | count`).rows).toEqual([[2]]);
    expect(run("AppRequests | where toint(ResultCode) in (CDBDataPlaneRequests | project StatusCode) | count").rows).toEqual([[1]]);
    expect(run('AppRequests | where ResultCode in (dynamic(["500", "502"])) | count').rows).toEqual([[2]]);
    expect(run("AppRequests | where Success in (false) | count").rows).toEqual([[2]]);
  });
});

describe("a bool compared with a number is refused", () => {
  it("either side, every comparison operator", () => {
    for (const q of ["AppRequests | where Success == 0", "AppRequests | where 1 != Success", "AppRequests | where Success > 0", "AppRequests | where Success in (1)"]) {
      expect(refused(q), q).toHaveLength(1);
    }
    expect(refused("AppRequests | where Success <= 1.0")[0]).toBe("comparison of a bool with a number (`<=`): compare with true/false, or convert with toint()");
  });

  it("bool with bool, and a converted bool with a number, run", () => {
    expect(run("AppRequests | where Success == false | count").rows).toEqual([[2]]);
    expect(run("AppRequests | where toint(Success) == 0 | count").rows).toEqual([[2]]);
    expect(run("AppRequests | summarize failed = countif(Success != true)").rows).toEqual([[2]]);
  });
});
