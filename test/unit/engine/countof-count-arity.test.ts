import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";
import { regexCount } from "@/lib/engine/functions-countof";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const refusal = (q: string): string[] => {
  try {
    run(q);
  } catch (e) {
    if (e instanceof KqlUnsupportedError) return e.constructs.map((c) => c.construct);
    throw e;
  }
  throw new Error(`not refused: ${q}`);
};

describe("countof()", () => {
  it("gives the page's table: plain matches overlap, regex matches don't", () => {
    const r = run(`print a = countof("aaa", "a"), b = countof("aaaa", "aa"), c = countof("ababa", "ab", "normal"), d = countof("ababa", "aba"),
      e = countof("ababa", "aba", "regex"), f = countof("abcabc", "a.c", "regex")`);
    expect(r.columns.map((c) => c.type)).toEqual(["long", "long", "long", "long", "long", "long"]);
    expect(r.rows).toEqual([[3, 3, 2, 2, 1, 2]]);
  });

  it("counts per row, case-sensitively, 0 when nothing matches or the source is empty", () => {
    const r = run(`datatable(s:string)["a-A-a", "", "bbb"] | extend plain = countof(s, "a"), rx = countof(s, "[aA]", "regex")`);
    expect(r.rows).toEqual([["a-A-a", 2, 3], ["", 0, 0], ["bbb", 0, 0]]);
  });

  it("counts a regex's empty matches as RE2's FindAll does: not right after a match", () => {
    expect(run(`print countof("baaab", "a*", "regex")`).rows).toEqual([[3]]);
    expect(regexCount(/x*/g, "")).toBe(1);
    expect(regexCount(/\b/g, "ab cd")).toBe(4);
    // A surrogate pair is one character: the scan does not stop inside it.
    expect(regexCount(/b*/g, "😀b")).toBe(2);
  });

  it("refuses what the page does not define: an empty search, a regex that is not constant", () => {
    expect(refusal(`print countof("a", "")`)).toEqual(["countof() with an empty search string (the page gives no count for it)"]);
    expect(refusal(`datatable(s:string)["ab"] | extend n = countof(s, "", "regex")`)).toEqual(["countof() with an empty search string (the page gives no count for it)"]);
    // A kind that is not a literal is the analyzer's error (KS131), before any refusal.
    expect(() => run(`datatable(k:string)["regex"] | extend n = countof("ab", "b", k)`)).toThrow(/KS131/);
    expect(refusal(`datatable(p:string)["b"] | extend n = countof("ab", p, "regex")`)).toEqual(["countof() with a regular expression that is not a constant"]);
  });
});

describe("count() with a bool argument", () => {
  it("is refused by name instead of counting every row (the page documents count() alone)", () => {
    expect(refusal(`datatable(s:bool, k:string)[true, "a", false, "a", false, "b"] | summarize count(s == false) by k`)).toEqual([
      "count() with a bool argument (an undocumented, obsolete form: write countif(predicate) or count())",
    ]);
  });

  it("is listed with the query's other unsupported constructs at once", () => {
    const constructs = refusal(`datatable(s:bool)[true] | summarize count(s), x = cnt()`);
    expect(constructs).toHaveLength(2);
    expect(constructs[0]).toMatch(/^count\(\) with a bool argument/);
    expect(constructs[1]).toBe("function cnt()");
  });

  it("leaves count(), countif() and a user function named count alone", () => {
    expect(run(`datatable(s:bool, k:string)[true, "a", false, "a", false, "b"] | summarize n = count(), f = countif(s == false) by k`).rows).toEqual([
      ["a", 2, 1],
      ["b", 1, 1],
    ]);
    expect(run(`let count = (x:long) { x + 1 }; print count(2)`).rows).toEqual([[3]]);
  });
});
