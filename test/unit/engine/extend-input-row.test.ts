import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlSemanticError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });

describe("extend: every expression reads the operator's input row", () => {
  it("the tutorial's example: y = x sees the x before this extend's x = x + 1", () => {
    // tutorial.md (2020, 2022) and tutorial-archive.md (2024) of the Kusto docs print x = 3, y = 1.
    const r = run("print x=1 | extend x = x + 1, y = x | extend x = x + 1");
    expect(r.columns.map((c) => c.name)).toEqual(["x", "y"]);
    expect(r.rows).toEqual([[3, 1]]);
  });

  it("two replaced columns swap through the input's values, keeping their places", () => {
    const r = run("print a=1, b=2, c=3 | extend b = a * 10, a = b");
    expect(r.columns.map((c) => c.name)).toEqual(["a", "b", "c"]);
    expect(r.rows).toEqual([[2, 10, 3]]);
  });

  it("a column new in this extend is no name for its later expressions (Microsoft's analyzer: KS142)", () => {
    expect(() => run("print x=1 | extend a = x + 1, b = a")).toThrow(KqlSemanticError);
    expect(() => run("print x=1 | extend a = x + 1, b = a")).toThrow(/KS142/);
  });
});
