import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";

/**
 * The text of a dynamic holding reals (lib/engine/dynamic-text.ts): Kusto writes 15 digits when they
 * read back, else .NET Framework's 17 (the series_cos page: cos(1) is 0.54030230586813976), where
 * JavaScript writes the shortest form. A text test that the digits decide is refused, not guessed.
 */
const row = (kql: string) => runQuery(new Workspace(), kql).rows[0];

describe("the text of a dynamic value holding reals", () => {
  it("is Kusto's for reals of at most 15 significant digits", () => {
    expect(row("print tostring(dynamic([0.25, 40.7041679083504, 7.38905609893065, 1]))")).toEqual(["[0.25,40.7041679083504,7.38905609893065,1]"]);
  });

  it("answers a text test that the long digits do not decide", () => {
    expect(row('print pack_array(pi()) has "error", pack_array(cos(1.0)) contains "0.540302305868139"')).toEqual([false, true]);
  });

  it("refuses a text test that the long digits decide", () => {
    // JavaScript writes cos(1) as 0.5403023058681398, Kusto as 0.54030230586813976.
    expect(() => row('print pack_array(cos(1.0)) contains "0.5403023058681398"')).toThrow(KqlUnsupportedError);
    expect(() => row('print pack_array(cos(1.0)) contains "0.5403023058681398"')).toThrow(/text test on a dynamic value holding a real of more than 15 significant digits/);
  });

  it("carries reals through tostring() and parse_json() unchanged, as the geo_point_in_polygon page does", () => {
    expect(row('print v = todouble(parse_json(tostring(pack("p", pack_array(-73.85009765625, 40.85744791303121, pi()))))["p"][2]) == pi()')).toEqual([true]);
  });
});
