import { describe, expect, it } from "vitest";
import { refusal, runAtNoon } from "./refusal";

const one = (q: string) => runAtNoon(q).rows[0][0];

/**
 * Corners the reference pages leave open are refused by name, never answered with a guess: a null
 * round() precision took the default 0 (2.567 → 3), indexof()'s occurrence 0 found the first match.
 */
describe("round() and indexof() where their pages are silent", () => {
  it("refuses round() with a null precision, and keeps the documented cases", () => {
    // The analyzer wants a constant precision: only a constant null reaches it.
    expect(refusal("print round(2.567, int(null))")).toBe("round() with a null precision (the round page documents only an omitted one, default 0)");
    // The page's examples, and round(x) as round(x, 0).
    expect(one("print round(2.98765, 3)")).toBeCloseTo(2.988, 12);
    expect(one("print round(2.15, 1)")).toBeCloseTo(2.2, 12);
    expect(one("print round(2.15)")).toBe(2);
    expect(one("print round(-50.55, -2)")).toBe(-100);
    expect(one("print round(21.5, -1)")).toBe(20);
    expect(one("print round(real(null), 2)")).toBeNull();
  });

  it("refuses indexof() and indexof_regex() of occurrence 0, and keeps the documented cases", () => {
    expect(refusal("print indexof('abcabc', 'b', 0, -1, 0)")).toBe("indexof() of occurrence 0 (its page numbers occurrences from 1 and gives null below 0)");
    expect(refusal("print indexof_regex('abcabc', @'b', 0, -1, 0)")).toBe("indexof_regex() of occurrence 0 (its page numbers occurrences from 1 and gives null below 0)");
    expect(one("print indexof('abcabc', 'b', 0, -1, 1)")).toBe(1);
    expect(one("print indexof('abcabc', 'b', 0, -1, 2)")).toBe(4);
    expect(one("print indexof('abcabc', 'b', 0, -1, -1)")).toBeNull();
    expect(one("print indexof('abcdefgabcdefg', 'cde', 1, 10, 2)")).toBe(9);
    expect(one("print indexof_regex('abcabcdefg', @'a.c', 0, 9, 2)")).toBe(3);
  });
});
