import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });

describe("replace(): replace_regex's deprecated alias, arguments in the old order (regex, rewrite, text)", () => {
  it("gives replace_regex's page example with the arguments reordered", () => {
    const r = run(`range x from 1 to 3 step 1 | extend str = strcat('Number is ', tostring(x)) | extend replaced = replace(@'is (\\d+)', @'was: \\1', str)`);
    expect(r.rows.map((row) => row[2])).toEqual(["Number was: 1", "Number was: 2", "Number was: 3"]);
    expect(r.rows).toEqual(run(`range x from 1 to 3 step 1 | extend str = strcat('Number is ', tostring(x)) | extend replaced = replace_regex(str, @'is (\\d+)', @'was: \\1')`).rows);
  });

  it("replaces every non-overlapping match, with groups swapped", () => {
    expect(run(`print a = replace(@"(\\w+)@(\\w+)", @"\\2 at \\1", "me@host"), b = replace("cat", "hat", "The cat sat on the cat mat")`).rows).toEqual([
      ["host at me", "The hat sat on the hat mat"],
    ]);
  });
});

describe("make_timespan()", () => {
  it("builds a timespan from (hour, minute), (hour, minute, second) and (day, hour, minute, second)", () => {
    const r = run("print a = make_timespan(2, 30), b = make_timespan(2, 30, 15), c = make_timespan(1, 12, 30, 55)");
    expect(r.columns.map((c) => c.type)).toEqual(["timespan", "timespan", "timespan"]);
    expect(r.rows).toEqual([["02:30:00", "02:30:15", "1.12:30:55"]]);
  });

  it("is null outside the page's ranges (a failed creation) and for a null part", () => {
    expect(run("print make_timespan(24, 0), make_timespan(1, 60, 0), make_timespan(0, 0, 60), make_timespan(-1, 0, 0, 0), make_timespan(int(null), 1)").rows).toEqual([
      [null, null, null, null, null],
    ]);
  });

  it("refuses the one-argument form the page does not list", () => {
    expect(() => run("print make_timespan(2h)")).toThrow(KqlUnsupportedError);
  });
});
