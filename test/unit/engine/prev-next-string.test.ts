/**
 * prev()/next() of a string past either end (found by the differential fuzzer, fuzz.test.ts, seeds
 * 201525, 206240, 207130): the prev/next pages give null there, and a string's null is "" (null-values
 * page: string has no null). It printed as "" but compared as null.
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";

const T = 'datatable(id:long, s:string)[1, "a", 2, "b", 3, "c"] | order by id asc';
const rows = (q: string) => runQuery(new Workspace(), `${T} | ${q}`).rows;

describe("prev/next of a string past the ends", () => {
  it('is "" to in, !in and ==', () => {
    expect(rows('extend p = prev(s) | where p in ("") | project id')).toEqual([[1]]);
    expect(rows('extend n = next(s, 2) | where n !in ("") | project id')).toEqual([[1]]);
    expect(rows('where prev(s, 2) == "" | project id')).toEqual([[1], [2]]);
    expect(rows("where isempty(next(s)) and isnotnull(next(s)) | project id")).toEqual([[3]]);
  });
  it('groups with ""', () => {
    const q = 'datatable(id:long, s:string)[1, "", 2, "x", 3, "y"] | order by id asc | extend p = prev(s) | summarize c = count() by p | order by p asc';
    expect(runQuery(new Workspace(), q).rows).toEqual([
      ["", 2],
      ["x", 1],
    ]);
  });
  it("a long past the ends is still null, a default still given", () => {
    expect(rows("extend p = prev(id) | project p")).toEqual([[null], [1], [2]]);
    expect(rows('extend n = next(s, 1, "z") | project n')).toEqual([["b"], ["c"], ["z"]]);
  });
});
