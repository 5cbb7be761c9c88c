import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const V = `datatable(v:string)["1.2.3.5", "1.2.3.4", "2", "0.0.0.5", "1.2.3.4"]`;

describe("parse_version()", () => {
  it("gives the page's decimals with every digit, typed decimal", () => {
    const r = run(`datatable(v:string)["0.0.0.5", "0.0.7.0", "0.2", "1.2.3.4", "1", "99999999.99999999.99999999.99999999"] | extend p = parse_version(v)`);
    expect(r.columns[1]).toEqual({ name: "p", type: "decimal" });
    expect(r.rows.map((row) => row[1])).toEqual([5, 700000000, 20000000000000000n, 1000000020000000300000004n, 1000000000000000000000000n, 99999999999999999999999999999999n]);
  });

  it("is null outside one to four parts of up to eight digits, and for null or empty text", () => {
    expect(run(`print a = parse_version("x"), b = parse_version("1.2.3.4.5"), c = parse_version("123456789"), d = parse_version("1..2"), e = parse_version(""), f = parse_version("-1")`).rows).toEqual([
      [null, null, null, null, null, null],
    ]);
  });

  it("compares versions one unit apart past 2^53 exactly (==, <, >, where)", () => {
    expect(run(`print lt = parse_version("1.2.3.4") < parse_version("1.2.3.5"), eq = parse_version("1.2.3.4") == parse_version("1.2.3.5"), same = parse_version("1.0") == parse_version("1.0.0.0"), ge = parse_version("1.2.3.5") >= parse_version("1.2.3.5")`).rows).toEqual([[true, false, true, true]]);
    expect(run(`${V} | where parse_version(v) > parse_version("1.2.3.4") | project v`).rows).toEqual([["1.2.3.5"], ["2"]]);
  });

  it("sorts, groups and takes min/max/arg_max on the exact values", () => {
    expect(run(`${V} | extend p = parse_version(v) | sort by p asc | project v`).rows).toEqual([["0.0.0.5"], ["1.2.3.4"], ["1.2.3.4"], ["1.2.3.5"], ["2"]]);
    expect(run(`${V} | summarize n = count() by p = parse_version(v) | where n == 2`).rows).toEqual([[1000000020000000300000004n, 2]]);
    expect(run(`${V} | where v != "2" | summarize max(parse_version(v)), min(parse_version(v)), dcount(parse_version(v)), arg_max(parse_version(v), v)`).rows).toEqual([
      [1000000020000000300000005n, 5, 3, 1000000020000000300000005n, "1.2.3.5"],
    ]);
    expect(run(`print tostring(parse_version("1.2.3.4"))`).rows).toEqual([["1000000020000000300000004"]]);
  });

  it("adds, subtracts and multiplies exactly (whole decimals within SqlDecimal's 38 digits); null stays null", () => {
    expect(run(`print a = parse_version("1.2.3.4") + 1, b = parse_version("1.2.3.4") - parse_version("1.2.3.3"), c = parse_version("0.0.0.5") * 2, d = 3 * parse_version("2"), e = parse_version("x") + 1`).rows).toEqual([
      [1000000020000000300000005n, 1, 10, 6000000000000000000000000n, null],
    ]);
    // The difference of two versions compares and sorts as a decimal too.
    expect(run(`${V} | extend d = parse_version(v) - parse_version("1.2.3.4") | where d > 0 | project v, d`).rows).toEqual([
      ["1.2.3.5", 1],
      ["2", 999999979999999699999996n],
    ]);
  });

  it("refuses by name division, results past 38 digits and functions given one past 2^53", () => {
    for (const [q, what] of [
      [`print parse_version("1.2.3.4") / 2`, /division or modulo of a parse_version\(\) decimal/],
      [`print parse_version("1.2.3.4") % 2`, /division or modulo of a parse_version\(\) decimal/],
      [`print parse_version("99999999.2") * parse_version("99999999")`, /decimal arithmetic past 38 digits/],
      [`print round(parse_version("1.2.3.4"))`, /round\(\) of a long beyond .*parse_version\(\) decimal/],
      [`print parse_version(" 1.2")`, /surrounding blanks/],
    ] as const) {
      expect(() => run(q), q).toThrow(KqlUnsupportedError);
      expect(() => run(q), q).toThrow(what);
    }
  });
});
