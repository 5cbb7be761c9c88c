/**
 * An outer join whose other side has no row (found by the differential fuzzer, fuzz.test.ts, seed
 * 107955): the join page's rightouter/leftouter/fullouter keep every row of the kept side, the other
 * side's columns null ("" for a string). A long column computed by long arithmetic (kept exact, as an
 * ExactLongColumn) on the empty side threw "Cannot convert undefined to a BigInt".
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";

const LETS = 'let L = datatable(id:long, k:string)[1, "a"]; let R = datatable(k:string, r:real)["c", -0.5];';
const rows = (q: string) => runQuery(new Workspace(), LETS + q).rows;

describe("outer join with an empty side", () => {
  it("rightouter: the right row, the left's computed long null", () => {
    expect(rows("L | extend e = 3 - 2025 | where false | join kind=rightouter (R) on k")).toEqual([[null, "", null, "c", -0.5]]);
  });
  it("fullouter: the right row with nulls on the left", () => {
    expect(rows("L | extend e = id * 2 | where id > 5 | join kind=fullouter (R) on k")).toEqual([[null, "", null, "c", -0.5]]);
  });
  it("leftouter: the left row, the right's computed long null", () => {
    expect(rows("L | join kind=leftouter (R | extend e = 5 - 7 | where false) on k")).toEqual([[1, "a", "", null, null]]);
  });
});
