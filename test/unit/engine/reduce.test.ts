import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlRuntimeError, KqlSemanticError, KqlUnsupportedError, runQuery } from "@/lib/engine";
import { tokenize } from "@/lib/engine/reduce/slct";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const strings = (values: string[]) => `datatable(s:string)[${values.map((v) => JSON.stringify(v)).join(", ")}]`;

/** A pattern read as a wildcard pattern (`*` any text, possibly empty), as the page describes it. */
const matches = (pattern: string, value: string) =>
  new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "s").test(value);

describe("reduce", () => {
  it("gives the page's example table: San *, Moscow, * -on- *, the rest in others", () => {
    const cities = ["San Bernard", "San Jose", "San Diego", "Moscow", "Moscow", "One -on- One", "Two -on- Three", "Paris", "Lyon"];
    const r = run(`${strings(cities)} | reduce by s`);
    expect(r.columns.map((c) => [c.name, c.type])).toEqual([
      ["Pattern", "string"],
      ["Count", "long"],
      ["Representative", "string"],
    ]);
    // Paris and Lyon are each one row, below the two-row floor of the support.
    expect(r.rows).toEqual([
      ["San *", 3, "San Bernard"],
      ["Moscow", 2, "Moscow"],
      ["* -on- *", 2, "One -on- One"],
      ["others", 2, ""],
    ]);
  });

  it("reduce-operator#4: characters=Z splits fooZ<n> into foo and a number; the * absorbs the Z", () => {
    const r = run(`range x from 1 to 10 step 1 | project str = strcat("foo", "Z", tostring(x)) | reduce by str with characters="Z"`);
    expect(r.rows).toEqual([["foo*", 10, "fooZ1"]]);
  });

  it("numbers are always variable; counts add up to the rows; every pattern matches each of its rows", () => {
    const lines = Array.from({ length: 60 }, (_, k) =>
      k % 3 === 0 ? `Request ${1000 + k} took ${k * 7} ms` : k % 3 === 1 ? `Cache miss for key user${k % 4} (region westeurope)` : `Connection from 10.0.${k}.1 closed`,
    );
    const r = run(`${strings(lines)} | reduce by s`);
    expect(r.rows.map((row) => row[0])).toEqual(["Request * took * ms", "Cache miss for key * (region westeurope)", "Connection from *.*.*.* closed"]);
    expect(r.rows.map((row) => row[1])).toEqual([20, 20, 20]);
    for (const [pattern, , representative] of r.rows) expect(matches(String(pattern), String(representative))).toBe(true);
    for (const line of lines) expect(r.rows.filter(([p]) => matches(String(p), line)).length).toBeGreaterThan(0);
  });

  it("keeps a separator only when every row of the group has it; different separators become *", () => {
    const r = run(`${strings(["alpha beta", "alpha-beta", "alpha beta"])} | reduce by s`);
    expect(r.rows).toEqual([["alpha*beta", 3, "alpha beta"]]);
    const short = run(`${strings(["San", "San Bernard", "San Jose"])} | reduce by s`);
    expect(short.rows).toEqual([["San*", 3, "San"]]);
  });

  it("support is threshold × rows, never below two rows", () => {
    // 20 rows at 0.1: support 2 — a word held by two rows is a group, one held by one row is not.
    const twenty = [...Array.from({ length: 18 }, (_, k) => `u${k}`), "alpha one", "alpha two"];
    expect(run(`${strings(twenty)} | reduce by s`).rows).toEqual([
      ["alpha *", 2, "alpha one"],
      ["others", 18, ""],
    ]);
    // 30 rows at 0.1: support 3 — the same two rows are now others.
    const thirty = [...Array.from({ length: 28 }, (_, k) => `u${k}`), "alpha one", "alpha two"];
    expect(run(`${strings(thirty)} | reduce by s`).rows).toEqual([["others", 30, ""]]);
    // 3 rows at 0.1: support 0.3, the two-row floor holds.
    expect(run(`${strings(["solo", "pair x", "pair y"])} | reduce by s`).rows).toEqual([
      ["pair *", 2, "pair x"],
      ["others", 1, ""],
    ]);
    // Below the default the page promises fewer groups, the support rule more: refused, not guessed.
    expect(() => run(`${strings(["solo", "pair x", "pair y"])} | reduce by s with threshold=0`)).toThrow(/reduce with threshold below 0\.1/);
    expect(() => run(`${strings(["a"])} | reduce by s with threshold=0.001`)).toThrow(KqlUnsupportedError);
    // exactly the default is accepted.
    expect(run(`${strings(["a b", "a c"])} | reduce by s with threshold=0.1`).rows).toEqual([["a *", 2, "a b"]]);
  });

  it("empty input gives no rows; empty strings and values with no term are others", () => {
    expect(run(`datatable(s:string)[] | reduce by s`).rows).toEqual([]);
    expect(run(`${strings(["", "--", "", "x y", "x z"])} | reduce by s`).rows).toEqual([
      ["x *", 2, "x y"],
      ["others", 3, ""],
    ]);
    // tostring(null) is the empty string in Kusto.
    expect(run(`range i from 1 to 3 step 1 | project s = tostring(dynamic(null)) | reduce by s`).rows).toEqual([["others", 3, ""]]);
  });

  it("numbers as text are all variable: a column of numbers is all others; the result feeds later operators", () => {
    expect(run(`range x from 1 to 100 step 1 | reduce by tostring(x)`).rows).toEqual([["others", 100, ""]]);
    const q = `range x from 1 to 100 step 1 | extend s = strcat(iff(x % 4 == 0, "disk ", "cpu "), x, "%") | reduce by s`;
    expect(run(q).rows).toEqual([
      ["cpu *%", 75, "cpu 1%"],
      ["disk *%", 25, "disk 4%"],
    ]);
    expect(run(`${q} | where Count > 30 | project Pattern, Count`).rows).toEqual([["cpu *%", 75]]);
  });

  it("letters of any script are term characters; the default separators are everything else", () => {
    expect(tokenize("Zürich-Ost 12")).toEqual({ terms: ["Zürich", "Ost", "12"], gaps: ["", "-", " ", ""] });
    expect(tokenize(" (a) ")).toEqual({ terms: ["a"], gaps: [" (", ") "] });
    expect(tokenize("")).toEqual({ terms: [], gaps: [""] });
    expect(tokenize("fooZ1", new Set("Z"))).toEqual({ terms: ["foo", "1"], gaps: ["", "Z", ""] });
  });

  it("a non-string expression and bad parameters are the analyzer's errors", () => {
    expect(() => run(`range x from 1 to 3 step 1 | reduce by x`)).toThrow(KqlSemanticError);
    expect(() => run(`${strings(["a"])} | reduce by s with characters=5`)).toThrow(KqlSemanticError);
    expect(() => run(`${strings(["a"])} | reduce by s with threshold="x"`)).toThrow(KqlSemanticError);
    expect(() => run(`${strings(["a"])} | reduce by s with threshold=2`)).toThrow(KqlRuntimeError);
    expect(() => run(`${strings(["a"])} | reduce by s with threshold=2`)).toThrow(/threshold must be a number between 0 and 1, got 2/);
  });

  it("refuses what the page leaves open, by name, all at once", () => {
    expect(() => run(`${strings(["a"])} | reduce by s with threshold=0.5`)).toThrow(/reduce with threshold above 0\.1/);
    expect(() => run(`${strings(["a"])} | reduce by s with threshold=1`)).toThrow(/reduce with threshold above 0\.1/);
    expect(() => run(`${strings(["a"])} | reduce kind=source by s`)).toThrow(/reduce kind=source/);
    expect(() => run(`${strings(["a"])} | reduce by s with characters=""`)).toThrow(/characters=""/);
    // A space in the values with characters= given: whether it still separates terms is open.
    expect(() => run(`${strings(["aXb c"])} | reduce by s with characters="X"`)).toThrow(/other non-alphanumeric characters/);
    try {
      run(`${strings(["a"])} | reduce kind=source by s with threshold=0.9`);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KqlUnsupportedError);
      expect((e as KqlUnsupportedError).constructs.map((c) => c.construct)).toEqual([expect.stringMatching(/kind=source/), expect.stringMatching(/threshold above/)]);
    }
  });
});
